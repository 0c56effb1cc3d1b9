import type { CredibilityInput } from './cues.ts';
import { type FeatureOptions, tokenise } from './features.ts';
import { outletOf } from './outlet.ts';
import { must } from '../../invariant/index.ts';

/**
 * The word model's score, `logit(weights, featurise(input, options))`, without a string key per n-gram: every word
 * of the model's keys gets a number once per model, a bigram is a pair of numbers, and only the n-grams the model
 * weighs are named (by their key in the model file). Building "was spotted" and looking it up as a string for every
 * bigram of every article was a quarter of extraction (issue 14). Same features, same order of summation, so the
 * same bits: ngrams.test.ts checks it against featurise() on real articles.
 */
export type NgramModel = {
  bias: number;
  /** Each word that appears in a weighted n-gram → its number, below `ids.size`. */
  ids: Map<string, number>;
  /** Weighted unigrams by word number, and bigrams by `a * ids.size + b`: for the body, then the headline. */
  unigrams: [Array<Known | undefined>, Array<Known | undefined>];
  bigrams: [Map<number, Known>, Map<number, Known>];
  /** How many weighted n-grams there are (their `index` is below it). */
  count: number;
  /** `outlet:<name>` keys, by the lower-case name. */
  outlets: Map<string, Known>;
  options: FeatureOptions;
};

/** A weighted n-gram: its key in the model file, its weight, and its number among them. */
type Known = { key: string; weight: number; index: number };

/**
 * Numbers the words of the model's n-gram keys, or null for a model this path does not score: one that weighs
 * cues or log counts (featurise() scores it, as in training).
 */
export function compileNgrams(
  serialised: { bias: number; weights: Record<string, number> },
  options: FeatureOptions,
): NgramModel | null {
  if (options.cues || options.logCounts) return null;
  const ids = new Map<string, number>();
  const ngrams: Array<{ title: 0 | 1; words: string[]; known: Known }> = [];
  const outlets = new Map<string, Known>();
  for (const [key, weight] of Object.entries(serialised.weights)) {
    if (key.startsWith('outlet:')) {
      outlets.set(key.slice('outlet:'.length), { key, weight, index: -1 });
      continue;
    }
    const title = options.titlePrefix && key.startsWith('t:') ? 1 : 0;
    const words = (title ? key.slice(2) : key).split(' ');
    // A token never holds a space or a colon, so a key is one word or two (anything else matches nothing).
    if (words.length > 2 || words.some((w) => w === '' || w.includes(':'))) continue;
    for (const word of words) if (!ids.has(word)) ids.set(word, ids.size);
    ngrams.push({ title, words, known: { key, weight, index: ngrams.length } });
  }
  const size = ids.size;
  const model: NgramModel = {
    bias: serialised.bias,
    ids,
    unigrams: [new Array<Known | undefined>(size), new Array<Known | undefined>(size)],
    bigrams: [new Map<number, Known>(), new Map<number, Known>()],
    count: ngrams.length,
    outlets,
    options,
  };
  for (const { title, words, known } of ngrams) {
    const [a, b] = words.map((w) => must(ids.get(w), 'every word of a key was numbered above'));
    if (a === undefined) continue;
    if (b === undefined) model.unigrams[title][a] = known;
    else model.bigrams[title].set(a * size + b, known);
  }
  return model;
}

/** Per-model arrays that scoreNgrams() stamps instead of allocating per article (scripts run one at a time). */
type Scratch = { stamp: number; seen: [Uint32Array, Uint32Array]; met: Uint32Array; pairs: Float64Array };
const scratches = new WeakMap<NgramModel, Scratch>();

/** The model's scratch arrays with a fresh stamp, grown to hold `span` word numbers and `pairs` bigrams if needed. */
function scratchFor(model: NgramModel, span: number, pairs: number): Scratch {
  let scratch = scratches.get(model);
  if (!scratch || scratch.stamp === 0xffffffff) {
    scratch = {
      stamp: 0,
      seen: [new Uint32Array(span), new Uint32Array(span)],
      met: new Uint32Array(model.count),
      pairs: new Float64Array(pairs),
    };
    scratches.set(model, scratch);
  }
  if (scratch.seen[0].length < span) scratch.seen = [grown(scratch.seen[0], span), grown(scratch.seen[1], span)];
  if (scratch.pairs.length < pairs) scratch.pairs = new Float64Array(Math.max(pairs, 2 * scratch.pairs.length));
  scratch.stamp++;
  return scratch;
}

const grown = (stamps: Uint32Array, size: number): Uint32Array => {
  const bigger = new Uint32Array(Math.max(size, 2 * stamps.length));
  bigger.set(stamps);
  return bigger;
};

/** Log-odds of legit with each weighted feature's share: what logit() gives on featurise()'s features. */
export function scoreNgrams(model: NgramModel, input: CredibilityInput): { z: number; parts: Array<[string, number]> } {
  const size = model.ids.size;
  // Words the model does not know get numbers of their own, for this article only.
  const unknown = new Map<string, number>();
  const numbers = (text: string) =>
    tokenise(text).map((word) => {
      let id = model.ids.get(word) ?? unknown.get(word);
      if (id === undefined) unknown.set(word, (id = size + unknown.size));
      return id;
    });
  const title = numbers(input.title ?? '');
  const body = numbers(input.text);
  const span = size + unknown.size;
  // A headline n-gram is a feature of its own only with titlePrefix (part 1); else it is one of the body's (part 0).
  const texts: Array<[number[], 0 | 1]> = [
    [title, model.options.titlePrefix ? 1 : 0],
    [body, 0],
  ];
  // Each distinct n-gram counts once (binary presence); the weighted ones are kept in the order featurise() first
  // meets them. "Seen in this article" is a stamp in arrays kept with the model, not a Set or a fresh typed array
  // per article (each new buffer is memory outside the heap, which makes the collector run more often).
  const scratch = scratchFor(model, span, title.length + body.length);
  const stamp = scratch.stamp;
  let distinct = 0;
  const found: Known[] = [];
  let paired = 0;
  // Plain indexing below, not at(): this loop runs for every word of every article, and at() is shared by arrays of
  // every kind (a slow, generic access). Indices are in range by construction: ids < span, index < count.
  for (const [words, part] of texts) {
    const [unigrams, bigrams, once] = [model.unigrams[part], model.bigrams[part], scratch.seen[part]];
    for (let i = 0; i < words.length; i++) {
      const a = words[i] ?? 0;
      if (once[a] !== stamp) {
        once[a] = stamp;
        distinct++;
      }
      const one = a < size ? unigrams[a] : undefined;
      if (one && scratch.met[one.index] !== stamp) {
        scratch.met[one.index] = stamp;
        found.push(one);
      }
      if (!model.options.bigrams || i + 1 >= words.length) continue;
      const b = words[i + 1] ?? 0;
      // Headline pairs (part 1) sit past the body's.
      scratch.pairs[paired++] = (part * span + a) * span + b;
      const two = a < size && b < size ? bigrams.get(a * size + b) : undefined;
      if (two && scratch.met[two.index] !== stamp) {
        scratch.met[two.index] = stamp;
        found.push(two);
      }
    }
  }
  const pairs = scratch.pairs.subarray(0, paired).sort();
  for (let k = 0; k < paired; k++) if (k === 0 || pairs[k] !== pairs[k - 1]) distinct++;
  // featurise() gives each n-gram 1 / the L2 norm of all of them.
  const value = 1 / (Math.sqrt(distinct) || 1);
  let z = model.bias;
  const shares: Array<[string, number]> = [];
  for (const { key, weight } of found) {
    z += weight * value;
    shares.push([key, weight * value]);
  }
  const outlet = outletOf(input);
  const weighed = outlet === null ? undefined : model.outlets.get(outlet.toLowerCase());
  if (weighed) {
    z += weighed.weight * 1;
    shares.push([weighed.key, weighed.weight * 1]);
  }
  return { z, parts: shares };
}
