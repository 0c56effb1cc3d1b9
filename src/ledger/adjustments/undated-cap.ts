import { REPEAT_FACTOR, UNDATED_UNATTRIBUTED_MAX } from '../priors.ts';
import { undatedUnattributed } from '../status.ts';
import { because, type Adjustment } from './adjustment.ts';

/**
 * Undated articles with no outlet: which came first and who wrote them is unknown, so they are not told apart. Every
 * such article counting as an independent source took big undated stories to 1.00: together they add at most a small,
 * capped amount. A principal on record is not capped (their word is theirs), and a doubt or a denial is never capped.
 */
export const undatedCap: Adjustment = {
  name: 'undated-unattributed cap',
  apply: (step, row, state) => {
    if (!undatedUnattributed(row) || row.holderKind === 'principal') return step;
    const undated = state.undated;
    let out = step;
    if (undated.articles.size > 0 && !undated.articles.has(row.article) && out.value > 0) {
      out = because(
        out,
        'undated with no outlet: not independent of the other such articles',
        out.value * REPEAT_FACTOR,
      );
    }
    undated.articles.add(row.article);
    if (out.value > 0 && undated.sum + out.value > UNDATED_UNATTRIBUTED_MAX) {
      out = because(
        out,
        `capped: undated articles with no outlet add at most ${UNDATED_UNATTRIBUTED_MAX} in log-odds together`,
        Math.max(0, UNDATED_UNATTRIBUTED_MAX - undated.sum),
      );
    }
    undated.sum += out.value;
    return out;
  },
};
