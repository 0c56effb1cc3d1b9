import { because, leaning, type Adjustment } from './adjustment.ts';

/**
 * A principal's latest word supersedes their earlier one when it points the other way, and what they said before
 * stops counting: Zendaya's "It's friendship, no romance" (KIIS FM, 2017) once the two say they are together.
 * Undated statements cannot be ordered, so neither supersedes the other: both count. "Neither has confirmed it" is the
 * article's observation, not a word on record: it supersedes nothing; nor does a principal's hedge or question.
 */
export const supersession: Adjustment = {
  name: 'supersession',
  apply: (step, row, state) => {
    if (row.holderKind !== 'principal' || row.stance === 'unconfirmed') return step;
    const said = state.principal;
    const now = leaning(row, state);
    // A principal who hedges or asks after confirming has not turned: a word that takes no side supersedes nothing.
    if (now === 0) {
      said.sum += step.value;
      return step;
    }
    const turned = said.leaning !== null && said.leaning !== now;
    let out = step;
    if (turned && (row.published === null || !said.dated)) {
      out = because(step, "the principals' statements cannot be ordered (undated): both count");
      said.sum += step.value;
    } else if (turned) {
      // The step takes back all the principals' earlier word counted, and becomes their word so far.
      out = because(step, "supersedes the principals' earlier statement", step.value - said.sum);
      said.sum = step.value;
    } else {
      said.sum += step.value;
    }
    said.leaning = now;
    said.dated = row.published !== null;
    return out;
  },
};
