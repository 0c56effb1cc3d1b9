// The name lexicons (data/lexicons/*.json) as Maps and Sets, built once at module load so the
// per-article pass does only constant-time look-ups.
import { z } from 'zod';
import cuesJson from '../../../data/lexicons/cues.json' with { type: 'json' };
import epithetsJson from '../../../data/lexicons/epithets.json' with { type: 'json' };
import eventsJson from '../../../data/lexicons/events.json' with { type: 'json' };
import namesJson from '../../../data/lexicons/names.json' with { type: 'json' };
import groupsJson from '../../../data/lexicons/groups.json' with { type: 'json' };
import organizationsJson from '../../../data/lexicons/organizations.json' with { type: 'json' };
import outletsJson from '../../../data/lexicons/outlets.json' with { type: 'json' };
import placesJson from '../../../data/lexicons/places.json' with { type: 'json' };
import platformsJson from '../../../data/lexicons/platforms.json' with { type: 'json' };
import { parseData, provenance, words } from '../data.ts';
import type { EntityType } from '../types.ts';
import { lazy } from '../../invariant/lazy.ts';
import { speechForms } from '../text/speech.ts';
import { packageGender } from './package-genders.ts';

const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];
const gender = z.enum(GENDERS);

/** A fixed name from a lexicon: the phrase as written in text, and the entity it names. */
export type Phrase = { phrase: string; name: string; type: EntityType; ambiguous: boolean; rule: string };

// A named thing of a list: "Daily Mail" with its aliases ("the Mail"); `ambiguous` names need context,
// `contextOnly` ones are found only through their aliases.
const listEntry = z.object({
  name: z.string().min(1),
  aliases: words.optional(),
  ambiguous: z.boolean().optional(),
  contextOnly: z.boolean().optional(),
});
type ListEntry = z.infer<typeof listEntry>;
const entryList = z.object({ ...provenance, entries: z.array(listEntry) });

const outletsData = parseData(
  z.object({ ...provenance, reportingVerbs: words, entries: z.array(listEntry.extend({ kind: z.string().min(1) })) }),
  outletsJson,
  'data/lexicons/outlets.json',
);
const platformsData = parseData(entryList, platformsJson, 'data/lexicons/platforms.json');
const eventsData = parseData(entryList, eventsJson, 'data/lexicons/events.json');
const organizationsData = parseData(entryList, organizationsJson, 'data/lexicons/organizations.json');
const groupsData = parseData(entryList, groupsJson, 'data/lexicons/groups.json');
const placesData = parseData(
  z.object({ ...provenance, entries: words, multi: words, ambiguous: words }),
  placesJson,
  'data/lexicons/places.json',
);
const namesData = parseData(
  z.object({
    ...provenance,
    female: words,
    male: words,
    unisex: words,
    nicknames: z.record(z.string(), z.string().min(1)),
  }),
  namesJson,
  'data/lexicons/names.json',
);
const cuesData = parseData(
  z.object({
    ...provenance,
    titles: z.record(z.string(), gender.nullable()),
    bloodKin: z.object({ note: z.string().optional(), female: words, male: words, either: words }),
    calendar: words,
    holidays: words,
    particles: words,
    suffixes: words,
    pets: words,
    venues: words,
    placeSuffixes: words,
    placePrefixes: words,
    eventSuffixes: words,
    homes: words,
    orgSuffixes: words,
    works: words,
    events: words,
    families: words,
    relations: words,
    kin: words,
    kinModifiers: words,
    stopwords: words,
    demonyms: words,
    roleWords: words,
    outletNouns: words,
    orgNouns: words,
    descriptors: words,
    headlineWords: words,
    workNounsAfter: words,
    workFramesBefore: words,
    romanceFramesBefore: words,
    makingFramesBefore: words,
    venueFramesBefore: words,
    venueFramesAfter: words,
    brandFramesBefore: words,
    brandNounsAfter: words,
    sportsWords: words,
  }),
  cuesJson,
  'data/lexicons/cues.json',
);
const epithetHead = z.object({
  gender: gender.nullable(),
  kind: z.enum(['epithet', 'descriptor']),
  special: z.enum(['birthday', 'age']).optional(),
});
const epithetsData = parseData(
  z.object({
    ...provenance,
    notes: z.record(z.string(), z.string()).optional(),
    heads: z.record(z.string(), epithetHead),
    covers: z.record(z.string(), words),
  }),
  epithetsJson,
  'data/lexicons/epithets.json',
);

/** The singular verbs after which an ambiguous outlet name is the outlet at a sentence start ("People reports"). */
export const outletReportingVerbs: readonly string[] = outletsData.reportingVerbs;

/** The outlets of kind broadcaster ("BBC", "ITV"), whose channels and stations are outlets of their own ("BBC Three"). */
export const broadcasters: ReadonlySet<string> = new Set(
  outletsData.entries.filter((e) => e.kind === 'broadcaster').map((e) => e.name),
);

/** Every name and alias of an outlet of kind broadcaster ("BBC", "ITV1", "ITV2", "Sky One"). */
export const broadcasterNames: ReadonlySet<string> = new Set(
  outletsData.entries.filter((e) => e.kind === 'broadcaster').flatMap((e) => [e.name, ...(e.aliases ?? [])]),
);

/** Outlets by their name in capitals ("PEOPLE" → People), for the house style that capitalises a magazine's name. */
export const outletsInCapitals = new Map<string, string>(
  outletsData.entries
    .filter((e) => e.name !== e.name.toUpperCase() && /^[\p{L}\s]+$/u.test(e.name))
    .map((e) => [e.name.toUpperCase(), e.name]),
);

/** Every name and alias of the outlet list ("E! News", "OK!"), as written. */
export const outletNames: readonly string[] = outletsData.entries.flatMap((e) => [e.name, ...(e.aliases ?? [])]);

const phrases: Phrase[] = [];
function addList(entries: ListEntry[], type: EntityType, rule: string): void {
  for (const e of entries) {
    const ambiguous = e.ambiguous === true;
    if (e.contextOnly !== true) phrases.push({ phrase: e.name, name: e.name, type, ambiguous, rule });
    for (const alias of e.aliases ?? []) phrases.push({ phrase: alias, name: e.name, type, ambiguous: false, rule });
  }
}
addList(outletsData.entries, 'outlet', 'lexicon:outlets');
addList(platformsData.entries, 'platform', 'lexicon:platforms');
addList(eventsData.entries, 'event', 'lexicon:events');
addList(organizationsData.entries, 'organization', 'lexicon:organizations');
addList(groupsData.entries, 'group', 'lexicon:groups');
addList(
  placesData.entries.map((name) => ({ name })),
  'place',
  'lexicon:places',
);
addList(
  placesData.multi.map((name) => ({ name })),
  'place',
  'lexicon:places',
);

// Keyed by the first two characters: tokenisation-independent ("E! News", "U.S.") and still a
// handful of candidates per key. Longest first, so "Instagram Stories" wins over "Instagram".
export const phrasesByPrefix = new Map<string, Phrase[]>();
for (const p of phrases) {
  const key = p.phrase.slice(0, 2);
  const list = phrasesByPrefix.get(key) ?? [];
  list.push(p);
  phrasesByPrefix.set(key, list);
}
for (const list of phrasesByPrefix.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);

/** Given names → the gender they usually signal (null: unisex). */
export const firstNames = new Map<string, Gender | null>();
for (const n of namesData.female) firstNames.set(n, 'female');
for (const n of namesData.male) firstNames.set(n, 'male');
for (const n of namesData.unisex) firstNames.set(n, null);

// The package's lists (CommonJS, ~100k names, ~55 ms of CPU to load; the build's table of them, a few ms) are loaded
// when a name ours lacks is first asked about, not with this module.
const packageGenderOf = lazy(packageGender);

/**
 * The gender a given name usually signals, for pronouns: our list first (its unisex names, like
 * Taylor or Jordan, stay null), then the name lists of the gender-detection-from-name package
 * (MIT; some 32,000 English given names, then Italian, Spanish, French, German and Turkish ones,
 * all shipped with it, nothing fetched). Only a capitalised word is looked up.
 * @example genderOf('Zendaya') // 'female'
 */
export function genderOf(given: string): Gender | null {
  if (firstNames.has(given)) return firstNames.get(given) ?? null;
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(given)) return null;
  const gender = packageGenderOf()(given);
  return gender === 'unknown' ? null : gender;
}

/** Familiar forms → the given name they stand for ("Jenny" → "Jennifer"). */
export const nicknames = new Map<string, string>(Object.entries(namesData.nicknames));

export const titles = new Map<string, Gender | null>(Object.entries(cuesData.titles));
/** Kin words of blood, which share a surname, with the gender each names (null: either): cues.json bloodKin. */
export const bloodKin = new Map<string, Gender | null>([
  ...cuesData.bloodKin.female.map((w): [string, Gender | null] => [w, 'female']),
  ...cuesData.bloodKin.male.map((w): [string, Gender | null] => [w, 'male']),
  ...cuesData.bloodKin.either.map((w): [string, Gender | null] => [w, null]),
]);
export const ambiguousPlaces = new Set(placesData.ambiguous);

const set = (words: string[]): Set<string> => new Set(words);
export const cues = {
  calendar: set([...cuesData.calendar, ...cuesData.holidays]),
  holidays: set(cuesData.holidays),
  particles: set(cuesData.particles),
  suffixes: set(cuesData.suffixes),
  pets: set(cuesData.pets),
  venues: set(cuesData.venues),
  placeSuffixes: set(cuesData.placeSuffixes),
  placePrefixes: set(cuesData.placePrefixes),
  eventSuffixes: set(cuesData.eventSuffixes),
  homes: set(cuesData.homes),
  orgSuffixes: set(cuesData.orgSuffixes),
  works: set(cuesData.works),
  events: set(cuesData.events),
  families: set(cuesData.families),
  speech: set(speechForms('speaker')),
  relations: set(cuesData.relations),
  kin: set(cuesData.kin),
  kinModifiers: set(cuesData.kinModifiers),
  stopwords: set(cuesData.stopwords),
  demonyms: set(cuesData.demonyms),
  roleWords: set(cuesData.roleWords),
  outletNouns: set(cuesData.outletNouns),
  orgNouns: set(cuesData.orgNouns),
  descriptors: set(cuesData.descriptors),
  headlineWords: set(cuesData.headlineWords),
  workNounsAfter: set(cuesData.workNounsAfter),
  sportsWords: set(cuesData.sportsWords),
};

/** Word sequences before a name that make it a work ("episode of", "appeared on", "sitcom"), as lower-case word arrays. */
export const workFramesBefore: string[][] = cuesData.workFramesBefore.map((f) => f.split(' '));

/** Romance verbs before a name that make it a person ("moved on with", "engaged to"), as lower-case word arrays. */
export const romanceFramesBefore: string[][] = cuesData.romanceFramesBefore.map((f) => f.split(' '));

/** Verbs of making a film or show ("made", "filming"), before a title-shaped pair only, as lower-case word arrays. */
export const makingFramesBefore: string[][] = cuesData.makingFramesBefore.map((f) => f.split(' '));

/** Word sequences around a name that make it a venue ("seen leaving", "dinner at"; "is where"), as lower-case word arrays. */
export const venueFramesBefore: string[][] = cuesData.venueFramesBefore.map((f) => f.split(' '));
export const venueFramesAfter: string[][] = cuesData.venueFramesAfter.map((f) => f.split(' '));

/** Word sequences around a name that make it a brand ("wearing", "the face of"; "gown", "ad campaign"), lower-case words. */
export const brandFramesBefore: string[][] = cuesData.brandFramesBefore.map((f) => f.split(' '));
export const brandNounsAfter: string[][] = cuesData.brandNounsAfter.map((f) => f.split(' '));

export type EpithetHead = z.infer<typeof epithetHead>;
/** Epithet head nouns ("actress", "star", "birthday boy"), lower-case. */
export const epithetHeads = new Map<string, EpithetHead>(Object.entries(epithetsData.heads));

/** The type a lexicon gives this exact name ("London" → place), or null. */
export function lexiconType(text: string): EntityType | null {
  for (const p of phrasesByPrefix.get(text.slice(0, 2)) ?? []) if (p.phrase === text) return p.type;
  return null;
}

/** General role nouns and the particular roles they can refer back to ("musician" → "singer"). */
export const roleCovers = new Map<string, Set<string>>(
  Object.entries(epithetsData.covers).map(([k, v]) => [k, new Set(v)]),
);

/** The months' names, as written. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
/** A month or weekday name: closes a name run ("Paris October") and never names anyone on its own. */
export const MONTHS_DAYS = new RegExp(
  `^(?:${[...MONTH_NAMES, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].join('|')})$`,
);
