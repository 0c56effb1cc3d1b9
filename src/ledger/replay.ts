// The days a story's history is judged on. A story is replayed as it stood on each day it had news, which costs one
// scoring of its rows up to that day per day: quadratic in a busy story. In a 52,000-article ledger one story
// (s-64017f51fbf3, 2,674 rows over 710 days of news) took ~9 s of CPU to read, and GET /api/stories/:id with it, so a
// history is bounded: up to REPLAY_LIMIT days it is every day, as it always was; beyond, REPLAY_LIMIT days evenly spread,
// plus every day a status changes, found by bisection between two sampled days whose statuses differ.
import { at } from '../invariant/index.ts';

/** Days of news up to which a story's history is every day (no story of the test suite or dev corpora has more). */
export const REPLAY_LIMIT = 100;

/** A day and the story as judged on it. */
export type Replayed<T> = { date: string; judged: T };

/**
 * `dates` (distinct, in order) judged by `judgeAt`, every one when there are at most `limit`; else `limit` of them evenly
 * spread (the first and the last always), and, between two neighbours whose `statusOf` differs, the days a binary
 * search over the days between them judges, down to the exact day each change happens. A change that is undone before
 * the next sampled day (reported, then speculated, then reported again) is not looked for: the two ends agree.
 * Each day is judged at most once; the result is in date order.
 * @example replayDays(['2019-01-01', …800 days], judge, status, 100) // 100 days, plus ~log2(8) per status change
 */
export function replayDays<T>(
  dates: readonly string[],
  judgeAt: (date: string) => T,
  statusOf: (judged: T) => string,
  limit = REPLAY_LIMIT,
): Array<Replayed<T>> {
  const judged = new Map<number, { judged: T; status: string }>();
  const judgedAt = (i: number): { judged: T; status: string } => {
    let day = judged.get(i);
    if (!day) {
      const then = judgeAt(at(dates, i));
      day = { judged: then, status: statusOf(then) };
      judged.set(i, day);
    }
    return day;
  };
  const status = (i: number): string => judgedAt(i).status;
  /** Judges the days between `low` and `high` that a change of status between them needs, down to the day. */
  const bisect = (low: number, high: number): void => {
    if (high - low < 2 || status(low) === status(high)) return;
    const mid = Math.floor((low + high) / 2);
    judgedAt(mid);
    bisect(low, mid);
    bisect(mid, high);
  };
  const sampled = evenlySpread(dates.length, limit);
  sampled.forEach(judgedAt);
  for (let k = 1; k < sampled.length; k++) bisect(at(sampled, k - 1), at(sampled, k));
  return [...judged].sort(([a], [b]) => a - b).map(([i, day]) => ({ date: at(dates, i), judged: day.judged }));
}

/**
 * Indices 0…count−1, or `limit` of them evenly spread when there are more, the first and the last among them (a limit
 * under 2 counts as 2): 800 days at a limit of 100 are days 0, 8, 16, … 57, … 799 (every 8.07th, rounded).
 */
export function evenlySpread(count: number, limit: number): number[] {
  if (count <= limit) return Array.from({ length: count }, (_, i) => i);
  const n = Math.max(2, limit);
  return Array.from({ length: n }, (_, k) => Math.round((k * (count - 1)) / (n - 1)));
}
