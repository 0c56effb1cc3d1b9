import { HALF_LIFE_DAYS } from '../priors.ts';
import { because, type Adjustment } from './adjustment.ts';

export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
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
