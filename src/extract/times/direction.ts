import { addDays, isoWeekday, makeDay, year, type Day } from './calendar.ts';
import type { Tense } from './rule.ts';

// How news resolves an unanchored calendar name: the most recent one when reporting the past,
// the coming one when announcing. chrono always picks the coming one, which is wrong for news.

/** The weekday `wd` (1 = Monday) nearest `dct` in the tense's direction; today counts. */
export function weekdayFrom(dct: Day, wd: number, tense: Tense, modifier?: string): Day {
  const diff = wd - isoWeekday(dct);
  const mod = modifier?.toLowerCase();
  if (mod === 'this') return addDays(dct, diff);
  if (mod === 'last' || mod === 'past') return addDays(dct, diff < 0 ? diff : diff - 7);
  if (mod === 'next' || mod === 'coming') return addDays(dct, diff > 0 ? diff : diff + 7);
  if (tense === 'future') return addDays(dct, diff >= 0 ? diff : diff + 7);
  return addDays(dct, diff <= 0 ? diff : diff - 7);
}

/** The year of month/day nearest `dct` in the tense's direction (e.g. "April 30th" said in May). */
export function yearFor(dct: Day, month: number, day: number, tense: Tense): number {
  const y = year(dct);
  const here = makeDay(y, month, Math.min(day, 28)) ?? dct;
  if (tense === 'past' && here.getTime() > dct.getTime() && month - (dct.getUTCMonth() + 1) > 1) return y - 1;
  if (tense === 'future' && here.getTime() < dct.getTime() && dct.getUTCMonth() + 1 - month > 1) return y + 1;
  return y;
}
