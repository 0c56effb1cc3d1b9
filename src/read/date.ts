// Publication dates as the contract wants them: `YYYY-MM-DD`, checked against the calendar.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 with a time part: the day is taken as written, in the writer's own offset,
// because converting to UTC would move a late-evening story to the next day.
const ISO_PREFIX = /^\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/;
// RFC 822 / 1123 as RSS writes it: "Wed, 07 May 2025 10:00:00 GMT".
const RFC822 = /^\s*(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})\b/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** True when `YYYY-MM-DD` names a real calendar day ("2025-02-30" does not). */
export function isCalendarDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The calendar day of a date as pages and feeds write it (ISO 8601 or RFC 822), or null.
 * @example toDay('Wed, 07 May 2025 23:30:00 -0400') // '2025-05-07'
 */
export function toDay(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const iso = ISO_PREFIX.exec(raw);
  if (iso) return isCalendarDay(iso[1]!) ? iso[1]! : null;
  const rfc = RFC822.exec(raw);
  if (!rfc) return null;
  const month = MONTHS.indexOf(rfc[2]!.toLowerCase());
  if (month < 0) return null;
  const year = rfc[3]!.length === 2 ? 2000 + Number(rfc[3]) : Number(rfc[3]);
  const day = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
  return isCalendarDay(day) ? day : null;
}
