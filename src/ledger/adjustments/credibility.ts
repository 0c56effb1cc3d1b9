import { credibilityFactor } from '../priors.ts';
import { because, type Adjustment } from './adjustment.ts';

/**
 * The article's credibility (its extraction's score) scales all it reports, its sightings included: Promiflash's
 * "New romance?" at 0.22 counts ×0.72. A principal on record speaks for themselves, and fans' guesses are no better
 * for the article that repeats them (priors.ts credibilityFactor).
 */
export const credibility: Adjustment = {
  name: 'credibility',
  apply: (step, row) => {
    const factor = credibilityFactor(row.holderKind, row.credibility);
    return factor ? because(step, factor.why, step.value * factor.factor) : step;
  },
};
