// Date ticks for a time axis: days, months, quarters or years, whichever keep labels apart at the drawn width.
import { at } from '../invariant/index.ts';
import { DAY } from './when.ts';

export type Tick = { t: number; label: string; major: boolean };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Narrowest room a label gets, in px: "Sep 2021" at 12 px is about 52 px wide. */
const LABEL_PX = 58;

/**
 * Ticks between `min` and `max` (UTC ms) for an axis `width` px wide. Years are labelled with the year, months with
 * the month (its year too on January and on the first tick), so a reader always knows the year on screen.
 * @example dateTicks(Date.UTC(2021, 0, 4), Date.UTC(2022, 10, 22), 600) // Jan 2021, Apr, Jul, Oct, Jan 2022, …
 */
export function dateTicks(min: number, max: number, width: number): Tick[] {
  const months = (max - min) / (30.44 * DAY);
  const perMonth = width / Math.max(months, 1 / 30);
  if (perMonth >= LABEL_PX * 4) return dayTicks(min, max, width);
  const step = [1, 2, 3, 6].find((n) => perMonth * n >= LABEL_PX);
  if (step) return monthTicks(min, max, step);
  const perYear = perMonth * 12;
  const years = [1, 2, 5, 10, 20, 50].find((n) => perYear * n >= LABEL_PX * 0.8) ?? 100;
  const out: Tick[] = [];
  const first = new Date(min).getUTCFullYear() + 1;
  for (let y = Math.ceil(first / years) * years; Date.UTC(y, 0, 1) <= max; y += years)
    out.push({ t: Date.UTC(y, 0, 1), label: String(y), major: true });
  return out;
}

function monthTicks(min: number, max: number, step: number): Tick[] {
  const start = new Date(min);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth() + 1;
  // Steps line up with the calendar: quarters on Jan/Apr/Jul/Oct, halves on Jan/Jul.
  while (m % step !== 0) m++;
  const out: Tick[] = [];
  for (;;) {
    y += Math.floor(m / 12);
    m %= 12;
    const t = Date.UTC(y, m, 1);
    if (t > max) break;
    const month = at(MONTHS, m); // m %= 12 just above
    const label = m === 0 || out.length === 0 ? `${month} ${y}` : month;
    out.push({ t, label, major: m === 0 });
    m += step;
  }
  return out;
}

/**
 * Days at a step that restarts on each month's 1st (1, 8, 15, 22 for a week), the 1st labelled with its month (and its
 * year on January and on the first tick), so even a ten-day span says which month and year it is in: the headline stage
 * of the syndicated Zendaya & Holland story runs 2025-01-10 to 2025-01-19, and "26 Dec 2024, 2 Jan, 9 Jan" left a
 * reader guessing where January starts.
 */
function dayTicks(min: number, max: number, width: number): Tick[] {
  const perDay = width / Math.max(1, (max - min) / DAY);
  const step = [1, 2, 7, 14].find((n) => perDay * n >= LABEL_PX) ?? 14;
  const out: Tick[] = [];
  for (let t = Math.ceil(min / DAY) * DAY; t <= max; t += DAY) {
    const d = new Date(t);
    const [y, m, date] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
    if ((date - 1) % step !== 0) continue;
    // A day closer to the next month's 1st than a step would crowd its label.
    if (date > 1 && (Date.UTC(y, m + 1, 1) - t) / DAY < step) continue;
    const year = out.length === 0 || (m === 0 && date === 1) ? ` ${y}` : '';
    out.push({ t, label: date === 1 ? `${MONTHS[m]}${year}` : `${date} ${MONTHS[m]}${year}`, major: date === 1 });
  }
  return out;
}

/** [min, max] widened so a single day (or close dates) still has some room around it. */
export function padded(min: number, max: number): [number, number] {
  const pad = Math.max(15 * DAY, (max - min) * 0.03);
  return [min - pad, max + pad];
}
