import type { Doc } from '../doc.ts';
import type { Entity, Mention } from '../types.ts';
import { venueFramesAfter, venueFramesBefore } from '../names/index.ts';
import { hasPersonContext } from './people.ts';
import { at } from '../../invariant/index.ts';
import { firstStartingAt } from '../text/index.ts';

// Venues named like people: "The pair were seen leaving Giorgio Baldi together on Wednesday … Coincidentally, Giorgio
// Baldi is where Ben Affleck took his new girlfriend Lindsay Shookus" (celebrity-150legit). A restaurant called after
// its founder has a given name and a surname, and every mention of it was typed a person; then it paired with the
// people dining there. Decided per entity, not per mention: one mention with a venue's cue and none with a person's
// make the whole entity a place.

/** A mention's place in the tokens: its first and last token, and whether it ends in a possessive. */
type Span = { first: number; last: number; end: number; possessive: boolean };

const lower = (doc: Doc, k: number): string => doc.tokens[k]?.text.toLowerCase() ?? '';

/** True when `frame` stands in the sentence of token `from`, its first word at token `k`. */
function frameAt(doc: Doc, frame: string[], k: number, from: number): boolean {
  const sentence = at(doc.tokens, from).sentence;
  return frame.every((word, j) => doc.tokens[k + j]?.sentence === sentence && lower(doc, k + j) === word);
}

/** One cue that a mention names a venue, under its name. */
type VenueCue = { name: string; test: (doc: Doc, s: Span) => boolean };

/** The cues of a venue, in order; the first that holds names the rule. */
export const VENUE_CUES: VenueCue[] = [
  {
    // venue-frame-before: "seen leaving Giorgio Baldi", "a birthday dinner at Petit Taqueria", "drinks at the
    // Cipriani" (cues.json venueFramesBefore): people are seen leaving, dine at and drink at a venue, not a person.
    name: 'venue-frame-before',
    // Not a possessive: "snapped arriving at Kendall's London hotel" (celebrity-195legit) is hers.
    test: (doc, s) => {
      if (s.possessive) return false;
      const first = lower(doc, s.first - 1) === 'the' ? s.first - 1 : s.first;
      return venueFramesBefore.some((frame) => frameAt(doc, frame, first - frame.length, s.first));
    },
  },
  {
    // venue-frame-after: "Giorgio Baldi is where Ben Affleck took his new girlfriend" (cues.json venueFramesAfter).
    name: 'venue-frame-after',
    test: (doc, s) => !s.possessive && venueFramesAfter.some((frame) => frameAt(doc, frame, s.last + 1, s.last)),
  },
  {
    // at-where: "to arrive at the famed Belmond Hotel Cipriani, where they were hosting a small welcome gathering"
    // (celebrity-083legit): a name after "at" that "where" takes up is a place.
    name: 'at-where',
    test: (doc, s) => {
      if (s.possessive || lower(doc, s.last + 1) !== ',' || lower(doc, s.last + 2) !== 'where') return false;
      let k = s.first - 1;
      while (k >= 0 && doc.tokens[k]?.sentence === at(doc.tokens, s.first).sentence && /^\p{Ll}/u.test(lower(doc, k)))
        if (lower(doc, k) === 'at') return true;
        else if (s.first - k >= 3) return false;
        else k--;
      return false;
    },
  },
];

// Rules that typed a mention a person by what is around it (a title, a role, a stage name, a verb of speech): a
// venue's name gets none of them.
const PERSON_RULES = new Set([
  'title',
  'person-context',
  'stage-title',
  'titled-stage-name',
  'listed-stage-name',
  'the-stage-name',
  'earlier-surname',
  'given-name-day',
]);

// The tokens are in text order: the mention's first token is found by halving, not by reading from the start (which
// made the 1 MB bench article spend 2.6 of its 16 CPU s here).
function spanOf(doc: Doc, m: Mention): Span | null {
  const first = firstStartingAt(doc.tokens, m.start);
  if (doc.tokens[first]?.start !== m.start) return null;
  let last = first;
  while (last + 1 < doc.tokens.length && at(doc.tokens, last + 1).end <= m.end) last++;
  return { first, last, end: m.end, possessive: m.kind === 'possessive' };
}

/**
 * A person's cue on any mention: a rule that read one, a speech verb, a role or relation, an age or "who", a verb it
 * is the subject of ("Giorgio Baldi wore"), or its surname standing alone as another person's name ("Baldi said").
 */
function personCue(doc: Doc, entity: Entity, spans: Span[]): boolean {
  if (entity.mentions.some((m) => PERSON_RULES.has(m.rule))) return true;
  const surname = entity.name.split(/\s+/).at(-1) ?? '';
  if (surnameAlone(doc, entity, surname)) return true;
  return spans.some((s) => {
    const next = doc.tokens[s.last + 1];
    const verb = !s.possessive && next?.pos === 'VERB' && next.sentence === at(doc.tokens, s.last).sentence;
    return verb || hasPersonContext(doc, s);
  });
}

/**
 * "Baldi, 70, cooked for them": the surname written alone, outside the full name, as only a person's is. Not after
 * "the": "drinks at the Cipriani" (celebrity-083legit) is the hotel's short name.
 */
function surnameAlone(doc: Doc, entity: Entity, surname: string): boolean {
  return doc.tokens.some(
    (t, k) =>
      t.text === surname &&
      !entity.mentions.some((m) => m.start <= t.start && t.end <= m.end) &&
      lower(doc, k - 1) !== 'the',
  );
}

/** Person entities that a venue's cue, and no person's, shows to be a place: retyped, joined to that place if named. */
export function venuesNotPeople(doc: Doc, entities: Entity[]): Entity[] {
  const places = new Map(entities.filter((e) => e.type === 'place').map((e) => [e.name, e]));
  return entities.filter((e) => {
    if (e.type !== 'person' || !/\s/.test(e.name)) return true;
    const spans = e.mentions.map((m) => spanOf(doc, m)).filter((s): s is Span => s !== null);
    const cue = VENUE_CUES.find((c) => spans.some((s) => c.test(doc, s)));
    if (!cue || personCue(doc, e, spans)) return true;
    const place = places.get(e.name);
    if (place) {
      place.mentions.push(...e.mentions);
      place.mentions.sort((a, b) => a.start - b.start);
      return false;
    }
    e.type = 'place';
    e.rule = cue.name;
    delete e.gender;
    return true;
  });
}
