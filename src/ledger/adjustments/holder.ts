import { reliability } from '../priors.ts';
import type { Adjustment } from './adjustment.ts';

/**
 * Who holds the claim sets the size of its step (data/priors.json): Zendaya saying "It's friendship, no romance" on
 * KIIS FM weighs 3.0, People's report 0.9, the Daily Mail's 0.6, fans reading a caption 0.1.
 */
export const holderWeight: Adjustment = {
  name: 'holder weight',
  apply: (step, row) => {
    const holder = reliability(row.holderKind, row.holderName);
    return { value: holder.weight, who: holder.why, says: step.says, reasons: step.reasons, done: step.done };
  },
};
