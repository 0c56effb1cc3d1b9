import type { Doc } from '../../doc.ts';
import type { EntityType } from '../../types.ts';
import type { Evidence, Typed } from '../classify.ts';
import type { Gender } from '../../names/index.ts';
import type { Make } from '../people.ts';
import type { Candidate } from '../scan.ts';
import type { Token } from '../../tokens/index.ts';
import { at } from '../../../invariant/index.ts';

/** A capitalised run to type, with what its typing rules read around it, computed once. */
export type Scene = {
  doc: Doc;
  c: Candidate;
  evidence: Evidence;
  /** The run's words ("Graham", "Norton", "Show") and text. */
  words: string[];
  text: string;
  head: string;
  last: string;
  several: boolean;
  /** The lower-cased words before and after the run ("" past a possessive: "Beckham's party"). */
  before: string;
  after: string;
  afterTwo: string;
  make: Make;
  /** Types a narrower run from the top of the list ("in September Spears said" → "Spears"). */
  retype: (c: Candidate) => Typed | null;
};

/**
 * One typing rule: when `test` holds, `verdict` is the run's type, or null when the run is no entity
 * ("the Bond girl", "September"). The first rule that holds decides; rules/index.ts gives the order.
 */
export type TypingRule = {
  name: string;
  test: (s: Scene) => boolean;
  verdict: (s: Scene) => Typed | null;
};

export const lower = (doc: Doc, i: number): string => doc.tokens[i]?.text.toLowerCase() ?? '';

/** True when `frame` stands in the sentence of token `from`, its first word at token `k`. */
export function frameAt(doc: Doc, frame: string[], k: number, from: number): boolean {
  const sentence = at(doc.tokens, from).sentence;
  return frame.every((word, j) => doc.tokens[k + j]?.sentence === sentence && lower(doc, k + j) === word);
}

/** A rule that, when its test holds, types the run as `type` under its own name: `typesAs('event', 'event-word', …)`. */
export const typesAs = (type: EntityType, name: string, test: (s: Scene) => boolean): TypingRule => ({
  name,
  test,
  verdict: ({ make }) => make(type, name),
});

/**
 * The run's words, a hyphenated name one word: "Catherine Zeta-Jones" is two words, not four. Not "Jay-Z": a part of
 * one letter stays apart.
 */
function joinHyphens(tokens: Token[]): string[] {
  const words: string[] = [];
  tokens.forEach((t, k) => {
    const previous = tokens[k - 1];
    const next = tokens[k + 1];
    const hyphen = (h: Token | undefined, a: Token | undefined, b: Token | undefined): boolean =>
      h?.text === '-' && !!a && !!b && a.end === h.start && h.end === b.start && a.text.length > 1 && b.text.length > 1;
    if (hyphen(t, previous, next) || hyphen(previous, tokens[k - 2], t)) words[words.length - 1] += t.text;
    else words.push(t.text);
  });
  return words;
}

export function sceneOf(doc: Doc, c: Candidate, evidence: Evidence, retype: (c: Candidate) => Typed | null): Scene {
  const words = joinHyphens(doc.tokens.slice(c.first, c.last + 1));
  const text = doc.text.slice(c.start, c.end);
  const make = (type: EntityType, rule: string, gender: Gender | null = null, name = text): Typed => ({
    type,
    name,
    start: c.start,
    end: c.end,
    rule,
    gender,
  });
  const after = c.possessive ? '' : lower(doc, c.last + 1);
  return {
    doc,
    c,
    evidence,
    words,
    text,
    make,
    retype,
    after,
    head: at(words, 0),
    last: at(words, words.length - 1),
    several: words.length > 1,
    before: lower(doc, c.first - 1),
    afterTwo: after + ' ' + lower(doc, c.last + 2),
  };
}
