import type { Doc } from '../doc.ts';
import type { Entity, EntityType, Mention } from '../types.ts';
import { hasPersonContext } from './people.ts';
import { sentenceInitial } from './scan.ts';
import { titles } from '../names/index.ts';
import { at } from '../../invariant/index.ts';
import { firstStartingAt } from '../text/index.ts';
import { frameAt, lower } from './rules/rule.ts';

// What venues.ts and brands.ts share: a person-typed entity is retyped when one of its mentions has the other kind's
// cue and none has a person's. The mention spans, the frame test and the person cue are read the same way for both.

/** A mention's place in the tokens: its first and last token, and whether it ends in a possessive. */
export type MentionSpan = { first: number; last: number; end: number; possessive: boolean };

// The typing rules' one definition of a token's lower-case word and of a word frame, shared by the venue and brand cues.
export { frameAt, lower };

/** One cue that a mention names something other than a person, under its rule name. */
export type MentionCue = { name: string; test: (doc: Doc, s: MentionSpan) => boolean };

// Rules that typed a mention a person by what is around it (a title, a role, a stage name, a verb of speech): a
// venue's or a brand's name gets none of them.
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
export function spanOf(doc: Doc, m: Mention): MentionSpan | null {
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
export function personCue(doc: Doc, entity: Entity, spans: MentionSpan[]): boolean {
  if (entity.mentions.some((m) => PERSON_RULES.has(m.rule))) return true;
  if (surnameAlone(doc, entity)) return true;
  return spans.some((s) => {
    const next = doc.tokens[s.last + 1];
    const verb = !s.possessive && next?.pos === 'VERB' && next.sentence === at(doc.tokens, s.last).sentence;
    return verb || hasPersonContext(doc, s);
  });
}

/**
 * "Baldi, 70, cooked for them": the surname written alone, outside the full name, as only a person's is. Not after
 * "the": "drinks at the Cipriani" (celebrity-083legit) is the hotel's short name. Not after the name's own word before
 * it: "of the Estée Lauder campaign" (celebrity-084legit) is the full name where no mention was kept, not the surname.
 */
function surnameAlone(doc: Doc, entity: Entity): boolean {
  const words = entity.name.split(/\s+/);
  const surname = words.at(-1) ?? '';
  const before = words.at(-2)?.toLowerCase();
  return (placesOf(doc).get(surname) ?? []).some((k) => {
    const t = at(doc.tokens, k);
    return (
      !entity.mentions.some((m) => m.start <= t.start && t.end <= m.end) &&
      lower(doc, k - 1) !== 'the' &&
      lower(doc, k - 1) !== before &&
      !insideOtherName(doc, k)
    );
  });
}

// Each capitalised word's token places, read once per article: reading every token for every entity with a cue made
// the 1 MB bench text's entities 10% slower once brands had cues as well as venues.
const places = new WeakMap<Doc, Map<string, number[]>>();
function placesOf(doc: Doc): Map<string, number[]> {
  let found = places.get(doc);
  if (found) return found;
  found = new Map();
  doc.tokens.forEach((t, k) => {
    if (!/^\p{Lu}/u.test(t.text)) return;
    const list = found.get(t.text);
    if (list) list.push(k);
    else found.set(t.text, [k]);
  });
  places.set(doc, found);
  return found;
}

/**
 * "a custom Roberto Cavalli Couture design" (celebrity-164legit): a capitalised word, not a title, right before the
 * word in its sentence makes it part of another name ("Stéphane Rolland Couture gown" is not a person "Couture").
 */
function insideOtherName(doc: Doc, k: number): boolean {
  const previous = doc.tokens[k - 1];
  return (
    previous !== undefined &&
    previous.sentence === at(doc.tokens, k).sentence &&
    /^\p{Lu}\p{Ll}/u.test(previous.text) &&
    !titles.has(previous.text) &&
    !sentenceInitial(doc, k - 1)
  );
}

/** A kind of thing named like a person: the type it takes and the cues that show it, in order. */
export type NamedLike = { type: EntityType; cues: MentionCue[] };

/**
 * Person entities of more than one word that a kind's cue shows to be that kind, and no person's cue: retyped under
 * the cue's name, or joined to the entity of that type and name when the article has one. The kinds are tried in
 * order (venues before brands), each entity's mention spans read once for all of them.
 */
export function retypeNamedLikePeople(doc: Doc, entities: Entity[], kinds: NamedLike[]): Entity[] {
  const byType = new Map<EntityType, Map<string, Entity>>();
  for (const { type } of kinds) byType.set(type, new Map());
  for (const e of entities) byType.get(e.type)?.set(e.name, e);
  return entities.filter((e) => {
    if (e.type !== 'person' || !/\s/.test(e.name)) return true;
    const spans = e.mentions.map((m) => spanOf(doc, m)).filter((s): s is MentionSpan => s !== null);
    let found: { type: EntityType; rule: string } | undefined;
    for (const kind of kinds) {
      const cue = kind.cues.find((c) => spans.some((s) => c.test(doc, s)));
      if (cue) {
        found = { type: kind.type, rule: cue.name };
        break;
      }
    }
    if (!found || personCue(doc, e, spans)) return true;
    const other = byType.get(found.type)?.get(e.name);
    if (other) {
      other.mentions.push(...e.mentions);
      other.mentions.sort((a, b) => a.start - b.start);
      return false;
    }
    e.type = found.type;
    e.rule = found.rule;
    delete e.gender;
    return true;
  });
}
