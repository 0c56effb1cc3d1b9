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

/**
 * The year of month/day nearest `dct`: a report may look up to a season ahead ("payable Dec. 7"),
 * an announcement up to a month back; otherwise the closest occurrence wins.
 */
export function yearFor(dct: Day, month: number, day: number, tense: Tense): number {
  const y = year(dct);
  const DAY = 86_400_000;
  const options = [y - 1, y, y + 1]
    .map((yy) => ({ yy, gap: ((makeDay(yy, month, Math.min(day, 28)) ?? dct).getTime() - dct.getTime()) / DAY }))
    .filter((o) => (tense === 'past' ? o.gap <= 92 : o.gap >= -31));
  options.sort((a, b) => Math.abs(a.gap) - Math.abs(b.gap));
  return options[0]?.yy ?? y;
}
