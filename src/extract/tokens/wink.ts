import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import { at } from '../../invariant/index.ts';
import { winkModel } from './wink-model.ts';

// wink-nlp keeps one lexeme cache for the life of the process, and its tokeniser takes any word
// found there whole. Every out-of-vocabulary word a document adds stays: "John's." is tokenised
// "John's" + "." and adds "John's", so a later document's "Elton John's partner" became "Elton"
// "John's" instead of "John" "'s" and lost its "Elton John" (bbc-entertainment-141, 14 of the 750
// development articles on a second extraction). Here each document sees the cache as it was after
// loading plus the words it added itself: exactly what it sees when extracted first in a fresh process.

/** The part of wink's cache (src/cache.js) that the tokeniser reads and writes. */
type LexemeCache = {
  lookup: (text: string) => number[] | null;
  add: (text: string, category: number) => number;
  currentSize: () => number;
};

type FeatureFns = Record<string, (text: string, category: number, cache: LexemeCache) => unknown>;

type Nlp = ReturnType<typeof winkNLP>;

/** Words the current document added (with their lower-case forms, which wink adds alongside). */
let added = new Set<string>();

// wink-nlp and its model are CommonJS, loaded on the first document rather than with this module: whatever imports
// the extractor without extracting (a producer that only needs articleId, a command's --help) does not pay for the
// model (~60 ms of CPU) and its set-up.
const requireCjs = createRequire(import.meta.url);
let nlp: Nlp | null = null;

/** wink-nlp with its model, made on first use. */
function wink(): Nlp {
  nlp ??= load();
  return nlp;
}

function load(): Nlp {
  const model = winkModel();
  let cache: LexemeCache | undefined;

  // wink hands its cache to the model's feature functions when it adds a new word: wrap them to
  // catch it, since wink exposes it nowhere else.
  const catching = {
    ...model,
    featureFn: (config: unknown): FeatureFns => {
      const fns = (model.featureFn as (config: unknown) => FeatureFns)(config);
      return Object.fromEntries(
        Object.entries(fns).map(([name, fn]) => [
          name,
          (text: string, category: number, c: LexemeCache) => {
            cache ??= c;
            return fn(text, category, c);
          },
        ]),
      );
    },
  };

  // wink-nlp is the fastest sentence splitter + POS tagger we measured (STACK.md); load its model once.
  // Sentence breaks and POS tags only: nothing reads wink's entities, negation or sentiment.
  const made = (requireCjs('wink-nlp') as typeof winkNLP)(catching, ['sbd', 'pos']);
  // Adding one unknown word makes wink call the feature functions.
  made.readDoc('qxzvkjw');
  if (!cache) throw new Error('wink-nlp: could not reach the lexeme cache (has its internal API changed?)');
  const lexemes: LexemeCache = cache;

  /** Words known before any document was read: the model's lexicon and what loading added. */
  const loaded = lexemes.currentSize();

  const { lookup, add } = lexemes;
  lexemes.add = (text, category) => {
    added.add(text);
    added.add(text.toLowerCase());
    return add(text, category);
  };
  lexemes.lookup = (text) => {
    const found = lookup(text);
    // A single index past `loaded` is a word some earlier document added: unknown here.
    return found && found.length === 1 && at(found, 0) > loaded && !added.has(text) ? null : found;
  };

  // Fail on the first document, not with drifting output, if a wink release stops going through these methods.
  added = new Set();
  made.readDoc("Qxzvkj's.");
  added = new Set();
  if (made.readDoc("Qxzvkj's hat").tokens().out().length !== 3)
    throw new Error('wink-nlp: its cache no longer answers per document (has its internal API changed?)');
  return made;
}

/** wink's `readDoc`, independent of the documents read before it. */
export function readDoc(text: string): ReturnType<Nlp['readDoc']> {
  const made = wink();
  added = new Set();
  return made.readDoc(text);
}

// Memory (issue 14): wink's recursive tokeniser keeps the last document it split a word of, its tokens (four numbers
// each) and sentences, until another document needs it: 45 MB of a 5 MB article held through every later stage. A
// word it splits, already in the cache since loading, hands it this one instead and adds nothing.
const RELEASING = "Qxzvkj's.";

/** Lets wink drop the document read last: call once its tokens and sentences have been read out. */
export function releaseDoc(): void {
  wink().readDoc(RELEASING);
  added = new Set();
}

/** wink's `its` helpers (token and sentence properties for `out()`). */
export const its = (): Nlp['its'] => wink().its;
