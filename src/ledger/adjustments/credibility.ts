import type { EvidenceRow } from '../../store/index.ts';
import { credibilityFactor, type Factor } from '../priors.ts';
import { because, type Adjustment } from './adjustment.ts';

/**
 * The article's credibility (its extraction's score) scales all it reports, its sightings included: Promiflash's
 * "New romance?" at 0.22 counts ×0.72. A principal on record speaks for themselves, and fans' guesses are no better
 * for the article that repeats them (priors.ts credibilityFactor).
 */
export const credibility: Adjustment = {
  name: 'credibility',
  apply: (step, row) => {
    const factor = factorOf(row);
    return factor ? because(step, factor.why, step.value * factor.factor) : step;
  },
};

/** Each row's factor worked out once, not on every replayed day its story is scored at (replay.ts). */
const FACTORS = new WeakMap<EvidenceRow, Factor | null>();
function factorOf(row: EvidenceRow): Factor | null {
  let factor = FACTORS.get(row);
  if (factor === undefined) {
    factor = credibilityFactor(row.holderKind, row.credibility);
    FACTORS.set(row, factor);
  }
  return factor;
}
