import { deniesFurtherStage } from '../status.ts';
import type { Adjustment } from './adjustment.ts';

/**
 * "We have no wedding plans" while the story is that they are dating denies the wedding, not the pair: the row moves
 * nothing and nothing after it applies (it is not counted as heard, so a later word from that source is not a repeat).
 */
export const beyondStage: Adjustment = {
  name: 'beyond the stage',
  apply: (step, row, { story }) =>
    deniesFurtherStage(row, story.stage)
      ? {
          ...step,
          value: 0,
          says: `denies ${row.value}, a stage beyond the story's (${story.stage}): it bears on that stage only, not on the pair`,
          done: true,
        }
      : step,
};
