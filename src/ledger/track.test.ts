import { describe, expect, it } from 'vitest';
import type { ReportOutcome } from '../store/index.ts';
import {
  inSettlementOrder,
  knownOn,
  trackRecordFactor,
  trackRecordOf,
  trackRecordsAsOf,
  tally,
  totalsDelta,
  totalsMismatches,
  totalsOf,
  without,
} from './track.ts';
import { at, must } from '../invariant/index.ts';

const outcome = (story: string, sourceKey: string, hit: boolean, over: Partial<ReportOutcome> = {}): ReportOutcome => ({
  story,
  sourceKey,
  sourceName: sourceKey.startsWith('outlet:')
    ? sourceKey.slice(7).replace(/\b\w/g, (c) => c.toUpperCase())
    : 'an article',
  holderKind: sourceKey.startsWith('outlet:') ? 'outlet' : 'anonymous',
  hit,
  settledOn: '2025-01-10',
  reportedOn: '2025-01-05',
  ...over,
});

// Twenty settled reports: the tabloid right 2 times in 10, the paper 9 in 10.
const outcomes = [
  ...Array.from({ length: 10 }, (_, i) => outcome(`t${i}`, 'outlet:tabloid', i < 2)),
  ...Array.from({ length: 10 }, (_, i) => outcome(`p${i}`, 'outlet:paper', i < 9)),
];

describe('trackRecordFactor', () => {
  it('weighs an outlet by its shrunk hit rate over all outlets, within the bounds of priors.trackRecord', () => {
    const trackRecord = tally(outcomes);
    const tabloid = must(
      trackRecordFactor(trackRecord, 'outlet', { key: 'outlet:tabloid' }),
      'expected outlet, outlet:tabloid',
    );
    const paper = must(
      trackRecordFactor(trackRecord, 'outlet', { key: 'outlet:paper' }),
      'expected outlet, outlet:paper',
    );
    expect(tabloid.factor).toBeLessThan(1);
    expect(paper.factor).toBeGreaterThan(1);
    expect(tabloid.why).toBe("Tabloid's record: 2 of 10 settled reports true, counts less (×0.58)");
    // Shrunk toward the outlets' rate (11 of 20, Laplace 12/22) by 5 pseudo-reports: (5 × 12/22 + 2) / 15.
    expect(tabloid.reliability).toBeCloseTo(((5 * 12) / 22 + 2) / 15, 6);
    // Applied as the why shows it, to two places (×0.58).
    expect(tabloid.factor).toBe(Math.round((tabloid.reliability / (12 / 22)) * 100) / 100);
    // A hopeless track record is bounded: halved at most.
    const hopeless = tally([
      ...outcomes,
      ...Array.from({ length: 40 }, (_, i) => outcome(`h${i}`, 'outlet:hopeless', false)),
    ]);
    expect(
      must(trackRecordFactor(hopeless, 'outlet', { key: 'outlet:hopeless' }), 'expected outlet, outlet:hopeless')
        .factor,
    ).toBe(0.5);
  });

  it("falls back to the holder kind's track record; a principal and a holder with no track record get none", () => {
    const trackRecord = tally([...outcomes, outcome('a1', 'article:a1', false), outcome('a2', 'article:a2', true)]);
    expect(
      must(trackRecordFactor(trackRecord, 'anonymous', { key: 'article:x' }), 'expected anonymous, article:x').why,
    ).toMatch(/^anonymous sources' record: 1 of 2 settled reports true, /);
    expect(
      must(trackRecordFactor(trackRecord, 'outlet', { key: 'outlet:newcomer' }), 'expected outlet, outlet:newcomer')
        .why,
    ).toMatch(/^no settled reports of its own; outlets overall: 11 of 20 true, /);
    expect(trackRecordFactor(trackRecord, 'principal', { key: 'outlet:paper' })).toBeNull();
    expect(trackRecordFactor(trackRecord, 'fans', { key: 'article:x' })).toBeNull();
    expect(trackRecordFactor(undefined, 'outlet', { key: 'outlet:paper' })).toBeNull();
  });
});

describe('tally', () => {
  it("counts one report per story for an outlet, however many of its article's voices spoke; per kind, each voice", () => {
    const voices = (story: string, hits: boolean[]) =>
      (['outlet', 'anonymous', 'author'] as const).map((holderKind, i) =>
        outcome(story, 'outlet:daily mail', at(hits, i), { holderKind }),
      );
    const trackRecord = tally([...voices('s1', [true, true, true]), ...voices('s2', [true, false, true])]);
    expect(trackRecord.outlets.get('outlet:daily mail')).toEqual({ name: 'Daily Mail', trueCount: 1, falseCount: 1 });
    expect(trackRecord.allOutlets).toEqual({ trueCount: 1, falseCount: 1 });
    expect(trackRecord.kinds.get('anonymous')).toEqual({ trueCount: 1, falseCount: 1 });
    expect(trackRecord.all).toEqual({ trueCount: 5, falseCount: 1 });
    expect(without(trackRecord, voices('s2', [true, false, true]))).toEqual(tally(voices('s1', [true, true, true])));
  });

  it('without a story is the tally of the others', () => {
    const mine = outcomes.filter((o) => o.story === 't0');
    expect(without(tally(outcomes), mine)).toEqual(tally(outcomes.filter((o) => o.story !== 't0')));
  });

  it('as of a date, only stories settled by then, on dated reports (undated ones only when no date is asked)', () => {
    const later = outcome('late', 'outlet:paper', true, { settledOn: '2025-03-01' });
    const undated = outcome('undated', 'outlet:paper', true, { settledOn: null });
    const undatedReport = outcome('undated-report', 'outlet:paper', true, {
      settledOn: '2025-01-01',
      reportedOn: null,
    });
    expect(knownOn([later, undated, undatedReport], '2025-02-01')).toEqual([]);
    expect(knownOn([later, undated, undatedReport], '2025-03-01')).toEqual([later]);
    expect(knownOn([later, undated, undatedReport], null)).toEqual([later, undated, undatedReport]);
  });

  it("a story's track record as of each date, swept once, is the tally of the others' outcomes known then", () => {
    const all = [
      ...outcomes,
      outcome('mine', 'outlet:paper', false, { settledOn: '2025-01-01' }),
      outcome('late', 'outlet:tabloid', true, { settledOn: '2025-03-01' }),
      outcome('late', 'article:x', true, { settledOn: '2025-03-01' }),
      outcome('undated-report', 'outlet:paper', true, { settledOn: '2025-01-01', reportedOn: null }),
    ];
    const mine = all.filter((o) => o.story === 'mine');
    const trackRecords = trackRecordsAsOf(tally(all), mine, inSettlementOrder(all), 'mine');
    const others = all.filter((o) => o.story !== 'mine');
    for (const date of ['2025-03-05', '2024-12-01', '2025-01-10', '2025-02-01', '2025-03-01'])
      expect(trackRecords(date)).toEqual(tally(knownOn(others, date)));
    expect(trackRecords(null)).toEqual(tally(others));
  });

  it('running totals moved by deltas equal the tally of what is stored', () => {
    const before = outcomes.filter((o) => o.story === 't0');
    const after = [outcome('t0', 'outlet:tabloid', true), outcome('t0', 'article:x', false)];
    const totals = new Map(totalsOf(tally(outcomes)).map((t) => [`${t.scope}|${t.key}`, t]));
    for (const d of totalsDelta(before, after)) {
      const t = totals.get(`${d.scope}|${d.key}`) ?? { ...d, trueCount: 0, falseCount: 0 };
      totals.set(`${d.scope}|${d.key}`, {
        ...t,
        trueCount: t.trueCount + d.trueCount,
        falseCount: t.falseCount + d.falseCount,
      });
    }
    expect(trackRecordOf([...totals.values()])).toEqual(tally([...outcomes.filter((o) => o.story !== 't0'), ...after]));
  });
});

describe('totalsMismatches (rumourmill db check)', () => {
  it('finds nothing when the stored totals are the tally of the settled reports', () => {
    expect(totalsMismatches(totalsOf(tally(outcomes)), outcomes)).toEqual([]);
  });

  it('names each scope whose stored totals drifted from the settled reports', () => {
    const drifted = totalsOf(tally(outcomes)).map((t) =>
      t.key === 'outlet:tabloid' ? { ...t, trueCount: t.trueCount + 3 } : t,
    );
    expect(totalsMismatches(drifted, outcomes)).toEqual([
      'track-record totals for outlet outlet:tabloid: stored 5 true / 8 false, settled reports say 2 true / 8 false',
    ]);
    const missing = totalsOf(tally(outcomes)).filter((t) => t.key !== 'outlet:paper');
    expect(totalsMismatches(missing, outcomes)).toEqual([
      'track-record totals for outlet outlet:paper: stored 0 true / 0 false, settled reports say 9 true / 1 false',
    ]);
  });
});
