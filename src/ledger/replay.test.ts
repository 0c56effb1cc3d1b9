import { describe, expect, it } from 'vitest';
import { evenlySpread, replayDays } from './replay.ts';

/** `count` distinct days in order from 2019-01-01. */
const days = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10));

/** A judge that counts its calls, and gives the status the last change on or before the day set. */
function judgeBy(changes: Record<string, string>, first = 'speculated') {
  const calls: string[] = [];
  const judge = (date: string): string => {
    calls.push(date);
    const on = Object.keys(changes)
      .filter((d) => d <= date)
      .sort()
      .at(-1);
    return on === undefined ? first : (changes[on] ?? first);
  };
  return { judge, calls };
}

const status = (s: string): string => s;

describe('replayDays: a story history bounded, every status change kept at its day', () => {
  it('judges every day, in order, when there are no more than the limit', () => {
    const dates = days(100);
    const { judge, calls } = judgeBy({ [dates[40] ?? '']: 'reported' });
    const out = replayDays(dates, judge, status, 100);
    expect(out.map((d) => d.date)).toEqual(dates);
    expect(calls).toEqual(dates);
    expect(out[39]?.judged).toBe('speculated');
    expect(out[40]?.judged).toBe('reported');
  });

  it('judges the limit of days, the first and the last among them, when nothing changes', () => {
    const dates = days(813);
    const { judge, calls } = judgeBy({});
    const out = replayDays(dates, judge, status, 100);
    expect(out).toHaveLength(100);
    expect(calls).toHaveLength(100);
    expect(out[0]?.date).toBe(dates[0]);
    expect(out.at(-1)?.date).toBe(dates.at(-1));
    expect(out.map((d) => d.date)).toEqual([...out.map((d) => d.date)].sort());
  });

  it('finds every change at its exact day, the day before it too, judging each day once', () => {
    const dates = days(813);
    // Changes between sampled days, on a sampled day, one day apart, and one back to an earlier status.
    const on = [3, 333, 400, 401, 600, 812].map((i) => dates[i] ?? '');
    const changes = Object.fromEntries(
      on.map((d, k) => [d, ['reported', 'corroborated', 'confirmed', 'denied', 'confirmed', 'ended'][k] ?? '']),
    );
    const { judge, calls } = judgeBy(changes);
    const out = replayDays(dates, judge, status, 100);
    expect(new Set(calls).size).toBe(calls.length);
    const truth = dates.map(judge);
    for (const d of on) {
      const i = out.findIndex((x) => x.date === d);
      expect(i, `the change on ${d} is a point`).toBeGreaterThan(0);
      expect(out[i]?.judged).toBe(changes[d]);
      // The point before it is the day before, so the history never shows a change on the wrong day.
      expect(out[i - 1]?.date).toBe(dates[dates.indexOf(d) - 1]);
      expect(out[i - 1]?.judged).toBe(truth[dates.indexOf(d) - 1]);
    }
    // 100 sampled days, and at most log2(9) more per change (two neighbouring samples are ≤ 9 days apart).
    expect(out.length).toBeLessThanOrEqual(100 + on.length * 4);
    for (const { date, judged } of out) expect(judged).toBe(truth[dates.indexOf(date)]);
  });

  it('spreads indices evenly, first and last included', () => {
    expect(evenlySpread(5, 10)).toEqual([0, 1, 2, 3, 4]);
    expect(evenlySpread(10, 4)).toEqual([0, 3, 6, 9]);
    expect(evenlySpread(10, 1)).toEqual([0, 9]);
    expect(evenlySpread(0, 3)).toEqual([]);
  });
});
