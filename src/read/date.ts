// Publication dates as the contract wants them: `YYYY-MM-DD`, checked against the calendar. One rule for every
// reader, the CLI's --date and --as-of, and the API (which takes isCalendarDay and toDay from here).
import { at } from '../invariant/index.ts';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 with a time part: the day is taken as written, in the writer's own offset,
// because converting to UTC would move a late-evening story to the next day.
const ISO_PREFIX = /^\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/;
// RFC 822 / 1123 as RSS writes it: "Wed, 07 May 2025 10:00:00 GMT".
const RFC822 = /^\s*(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})\b/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * No news article is dated before this year: an earlier one is a typo ("0025-05-07" for 2025) or a placeholder
 * ("0001-01-01"). Refused everywhere alike: JavaScript's Date reads years 0-99 as 1900-1999, which had the CLI refuse
 * "0050-01-01" while the API stored it.
 */
export const EARLIEST_YEAR = 1900;

/**
 * Why `value` is not a publication day, or null when it is one.
 * @example dayProblem('2025-02-30') // 'no such day in the calendar'
 */
export function dayProblem(value: string): string | null {
  const match = ISO_DAY.exec(value);
  if (!match) return 'want YYYY-MM-DD';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < EARLIEST_YEAR) return `year ${match[1]} is before ${EARLIEST_YEAR}: check the year`;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? null : 'no such day in the calendar';
}

/**
 * The message for a date the user gave (`--date`, `--as-of`, a query parameter) that is not a publication day, or null.
 * @example badDay('2025-02-30') // 'impossible date "2025-02-30" (no such day in the calendar)'
 */
export function badDay(value: string): string | null {
  const why = dayProblem(value);
  return why === null ? null : `impossible date "${value}" (${why})`;
}

/** True when `YYYY-MM-DD` names a real calendar day from 1900 on ("2025-02-30" and "0025-05-07" do not). */
export function isCalendarDay(value: string): boolean {
  return dayProblem(value) === null;
}

/**
 * A date as a page or feed writes it: a day; a date in a known form that cannot be (`impossible`, with why); or
 * text in no form we read (`unreadable`), which a page may write in a meta tag and mean nothing by.
 */
export type DayReading = { kind: 'day'; day: string } | { kind: 'impossible'; why: string } | { kind: 'unreadable' };

/** Reads ISO 8601 (the day as written, in the writer's offset) or RFC 822 (RSS). */
export function readDay(raw: string): DayReading {
  const iso = ISO_PREFIX.exec(raw);
  let day: string;
  if (iso) day = at(iso, 1);
  else {
    const rfc = RFC822.exec(raw);
    if (!rfc) return { kind: 'unreadable' };
    const month = MONTHS.indexOf(at(rfc, 2).toLowerCase());
    if (month < 0) return { kind: 'unreadable' };
    // RFC 2822's rule for two-digit years: 00-49 are 2000-2049, 50-99 are 1950-1999.
    const year = at(rfc, 3).length === 2 ? Number(rfc[3]) + (Number(rfc[3]) < 50 ? 2000 : 1900) : Number(rfc[3]);
    day = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${at(rfc, 1).padStart(2, '0')}`;
  }
  const why = dayProblem(day);
  return why ? { kind: 'impossible', why } : { kind: 'day', day };
}

/**
 * The calendar day of a date as pages and feeds write it (ISO 8601 or RFC 822), or null.
 * @example toDay('Wed, 07 May 2025 23:30:00 -0400') // '2025-05-07'
 */
export function toDay(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const reading = readDay(raw);
  return reading.kind === 'day' ? reading.day : null;
}
