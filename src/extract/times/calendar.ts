// Calendar arithmetic on plain UTC days: TIMEX3 values are calendar dates with no time zone.
import { at, must } from '../../invariant/index.ts';

export type Day = Date;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `YYYY-MM-DD` (or a longer ISO date-time) → UTC midnight; null when not a real date. */
export function parseDay(iso: string | null): Day | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  const day = makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return day;
}

export function makeDay(y: number, m: number, d: number): Day | null {
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? day : null;
}

export const addDays = (day: Day, n: number): Day => new Date(day.getTime() + n * 86_400_000);

export function addMonths(day: Day, n: number): Day {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + n, 1));
}

export const ymd = (day: Day): string =>
  `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
export const ym = (day: Day): string => ymd(day).slice(0, 7);
export const year = (day: Day): number => day.getUTCFullYear();
export const quarterOf = (day: Day): number => Math.floor(day.getUTCMonth() / 3) + 1;
/** 1 = Monday … 7 = Sunday, as ISO 8601 and TIMEX3 `XXXX-WXX-5` count them. */
export const isoWeekday = (day: Day): number => ((day.getUTCDay() + 6) % 7) + 1;

/** ISO 8601 week: `2025-W19`. The week belongs to the year of its Thursday. */
export function isoWeek(day: Day): string {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${pad(week)}`;
}

function isoWeekMonday(y: number, w: number): Day {
  const jan4 = new Date(Date.UTC(y, 0, 4));
  return addDays(jan4, (w - 1) * 7 - (isoWeekday(jan4) - 1));
}

const SEASONS: Record<string, [number, number, number, number]> = {
  // Meteorological seasons; winter runs into the next year.
  SP: [3, 1, 5, 31],
  SU: [6, 1, 8, 31],
  FA: [9, 1, 11, 30],
  WI: [12, 1, 2, 28],
};

/**
 * The interval of days a TIMEX3 date value covers, inclusive; null for references,
 * durations, sets and anything underspecified.
 * @example rangeOf('2025-W18') // {start: '2025-04-28', end: '2025-05-04'}
 */
export function rangeOf(value: string): { start: string; end: string } | null {
  let m: RegExpExecArray | null;
  const span = (a: Day | null, b: Day | null) => (a && b ? { start: ymd(a), end: ymd(b) } : null);
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) {
    const d = makeDay(+at(m, 1), +at(m, 2), +at(m, 3));
    return span(d, d);
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const mon = isoWeekMonday(+at(m, 1), +at(m, 2));
    return m[3] ? span(addDays(mon, 5), addDays(mon, 6)) : span(mon, addDays(mon, 6));
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const first = makeDay(+at(m, 1), +at(m, 2), 1);
    return first ? span(first, addDays(addMonths(first, 1), -1)) : null;
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const first = makeDay(+at(m, 1), (+at(m, 2) - 1) * 3 + 1, 1);
    return first ? span(first, addDays(addMonths(first, 3), -1)) : null;
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    return m[2] === '1'
      ? span(makeDay(+at(m, 1), 1, 1), makeDay(+at(m, 1), 6, 30))
      : span(makeDay(+at(m, 1), 7, 1), makeDay(+at(m, 1), 12, 31));
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const [m1, d1, m2, d2] = must(SEASONS[at(m, 2)], 'the pattern only matches SP, SU, FA, WI');
    const y = +at(m, 1);
    return span(
      makeDay(y, m1, d1),
      m2 < m1
        ? addDays(must(makeDay(y + 1, 3, 1), 'the pattern only matches four-digit years'), -1)
        : makeDay(y, m2, d2),
    );
  }
  if ((m = /^(\d{4})$/.exec(value))) return span(makeDay(+at(m, 1), 1, 1), makeDay(+at(m, 1), 12, 31));
  // A decade: TIMEX3's 199 (the 1990s), and the 199X some writers use.
  if ((m = /^(\d{3})X?$/.exec(value))) return span(makeDay(+at(m, 1) * 10, 1, 1), makeDay(+at(m, 1) * 10 + 9, 12, 31));
  if ((m = /^(\d{2})$/.exec(value))) return span(makeDay(+at(m, 1) * 100, 1, 1), makeDay(+at(m, 1) * 100 + 99, 12, 31));
  return null;
}
