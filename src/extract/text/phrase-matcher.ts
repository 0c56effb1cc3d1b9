import type { Doc } from '../doc.ts';
import type { Token } from '../tokens/index.ts';
import { pieceTokens, piecesOf, registerForms } from './phrase-words.ts';
import { at as atIndex } from '../../invariant/index.ts';

/**
 * Lexicon phrases matched on tokens, not characters, so that "tight-lipped" or "Tom's" split the
 * same way in the lexicon as in the text. A `*` in a form stands for one to three words
 * ("joined * in" matches "joined Tom in"); adverbs inside a phrase are skipped
 * ("were later photographed" matches "were photographed"), and so are quote marks ('are "taking a break"').
 */
export type PhraseMatch<T> = { entry: T; form: string; first: number; last: number; start: number; end: number };

type Step = { word: string } | { gap: true };
/**
 * `second`: the form's second word when it follows the first directly (no gap), which most forms under a common first
 * word ("is", "was", "in") differ by; null when any second token will do (a one-word form, a gap next).
 */
type Compiled<T> = { entry: T; form: string; steps: Step[]; second: string | null };

/**
 * The forms under one first word, in the order they are tried, and by second word: the forms whose second word is that
 * word or any word (null), still in that order. Where the token after the first word is not skippable, the second word
 * can only be that token's, and its list holds every form that could walk, in the same order as the whole list.
 */
type Group<T> = { all: Compiled<T>[]; bySecond: Map<string, Compiled<T>[]>; anySecond: Compiled<T>[] };

// The replace only where there is a curly apostrophe: this runs once for every token, and a regex replace on each
// was most of the matchers' time.
const norm = (word: string): string => {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
};

// "She's pregnant", "they're engaged": a contracted auxiliary matches the lexicon's full form.
const CONTRACTED: Record<string, string> = { "'s": 'is', "'re": 'are', "'m": 'am' };
const wordOf = (token: Token): string => {
  const word = norm(token.text);
  return (token.pos === 'AUX' && CONTRACTED[word]) || word;
};

const QUOTE_MARK = /^["“”‘’']$/;
const skippable = (token: Token): boolean => token.pos === 'ADV' || QUOTE_MARK.test(token.text);

/**
 * Each token's word as the lexicons spell it, computed once per token list: three matchers (event triggers,
 * propositions, open claims) read every sentence, and lower-casing every token for each of them, again at every
 * step of every candidate phrase, was 4% of extraction. Filled as tokens are read, so a list that is matched in
 * one sentence only costs that sentence.
 */
const wordLists = new WeakMap<Token[], Array<string | undefined>>();

function wordsOf(tokens: Token[]): (i: number) => string {
  let words = wordLists.get(tokens);
  if (!words || words.length !== tokens.length)
    wordLists.set(tokens, (words = new Array<string | undefined>(tokens.length)));
  const known = words;
  return (i) => known[i] ?? (known[i] = wordOf(atIndex(tokens, i)));
}

/**
 * The words a form's second word may be found at after token `i`, as walk() looks for it: the skippable tokens right
 * after `i` (walk() stops at one that is the word it wants) and the first token that is not skippable.
 */
function secondWords(tokens: Token[], word: (i: number) => string, i: number, limit: number): string[] {
  const out: string[] = [];
  for (let at = i + 1; at <= limit; at++) {
    out.push(word(at));
    if (!skippable(atIndex(tokens, at))) break;
  }
  return out;
}

export class PhraseMatcher<T> {
  private readonly entries: Array<{ form: string; entry: T }>;
  private compiled: Map<string, Group<T>> | null = null;

  /**
   * The forms are tokenised on the first match, not here: the matchers are made when their modules load, and
   * tokenising ~2,800 lexicon phrases with wink cost every importer of the extractor ~50 ms, extracting or not.
   */
  constructor(entries: Array<{ form: string; entry: T }>) {
    this.entries = entries;
    registerForms(entries);
  }

  /** The forms as steps, grouped by their first word, longest first. */
  private get byFirst(): Map<string, Group<T>> {
    if (this.compiled) return this.compiled;
    const byFirst = new Map<string, Compiled<T>[]>();
    for (const { form, entry } of this.entries) {
      const steps: Step[] = [];
      piecesOf(form).forEach((piece, i) => {
        if (i > 0) steps.push({ gap: true });
        for (const text of pieceTokens(piece)) steps.push({ word: norm(text) });
      });
      const head = steps[0];
      if (!head || !('word' in head)) throw new Error(`phrase lexicon: form "${form}" must start with a word`);
      const list = byFirst.get(head.word) ?? [];
      const next = steps[1];
      list.push({ entry, form, steps, second: next && 'word' in next ? next.word : null });
      byFirst.set(head.word, list);
    }
    const groups = new Map<string, Group<T>>();
    for (const [first, list] of byFirst) {
      list.sort((a, b) => b.steps.length - a.steps.length);
      const bySecond = new Map<string, Compiled<T>[]>();
      for (const c of list) if (c.second !== null) bySecond.set(c.second, []);
      for (const c of list) {
        if (c.second !== null) bySecond.get(c.second)?.push(c);
        else for (const forms of bySecond.values()) forms.push(c);
      }
      groups.set(first, { all: list, bySecond, anySecond: list.filter((c) => c.second === null) });
    }
    this.compiled = groups;
    return groups;
  }

  /** Longest match at each token of the span [firstToken, lastToken]; matches never overlap. */
  match(tokens: Token[], firstToken: number, lastToken: number): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    const word = wordsOf(tokens);
    const byFirst = this.byFirst;
    for (let i = firstToken; i <= lastToken; i++) {
      const group = byFirst.get(word(i));
      if (!group) continue;
      // "is" heads ~150 forms ("is dating", "is expecting"…) and almost every sentence has one: a form's second word
      // can only be one of the next few tokens (the skippable ones walk() passes over, and the first other one), so
      // forms whose second word is none of them are passed over without a walk. The first form that walks wins, as
      // before, and none that could have walked is passed over. With one such token (the usual case), only the forms
      // listed under its word (or under none) are tried, in the same order.
      const seconds = secondWords(tokens, word, i, lastToken);
      const candidates =
        seconds.length === 1 ? (group.bySecond.get(atIndex(seconds, 0)) ?? group.anySecond) : group.all;
      for (const c of candidates) {
        if (c.second !== null && !seconds.includes(c.second)) continue;
        const last = this.walk(tokens, word, c.steps, i, lastToken);
        if (last < 0) continue;
        found.push({
          entry: c.entry,
          form: c.form,
          first: i,
          last,
          start: atIndex(tokens, i).start,
          end: atIndex(tokens, last).end,
        });
        i = last;
        break;
      }
    }
    return found;
  }

  /** All matches in one sentence of a doc. */
  inSentence(doc: Doc, sentence: number): PhraseMatch<T>[] {
    const s = doc.sentences[sentence];
    return s ? this.match(doc.tokens, s.firstToken, s.lastToken) : [];
  }

  private walk(tokens: Token[], word: (i: number) => string, steps: Step[], from: number, limit: number): number {
    let at = from;
    for (let k = 0; k < steps.length; k++) {
      const step = atIndex(steps, k);
      if ('gap' in step) {
        const next = steps[k + 1];
        if (!next || !('word' in next)) return -1;
        let j = at + 1;
        while (j <= limit && j <= at + 4 && word(j) !== next.word) {
          if (atIndex(tokens, j).pos === 'PUNCT') return -1;
          j++;
        }
        if (j > limit || j === at + 1 || j > at + 4) return -1;
        at = j;
        k++;
        continue;
      }
      if (k > 0) {
        at++;
        // Adverbs, and quote marks: 'are "taking a break."' quotes the words, it still says they are.
        while (at <= limit && skippable(atIndex(tokens, at)) && word(at) !== step.word) at++;
      }
      if (at > limit || word(at) !== step.word) return -1;
    }
    return at;
  }
}
