import { trackRecordFactor } from '../track.ts';
import { because, sourceOf, type Adjustment } from './adjustment.ts';

/**
 * A holder's track record on the stories already settled scales its weight (track.ts): an outlet whose earlier scoops were
 * denied counts less than one whose scoops were confirmed. A principal has no track record: their word is about themselves.
 */
export const trackRecord: Adjustment = {
  name: 'track record',
  apply: (step, row, state) => {
    const track = trackRecordFactor(state.story.trackRecord, row.holderKind, sourceOf(row, state));
    return track ? because(step, track.why, step.value * track.factor) : step;
  },
};
