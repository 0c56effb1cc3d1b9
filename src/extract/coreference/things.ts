import { isIgnored, type Doc } from '../doc.ts';
import type { Entity, EntityType } from '../types.ts';
import { isSubject } from './salience.ts';
import { around, findQuotations } from './speakers.ts';
import { firstStartingAt } from '../text/index.ts';
import { at } from '../../invariant/index.ts';

// "it" and "its" for a film, a show, a company or a festival, said of the subject of its own or the sentence
// before: "The Last Samurai, starring Tom Cruise, was the biggest foreign movie hit in Japan last year. It was
// followed by…" (bbc-entertainment-046), "Charlotte's Web has sold 45 million copies since it was published"
// (bbc-entertainment-302), "Bookmaker Ladbrokes said it would continue to accept bets" (bbc-entertainment-221).
// Most "it"s are no one's ("it could have been a lot worse", "It is thought that…"): only a subject "it" or an "its",
// only after a thing that is its sentence's subject, and none inside quotations, where the speaker's "it" is anything.

const THINGS = new Set<EntityType>(['work', 'organization', 'event', 'outlet']);
const VERBAL = new Set(['VERB', 'AUX']);
// "It is thought that", "It was a shame to", "it's been a long time": an "it" that stands for no one.
const EXPLETIVE =
  /^\s*(?:(?:is|was|has been|had been|will be|would be|may be|might be|seems|seemed|appears|appeared)\s+(?:\p{Ll}+\s+){0,2}(?:that|to|as if|like)\b|['’]s\b)/iu;

type Subject = { entity: Entity; end: number };
type Located = { entity: Entity; start: number; end: number; possessive: boolean };

/**
 * The thing its sentence is about: the first mention, in subject position, with its verb (or a comma) right after it
 * ("Oscar-nominated film biopic Ray has", not "Oscar"; "BBC Radio Scotland presenter Vic Galloway" is a person).
 */
function subjectOf(doc: Doc, sentence: number, mentions: Located[], before: number): Subject | null {
  const { tokens } = doc;
  const s = at(doc.sentences, sentence);
  // Searched from the sentence's first mention, not scanned from the text's: a long article has thousands of "it"s.
  for (let k = firstStartingAt(mentions, s.start); k < mentions.length; k++) {
    const m = at(mentions, k);
    if (m.start >= before) return null;
    // "Detective Inspector Paul Miller of Thames Valley Police said it": a person's sentence; not their possessive,
    // "His popular music show American Bandstand was first broadcast in 1952 … after it was picked up".
    if (m.entity.type === 'person' && !m.possessive) return null;
    const token = firstStartingAt(tokens, m.start);
    if (tokens[token]?.start !== m.start || !isSubject(doc, token)) return null;
    const after = tokens[firstStartingAt(tokens, m.end)];
    if (!after || (!VERBAL.has(after.pos) && after.text !== ',')) continue;
    return THINGS.has(m.entity.type) ? { entity: m.entity, end: m.end } : null;
  }
  return null;
}

/** Adds "it"/"its" mentions to the works, organizations, events and outlets they stand for. */
export function linkThingPronouns(doc: Doc, entities: Entity[]): Entity[] {
  const mentions = entities
    .flatMap((entity) =>
      [...entity.mentions, ...(entity.jointMentions ?? [])].map((m) => ({
        entity,
        start: m.start,
        end: m.end,
        possessive: m.kind === 'possessive' || /^(?:his|her|their)$/i.test(m.text),
      })),
    )
    .sort((a, b) => a.start - b.start);
  const quotation = around(findQuotations(doc.text));
  const added = new Map<Entity, Entity['mentions']>();
  // "The charity … said money raised would help its agencies" (bbc-entertainment-130): an "its" a body's own pronoun
  // rule gave it already is not given twice.
  const taken = new Set(mentions.map((m) => m.start));
  const { tokens } = doc;
  tokens.forEach((t, i) => {
    const word = t.text.toLowerCase();
    if ((word !== 'it' && word !== 'its') || taken.has(t.start) || isIgnored(doc, t.start, t.end)) return;
    if (quotation(t.start, t.end)) return;
    if (word === 'it') {
      // A subject: its verb right after it (or after an adverb), and no expletive frame.
      const next = tokens[i + 1]?.pos === 'ADV' ? tokens[i + 2] : tokens[i + 1];
      if (!VERBAL.has(next?.pos ?? '') || EXPLETIVE.test(doc.text.slice(t.end, t.end + 40))) return;
    }
    const sentence = t.sentence;
    const opens = at(doc.sentences, sentence).firstToken === i;
    const subject = opens
      ? sentence > 0
        ? subjectOf(doc, sentence - 1, mentions, t.start)
        : null
      : subjectOf(doc, sentence, mentions, t.start);
    if (!subject) return;
    // Someone else, a person or another thing, named between the subject and the pronoun in the same sentence
    // ("Ray's success on DVD outstripped its…" is fine; "Little Britain beat The Office, which…it" is not sure).
    for (let k = firstStartingAt(mentions, subject.end); k < mentions.length; k++) {
      const m = at(mentions, k);
      if (m.start >= t.start) break;
      if (m.entity !== subject.entity && THINGS.has(m.entity.type)) return;
    }
    const list = added.get(subject.entity) ?? [];
    list.push({ text: t.text, start: t.start, end: t.end, kind: 'pronoun', rule: 'pronoun-thing' });
    added.set(subject.entity, list);
  });
  return entities.map((e) => {
    const more = added.get(e);
    return more ? { ...e, mentions: [...e.mentions, ...more].sort((a, b) => a.start - b.start) } : e;
  });
}
