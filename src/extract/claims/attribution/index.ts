import { applyRules } from './apply.ts';
import { authorRules } from './author.ts';
import { fansRules } from './fans.ts';
import { principalRules } from './principal.ts';
import { quoteRules } from './quote.ts';
import { reportedRules } from './reported.ts';
import type { Attribution, AttributionRule, Facts } from './types.ts';

export type { Attribution, AttributionRule, Facts } from './types.ts';
export { quoteSpan } from './quote.ts';
export { onRecord } from './stance.ts';

/**
 * Who holds a clause's proposition and with what stance, in priority order: the first rule that
 * answers decides. A quote's words are its speaker's; an explicit "not confirmed" and a denial come
 * before any other reading of the clause; fans hold only what they wonder about; a reporting verb
 * names its speaker; whatever is left is the article's own voice (a question, a hedge, talk of a
 * rumour, or a plain assertion). Each rule's claims carry its id in `claim.rule`.
 */
export const ATTRIBUTION_RULES: AttributionRule[] = [
  ...quoteRules,
  ...principalRules,
  ...fansRules,
  ...reportedRules,
  ...authorRules,
];

export function attribute(facts: Facts, rules: AttributionRule[] = ATTRIBUTION_RULES): Attribution | null {
  return applyRules(facts, rules);
}
