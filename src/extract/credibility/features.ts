import { type CredibilityInput, type ExtraCues, findCues } from './cues.ts';
import { outletOf } from './outlet.ts';
import { at } from '../../invariant/index.ts';

/** How text becomes features; stored in the model so scoring featurises exactly as training did. */
/** `cueScale` shrinks the cue features toward the scale of one word, so L2 holds them back as much as words. */
export type FeatureOptions = {
  bigrams: boolean;
  titlePrefix: boolean;
  cues: boolean;
  cueScale?: number;
  logCounts?: boolean;
};

export type Features = Map<string, number>;

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[!?]/gu;

export function tokenise(text: string): string[] {
  return (text.match(TOKEN) ?? []).map((t) => {
    const lower = t.toLowerCase();
    // Shouting is a style cue worth keeping apart from the word itself.
    if (t.length >= 4 && t !== lower && t === t.toUpperCase()) return `^${lower}`;
    return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  });
}

/**
 * wordCount() of the text `tokens` were read from: TOKEN is WORD or a lone "!" or "?", which no word holds or starts,
 * so its matches are WORD's and the marks.
 */
export function wordsAmong(tokens: string[]): number {
  let marks = 0;
  for (const token of tokens) if (token === '!' || token === '?') marks++;
  return tokens.length - marks;
}

function addNgrams(out: Features, tokens: string[], prefix: string, bigrams: boolean): void {
  const add = (key: string) => out.set(key, (out.get(key) ?? 0) + 1);
  for (let i = 0; i < tokens.length; i++) {
    add(prefix + at(tokens, i));
    if (bigrams && i + 1 < tokens.length) add(`${prefix}${at(tokens, i)} ${at(tokens, i + 1)}`);
  }
}

/**
 * The headline's and the body's n-grams with their counts, in the order first met; a feature's value is
 * `weigh(count) / norm`. `body` is tokenise(input.text) when the caller has it already.
 */
export function ngramCounts(input: CredibilityInput, options: FeatureOptions, body?: string[]) {
  const counts = new Map<string, number>();
  addNgrams(counts, tokenise(input.title ?? ''), options.titlePrefix ? 't:' : '', options.bigrams);
  addNgrams(counts, body ?? tokenise(input.text), '', options.bigrams);
  const weigh = (count: number) => (options.logCounts ? 1 + Math.log(count) : 1);
  let squares = 0;
  for (const count of counts.values()) squares += weigh(count) ** 2;
  return { counts, weigh, norm: Math.sqrt(squares) || 1 };
}

/**
 * Binary word and bigram presence, L2-normalised so long and short texts weigh alike, plus the cue
 * families (`cue:*`) and the outlet (`outlet:*`) as their own features.
 */
export function featurise(input: CredibilityInput, options: FeatureOptions, extra?: ExtraCues): Features {
  const { counts, weigh, norm } = ngramCounts(input, options);
  const out: Features = new Map();
  for (const [key, count] of counts) out.set(key, weigh(count) / norm);
  // A bare headline (GossipCop rows) has no body to hedge or source: its cue values would mean something else.
  if (options.cues && input.text.trim() !== '')
    for (const cue of findCues(input, extra))
      if (cue.value !== 0) out.set(`cue:${cue.name}`, cue.value * (options.cueScale ?? 1));
  const outlet = outletOf(input);
  if (outlet) out.set(`outlet:${outlet.toLowerCase()}`, 1);
  return out;
}
