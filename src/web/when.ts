// TIMEX3-ish values → the day interval they cover, for placing items on a time axis.
import { must } from '../invariant/index.ts';

const DAY = 86_400_000;
/** Capture group `i` of `m` as a number; the patterns below have no optional groups. */
const group = (m: RegExpExecArray, i: number) => Number(must(m[i], `group ${i} of ${String(m[0])} is not optional`));

/** [first day, last day] in UTC ms, or null for values with no place on a calendar (P3D, PAST_REF). */
export function dayRange(value: string): [number, number] | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const t = Date.UTC(group(m, 1), group(m, 2) - 1, group(m, 3));
    return [t, t];
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = Date.UTC(group(m, 1), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (group(m, 2) - 1) * 7 * DAY;
    return [monday, monday + 6 * DAY];
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return [Date.UTC(group(m, 1), group(m, 2) - 1, 1), Date.UTC(group(m, 1), group(m, 2), 1) - DAY];
  m = /^(\d{4})$/.exec(value);
  if (m) return [Date.UTC(group(m, 1), 0, 1), Date.UTC(group(m, 1), 11, 31)];
  return null;
}

export function spanOf(start: string, end: string): [number, number] | null {
  const a = dayRange(start);
  const b = dayRange(end);
  // One end without a calendar place borrows the other's.
  const first = a ?? b;
  const last = b ?? a;
  if (!first || !last) return null;
  return [first[0], last[1]];
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export { DAY };
