import type { EvidenceRow } from '../../store/index.ts';
import { reliability, type Reliability } from '../priors.ts';
import type { Adjustment } from './adjustment.ts';

/**
 * Who holds the claim sets the size of its step (data/priors.json): Zendaya saying "It's friendship, no romance" on
 * KIIS FM weighs 3.0, People's report 0.9, the Daily Mail's 0.6, fans reading a caption 0.1.
 */
export const holderWeight: Adjustment = {
  name: 'holder weight',
  apply: (step, row) => {
    const holder = weightOf(row);
    return { value: holder.weight, who: holder.why, says: step.says, reasons: step.reasons, done: step.done };
  },
};

/** Each row's weight looked up once, not on every replayed day its story is scored at (replay.ts). */
const WEIGHTS = new WeakMap<EvidenceRow, Reliability>();
function weightOf(row: EvidenceRow): Reliability {
  let holder = WEIGHTS.get(row);
  if (!holder) {
    holder = reliability(row.holderKind, row.holderName);
    WEIGHTS.set(row, holder);
  }
  return holder;
}
