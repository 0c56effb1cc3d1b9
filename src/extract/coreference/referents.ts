import { isIgnored, type Doc } from '../doc.ts';
import { cues, nicknames, titles } from '../names/index.ts';
import { modifiesNoun } from '../text/index.ts';
import type { Entity, Mention } from '../types.ts';
import { alsoKnownAs } from './also-known-as.ts';
import type { Referent } from './salience.ts';
import { at } from '../../invariant/index.ts';

/** A person mention found before the walk, waiting to be given to a referent in text order. */
export type Queued = {
  mention: Mention;
  /** Set for full names: the referent is known. */
  referent: Referent | null;
  /** For bare first names and surnames: the referents it could be. */
  candidates: Referent[];
};

// "her sister Khloé Kardashian", "Kim's younger sister, Kourtney Kardashian": a name right after a kin word.
const KIN_BEFORE = new RegExp(
  `\\b(?:her|his|their|its|\\p{Lu}[\\p{L}-]*['’]s?)\\s+(?:(?:${[...cues.kinModifiers].join('|')})\\s+)?(?:${[...cues.kin].join('|')})s?\\s*,?\\s*$`,
  'u',
);
const namedAsKin = (doc: Doc, m: Mention): boolean =>
  KIN_BEFORE.test(doc.text.slice(Math.max(0, m.start - 40), m.start));

// Titles open a name ("Sir Elton John"); a title word after a given name is a surname ("Kristin King" … "Ms King").
const nameParts = (name: string): string[] => {
  const words = name.split(/\s+/);
  let first = 0;
  while (first < words.length - 1 && titles.has(words[first] ?? '')) first++;
  return words.slice(first).filter((w) => !cues.particles.has(w) && !cues.suffixes.has(w));
};

function referentOf(entity: Entity): Referent {
  return {
    entity: { ...entity, mentions: [] },
    parts: new Set(nameParts(entity.name)),
    gender: entity.gender ?? null,
    count: 0,
    lastSentence: -99,
    lastStart: -1,
    lastWasSubject: false,
    lastWasPossessor: false,
    lastWasJoint: false,
    modifiers: new Set(),
    roles: new Set(),
  };
}

/**
 * One referent per full name; single-word names become aliases of every full name containing
 * that word ("Beckham" → David or Victoria Beckham, chosen in the walk), or referents of their own.
 * Bare surnames the entity stage skipped ("Cruise" with no cue) are queued too.
 */
export function queuePeople(
  doc: Doc,
  people: Entity[],
  covered: Uint8Array,
  tokenAt: (offset: number) => number | undefined,
): { referents: Referent[]; queue: Map<number, Queued> } {
  const referents: Referent[] = [];
  const byPart = new Map<string, Referent[]>();
  const queue = new Map<number, Queued>();
  const enqueue = (mention: Mention, q: Omit<Queued, 'mention'>): void => {
    const i = tokenAt(mention.start);
    if (i !== undefined) queue.set(i, { mention, ...q });
  };
  // Longest names first, so "Christian Andersen" can join "Hans Christian Andersen".
  // Indexes, not scans of every referent: a long article names thousands of people, and asks about each of them.
  const partsOf = new Map(people.map((e) => [e, nameParts(e.name)]));
  const partsOfEntity = (e: Entity): string[] => partsOf.get(e) ?? nameParts(e.name);
  const shortForms = new ShortForms();
  // "Christian Andersen" → "Hans Christian Andersen": each referent under every ending of its name after a space.
  const byEnding = new Map<string, Referent[]>();
  const add = (r: Referent, parts: string[]): void => {
    referents.push(r);
    shortForms.add(r, parts[0] ?? '');
    const name = r.entity.name;
    for (let k = name.indexOf(' '); k >= 0; k = name.indexOf(' ', k + 1)) {
      const ending = name.slice(k + 1);
      push(byEnding, ending, r);
    }
  };
  // "The Weeknd (AKA Abel Tesfaye)": the second name, once the first has its referent, is theirs (also-known-as.ts).
  const aka = alsoKnownAs(doc, people);
  const referentFor = new Map<Entity, Referent>();
  const joinAka = (): void => {
    for (const [e, target] of aka) {
      const r = referentFor.get(target);
      if (!r) continue;
      aka.delete(e);
      for (const part of partsOfEntity(e)) push(byPart, part, r);
      for (const m of e.mentions) enqueue({ ...m, rule: 'also-known-as' }, { referent: r, candidates: [] });
    }
  };
  const multi = people
    .filter((e) => partsOfEntity(e).length >= 2)
    .sort((a, b) => partsOfEntity(b).length - partsOfEntity(a).length);
  for (const e of multi) {
    if (aka.has(e)) continue;
    const parts = partsOfEntity(e);
    const longer = byEnding.get(e.name)?.find((r) => parts.every((p) => r.parts.has(p)));
    if (longer) {
      for (const m of e.mentions) enqueue(m, { referent: null, candidates: [longer] });
      continue;
    }
    const r = referentOf(e);
    referentFor.set(e, r);
    add(r, parts);
    for (const part of r.parts) push(byPart, part, r);
    for (const m of e.mentions) enqueue(m, { referent: r, candidates: [] });
  }
  joinAka();
  // "Kardashian, 41 … her sister Khloé Kardashian": kin share a surname, so someone named only as another's kin is not
  // who the bare surname stands for (it is the "her"); their given name still finds them.
  const kinOnly = new Set(
    multi.filter((e) => e.mentions.length > 0 && e.mentions.every((m) => namedAsKin(doc, m))).map((e) => e.name),
  );
  const bySurname = (word: string): Referent[] | undefined =>
    byPart.get(word)?.filter((r) => !(kinOnly.has(r.entity.name) && nameParts(r.entity.name).at(-1) === word));
  for (const e of people) {
    const parts = partsOfEntity(e);
    if (parts.length >= 2 || aka.has(e)) continue;
    const all = bySurname(parts[0] ?? '') ?? shortForms.of(parts[0] ?? '');
    // "Ms Mendelsohn" is not Ben Mendelsohn: a title's gender must fit the full name's.
    // When the title's gender leaves no one, the one named as another's kin is who it means: "Ben Mendelsohn's sister
    // Carla Mendelsohn … Ms Mendelsohn said she was delighted".
    const fits = (r: Referent) => r.gender === null || r.gender === e.gender;
    const titled = e.rule === 'title' && e.gender;
    const candidates = titled
      ? all.filter(fits).length > 0
        ? all.filter(fits)
        : (byPart.get(parts[0] ?? '') ?? []).filter((r) => r.gender === e.gender)
      : all;
    const own = candidates.length === 0 ? referentOf(e) : null;
    if (own) referentFor.set(e, own);
    if (own) add(own, parts);
    // "Mr Pitt arrived. Pitt smiled.": a one-word person's name, standing alone elsewhere, is them too.
    if (own && parts.length === 1 && !byPart.has(at(parts, 0))) byPart.set(at(parts, 0), [own]);
    for (const m of e.mentions) enqueue(m, { referent: own, candidates });
  }
  joinAka();
  // A name set off after someone the walk gave no referent of their own (a short form of a longer name) stands alone.
  for (const e of aka.keys()) {
    const r = referentOf(e);
    const parts = partsOfEntity(e);
    add(r, parts);
    for (const part of r.parts) push(byPart, part, r);
    for (const m of e.mentions) enqueue(m, { referent: r, candidates: [] });
  }
  // A surname on its own, not a modifier ("the Beckham celebration" names no one).
  // Each word's short-form readers are found once: a long article asks for the same words thousands of times.
  const shortFormsFound = new Map<string, Referent[]>();
  const shortFormsOf = (word: string): Referent[] => {
    let found = shortFormsFound.get(word);
    if (!found) shortFormsFound.set(word, (found = shortForms.of(word)));
    return found;
  };
  doc.tokens.forEach((t, i) => {
    const candidates = bySurname(t.text) ?? (t.pos === 'PROPN' ? shortFormsOf(t.text) : undefined);
    if (!candidates || candidates.length === 0 || covered[i] || t.pos !== 'PROPN' || isIgnored(doc, t.start, t.end))
      return;
    // "Beckham party", "Trump Tower", "a Trump insider": a surname before a noun is a modifier.
    const next = doc.tokens[i + 1]?.text.toLowerCase() ?? '';
    if (cues.events.has(next) || cues.families.has(next) || cues.works.has(next) || modifiesNoun(doc, i, i)) return;
    // "April 30th", "May 5": a month before a day number is a date even when someone is called April.
    if (cues.calendar.has(t.text) && /^\d/.test(next)) return;
    // "Christmas is a special time of the year" (Tom Hanks, bbc-entertainment-036, where "Father Christmas" is a part he
    // plays): a feast day's name alone is the day.
    if (cues.calendar.has(t.text) && FEASTS.test(t.text)) return;
    // "de Rossi" for Portia de Rossi: the particle belongs to the surname; so does the number of "50 Cent".
    const particle = doc.tokens[i - 1];
    const from =
      particle &&
      (cues.particles.has(particle.text) || /^\d+$/.test(particle.text)) &&
      particle.sentence === t.sentence &&
      candidates.some((r) => r.entity.name.includes(`${particle.text} ${t.text}`))
        ? particle
        : t;
    enqueue(
      { text: doc.text.slice(from.start, t.end), start: from.start, end: t.end, kind: 'alias', rule: 'bare-name' },
      { referent: null, candidates },
    );
  });
  return { referents, queue };
}

// The feast days of cues.json's calendar words: no one's surname when they stand alone.
const FEASTS = /^(?:Christmas|Easter|Halloween|Thanksgiving)$/;

// "Jen", "Jenny" for Jennifer, "Bey" for Beyonce: a short or familiar form of a first name. Referents are indexed by
// given name and by each of its beginnings of three letters or more, so a word is looked up, not compared with everyone.
class ShortForms {
  private readonly order = new Map<Referent, number>();
  private readonly byGiven = new Map<string, Referent[]>();
  private readonly byBeginning = new Map<string, Referent[]>();

  add(r: Referent, given: string): void {
    this.order.set(r, this.order.size);
    push(this.byGiven, given, r);
    for (let n = 3; n < given.length; n++) push(this.byBeginning, given.slice(0, n), r);
  }

  /** The referents `word` is a short form of, in the order they were added. */
  of(word: string): Referent[] {
    if (word.length < 3) return [];
    const full = nicknames.get(word);
    // A given name equal to the word itself is the name, not a short form of it.
    const familiar = full === undefined || full === word ? [] : (this.byGiven.get(full) ?? []);
    const beginning = this.byBeginning.get(word) ?? [];
    if (familiar.length === 0) return [...beginning];
    if (beginning.length === 0) return [...familiar];
    const rank = (r: Referent): number => this.order.get(r) ?? 0;
    return [...new Set([...familiar, ...beginning])].sort((a, b) => rank(a) - rank(b));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
