import type { Doc } from '../doc.ts';
import { findEntities } from '../entities/index.ts';
import { givenName } from '../entities/scan.ts';
import { cues, genderOf, titles } from '../names/index.ts';
import { analyse } from '../tokens/index.ts';
import type { Entity, Mention } from '../types.ts';
import { at, must } from '../../invariant/index.ts';

// A surname is often a word a lexicon knows as something else: "Holland" (Tom Holland), "Houston",
// "Jordan", "Chelsea". When the article or its title names a person in full, the bare word is
// that person, unless the text uses it as a place ("in Holland", "from Houston"; not "turned to
// Holland", which is said of people as often).

const PLACE_PREPOSITIONS = new Set(['in', 'from', 'near', 'outside', 'across', 'around', 'at', 'via']);
const RETYPED: ReadonlySet<Entity['type']> = new Set(['place', 'organization', 'outlet', 'platform', 'event']);

// Titles open a name ("Sir Elton John"); a title word after a given name is a surname ("Kristin King" … "Ms King").
const parts = (name: string): string[] => {
  const words = name.split(/\s+/);
  let first = 0;
  while (first < words.length - 1 && titles.has(words[first] ?? '')) first++;
  return words.slice(first).filter((w) => !cues.particles.has(w) && !cues.suffixes.has(w));
};

/**
 * People named in full in the article's title ("Report: Spider-Man's Tom Holland and Zendaya found
 * romance on set"), as person entities without mentions: the text's bare "Holland" joins them.
 */
export function titlePeople(doc: Doc): Entity[] {
  if (!doc.title || doc.title.trim() === '' || doc.text.startsWith(doc.title.trim())) return [];
  const text = doc.title;
  const titleDoc: Doc = {
    text,
    published: doc.published,
    source: doc.source,
    title: null,
    ...analyse(text),
    ignored: [],
  };
  const found = findEntities(titleDoc);
  return [
    ...found
      .filter((e) => e.type === 'person' && TITLE_RULES.has(e.rule ?? '') && parts(e.name).length >= 2)
      // "Drake Invites …", "Usher leads Soul Train shortlist": only a name whose surname the text uses on its own, or
      // the whole title ("Cameron Diaz" over a profile that only says "she").
      .filter((e) => {
        const surname = must(parts(e.name).pop(), 'names of two parts or more, filtered just above');
        return (/^\p{Lu}\p{Ll}/u.test(surname) && standsAlone(doc, surname)) || e.name === text.trim();
      })
      .map((e) => ({ ...e, id: `title:${e.name}`, mentions: [] })),
    ...headlineGivenNames(doc, titleDoc, found),
  ];
}

/**
 * Rule "headline-given-name". "Oscars: Mel Gibson, Casey Affleck and Hollywood's Sliding Scale of Moral Punishment"
 * (celebrity-124legit), over a body that says only "Mel" and "embracing Gibson": a title-case headline capitalises
 * every word, so the entity stage names no one there on a given name beyond our own list. Two capitalised words the
 * title's entities leave alone are a person when the first is a given name the names lists know (and the body never
 * writes in lower case) and the second stands alone in the body as a surname does.
 */
function headlineGivenNames(doc: Doc, titleDoc: Doc, found: Entity[]): Entity[] {
  const taken = (start: number, end: number): boolean =>
    found.some((e) => e.mentions.some((m) => m.start < end && start < m.end));
  const out: Entity[] = [];
  const { tokens } = titleDoc;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const given = at(tokens, i);
    const surname = at(tokens, i + 1);
    const before = tokens[i - 1];
    if (
      given.end + 1 !== surname.start ||
      !NAME_WORD.test(surname.text) ||
      cues.headlineWords.has(surname.text.toLowerCase())
    )
      continue;
    // Inside a longer run ("Sliding Scale", "Golden Globe Winner Mel"): only a run's first word is a given name, or
    // the first after a headline's verb ("Bieber Slams Mel Gibson").
    if (
      before &&
      before.end + 1 === given.start &&
      /^\p{Lu}/u.test(before.text) &&
      !cues.headlineWords.has(before.text.toLowerCase())
    )
      continue;
    if (!givenName(doc, given.text) || taken(given.start, surname.end) || !standsAlone(doc, surname.text)) continue;
    const name = `${given.text} ${surname.text}`;
    if (out.some((e) => e.name === name)) continue;
    out.push({
      id: `title:${name}`,
      name,
      type: 'person',
      gender: genderOf(given.text),
      mentions: [],
      rule: 'headline-given-name',
    });
  }
  return out;
}

// A surname's shape: "Gibson", "McPhee", "O'Neal", "Zeta-Jones".
const NAME_WORD = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

// A title names a person on a given name's word ("Tom Holland", "Mr Pitt", "Portia de Rossi").
const TITLE_RULES = new Set(['given-name', 'title', 'name-particle']);
const CAPITALISED = /^\p{Lu}\p{L}/u;

/** True when the word stands in the text with no capitalised word on either side ("Holland said"). */
function standsAlone(doc: Doc, word: string): boolean {
  return doc.tokens.some((t, i) => {
    if (t.text !== word) return false;
    const before = doc.tokens[i - 1];
    const after = doc.tokens[i + 1];
    const capitalBefore =
      before !== undefined &&
      before.sentence === t.sentence &&
      CAPITALISED.test(before.text) &&
      !isSentenceStart(doc, i - 1);
    const capitalAfter = after !== undefined && after.sentence === t.sentence && CAPITALISED.test(after.text);
    return !capitalBefore && !capitalAfter;
  });
}

const isSentenceStart = (doc: Doc, i: number): boolean =>
  at(doc.sentences, at(doc.tokens, i).sentence).firstToken === i;

/**
 * Entities a lexicon typed as places (or bodies) whose one-word name is the surname of a person
 * the article or its title names in full: their mentions, except after a place preposition,
 * become that person's (name mentions of a one-word person entity, which coreference then joins
 * to the full name).
 */
export function surnamesNotPlaces(doc: Doc, entities: Entity[], title: Entity[]): Entity[] {
  const people = [...entities, ...title].filter((e) => e.type === 'person' && parts(e.name).length >= 2);
  const surnames = new Map<string, Entity>();
  for (const p of people) {
    const words = parts(p.name);
    surnames.set(at(words, words.length - 1), p);
  }
  if (surnames.size === 0) return entities;
  const out: Entity[] = [];
  const moved = new Map<string, Mention[]>();
  for (const e of entities) {
    if (!RETYPED.has(e.type) || e.name.includes(' ') || !surnames.has(e.name)) {
      out.push(e);
      continue;
    }
    const keep: Mention[] = [];
    for (const m of e.mentions) {
      const before = /([\p{L}]+)\s*$/u.exec(doc.text.slice(Math.max(0, m.start - 20), m.start))?.[1]?.toLowerCase();
      if (before !== undefined && PLACE_PREPOSITIONS.has(before)) keep.push(m);
      else
        moved.set(e.name, [
          ...(moved.get(e.name) ?? []),
          { ...m, kind: m.kind === 'possessive' ? 'possessive' : 'name', rule: 'surname-not-place' },
        ]);
    }
    if (keep.length > 0) out.push({ ...e, mentions: keep });
  }
  for (const [name, mentions] of moved) {
    const own = out.find((e) => e.type === 'person' && e.name === name);
    if (own) own.mentions = [...own.mentions, ...mentions].sort((a, b) => a.start - b.start);
    else
      out.push({
        id: `surname:${name}`,
        name,
        type: 'person',
        gender: surnames.get(name)?.gender ?? null,
        mentions,
        rule: 'surname-not-place',
      });
  }
  return out;
}
