import type { EvidenceRow } from '../../store/index.ts';
import { stanceFactor } from '../priors.ts';
import { against, leaning, type Adjustment, type State } from './adjustment.ts';

const STANCE_WORDS: Record<EvidenceRow['stance'], string> = {
  asserts: 'asserts it',
  confirms: 'confirms it',
  hedges: 'hedges',
  questions: 'asks whether',
  denies: 'denies it',
  unconfirmed: 'notes it is unconfirmed',
};

/** Names the stage an item is about: a story mixes them ("dating", "engaged", "split"), and a split moves it down. */
function about(row: EvidenceRow, state: State): string {
  if (state.story.perStage || row.value !== 'split' || leaning(row, state) === 0) return row.value;
  return leaning(row, state) < 0
    ? 'split: counts against the pair being together'
    : 'split: denying it counts for the pair';
}

/**
 * What the holder says sets the step's direction and part of its size (data/priors.json): a denial pushes down, "it is
 * not confirmed" barely moves it, a question ("And the romance?") less than an assertion. A split claim ("TMZ: Grande and
 * Davidson end five-month romance") counts against the pair, unless the rows are the split stage's own.
 */
export const stance: Adjustment = {
  name: 'stance',
  apply: (step, row, state) => ({
    value: step.value * stanceFactor(row.stance) * against(row, state),
    who: step.who,
    says: `${STANCE_WORDS[row.stance]} (${about(row, state)})`,
    reasons: step.reasons,
    done: step.done,
  }),
};
