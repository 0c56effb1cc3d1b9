import type { Doc } from '../../doc.ts';
import type { EntityType } from '../../types.ts';
import type { Candidate } from '../scan.ts';
import { earlierSurname, FOR_BODIES, givenName, lowerWords, sentenceInitial, titleCaseSentence } from '../scan.ts';
import {
  ambiguousPlaces,
  cues,
  epithetHeads,
  firstNames,
  genderOf,
  lexiconType,
  phrasesByPrefix,
  titles,
  type Gender,
} from '../../names/index.ts';
import stageNamesJson from '../../../../data/lexicons/stage-names.json' with { type: 'json' };
import { person, PLURAL_VERBS } from '../people.ts';
import { lower, typesAs, type Scene, type TypingRule } from './rule.ts';
import { at as atIndex, must } from '../../../invariant/index.ts';

// Named things that are not works: lexicon phrases, groups, venues and places, outlets, events, organizations,
// pets, and last of all people.

const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'near', 'outside', 'across', 'around']);
// The roles a team's name stands before: "Cleveland Cavaliers player Tristan Thompson". Not "star": "Indiana Jones
// star Harrison Ford" is a film's.
const TEAM_ROLES = new Set(['player', 'owner', 'coach', 'captain', 'quarterback', 'striker', 'forward', 'guard']);
const GROUP_NOUNS = new Set(['band', 'group', 'duo', 'trio', 'quartet']);
// Venue nouns that end a place's name; not those that are as often surnames (Hall, Park, Church).
const VENUE_ENDS = new Set([
  'hotel',
  'club',
  'nightclub',
  'arena',
  'stadium',
  'theatre',
  'theater',
  'cafe',
  'café',
  'museum',
  'hospital',
  'cathedral',
  'centre',
  'center',
  'lounge',
  'bistro',
  'restaurant',
  'resort',
  'airport',
  'station',
  'mansion',
  'pub',
  // "Other venues included the Dorothy Chandler Pavilion and the Shrine Auditorium" (bbc-entertainment-314).
  'pavilion',
  'auditorium',
  'ballroom',
]);

/** "comedy duo Ant and Dec": the scanner joined a double act. */
export const duo = typesAs('group', 'duo', ({ c }) => c.duo === true);

/**
 * "Guitarist Brian May has said … May said:", "May wrote on his website": one word that ended a person's full name
 * earlier, followed by its verb, is that person (coreference joins it to the full name), not a month or a common word.
 */
export const earlierSurnameRule: TypingRule = {
  name: 'earlier-surname',
  test: ({ doc, c, several }) => !several && !c.title && earlierSurname(doc, c.first),
  verdict: ({ make }) => make('person', 'earlier-surname'),
};

const STAGE_NAMES_WITH_THE: ReadonlySet<string> = new Set(Object.keys(stageNamesJson.withThe.names));

/**
 * "As The Weeknd reconnects with his ex" (celebrity-143legit), '"The Weeknd has already told Selena Gomez…"'
 * (celebrity-090fake): a stage name that opens with "The" (stage-names.json withThe) is that person, named with its
 * "The", at a sentence start too and whatever follows, where a "The" run is otherwise a title.
 */
export const listedStageName: TypingRule = {
  name: 'listed-stage-name',
  test: ({ doc, c, text }) => doc.tokens[c.first - 1]?.text === 'The' && STAGE_NAMES_WITH_THE.has(`The ${text}`),
  verdict: ({ doc, c, text, make }) => ({
    ...make('person', 'listed-stage-name'),
    start: atIndex(doc.tokens, c.first - 1).start,
    name: `The ${text}`,
  }),
};

// Each titled stage name → the gender its bearer's given name signals ("Andre" Young), for pronouns.
const STAGE_NAMES_WITH_TITLE: ReadonlyMap<string, Gender | null> = new Map(
  Object.entries(stageNamesJson.withTitle.names).map(([stage, full]) => [
    stage,
    genderOf(full[0]?.split(' ')[0] ?? ''),
  ]),
);
const untitled = (text: string): string => text.replace(/^(\p{Lu}\p{Ll}*)\.\s/u, '$1 ');

/** Whether a run is a stage name that opens with a title word ("Lady Gaga"), whose title is no role word to strip. */
export const isTitledStageName = (text: string): boolean => STAGE_NAMES_WITH_TITLE.has(untitled(text));

/**
 * titled-stage-name: "a man who hit Dr Dre as he was about to receive a lifetime achievement award"
 * (bbc-entertainment-135): a stage name that opens with a title word (stage-names.json withTitle) is named with it,
 * where a courtesy title is otherwise no part of the name ("Dr Arnold" is Arnold).
 */
export const titledStageName: TypingRule = {
  name: 'titled-stage-name',
  test: ({ text }) => isTitledStageName(text),
  verdict: ({ text, make }) =>
    make('person', 'titled-stage-name', STAGE_NAMES_WITH_TITLE.get(untitled(text)) ?? null, untitled(text)),
};

/** A phrase of the outlet, platform and place lexicons, typed and named as listed. */
export const lexiconPhrase: TypingRule = {
  name: 'lexicon-phrase',
  test: ({ c }) => c.phrase !== undefined,
  verdict: ({ c, make }) => {
    const phrase = must(c.phrase, 'the test above only passes candidates with a phrase');
    return make(phrase.type, phrase.rule, null, phrase.name);
  },
};

/** A title-case run with an event word in it (cues.json eventSuffixes). */
export const titleCaseEvent = typesAs(
  'event',
  'title-case-event',
  ({ c, words }) => c.title === 'case' && words.some((w) => cues.eventSuffixes.has(w)),
);

/** "Directors Guild Of America", but not "Getting Your Music Online". */
export const titleCaseOrg = typesAs(
  'organization',
  'title-case-org',
  ({ c, words }) =>
    c.title === 'case' &&
    words.some((w, k) => cues.orgSuffixes.has(w) && (k === words.length - 1 || words[k + 1] === 'Of')),
);

/**
 * "her boyfriend, Cleveland Cavaliers player Tristan Thompson" (celebrity-176legit), "Dallas Mavericks owner Mark
 * Cuban" (112legit): a plural name before a team's role and a name is a team, an organization; not a person called
 * Cleveland (who was then "dating" Khloé Kardashian), nor a city. A place alone does not make one: "Dallas Roberts".
 */
export const sportsTeam = typesAs('organization', 'sports-team', ({ doc, c, words, last, after }) => {
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+[^s]s$/u.test(last)) return false;
  const named = /^\p{Lu}/u.test(doc.tokens[c.last + 2]?.text ?? '');
  return TEAM_ROLES.has(after) && named;
});

/**
 * "Rodriguez was traded to the New York Yankees", "the Texas Rangers" (celebrity-112legit), "the Los Angeles
 * Clippers" (119legit): a place's name (places.json) that is no given name, before one plural word that is no given
 * name either, is a team, an organization; not a person called New York (name-shape read "Knicks" alone as a surname),
 * nor a place. Not "Dallas Roberts" nor "Tennessee Williams": a place that is a given name opens a person's name.
 */
export const placePluralTeam = typesAs('organization', 'place-plural-team', ({ doc, c, words, last }) => {
  if (words.length < 2 || words.length > 4 || !/^\p{Lu}\p{Ll}+[^s]s$/u.test(last) || firstNames.has(last)) return false;
  // "38 Hollywood Weddings That Were Called Off" (celebrity-083fake): a title-case line capitalises common plurals.
  if (titleCaseSentence(doc, atIndex(doc.tokens, c.first).sentence) || lowerWords(doc).has(last.toLowerCase()))
    return false;
  const place = words.slice(0, -1).join(' ');
  const head = atIndex(words, 0);
  // A surname made of a given name ("Roberts", "Williams", "Jones"): the names lists of other languages hold place
  // names too ("Dallas", "Texas"), so our own list decides, on the place and on the stem of the plural.
  const patronymic = firstNames.has(last.slice(0, -1)) || firstNames.has(last.slice(0, -2));
  return (
    (lexiconType(place) === 'place' || (words.length > 2 && cues.placePrefixes.has(head))) &&
    !firstNames.has(head) &&
    !ambiguousPlaces.has(head) &&
    !patronymic &&
    aboutSport(doc)
  );
});

/**
 * Whether the article has a word of sport (cues.json sportsWords): news names "the Florida Straits", "the Netherlands
 * Antilles" and "U.S. Marines" too, which are no teams; an article that speaks of a team's game or season has teams.
 */
function aboutSport(doc: Doc): boolean {
  let known = sportCache.get(doc);
  if (known === undefined) {
    known = doc.tokens.some((t) => cues.sportsWords.has(t.text.toLowerCase()));
    sportCache.set(doc, known);
  }
  return known;
}
const sportCache = new WeakMap<Doc, boolean>();

/** "her dog Salsita", but not "Cat Deeley": the pet word is lower-case. */
export const petName = typesAs('animal', 'pet-name', ({ doc, c }) =>
  cues.pets.has(doc.tokens[c.first - 1]?.text ?? ''),
);

/** "the Core restaurant": the mention is the name ("Core"); the entity is called by name and venue. */
export const venue: TypingRule = {
  name: 'venue',
  test: ({ before, after }) => cues.venues.has(after) && before === 'the',
  verdict: ({ doc, c, text }) => ({
    type: 'place',
    name: `${text} ${atIndex(doc.tokens, c.last + 1).text}`,
    start: c.start,
    end: c.end,
    rule: 'venue',
    gender: null,
  }),
};

/** "the King Center", "Prince Edward Theatre", "the Onyx Hotel": a venue's name, whatever opens it. */
export const venueName = typesAs(
  'place',
  'venue-name',
  ({ several, last }) => several && VENUE_ENDS.has(last.toLowerCase()),
);

/** "Detective Inspector Paul Miller", "Sir Elton John": a title opens a person's name. */
export const titledPerson: TypingRule = {
  name: 'titled-person',
  test: ({ several, head }) => several && titles.has(head),
  verdict: ({ doc, c, words, evidence, make }) => person(doc, c, words, evidence, make),
};

// Words that make a "group" a band: "pop group Busted", "boy group", "the group Keane" (a determiner: the article's own).
const MUSIC_GROUPS = new Set([
  'pop',
  'rock',
  'boy',
  'girl',
  'vocal',
  'rap',
  'hip-hop',
  'punk',
  'indie',
  'folk',
  'metal',
  'dance',
  'soul',
  'reggae',
  'music',
  'singing',
  'musical',
  'the',
  'a',
  'his',
  'her',
  'their',
]);

/**
 * "Brett Lock of gay group OutRage! said" (bbc 248), "pressure group", "rights group": a group no word of music
 * describes is a body of people, not a band.
 */
export const campaignGroup = typesAs('organization', 'campaign-group', ({ doc, c, before, head }) => {
  const modifier = doc.tokens[c.first - 2];
  return (
    before === 'group' &&
    modifier !== undefined &&
    modifier.sentence === atIndex(doc.tokens, c.first).sentence &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(modifier.text) &&
    (modifier.pos === 'ADJ' || modifier.pos === 'NOUN') &&
    !MUSIC_GROUPS.has(modifier.text) &&
    !firstNames.has(head)
  );
});

/**
 * "the band Keane"; British usage gives bands plural verbs: "U2 have smashed", "Joy Division were signed". Not the
 * object inside a longer subject ("charges against Bieber were", "his relationship with Meek Mill are") nor a
 * subjunctive ("If Williams were"); and "comedy duo Matt Lucas and David Walliams", two full names, are two people.
 */
export const groupContext = typesAs(
  'group',
  'group-context',
  ({ doc, c, evidence, several, head, last, before, after }) => {
    const { tokens } = doc;
    const prior = tokens[c.first - 1];
    const insidePhrase =
      prior !== undefined &&
      prior.sentence === atIndex(tokens, c.first).sentence &&
      (prior.pos === 'ADP' || /^if$/i.test(prior.text));
    // "the Musicians' Union are calling for…": a body's word (cues.json orgSuffixes) ends no band's name.
    // "Record company SonyBMG are releasing" (bbc-entertainment-234): British English gives a company a plural verb
    // too; after a body's noun (cues.json orgNouns) the name is the body's.
    // given-name-subject: "Famous Japanese directors including Akira Kurosawa have had films produced at the studio"
    // (bbc-entertainment-341), "Ice skating duo Jayne Torvill and Christopher Dean are" (188): a given name (a names
    // list's, before a surname that is no plural; or one of ours, "Katie Holmes") opens a person's name, whatever verb
    // or group noun is near; bands so named are in groups.json, typed before this rule.
    // Not a role after an adjective: in "bets on actor Colin Salmon to become the first black James Bond were
    // dismissed" (bbc-entertainment-333) the name is a part to be cast, and the verb is the bets'.
    const role = prior !== undefined && prior.pos === 'ADJ' && /^\p{Ll}/u.test(prior.text);
    const personsName = several && !role && (firstNames.has(head) || (givenName(doc, head) && !/[^s]s$/.test(last)));
    const pluralSubject =
      PLURAL_VERBS.has(after) &&
      !personsName &&
      !(several && cues.orgSuffixes.has(last)) &&
      !cues.orgNouns.has(before) &&
      !c.possessive &&
      !coordinated(doc, c.first) &&
      !insidePhrase &&
      (several ||
        (!firstNames.has(head) &&
          (!sentenceInitial(doc, c.first) || evidence.alone.has(head)) &&
          !commonPlural(doc, c.first)));
    const duoOfPeople = before === 'duo' && personsName;
    return (GROUP_NOUNS.has(before) && !duoOfPeople) || pluralSubject || (!personsName && besideBand(doc, c, head));
  },
);

// "former Free and Bad Company singer Paul Rodgers": a name that is no given name, listed with a known band, is a band.
function besideBand(doc: Doc, c: Candidate, head: string): boolean {
  const joint = doc.tokens[c.last + 1];
  const next = doc.tokens[c.last + 2];
  if (c.possessive || firstNames.has(head) || !next || !joint || !/^(?:and|&)$/.test(joint.text)) return false;
  if (next.sentence !== joint.sentence) return false;
  return (phrasesByPrefix.get(doc.text.slice(next.start, next.start + 2)) ?? []).some(
    (p) => p.type === 'group' && doc.text.startsWith(p.phrase, next.start),
  );
}

// A small word after a name's first word, capitalised by a title-case line ("Church Of Scientology").
const SMALL_WORD = /(?<=\s)(?:Of|The|And|For|In|On|At|To|A|An)\b/g;

/** Whether a lexicon name of several words starts at token `first`, its small words read in lower case. */
function knownTitleCase(doc: Doc, first: number): boolean {
  const start = atIndex(doc.tokens, first).start;
  const rest = doc.text.slice(start, start + 80).replace(SMALL_WORD, (w) => w.toLowerCase());
  const hit = (phrasesByPrefix.get(rest.slice(0, 2)) ?? []).find(
    (p) => p.phrase.includes(' ') && rest.startsWith(p.phrase) && !/[\p{L}\p{N}]/u.test(rest.charAt(p.phrase.length)),
  );
  return hit !== undefined;
}

/**
 * "The History Boys", "The Darkness": a capitalised "The" mid-sentence opens a title or a band; "singer The
 * Weeknd", "The Weeknd, 27,", "The Weeknd said", "The Weeknd's girlfriend": a stage name.
 */
export const capitalThe: TypingRule = {
  name: 'capital-the',
  // (Not a headline's news word: "Are David & Victoria Beckham Divorcing? The Soccer Star Shut Down The Rumors" is no
  // work called "The Rumors".)
  test: ({ doc, c }) =>
    doc.tokens[c.first - 1]?.text === 'The' &&
    !sentenceInitial(doc, c.first - 1) &&
    !(
      c.first === c.last &&
      cues.headlineWords.has(lower(doc, c.first)) &&
      titleCaseSentence(doc, atIndex(doc.tokens, c.first).sentence)
    ),
  verdict: (s) => {
    const { doc, c, after, text, make } = s;
    const group = GROUP_NOUNS.has(after) || GROUP_NOUNS.has(lower(doc, c.first - 2));
    // "Scottish magazine The List": an outlet noun before it names the outlet.
    const outlet = !group && cues.outletNouns.has(lower(doc, c.first - 2));
    const named = !group && !outlet && stageName(s);
    // "… To Join The Church Of Scientology" (a GossipCop headline): a title-case line capitalises the small words of a
    // name the lexicons know ("Church of Scientology"); the run is a piece of that name, no work: the lexicon's own
    // match names it.
    if (!group && !outlet && !named && knownTitleCase(doc, c.first)) return null;
    const [type, rule]: [EntityType, string] = group
      ? ['group', 'the-band']
      : outlet
        ? ['outlet', 'outlet-noun-before']
        : named
          ? ['person', 'the-stage-name']
          : ['work', 'the-title'];
    return { ...make(type, rule), start: atIndex(doc.tokens, c.first - 1).start, name: `The ${text}` };
  },
};

/**
 * "was held at the Luna Park fairground in Sydney Harbour" (bbc-entertainment-286), "to make it big on Madison Avenue"
 * (celebrity-117legit): a given name that is also a place's name, before a place word that no names list knows as a
 * name (cues.json placeSuffixes: Harbour, Avenue, Square, Heights…), is a place. Not "Virginia Hill", "Jordan Lake":
 * Hill, Lane, Park, Bay and Lake are surnames too, and the names lists say so.
 */
export const placeNamedPlace = typesAs(
  'place',
  'place-named-place',
  ({ several, words, head, last }) =>
    several &&
    words.length <= 3 &&
    (ambiguousPlaces.has(head) || lexiconType(head) === 'place') &&
    cues.placeSuffixes.has(last) &&
    genderOf(last) === null &&
    !firstNames.has(last),
);

/**
 * "Nathan Lane", "Eve Green": a given name makes a person even when the surname is a place word. Rule
 * "particle-surname": "dance DJ Rob Da Bank on Thursdays" (bbc-entertainment-197): after a particle of names
 * (cues.json particles) the last word is a surname, though it is a body's word too ("Bank").
 */
export const givenNameRule: TypingRule = {
  name: 'given-name',
  test: ({ several, words, head, last }) =>
    several &&
    words.length <= 3 &&
    (firstNames.has(head) || firstNames.has(head.split('-')[0] ?? '')) &&
    !cues.eventSuffixes.has(last) &&
    (!cues.orgSuffixes.has(last) || (words.length === 3 && cues.particles.has(atIndex(words, 1).toLowerCase()))),
  verdict: ({ head, make }) =>
    make('person', 'given-name', firstNames.get(head) ?? firstNames.get(head.split('-')[0] ?? '') ?? null),
};

// Two letters a given name is written as ("OJ", "J.K.", "T.J.").
const INITIALS = /^(?:\p{Lu}{2}|(?:\p{Lu}\.){2})$/u;

/**
 * Rule "initials-given-name": "OJ Simpson is starting to think about his future" (celebrity-104fake), "J.K. Rowling":
 * two initials for a given name, before a capitalised surname, name a person as a known given name would. Not a
 * body's initials (lexiconType: "US", "UK", "LA"), nor a surname that is a body's, place's or event's word ("UK
 * Parliament", "LA Lakers", "NY Times", "TV Week"), nor initials the article writes on their own as a word.
 */
export const initialsGivenName: TypingRule = {
  name: 'initials-given-name',
  test: ({ doc, words, head, last }) =>
    words.length === 2 &&
    INITIALS.test(head) &&
    // A describing word or a role ("TV Tonight", "DJ Khaled", "MP Diane Abbott") is no given name.
    !cues.descriptors.has(head.toLowerCase()) &&
    !cues.roleWords.has(head.toLowerCase()) &&
    !titles.has(head) &&
    lexiconType(head.replace(/\./g, '')) === null &&
    lexiconType(head) === null &&
    /^\p{Lu}\p{Ll}+$/u.test(last) &&
    !cues.orgSuffixes.has(last) &&
    !cues.placeSuffixes.has(last) &&
    !cues.eventSuffixes.has(last) &&
    !cues.outletNouns.has(last.toLowerCase()) &&
    !titles.has(last) &&
    lexiconType(last) === null &&
    !lowerWords(doc).has(last.toLowerCase()),
  verdict: ({ make }) => make('person', 'initials-given-name', null),
};

/** "Health magazine", "Q Magazine"; not "British newspaper" or "US TV network". */
export const outletNoun = typesAs(
  'outlet',
  'outlet-noun',
  ({ several, head, last, after, text }) =>
    (cues.outletNouns.has(after) || (several && last === 'Magazine')) &&
    !firstNames.has(head) &&
    !cues.demonyms.has(head) &&
    !/^(?:US\s)?TV$|\bTV$/.test(text) &&
    lexiconType(text) !== 'place',
);

/** "music magazine Q", "celebrity website Popsugar": a name after an outlet noun, unless a person's ("broadcaster Chris Evans"). */
export const outletNounBefore = typesAs(
  'outlet',
  'outlet-noun-before',
  ({ before, head, text }) => cues.outletNouns.has(before) && !firstNames.has(head) && lexiconType(text) !== 'place',
);

/**
 * "They signed with independent label Domino" (bbc 236), "the charity Oxfam": a name right after a lower-case noun
 * for a body (cues.json orgNouns) is that body; not a given name ("his agency Chris Smith") nor a place, nor the
 * first part of a hyphenated name the run stopped at ("record label Wind-Up Records").
 */
export const orgNounBefore = typesAs(
  'organization',
  'org-noun-before',
  ({ doc, c, before, head, text }) =>
    cues.orgNouns.has(before) &&
    !(doc.tokens[c.last + 1]?.text === '-' && doc.tokens[c.last + 1]?.start === c.end) &&
    /^\p{Ll}/u.test(doc.tokens[c.first - 1]?.text ?? '') &&
    !firstNames.has(head) &&
    lexiconType(text) !== 'place',
);

// Months that are given names too.
const MONTH_NAMES = new Set(['April', 'May', 'June', 'August']);

/**
 * "Doris Day has died" (bbc-entertainment-124): a woman's or man's given name before "Day" is a person's name, not a
 * holiday ("Christmas Day", "Independence Day"), bar a month ("May Day") and a possessive ("Valentine's Day").
 */
export const givenNameDay: TypingRule = {
  name: 'given-name-day',
  test: ({ words, head, last, c }) =>
    words.length === 2 &&
    last === 'Day' &&
    !c.possessive &&
    !MONTH_NAMES.has(head) &&
    firstNames.has(head) &&
    genderOf(head) !== null,
  verdict: ({ head, make }) => make('person', 'given-name-day', genderOf(head)),
};

/** A run ending in an event word (cues.json eventSuffixes: Award, Festival, Tour, Week…). */
export const eventWord = typesAs('event', 'event-word', ({ several, last }) => several && cues.eventSuffixes.has(last));

/**
 * "the show also won best musical performance in a supporting role for Conleth Hill, who plays director Roger DeBris"
 * (bbc-entertainment-275): a two- or three-word name whose place word (Hill, Lane, Park) closes it, then ", who", is a
 * person with a given name no list holds; a place takes "where" or "which". Only a place word: "Royal Shakespeare
 * Company, who" is a body, and a band's or a body's name is typed by its own rules.
 */
export const placeWordWho = typesAs(
  'person',
  'place-word-who',
  ({ doc, c, several, words, head, last, after }) =>
    several &&
    words.length <= 3 &&
    cues.placeSuffixes.has(last) &&
    !cues.placePrefixes.has(head) &&
    !/^(?:The|A|An)$/.test(head) &&
    after === ',' &&
    lower(doc, c.last + 2) === 'who',
);

/** A run ending in a place word or opening with one (cues.json: Street, Beach, Hills…; Mount, Lake, Saint…). */
export const placeWord = typesAs(
  'place',
  'place-word',
  ({ several, head, last }) => several && (cues.placeSuffixes.has(last) || cues.placePrefixes.has(head)),
);

/** "Chelsea Handler" … "Chelsea and Jen": a word the article also uses as someone's given name is a place only after a preposition. */
export const placeContextRule = typesAs(
  'place',
  'place-context',
  ({ doc, c, evidence, text, before }) =>
    ambiguousPlaces.has(text) &&
    (evidence.givenNames?.has(text) === true ? PLACE_PREPOSITIONS.has(before) : placeContext(doc, c, before)),
);

/**
 * A run ending in an organization word (cues.json orgSuffixes: Inc, Group, Records, Studios…), or naming one with
 * "of" after it ("Guildhall School of Speech and Drama"), or a public body with "for" ("Department for Culture, Media
 * and Sport").
 */
export const orgSuffix = typesAs(
  'organization',
  'org-suffix',
  ({ several, last, words }) =>
    several &&
    (cues.orgSuffixes.has(last) ||
      words.some(
        (w, k) => (cues.orgSuffixes.has(w) && words[k + 1] === 'of') || (FOR_BODIES.has(w) && words[k + 1] === 'for'),
      )),
);

/** What nothing else typed: a person when it looks like a name (people.ts), else no entity. */
export const personRule: TypingRule = {
  name: 'person',
  test: () => true,
  verdict: ({ doc, c, words, evidence, make }) => person(doc, c, words, evidence, make),
};

// "in Paris"; "Venice, Florence and Paris"; "Charlottesville, Virginia"; "her Paris robbery", "a
// Paris suburb", "Paris Mayor Anne Hidalgo": a word that is a place and a given name, used as a place.
function placeContext(doc: Doc, c: Candidate, before: string): boolean {
  if (PLACE_PREPOSITIONS.has(before)) return true;
  if (c.first !== c.last || c.possessive) return false;
  const at = (k: number) => doc.tokens[k];
  const sentence = atIndex(doc.tokens, c.first).sentence;
  const isPlace = (k: number): boolean => {
    const t = at(k);
    return t?.sentence === sentence && (lexiconType(t.text) === 'place' || ambiguousPlaces.has(t.text));
  };
  const joins = (k: number): boolean => {
    const t = at(k);
    return t?.sentence === sentence && /^(?:,|and|or)$/.test(t.text);
  };
  if ((joins(c.first - 1) && isPlace(c.first - 2)) || (joins(c.last + 1) && isPlace(c.last + 2))) return true;
  const town = at(c.first - 2);
  if (
    at(c.first - 1)?.text === ',' &&
    town?.sentence === sentence &&
    town.pos === 'PROPN' &&
    /^\p{Lu}\p{Ll}/u.test(town.text) &&
    !firstNames.has(town.text)
  )
    return true;
  const next = at(c.last + 1);
  return (
    next !== undefined &&
    next.sentence === sentence &&
    ((next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) || /^mayor$/i.test(next.text))
  );
}

// "viewers tuned out too: Ratings were down", "“Reporters were calling", "The three DJs were chosen":
// a capital after a colon or a quote opens a clause; a plural acronym is a common noun.
function commonPlural(doc: Doc, first: number): boolean {
  const word = atIndex(doc.tokens, first).text;
  const previous = doc.tokens[first - 1]?.text ?? '';
  // "CBS Chiefs: ‘Hawaii Five-0’ Actors Were Offered…" (a GossipCop headline): a role's plural is the role's people.
  const lower = word.toLowerCase();
  const role = cues.descriptors.has(lower) || epithetHeads.has(lower.replace(/e?s$/, ''));
  return /^\p{Lu}{2,}s$/u.test(word) || /^[:“"‘]$/.test(previous) || lowerWords(doc).has(lower) || role;
}

function stageName({ doc, c }: Scene): boolean {
  const before = lower(doc, c.first - 2);
  const after = c.possessive ? lower(doc, c.last + 2) : lower(doc, c.last + 1);
  // "singer The Weeknd", "her new boyfriend The Weeknd, 26": a role or a relation names a person.
  if (epithetHeads.get(before)?.kind === 'epithet' || cues.relations.has(before)) return true;
  if (c.possessive) return cues.relations.has(after);
  return cues.speech.has(after) || /^,\s*\d{1,3}\b/.test(doc.text.slice(c.end, c.end + 6));
}

// "Nick and Vanessa have": a plural verb after a list of names says nothing about a band.
function coordinated(doc: Doc, first: number): boolean {
  const sentence = atIndex(doc.tokens, first).sentence;
  for (let k = first - 1; k >= Math.max(0, first - 8) && atIndex(doc.tokens, k).sentence === sentence; k--) {
    const t = atIndex(doc.tokens, k).text;
    if (t === 'and' || t === '&') return true;
  }
  return false;
}
