import type { CredibilityInput } from './cues.ts';
import { type FeatureOptions, tokenise } from './features.ts';
import { outletOf } from './outlet.ts';
import { at } from '../../invariant/index.ts';

/**
 * The word model's score, `logit(weights, featurise(input, options))`, without a string key per n-gram: every word
 * of the model's keys gets a number once per model, an n-gram is a pair of numbers, and only the n-grams the model
 * weighs are named (by their key in the model file). Building "was spotted" and looking it up as a string for every
 * bigram of every article was a quarter of extraction (issue 14). Same features, same order of summation, so the
 * same bits: scoring.test.ts checks it against featurise() on real articles.
 */
export type NgramModel = {
  bias: number;
  /** Each word that appears in a weighted n-gram → its number. */
  ids: Map<string, number>;
  /** An n-gram's code (see `code`) → its key in the model file and its weight. */
  known: Map<number, Known>;
  /** `outlet:<name>` keys, by the lower-case name. */
  outlets: Map<string, Known>;
  titlePrefix: boolean;
  bigrams: boolean;
  logCounts: boolean;
};

type Known = { key: string; weight: number };

// Ids stay below 2^24 (the model's words plus one article's unknown ones), so a code stays below 2^49: exact.
const SPAN = 2 ** 24;
/** One number per n-gram: a unigram is (a, none), a bigram (a, b); the last bit says "in the headline". */
const code = (a: number, b: number, title: number): number => ((a + 1) * SPAN + (b + 1)) * 2 + title;

/**
 * Numbers the words of the model's n-gram keys. Features the fast path does not build (`cue:*`, which only a model
 * trained with `cues: true` weighs; such a model is scored by featurise()) are left out.
 */
export function compileNgrams(
  serialised: { bias: number; weights: Record<string, number> },
  options: FeatureOptions,
): NgramModel {
  const ids = new Map<string, number>();
  const known = new Map<number, Known>();
  const outlets = new Map<string, Known>();
  const idOf = (word: string) => {
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = ids.size));
    return id;
  };
  for (const [key, weight] of Object.entries(serialised.weights)) {
    if (key.startsWith('outlet:')) {
      outlets.set(key.slice('outlet:'.length), { key, weight });
      continue;
    }
    if (key.startsWith('cue:')) continue;
    const title = options.titlePrefix && key.startsWith('t:') ? 1 : 0;
    const words = (title ? key.slice(2) : key).split(' ');
    // A token never holds a space or a colon, so a key is one word or two (anything else matches nothing).
    if (words.length > 2 || words.some((w) => w === '')) continue;
    const [first, second] = words;
    if (first === undefined) continue;
    known.set(code(idOf(first), second === undefined ? -1 : idOf(second), title), { key, weight });
  }
  return {
    bias: serialised.bias,
    ids,
    known,
    outlets,
    titlePrefix: options.titlePrefix,
    bigrams: options.bigrams,
    logCounts: options.logCounts ?? false,
  };
}

/** The n-grams of the headline then the body, counted by code in the order featurise() first meets them. */
function countNgrams(model: NgramModel, input: CredibilityInput): Map<number, number> {
  const counts = new Map<number, number>();
  // Words the model does not know get numbers of their own, for this article only.
  const unknown = new Map<string, number>();
  const idOf = (word: string) => {
    const id = model.ids.get(word) ?? unknown.get(word);
    if (id !== undefined) return id;
    const next = model.ids.size + unknown.size;
    unknown.set(word, next);
    return next;
  };
  const add = (key: number) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const addAll = (text: string, title: number) => {
    const words = tokenise(text).map(idOf);
    for (let i = 0; i < words.length; i++) {
      add(code(at(words, i), -1, title));
      if (model.bigrams && i + 1 < words.length) add(code(at(words, i), at(words, i + 1), title));
    }
  };
  addAll(input.title ?? '', model.titlePrefix ? 1 : 0);
  addAll(input.text, 0);
  return counts;
}

/** Log-odds of legit with each weighted feature's share: what logit() gives on featurise()'s features. */
export function scoreNgrams(model: NgramModel, input: CredibilityInput): { z: number; parts: Array<[string, number]> } {
  const counts = countNgrams(model, input);
  const weigh = (count: number) => (model.logCounts ? 1 + Math.log(count) : 1);
  let squares = 0;
  for (const count of counts.values()) squares += weigh(count) ** 2;
  const norm = Math.sqrt(squares) || 1;
  let z = model.bias;
  const parts: Array<[string, number]> = [];
  for (const [key, count] of counts) {
    const found = model.known.get(key);
    if (!found) continue;
    const share = found.weight * (weigh(count) / norm);
    z += share;
    parts.push([found.key, share]);
  }
  const outlet = outletOf(input);
  const weighed = outlet === null ? undefined : model.outlets.get(outlet.toLowerCase());
  if (weighed) {
    z += weighed.weight * 1;
    parts.push([weighed.key, weighed.weight * 1]);
  }
  return { z, parts };
}
