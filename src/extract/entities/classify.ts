import type { Doc } from '../doc.ts';
import type { EntityType } from '../types.ts';
import { ambiguousPlaces, cues, epithetHeads, firstNames, titles, type Gender } from './lexicons.ts';
import { sentenceInitial, type Candidate } from './scan.ts';

/** What a candidate names, with the span to record (it may grow: "the Core restaurant"). */
export type Typed = {
  type: EntityType;
  name: string;
  start: number;
  end: number;
  rule: string;
  gender: Gender | null;
};

const OPEN_QUOTES = new Set(['“', '"', '‘', "'"]);
const CLOSE_QUOTES = new Set(['”', '"', '’', "'"]);
const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'near', 'outside', 'across', 'around']);

const lower = (doc: Doc, i: number): string => doc.tokens[i]?.text.toLowerCase() ?? '';

/**
 * Types a candidate from its own words and the words around it; null when it is no entity
 * (a month, a sentence-initial "Fans", or a modifier like "Hollywood" in "Hollywood star").
 */
export function classify(doc: Doc, c: Candidate): Typed | null {
  const { tokens } = doc;
  const words = tokens.slice(c.first, c.last + 1).map((t) => t.text);
  const text = doc.text.slice(c.start, c.end);
  const make = (type: EntityType, rule: string, gender: Gender | null = null, name = text): Typed =>
    ({ type, name, start: c.start, end: c.end, rule, gender });
  const before = lower(doc, c.first - 1);
  const after = c.possessive ? '' : lower(doc, c.last + 1);
  const afterTwo = after + ' ' + lower(doc, c.last + 2);

  if (c.phrase) {
    // "Hollywood star", "London restaurant": a place word used as a modifier of a role noun.
    if (c.phrase.type === 'place' && epithetHeads.has(after)) return null;
    return make(c.phrase.type, c.phrase.rule, null, c.phrase.name);
  }
  const head = words[0]!;
  const last = words[words.length - 1]!;
  const name = words.filter((w) => !titles.has(w)).join(' ');

  if (words.every((w) => cues.calendar.has(w) || /^\d/.test(w))) return null;
  if (cues.calendar.has(head) && /^\d/.test(tokens[c.last + 1]?.text ?? '')) return null;
  if (cues.pets.has(before)) return make('animal', 'pet-name');
  if (words.length > 1 && cues.placeSuffixes.has(last)) return make('place', 'place-suffix');
  if (cues.venues.has(after) && (before === 'the')) {
    const venue = tokens[c.last + 1]!;
    return { type: 'place', name: `${text} ${venue.text}`, start: tokens[c.first - 1]!.start, end: venue.end, rule: 'venue', gender: null };
  }
  if (ambiguousPlaces.has(text) && PLACE_PREPOSITIONS.has(before)) return make('place', 'place-context');
  if (words.includes(':')) return epithetHeads.has(after) ? null : make('work', 'title-colon');
  if (cues.works.has(before) && !firstNames.has(head)) return make('work', 'work-noun');
  if (OPEN_QUOTES.has(tokens[c.first - 1]?.text ?? '') && CLOSE_QUOTES.has(tokens[c.last + 1]?.text ?? '') && !firstNames.has(head)) {
    return make('work', 'quoted-title');
  }
  // "the Bond girl", "Beckham party", "the Smith family": modifiers, not mentions (coreference
  // reads the epithets; events own the parties).
  if (epithetHeads.has(after) || epithetHeads.has(afterTwo) || cues.events.has(after) || cues.families.has(after)) return null;
  if (words.length > 1 && cues.orgSuffixes.has(last)) return make('organization', 'org-suffix');
  return person(doc, c, words, name, make);
}

function person(doc: Doc, c: Candidate, words: string[], name: string, make: (t: EntityType, r: string, g?: Gender | null, n?: string) => Typed): Typed | null {
  const head = words[0]!;
  const title = titles.get(head);
  if (title !== undefined && words.length > 1) return make('person', 'title', title, name);
  const given = firstNames.get(head);
  if (given !== undefined) return make('person', words.length > 1 ? 'given-name' : 'given-name-alone', given, name);
  if (words.some((w) => cues.particles.has(w))) return make('person', 'name-particle', null, name);
  if (hasPersonContext(doc, c)) return make('person', 'person-context', null, name);
  // Two or three proper nouns mid-sentence read as a name ("Richard Wentworth"); at a sentence
  // start they are too often a headline word plus a name.
  if (words.length >= 2 && words.length <= 3 && !sentenceInitial(doc, c.first) && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) {
    return make('person', 'name-shape', null, name);
  }
  return null;
}

function hasPersonContext(doc: Doc, c: Candidate): boolean {
  const before = lower(doc, c.first - 1);
  const after = lower(doc, c.last + 1);
  if (cues.speech.has(after)) return true;
  if (cues.relations.has(before) || epithetHeads.get(before)?.kind === 'descriptor') return true;
  return c.possessive && cues.relations.has(lower(doc, c.last + 2));
}
