import type { Doc } from '../doc.ts';
import { cues, firstNames, makingFramesBefore, titles, workFramesBefore } from '../names/index.ts';
import type { Candidate } from './scan.ts';
import { at } from '../../invariant/index.ts';

// Shows and films named like people: "an episode of Ellen", "appeared on Ellen", "starred in
// Will & Grace", "the Will & Grace revival", "The Graham Norton Show". The words around the name
// say it is the work; then it is a work only, and no person is made of it.

const lower = (doc: Doc, i: number): string => doc.tokens[i]?.text.toLowerCase() ?? '';

/** True when a work frame stands right before token `first` ("episode of", "appeared on", "sitcom"). */
export function workFrameBefore(doc: Doc, first: number, phrasesOnly = false): boolean {
  const sentence = at(doc.tokens, first).sentence;
  return workFramesBefore.some(
    (frame) =>
      (!phrasesOnly || frame.length > 1) &&
      frame.every((word, j) => {
        const k = first - frame.length + j;
        return k >= 0 && at(doc.tokens, k).sentence === sentence && lower(doc, k) === word;
      }) &&
      (frame.length > 1 || nounFrame(doc, first - 1)),
  );
}

const NOUN_OPENERS = new Set(['DET', 'ADJ', 'PROPN', 'NUM']);
const POSSESSIVES = new Set(['her', 'his', 'their', 'its', 'my', 'our', 'your', "'s", '’s']);

// "her Netflix series Chelsea", "the sitcom Friends", but not "the pics show Harry": a one-word
// frame is a noun only after a determiner, a possessive, an adjective or a name.
function nounFrame(doc: Doc, k: number): boolean {
  const before = doc.tokens[k - 1];
  return (
    before !== undefined &&
    before.sentence === at(doc.tokens, k).sentence &&
    (NOUN_OPENERS.has(before.pos) || POSSESSIVES.has(before.text.toLowerCase()))
  );
}

/** True when a show's noun follows the name ("the Will & Grace revival", "the Ellen episode"). */
export function workNounAfter(doc: Doc, last: number): boolean {
  const next = doc.tokens[last + 1];
  return next !== undefined && next.sentence === at(doc.tokens, last).sentence && cues.workNounsAfter.has(next.text);
}

/** A run shaped like a person's name that its context makes a work. */
export function workNamedLikePerson(doc: Doc, c: Candidate): boolean {
  // "the star of Elvis Presley musical Jailhouse Rock": a name before a work noun is its modifier.
  const next = doc.tokens[c.last + 1];
  if (c.possessive || (next !== undefined && cues.works.has(next.text) && !cues.workNounsAfter.has(next.text)))
    return false;
  return (
    workFrameBefore(doc, c.first) ||
    (workNounAfter(doc, c.last) && doc.tokens[c.first - 1]?.text.toLowerCase() === 'the')
  );
}

/**
 * "The Graham Norton Show", "The Ellen DeGeneres Show": a show called after its host, a given name
 * and a surname before "Show" (an event word elsewhere: "the Brit Awards show").
 */
export function showAfterHost(words: string[]): boolean {
  return (
    words.length >= 3 &&
    words[words.length - 1] === 'Show' &&
    firstNames.has(at(words, words.length - 3)) &&
    /^\p{Lu}/u.test(at(words, words.length - 2))
  );
}

// "Will & Grace", "Mike & Molly", "Kath & Kim": two names joined by "&" in a work's frame are its
// title; once one is, the same pair elsewhere in the article is too.
// Rule "titled-pair-title": "the movie Mr and Mrs Smith" (celebrity-005legit), "on the set of Mr. and Mrs. Smith!"
// (005fake): two titles joined by "and" before one surname are a pair's title in the same frames; "Mr and Mrs
// Beckham arrived" has none and stays the couple.
// Rule "making-pair-title": "while they made Mr. & Mrs. Smith" (streams), "while making Mr. & Mrs. Smith."
// (celebrity-144fake): after a verb of making a film (cues.json makingFramesBefore), or a work noun ("the movie"),
// such a pair is the title; a lone name after "made" is not ("made Smith a star").
export function joinWorkPairs(doc: Doc, candidates: Candidate[]): Candidate[] {
  const pairAt = (i: number): boolean => {
    const a = at(candidates, i);
    const b = candidates[i + 1];
    const joint = doc.tokens[a.last + 1]?.text;
    return (
      b !== undefined &&
      !a.phrase &&
      !b.phrase &&
      !a.possessive &&
      !a.title &&
      !b.title &&
      b.first === a.last + 2 &&
      (joint === '&' || (joint === 'and' && titledPair(doc, a, b))) &&
      at(doc.tokens, a.last + 1).sentence === at(doc.tokens, b.first).sentence
    );
  };
  const key = (i: number): string =>
    doc.text.slice(at(candidates, i).start, at(candidates, i + 1).end).replace(/\s+/g, ' ');
  const works = new Set<string>();
  candidates.forEach((a, i) => {
    if (pairAt(i) && (pairFrameBefore(doc, a.first) || workNounAfter(doc, at(candidates, i + 1).last)))
      works.add(key(i));
  });
  if (works.size === 0) return candidates;
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = at(candidates, i);
    if (pairAt(i) && works.has(key(i))) {
      const b = at(candidates, i + 1);
      out.push({ first: a.first, last: b.last, start: a.start, end: b.end, possessive: b.possessive, title: 'case' });
      i++;
    } else out.push(a);
  }
  return out;
}

/** "Mr. and Mrs. Smith": a lone title word, then a title and one surname. */
const titledPair = (doc: Doc, a: Candidate, b: Candidate): boolean =>
  a.first === a.last &&
  titles.has(at(doc.tokens, a.first).text) &&
  b.last === b.first + 1 &&
  titles.has(at(doc.tokens, b.first).text);

/**
 * A frame before a pair's title at token `first`, an opening quote passed over ('making "Mr. & Mrs. Smith."'): a
 * work's frame (workFrameBefore), a verb of making one, or a lower-case work noun ("the movie Mr and Mrs Smith").
 */
function pairFrameBefore(doc: Doc, first: number): boolean {
  const k = OPEN_QUOTES.has(doc.tokens[first - 1]?.text ?? '') ? first - 1 : first;
  if (workFrameBefore(doc, k)) return true;
  const sentence = at(doc.tokens, first).sentence;
  const before = doc.tokens[k - 1];
  if (before?.sentence === sentence && /^\p{Ll}/u.test(before.text) && cues.works.has(before.text)) return true;
  return makingFramesBefore.some((frame) =>
    frame.every((word, j) => {
      const t = doc.tokens[k - frame.length + j];
      return t?.sentence === sentence && t.text.toLowerCase() === word;
    }),
  );
}

const OPEN_QUOTES = new Set(['“', '"', '‘']);
