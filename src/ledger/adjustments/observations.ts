import { OBSERVATION } from '../priors.ts';
import { against, because, type Adjustment } from './adjustment.ts';

/**
 * Sightings and photos add to a report ("photographed holding hands at the theme park on Friday"), but an article's
 * sightings count once for the story, not again with each of its claims; a denial is not backed by them.
 */
export const observations: Adjustment = {
  name: 'observations',
  apply: (step, row, state) => {
    if (row.observations === 0 || row.stance === 'denies' || state.observed.has(row.article)) return step;
    state.observed.add(row.article);
    const added = OBSERVATION.weight * Math.min(row.observations, OBSERVATION.max) * against(row, state);
    return because(
      step,
      `backed by ${row.observations} observation${row.observations > 1 ? 's' : ''} (sighting/photo)`,
      step.value + added,
    );
  },
};
