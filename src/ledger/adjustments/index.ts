// The score's adjustments, in the order each row goes through them. The first sets the step, the rest scale it, add
// to it or take from it; their order is the order of the arithmetic, so it is also what keeps the scores to the digit.
import type { Adjustment } from './adjustment.ts';
import { age } from './age.ts';
import { beyondStage } from './beyond-stage.ts';
import { credibility } from './credibility.ts';
import { holderWeight } from './holder.ts';
import { observations } from './observations.ts';
import { repetition } from './repetition.ts';
import { stance } from './stance.ts';
import { supersession } from './supersession.ts';
import { trackRecord } from './track-record.ts';
import { undatedCap } from './undated-cap.ts';

export type { Adjustment, State, Step, StoryContext } from './adjustment.ts';
export { startState, stepOf } from './adjustment.ts';
export { daysBetween } from './age.ts';

export const ADJUSTMENTS: Adjustment[] = [
  holderWeight,
  // Before anything is remembered: a denial of a further stage is neither heard nor a repeat.
  beyondStage,
  trackRecord,
  stance,
  // Before credibility: a doubtful article's sightings are doubted with the rest of it.
  observations,
  credibility,
  repetition,
  age,
  // After age: a principal's earlier word is taken back as much as it counted, aged as it was.
  supersession,
  // Last: caps what the undated articles with no outlet add, everything else done.
  undatedCap,
];
