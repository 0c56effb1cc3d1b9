import type { Doc } from '../doc.ts';
import type { EntityType } from '../types.ts';
import { ambiguousPlaces, cues, epithetHeads, firstNames, lexiconType, MONTHS_DAYS, titles, type Gender } from './lexicons.ts';
import { person } from './people.ts';
import { givenName, headlineLine, lowerWords, modifiesNoun, titleCaseSentence, sentenceInitial, type Candidate } from './scan.ts';
import { beforeYear } from './titles.ts';
import { showAfterHost, workNamedLikePerson } from './works.ts';

/** What a candidate names, with the span to record (it may grow: "the Core restaurant"). */
export type Typed = {
  type: EntityType;
  name: string;
  start: number;
  end: number;
  rule: string;
  gender: Gender | null;
};

/** What the whole article says about names, gathered before typing any one of them. */
export type Evidence = {
  /** Words seen as a one-word name mid-sentence ("Thoday said"). */
  alone: Set<string>;
  /** Those, plus sentence-initial ones before a verb ("Deeley will host"): they corroborate a surname. */
  surnames: Set<string>;
  /** First words of runs that open with a given name ("Chelsea" of "Chelsea Handler"). */
  givenNames?: Set<string>;
};

const OPEN_QUOTES = new Set(['“', '"', '‘', "'"]);
const CLOSE_QUOTES = new Set(['”', '"', '’', "'"]);
const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'near', 'outside', 'across', 'around']);
const GROUP_NOUNS = new Set(['band', 'group', 'duo', 'trio', 'quartet']);
const PLURAL_VERBS = new Set(['were', 'are', 'have']);
const POSSESSIVE_TOKENS = new Set(["'s", '’s']);
// A word before "in"/"of"/"on" that says a title follows: the preposition each one takes.
const ROLE_CUES = new Map<string, Set<string>>([
  ['role', new Set(['in'])], ['roles', new Set(['in'])], ['starred', new Set(['in'])], ['starring', new Set(['in'])],
  ['stars', new Set(['in'])], ['cameo', new Set(['in'])], ['star', new Set(['of'])],
  ['appeared', new Set(['in', 'on'])], ['appearing', new Set(['in', 'on'])], ['appearance', new Set(['in', 'on'])],
]);


const lower = (doc: Doc, i: number): string => doc.tokens[i]?.text.toLowerCase() ?? '';

/**
 * Types a candidate from its own words and the words around it; null when it is no entity
 * (a month, a sentence-initial "Fans", or a modifier like "Hollywood" in "Hollywood star").
 */
export function classify(doc: Doc, candidate: Candidate, evidence: Evidence): Typed | null {
  // "“Star Wars” franchise": a role word opening a title is part of it.
  const c = candidate.title ? candidate : withoutRoleWords(doc, candidate);
  // "Stars In Their Eyes said": a capitalised function word mid-sentence means a title-case title.
  const previous = doc.tokens[c.first - 1];
  // Not in a headline, where every word is capitalised: "Pregnant With Blake Shelton's Baby".
  const headlineName = c.last > c.first && firstNames.has(doc.tokens[c.first]!.text) && titleCaseSentence(doc, doc.tokens[c.first]!.sentence);
  if (!c.phrase && previous && previous.text !== 'The' && cues.stopwords.has(previous.text) && !sentenceInitial(doc, c.first - 1) && !headlineName) return null;
  const typed = typeOf(doc, c, evidence);
  const next = doc.tokens[c.last + 1];
  // "a custom Alice Roi coatdress": a name before a noun is a brand or label; but "the
  // Tennessee Williams drama" still names the author.
  const modifies = next?.pos === 'NOUN' && !cues.works.has(next.text) && modifiesNoun(doc, c.first, c.last);
  if (typed?.type === 'person' && !c.possessive && modifies) {
    typed.rule = NAME_AS_MODIFIER;
  }
  return typed;
}

function typeOf(doc: Doc, c: Candidate, evidence: Evidence): Typed | null {
  const { tokens } = doc;
  const words = tokens.slice(c.first, c.last + 1).map((t) => t.text);
  const text = doc.text.slice(c.start, c.end);
  const make = (type: EntityType, rule: string, gender: Gender | null = null, name = text): Typed =>
    ({ type, name, start: c.start, end: c.end, rule, gender });
  const before = lower(doc, c.first - 1);
  const after = c.possessive ? '' : lower(doc, c.last + 1);
  const afterTwo = after + ' ' + lower(doc, c.last + 2);

  if (c.duo) return make('group', 'duo');
  if (c.phrase) {
    // "Hollywood star", "the Oscar winner": a place or award used as a modifier of a role noun.
    if ((c.phrase.type === 'place' || c.phrase.type === 'event') && epithetHeads.has(after)) return null;
    return make(c.phrase.type, c.phrase.rule, null, c.phrase.name);
  }
  // 'her role as 'Brittany Pierce'': a quoted name is typed as a name.
  const quotedName = c.title === 'quoted' && firstNames.has(words[0]!) && words.every((w) => /^\p{Lu}/u.test(w));
  if (broadcastTitle(words)) return withThe(doc, c, make('work', 'show-title'));
  if (c.title === 'case' && words.some((w) => cues.eventSuffixes.has(w))) return make('event', 'title-case-event');
  // "Directors Guild Of America", but not "Getting Your Music Online".
  const orgWord = words.some((w, k) => cues.orgSuffixes.has(w) && (k === words.length - 1 || words[k + 1] === 'Of'));
  if (c.title === 'case' && orgWord) return make('organization', 'title-case-org');
  if (c.title && !quotedName) {
    // 'the "Wrecking Ball" singer': the title belongs to the epithet, like "the Mission: Impossible star".
    const next = c.title === 'quoted' ? lower(doc, c.last + 2) : after;
    const nextTwo = next + ' ' + lower(doc, c.last + (c.title === 'quoted' ? 3 : 2));
    return epithetHeads.has(next) || epithetHeads.has(nextTwo) ? null : make('work', `${c.title}-title`);
  }
  const head = words[0]!;
  const last = words[words.length - 1]!;
  const several = words.length > 1;
  // "The Graham Norton Show", "an episode of Ellen", "appeared on Ellen": a show named like a person.
  if (showAfterHost(words) && !words.some((w) => SHOW_EVENTS.has(w))) return withThe(doc, c, make('work', 'show-after-host'));
  if (firstNames.has(head) && words.length <= 3 && workNamedLikePerson(doc, c)) return make('work', 'work-named-like-person');

  if (words.every((w) => cues.calendar.has(w) || /^\d/.test(w))) return null;
  // "in September Spears said": a date word opening a run is not part of the name after it.
  // …but "Saturday Night Live", "Friday Night Lights" are titles.
  if (several && MONTHS_DAYS.test(head) && !firstNames.has(head) && !PART_OF_DAY.test(words[1]!)) return typeOf(doc, { ...c, first: c.first + 1, start: tokens[c.first + 1]!.start }, evidence);
  if (cues.calendar.has(head) && /^\d/.test(tokens[c.last + 1]?.text ?? '')) return null;
  // "her dog Salsita", but not "Cat Deeley": the pet word is lower-case.
  if (cues.pets.has(tokens[c.first - 1]?.text ?? '')) return make('animal', 'pet-name');
  if (cues.venues.has(after) && before === 'the') {
    const venue = tokens[c.last + 1]!;
    // The mention is the name ("Core"); the entity is called by name and venue ("Core restaurant").
    return { type: 'place', name: `${text} ${venue.text}`, start: c.start, end: c.end, rule: 'venue', gender: null };
  }
  // "the Bond girl", "Beckham party", "the Smith family", "the Paris robbery", "Joy Division
  // singer": modifiers, not mentions (coreference reads the epithets; events own the parties).
  if (epithetHeads.has(after) || epithetHeads.has(afterTwo) || cues.events.has(after) || cues.families.has(after)) return null;
  if (!several && before === 'the' && tokens[c.last + 1]?.pos === 'NOUN' && !c.possessive) return null;
  // "the King Center", "Prince Edward Theatre", "the Onyx Hotel": a venue's name, whatever opens it.
  if (several && VENUE_ENDS.has(last.toLowerCase())) return make('place', 'venue-name');
  if (several && titles.has(head)) return person(doc, c, words, evidence, make);
  // British usage gives bands plural verbs: "U2 have smashed", "Joy Division were signed".
  // Not the object inside a longer subject ("charges against Bieber were", "his relationship with
  // Meek Mill are") nor a subjunctive ("If Williams were").
  const prior = tokens[c.first - 1];
  const insidePhrase = prior !== undefined && prior.sentence === tokens[c.first]!.sentence && (prior.pos === 'ADP' || /^if$/i.test(prior.text));
  const pluralSubject = PLURAL_VERBS.has(after) && !c.possessive && !coordinated(doc, c.first) && !insidePhrase
    && (several || (!firstNames.has(head) && (!sentenceInitial(doc, c.first) || evidence.alone.has(head)) && !commonPlural(doc, c.first)));
  // "comedy duo Matt Lucas and David Walliams": a duo of two full names is two people.
  const duoOfPeople = before === 'duo' && several && firstNames.has(head);
  if ((GROUP_NOUNS.has(before) && !duoOfPeople) || pluralSubject) return make('group', 'group-context');
  // "The History Boys", "The Darkness": a capitalised "The" mid-sentence opens a title or a band.
  const the = tokens[c.first - 1];
  if (the?.text === 'The' && !sentenceInitial(doc, c.first - 1)) {
    const group = GROUP_NOUNS.has(after) || GROUP_NOUNS.has(lower(doc, c.first - 2));
    // "singer The Weeknd", "The Weeknd, 27,", "The Weeknd said", "The Weeknd's girlfriend": a stage name.
    const named = !group && stageName(doc, c);
    const [type, rule]: [EntityType, string] = group ? ['group', 'the-band'] : named ? ['person', 'the-stage-name'] : ['work', 'the-title'];
    return { ...make(type, rule), start: the.start, name: `The ${text}` };
  }
  // "Nathan Lane", "Eve Green": a given name makes a person even when the surname is a place word.
  if (several && words.length <= 3 && firstNames.has(head) && !cues.eventSuffixes.has(last) && !cues.orgSuffixes.has(last)) {
    return make('person', 'given-name', firstNames.get(head) ?? null);
  }
  // "Health magazine", "Q Magazine"; not "British newspaper" or "US TV network".
  const outletWord = cues.outletNouns.has(after) || (several && last === 'Magazine');
  if (outletWord && !firstNames.has(head) && !cues.demonyms.has(head) && !/^(?:US\s)?TV$|\bTV$/.test(text) && lexiconType(text) !== 'place') {
    return make('outlet', 'outlet-noun');
  }
  if (words.includes(':')) return epithetHeads.has(after) ? null : make('work', 'title-colon');
  // "ITV's Masterpiece programme", "Usher's Confessions album": an owner's named work.
  // Not "Cambodian film" (a demonym) nor "France's Cesar film awards" (an award).
  const owned = POSSESSIVE_TOKENS.has(tokens[c.first - 1]?.text ?? '') && cues.works.has(after) && !cues.demonyms.has(head)
    && !/^awards?$|^festival$/.test(lower(doc, c.last + 2));
  if (owned && !firstNames.has(head) && !/\bTV$/.test(text)) return make('work', 'owned-work');
  if (several && cues.eventSuffixes.has(last)) return make('event', 'event-word');
  if (several && (cues.placeSuffixes.has(last) || cues.placePrefixes.has(head))) return make('place', 'place-word');
  // "Chelsea Handler" … "Chelsea and Jen": a word the article also uses as someone's given name is a place only after a preposition.
  const usedAsName = evidence.givenNames?.has(text) === true;
  if (ambiguousPlaces.has(text) && (usedAsName ? PLACE_PREPOSITIONS.has(before) : placeContext(doc, c, before))) return make('place', 'place-context');
  if (cues.works.has(before) && !firstNames.has(head)) return make('work', 'work-noun');
  // "his role in Closer", "starred in A Very Long Engagement", "appeared on Grease Is The Word".
  const cue = ROLE_CUES.get(lower(doc, c.first - 2));
  if (cue?.has(before) && !c.possessive && !firstNames.has(head) && !cues.calendar.has(head) && !titles.has(head) && !/\bTV$/.test(text)) return make('work', 'role-in');
  if (beforeYear(doc, c.last)) return make('work', 'year-title');
  if (OPEN_QUOTES.has(tokens[c.first - 1]?.text ?? '') && CLOSE_QUOTES.has(tokens[c.last + 1]?.text ?? '') && !firstNames.has(head)) {
    // 'the "Mean Girls" actress': the title belongs to the epithet, like "the Mission: Impossible star".
    return epithetHeads.has(lower(doc, c.last + 2)) ? null : make('work', 'quoted-title');
  }
  if (several && cues.orgSuffixes.has(last)) return make('organization', 'org-suffix');
  return person(doc, c, words, evidence, make);
}

const PART_OF_DAY = /^(?:Night|Morning|Evening|Afternoon)$/;
// Shows that are events: "the Chelsea Flower Show", "the Victoria's Secret Fashion Show".
const SHOW_EVENTS = new Set(['Fashion', 'Flower', 'Motor', 'Air', 'Boat', 'Auto', 'Trade', 'Award', 'Awards', 'Horse', 'Dog']);

/** "Saturday Night Live", "Jimmy Kimmel Live", "The Late Late Show": a broadcast's title (Live and Show are event words elsewhere). */
function broadcastTitle(words: string[]): boolean {
  const last = words[words.length - 1]!;
  if (words.length < 2 || !(last === 'Live' || last === 'Show')) return false;
  // "the Miami show", "his L.A. Show": a tour's stop is an event.
  return !words.some((w) => SHOW_EVENTS.has(w)) && lexiconType(words[0]!) !== 'place' && !ambiguousPlaces.has(words[0]!);
}

// Venue nouns that end a place's name; not those that are as often surnames (Hall, Park, Church).
const VENUE_ENDS = new Set(['hotel', 'club', 'nightclub', 'arena', 'stadium', 'theatre', 'theater', 'cafe', 'café', 'museum',
  'hospital', 'cathedral', 'centre', 'center', 'lounge', 'bistro', 'restaurant', 'resort', 'airport', 'station', 'mansion', 'pub']);

// "The Graham Norton Show" is named with its "The".
function withThe(doc: Doc, c: Candidate, typed: Typed): Typed {
  const the = doc.tokens[c.first - 1];
  if (the?.text !== 'The' || the.end + 1 !== c.start) return typed;
  return { ...typed, start: the.start, name: `The ${typed.name}` };
}

/** Rule of a person name used only as a modifier; an entity with no other mention is dropped. */
export const NAME_AS_MODIFIER = 'name-as-modifier';

// "Novelist Andrea Levy" at a sentence start: the capitalised role word is not part of the name.
function withoutRoleWords(doc: Doc, c: Candidate): Candidate {
  // "Star Wars: The Phantom Menace": a colon makes it a title, whose first word stays.
  if (doc.tokens.slice(c.first, c.last + 1).some((t) => t.text === ':')) return c;
  let first = c.first;
  const isRole = (w: string): boolean => epithetHeads.has(w) || cues.roleWords.has(w);
  while (first < c.last && !c.phrase && isRole(doc.tokens[first]!.text.toLowerCase())) first++;
  while (first + 1 < c.last && !c.phrase && describes(doc, first, c)) first++;
  // "New Musical Starring Zendaya Coleman", "Starring Zendaya": in a title-case headline the name
  // opens at its given name; the words before it, none a given name, are the headline's.
  if (!c.phrase && headlineLine(doc, doc.tokens[first]!.sentence)) {
    let k = first;
    while (k <= c.last && !givenName(doc, doc.tokens[k]!.text)) k++;
    if (k > first && k <= c.last && !cues.particles.has(doc.tokens[k - 1]!.text.toLowerCase())) first = k;
  }
  return first === c.first ? c : { ...c, first, start: doc.tokens[first]!.start };
}

// "Scientologist Jenna Elfman", "BFF Malika Haqq", "Monaco Charlotte Casiraghi", "Meet Kate
// Hudson": a word that is no given name, before a given name and a surname, describes the person
// when it is a demonym, faith, profession or headline word, an acronym, a place, or a word the
// article also writes in lower case. In a title-case headline ("Reason Tom Cruise …", "Starring
// Selena Gomez", "Exclusive Zendaya …") any word that is no given name, before one, is the headline's.
function describes(doc: Doc, k: number, c: Candidate): boolean {
  const word = doc.tokens[k]!.text;
  const titleCase = headlineLine(doc, doc.tokens[k]!.sentence);
  const given = (w: string): boolean => (titleCase ? givenName(doc, w) : firstNames.has(w));
  // "Buddy Luke Bryan": a listed describing word before a given name, though it is a name too.
  if (titleCase && cues.descriptors.has(word.toLowerCase()) && given(doc.tokens[k + 1]!.text)) return true;
  if (given(word)) return false;
  // "Conductor Marcello Viotti", "Friend Imad Handi": a listed descriptor needs no known given name
  // after it, only a two-word name.
  if (!given(doc.tokens[k + 1]!.text)) return cues.descriptors.has(word.toLowerCase()) && nameShaped(doc, k + 1, c.last);
  const w = word.toLowerCase();
  // An acronym: "BFF", "CEO", "C.O.O." (not initials: "J.P. Morgan").
  const acronym = /^\p{Lu}{2,}$|^(?:\p{Lu}\.){3,}$/u.test(word);
  if (cues.demonyms.has(word) || cues.descriptors.has(w) || acronym || lexiconType(word) === 'place') return true;
  if (titleCase) return true;
  // Mid-sentence "Red Rose Speedway" and "Royal Chelsea Hospital" are names as they stand.
  return sentenceInitial(doc, k) && (cues.headlineWords.has(w) || lowerWords(doc).has(w));
}

// "in Paris"; "Venice, Florence and Paris"; "Charlottesville, Virginia"; "her Paris robbery", "a
// Paris suburb", "Paris Mayor Anne Hidalgo": a word that is a place and a given name, used as a place.
function placeContext(doc: Doc, c: Candidate, before: string): boolean {
  if (PLACE_PREPOSITIONS.has(before)) return true;
  if (c.first !== c.last || c.possessive) return false;
  const at = (k: number) => doc.tokens[k];
  const sentence = at(c.first)!.sentence;
  const isPlace = (k: number): boolean => at(k)?.sentence === sentence && (lexiconType(at(k)!.text) === 'place' || ambiguousPlaces.has(at(k)!.text));
  const joins = (k: number): boolean => at(k)?.sentence === sentence && /^(?:,|and|or)$/.test(at(k)!.text);
  if ((joins(c.first - 1) && isPlace(c.first - 2)) || (joins(c.last + 1) && isPlace(c.last + 2))) return true;
  const town = at(c.first - 2);
  if (at(c.first - 1)?.text === ',' && town?.sentence === sentence && town.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(town.text) && !firstNames.has(town.text)) return true;
  const next = at(c.last + 1);
  return next !== undefined && next.sentence === sentence && ((next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) || /^mayor$/i.test(next.text));
}

// "viewers tuned out too: Ratings were down", "“Reporters were calling", "The three DJs were chosen":
// a capital after a colon or a quote opens a clause; a plural acronym is a common noun.
function commonPlural(doc: Doc, first: number): boolean {
  const word = doc.tokens[first]!.text;
  const previous = doc.tokens[first - 1]?.text ?? '';
  return /^\p{Lu}{2,}s$/u.test(word) || /^[:“"‘]$/.test(previous) || lowerWords(doc).has(word.toLowerCase());
}

function stageName(doc: Doc, c: Candidate): boolean {
  const before = lower(doc, c.first - 2);
  const after = c.possessive ? lower(doc, c.last + 2) : lower(doc, c.last + 1);
  if (epithetHeads.has(before) && epithetHeads.get(before)!.kind === 'epithet') return true;
  if (c.possessive) return cues.relations.has(after);
  return cues.speech.has(after) || /^,\s*\d{1,3}\b/.test(doc.text.slice(c.end, c.end + 6));
}

// "Nick and Vanessa have": a plural verb after a list of names says nothing about a band.
function coordinated(doc: Doc, first: number): boolean {
  const sentence = doc.tokens[first]!.sentence;
  for (let k = first - 1; k >= Math.max(0, first - 8) && doc.tokens[k]!.sentence === sentence; k--) {
    const t = doc.tokens[k]!.text;
    if (t === 'and' || t === '&') return true;
  }
  return false;
}

const nameShaped = (doc: Doc, first: number, last: number): boolean => last === first + 1
  && [first, last].every((k) => /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[k]!.text) && !cues.orgSuffixes.has(doc.tokens[k]!.text)
    && !cues.placeSuffixes.has(doc.tokens[k]!.text) && !cues.eventSuffixes.has(doc.tokens[k]!.text));
