// The score's priors (data/priors.json), looked up by holder, outlet and stance.
import type { HolderKind, Stance } from '../extract/index.ts';
import priors from '../../data/priors.json' with { type: 'json' };

export type Reliability = { weight: number; why: string };
/** A multiplier on a step, with the words that say why. */
export type Factor = { factor: number; why: string };

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
  if (tier)
    return {
      weight: tier.weight,
      why: `${tier.tier === 'agency' ? 'an agency or paper of record' : `a ${tier.tier}`} (${name})`,
    };
  const label = {
    principal: 'a principal',
    'named-source': 'a named source',
    outlet: 'an outlet',
    anonymous: 'an anonymous source',
    author: "the article's author",
    fans: 'fans',
  }[kind];
  return { weight: priors.holders[kind].weight, why: name && kind !== 'anonymous' ? `${label} (${name})` : label };
}

export function stanceFactor(stance: Stance): number {
  return priors.stances[stance].factor;
}

export const clamp = (x: number, low: number, high: number): number => Math.min(high, Math.max(low, x));

/**
 * How much an article's credibility scales a reporting holder's step (data/priors.json `credibility`): the holders the
 * article vouches for (outlets, its author, its named and anonymous sources). Null for a principal on record (their
 * word is theirs) and fans (a credible article reporting fans' guesses makes the guesses no better), for an article
 * without a score, and where it changes nothing (neutral).
 * @example credibilityFactor('outlet', 0.31) // {factor: 0.81, why: 'article credibility 0.31: counts less (×0.81)'}
 */
export function credibilityFactor(kind: HolderKind, score: number | null): Factor | null {
  if (kind === 'principal' || kind === 'fans' || score === null || !Number.isFinite(score)) return null;
  const { neutral, slope, min, max } = priors.credibility;
  const factor = clamp(1 + slope * (score - neutral), min, max);
  const shown = Math.round(factor * 100) / 100;
  // A neutral article changes nothing, and saying so on every item would bury the items it does change.
  if (shown === 1) return null;
  return {
    factor,
    why: `article credibility ${score.toFixed(2)}: counts ${shown < 1 ? 'less' : 'more'} (×${shown.toFixed(2)})`,
  };
}

export const TRACK_RECORD = priors.trackRecord;
export const OBSERVATION = priors.observation;
export const OBSERVATION_EVENTS = new Set(priors.observation.events);
export const REPEAT_FACTOR = priors.repeat.factor;
export const HALF_LIFE_DAYS = priors.halfLifeDays.value;
export const UNDATED_UNATTRIBUTED_MAX = priors.undatedUnattributed.max;
