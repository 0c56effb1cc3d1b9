// The score's priors (data/priors.json), looked up by holder, outlet and stance.
import type { HolderKind, Stance } from '../extract/index.ts';
import priors from '../../data/priors.json' with { type: 'json' };

export type Reliability = { weight: number; why: string };

const outletTier = new Map<string, { tier: string; weight: number }>();
for (const [tier, entry] of Object.entries(priors.outlets)) {
  for (const name of entry.names) outletTier.set(name.toLowerCase(), { tier, weight: entry.weight });
}

export function baseProbability(type: string): number {
  return type === 'relationship' ? priors.base.relationship.p : priors.base.default.p;
}

/** How far a holder's word counts; a named outlet by its tier, else by the holder's kind. */
export function reliability(kind: HolderKind, name: string | null): Reliability {
  const tier = kind === 'outlet' && name ? outletTier.get(name.toLowerCase()) : undefined;
  if (tier) return { weight: tier.weight, why: `${tier.tier === 'agency' ? 'an agency or paper of record' : `a ${tier.tier}`} (${name})` };
  const label = { principal: 'a principal', 'named-source': 'a named source', outlet: 'an outlet', anonymous: 'an anonymous source', author: "the article's author", fans: 'fans' }[kind];
  return { weight: priors.holders[kind].weight, why: name && kind !== 'anonymous' ? `${label} (${name})` : label };
}

export function stanceFactor(stance: Stance): number {
  return priors.stances[stance].factor;
}

export const OBSERVATION = priors.observation;
export const OBSERVATION_EVENTS = new Set(priors.observation.events);
export const REPEAT_FACTOR = priors.repeat.factor;
export const HALF_LIFE_DAYS = priors.halfLifeDays.value;
export const UNDATED_UNATTRIBUTED_MAX = priors.undatedUnattributed.max;
