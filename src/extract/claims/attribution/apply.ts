import type { Attribution, AttributionRule, Facts } from './types.ts';

/** The first of `rules` that answers decides: its attribution, or null for 'no-claim' and when none answers. */
export function applyRules(facts: Facts, rules: AttributionRule[]): Attribution | null {
  for (const rule of rules) {
    const out = rule.apply(facts);
    if (out === 'no-claim') return null;
    if (out) return out;
  }
  return null;
}
