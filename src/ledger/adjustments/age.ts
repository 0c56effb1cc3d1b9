import { HALF_LIFE_DAYS } from '../priors.ts';
import { because, type Adjustment } from './adjustment.ts';

/**
 * Each date's midnight (UTC, in ms) parsed once, not at every row of every replayed day: parsing the two dates of
 * every daysBetween was 8% of reading a busy story (s-64017f51fbf3, 2,674 rows). Bounded: cleared when full (a pure
 * function of the string, so a miss only costs the parse again).
 */
const MIDNIGHT = new Map<string, number>();
const MIDNIGHT_MAX = 50_000;
function midnightOf(date: string): number {
  let ms = MIDNIGHT.get(date);
  if (ms === undefined) {
    if (MIDNIGHT.size >= MIDNIGHT_MAX) MIDNIGHT.clear();
    ms = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
    MIDNIGHT.set(date, ms);
  }
  return ms;
}

export function daysBetween(from: string, to: string): number {
  return (midnightOf(to) - midnightOf(from)) / 86_400_000;
}

/**
 * Old evidence fades (data/priors.json halfLifeDays): a 2017 "they are just friends" says less about the pair in 2021
 * than this week's photos do. Under a month nothing fades, and an undated article cannot be aged.
 */
export const age: Adjustment = {
  name: 'age',
  apply: (step, row, { story }) => {
    const days = story.asOf && row.published ? Math.max(0, daysBetween(row.published, story.asOf)) : 0;
    if (days < 30) return step;
    return because(step, `${Math.round(days)} days old`, step.value * 0.5 ** (days / HALF_LIFE_DAYS));
  },
};
