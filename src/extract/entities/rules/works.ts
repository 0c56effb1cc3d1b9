import type { Doc } from '../../doc.ts';
import type { Typed } from '../classify.ts';
import type { Token } from '../../tokens/index.ts';
import {
  ambiguousPlaces,
  broadcasterNames,
  cues,
  epithetHeads,
  firstNames,
  lexiconType,
  titles,
} from '../../names/index.ts';
import { CHANNEL, givenName, lowerWords, sentenceInitial, titleCaseSentence, type Candidate } from '../scan.ts';
import { beforeYear, titleEnd, titleStart } from '../titles.ts';
import { showAfterHost, workFrameBefore as framedAsWork, workNamedLikePerson } from '../works.ts';
import { lower, typesAs, type Scene, type TypingRule } from './rule.ts';
import { at, must } from '../../../invariant/index.ts';

// Works: shows, films, albums, books, by their marks (quotes, title case, a colon) or the words around them.

// Shows that are events: "the Chelsea Flower Show", "the Victoria's Secret Fashion Show".
export const SHOW_EVENTS = new Set([
  'Fashion',
  'Flower',
  'Motor',
  'Air',
  'Boat',
  'Auto',
  'Trade',
  'Award',
  'Awards',
  'Horse',
  'Dog',
]);
const OPEN_QUOTES = new Set(['“', '"', '‘', "'"]);
const CLOSE_QUOTES = new Set(['”', '"', '’', "'"]);
const POSSESSIVE_TOKENS = new Set(["'s", '’s']);
// A word before "in"/"of"/"on" that says a title follows: the preposition each one takes.
const ROLE_CUES = new Map<string, Set<string>>([
  ['role', new Set(['in'])],
  ['roles', new Set(['in'])],
  ['starred', new Set(['in'])],
  ['starring', new Set(['in'])],
  ['stars', new Set(['in'])],
  ['cameo', new Set(['in'])],
  // "lined up to star in Fingersmith", "will star in Cherished" (bbc-entertainment-214).
  ['star', new Set(['of', 'in'])],
  ['co-star', new Set(['in'])],
  ['appeared', new Set(['in', 'on'])],
  ['appearing', new Set(['in', 'on'])],
  ['appearance', new Set(['in', 'on'])],
]);

/** "Saturday Night Live", "Jimmy Kimmel Live", "The Late Late Show": a broadcast's title (Live and Show are event words elsewhere). */
function broadcastTitle(words: string[]): boolean {
  const last = at(words, words.length - 1);
  if (words.length < 2 || !(last === 'Live' || last === 'Show')) return false;
  // "the Miami show", "his L.A. Show": a tour's stop is an event.
  return (
    !words.some((w) => SHOW_EVENTS.has(w)) &&
    lexiconType(at(words, 0)) !== 'place' &&
    !ambiguousPlaces.has(at(words, 0))
  );
}

// "The Graham Norton Show" is named with its "The".
function withThe(doc: Doc, c: Candidate, typed: Typed): Typed {
  const the = doc.tokens[c.first - 1];
  if (the?.text !== 'The' || the.end + 1 !== c.start) return typed;
  return { ...typed, start: the.start, name: `The ${typed.name}` };
}

export const showTitle: TypingRule = {
  name: 'show-title',
  test: ({ words }) => broadcastTitle(words),
  verdict: ({ doc, c, make }) => withThe(doc, c, make('work', 'show-title')),
};

/**
 * A run the scanner found quoted or in title case is a work; but 'her role as 'Brittany Pierce'' is a quoted
 * name, and in 'the "Wrecking Ball" singer' the title belongs to the epithet, like "the Mission: Impossible star".
 */
export const scannedTitle: TypingRule = {
  name: 'scanned-title',
  test: ({ doc, c, words }) =>
    c.title !== undefined &&
    (!(c.title === 'quoted' && firstNames.has(at(words, 0)) && words.every((w) => /^\p{Lu}/u.test(w))) ||
      // "Daniel Radcliffe Engaged: ‘Harry Potter’ Star Proposed To Erin Darke" (a GossipCop headline): a quoted name
      // before "star" is the epithet's title, not a person.
      epithetHeads.has(lower(doc, c.last + 2))),
  verdict: ({ doc, c, after, make }) => {
    const next = c.title === 'quoted' ? lower(doc, c.last + 2) : after;
    const nextTwo = next + ' ' + lower(doc, c.last + (c.title === 'quoted' ? 3 : 2));
    return epithetHeads.has(next) || epithetHeads.has(nextTwo) ? null : make('work', `${c.title}-title`);
  },
};

/**
 * "their current album How To Dismantle An Atomic Bomb" (bbc-entertainment-261), "the classic film It's A Wonderful
 * Life": a title in capitals that opens on a function word right after a work noun (scan.ts, opened-titles.ts).
 */
export const functionWordTitle = typesAs('work', 'function-word-title', ({ c }) => c.title === 'opened');

/** "show for ITV, titled Stars on Thin Ice", "new film, Beyond the Sea,": a title a work noun sets off (opened-titles.ts). */
export const framedTitle = typesAs('work', 'framed-title', ({ c }) => c.title === 'framed');

/** "The Graham Norton Show", "an episode of Ellen", "appeared on Ellen": a show named like a person. */
export const showAfterHostRule: TypingRule = {
  name: 'show-after-host',
  test: ({ words }) => showAfterHost(words) && !words.some((w) => SHOW_EVENTS.has(w)),
  verdict: ({ doc, c, make }) => withThe(doc, c, make('work', 'show-after-host')),
};

export const workNamedLikePersonRule = typesAs(
  'work',
  'work-named-like-person',
  ({ doc, c, head, words }) => firstNames.has(head) && words.length <= 3 && workNamedLikePerson(doc, c),
);

/**
 * "John Nettles will return in a one-off edition of Midsomer Murders" (bbc-entertainment-214): a run that is no
 * person's name (no given name opens it) right after a work frame of two words or more ("edition of", "episode of",
 * "starred in") is the work's title. One-word frames ("show", "drama") are left to workNoun's checks.
 */
export const workFrameTitle = typesAs(
  'work',
  'work-frame-title',
  ({ doc, c, head, text }) =>
    !c.possessive &&
    !firstNames.has(head) &&
    !titles.has(head) &&
    !/\bTV$/.test(text) &&
    // "The original stars of Swedish pop quartet Abba" (bbc-entertainment-265): a demonym describes what follows.
    !cues.demonyms.has(head) &&
    !quantityOf(doc, c.first) &&
    framedAsWork(doc, c.first, true),
);

// "a series of Instagrams with Sofia Richie", "a series of DJs hosting": a quantity, not a show's series.
const quantityOf = (doc: Doc, first: number): boolean =>
  lower(doc, first - 1) === 'of' &&
  ['series', 'set', 'season'].includes(lower(doc, first - 2)) &&
  ['a', 'an', 'another'].includes(lower(doc, first - 3));

/**
 * "New drama includes Archangel, an adaptation of the Robert Harris best-seller" (bbc-entertainment-214): a run set
 * before ", a/an/the" and a work noun that heads its phrase (a word that is no noun comes next: "of", "about", ",")
 * is that work. Not "Smith, a film director": there the work noun only describes the role after it.
 */
export const apposedWorkNoun = typesAs('work', 'apposed-work-noun', ({ doc, c, head, after }) => {
  if (after !== ',' || c.possessive || firstNames.has(head) || titles.has(head)) return false;
  const { tokens } = doc;
  const det = tokens[c.last + 2];
  if (!det || !/^(?:a|an|the)$/i.test(det.text) || det.sentence !== at(tokens, c.last).sentence) return false;
  for (let k = c.last + 3; k <= c.last + 6; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== det.sentence) return false;
    if (APPOSED_WORK_NOUNS.has(t.text.toLowerCase())) {
      const next = tokens[k + 1];
      // "Directed by Antoine Fuqua, the film was poorly received", "Sergio Gera, the programme's chief co-ordinator":
      // a verb or a possessive after the noun makes it the main clause's subject or a role's owner.
      return (
        next === undefined ||
        next.sentence !== t.sentence ||
        !(['NOUN', 'PROPN', 'VERB', 'AUX'].includes(next.pos) || /^['’]s?$/.test(next.text))
      );
    }
    if (!['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) && t.text !== '-') return false;
  }
  return false;
});
const APPOSED_WORK_NOUNS = new Set([...cues.works, 'adaptation', 'docu-drama', 'docudrama']);

/** "Star Wars: The Phantom Menace"; but "the Mission: Impossible star" is an epithet. */
export const titleColon: TypingRule = {
  name: 'title-colon',
  test: ({ words }) => words.includes(':'),
  verdict: ({ after, make }) => (epithetHeads.has(after) ? null : make('work', 'title-colon')),
};

/**
 * "ITV's Masterpiece programme", "Usher's Confessions album": an owner's named work.
 * Not "Cambodian film" (a demonym) nor "France's Cesar film awards" (an award).
 */
export const ownedWork = typesAs(
  'work',
  'owned-work',
  ({ doc, c, head, after, text }) =>
    POSSESSIVE_TOKENS.has(doc.tokens[c.first - 1]?.text ?? '') &&
    cues.works.has(after) &&
    !cues.demonyms.has(head) &&
    !/^awards?$|^festival$/.test(lower(doc, c.last + 2)) &&
    !firstNames.has(head) &&
    !/\bTV$/.test(text),
);

const NOUN_OPENERS = new Set(['DET', 'ADJ', 'PRON', 'NUM']);

/**
 * "His album Egypt won the critics' award" (bbc 185): a place name right after a work noun that a determiner or an
 * owner opens is the work's title. Not after "tour", whose stops are places, nor before a noun the place modifies
 * ("the blockbuster West End musicals").
 */
export const workNounOverPlace = typesAs('work', 'work-noun-place', ({ doc, c, before }) => {
  const noun = doc.tokens[c.first - 1];
  const opener = doc.tokens[c.first - 2];
  const next = doc.tokens[c.last + 1];
  return (
    !(next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) &&
    c.phrase?.type === 'place' &&
    noun !== undefined &&
    /^\p{Ll}/u.test(noun.text) &&
    cues.works.has(before) &&
    before !== 'tour' &&
    opener !== undefined &&
    opener.sentence === noun.sentence &&
    NOUN_OPENERS.has(opener.pos)
  );
});

/**
 * "the film Independence Day" (bbc-entertainment-063), "the musical Howl's Moving Castle": after a work noun, a run
 * that ends in a word of events or places is the title, before those words type it; not after "tour" ("the tour
 * Madison Square Garden hosted").
 */
export const workNounOverNameWord = typesAs('work', 'work-noun-name-word', (s) => {
  const { several, last, head, before } = s;
  return (
    several &&
    before !== 'tour' &&
    (cues.eventSuffixes.has(last) || cues.placeSuffixes.has(last) || cues.placePrefixes.has(head)) &&
    workNoun.test(s)
  );
});

/** A run after a work noun (cues.json works: film, album, series…) that opens with no given name. */
export const workNoun = typesAs(
  'work',
  'work-noun',
  // A capitalised cue word is the title's own ("the upbeat Hit The Road Jack"); "a hit TV show" names no work.
  ({ doc, c, before, head, text }) =>
    cues.works.has(before) &&
    !/^\p{Lu}/u.test(doc.tokens[c.first - 1]?.text ?? '') &&
    !firstNames.has(head) &&
    text !== 'TV',
);

// "every track Robbie has released as a single" (bbc 253): a quantified noun is the object of the name's verb.
const QUANTIFIERS = new Set(['every', 'each', 'any', 'all', 'no', 'only']);

/**
 * "Oscar-nominated film biopic Ray has surpassed its US box office takings" (bbc 042): one given name right after a
 * work noun is the work's title, not a person, when the noun is determined, owned, modified or after another work noun,
 * and no verb of the name follows ("the song Taylor wrote" is a person's song; "the pics show Harry" has a verb).
 */
export const workNounGivenName = typesAs('work', 'work-noun-given-name', ({ doc, c, before, several, head }) => {
  const noun = doc.tokens[c.first - 1];
  const opener = doc.tokens[c.first - 2];
  const next = doc.tokens[c.last + 1];
  return (
    !several &&
    !c.possessive &&
    firstNames.has(head) &&
    noun !== undefined &&
    /^\p{Ll}/u.test(noun.text) &&
    cues.works.has(before) &&
    opener !== undefined &&
    opener.sentence === noun.sentence &&
    ((NOUN_OPENERS.has(opener.pos) && !QUANTIFIERS.has(opener.text.toLowerCase())) || cues.works.has(opener.text)) &&
    next?.pos !== 'VERB'
  );
});

/**
 * "a screen grab from the movie Billy Madison." (celebrity-024fake), "the controversial hit show Jerry Springer - The
 * Opera" (bbc-entertainment-003): a given name and a surname right after a work noun that a determiner, an owner or
 * an adjective opens are the work's title, named like a person, when a stop, a dash or "and" closes them. Not the
 * subject of a clause on the noun: "the song Taylor Swift wrote", "the new film Tom Cruise stars in".
 */
export const workNounPersonName = typesAs(
  'work',
  'work-noun-person-name',
  ({ doc, c, before, several, words, head }) => {
    // The cheap tests first: most runs are no given name after a work noun.
    if (!several || words.length > 3 || c.possessive || !cues.works.has(before) || before === 'tour') return false;
    if (!firstNames.has(head)) return false;
    const noun = doc.tokens[c.first - 1];
    const opener = doc.tokens[c.first - 2];
    const next = doc.tokens[c.last + 1];
    // What may follow a title and not a clause's subject: a stop, a comma, a dash, "and".
    const closed =
      next === undefined || next.sentence !== noun?.sentence || next.pos === 'PUNCT' || /^(?:and|or)$/.test(next.text);
    return (
      noun !== undefined &&
      /^\p{Ll}/u.test(noun.text) &&
      opener !== undefined &&
      opener.sentence === noun.sentence &&
      ((NOUN_OPENERS.has(opener.pos) && !QUANTIFIERS.has(opener.text.toLowerCase())) ||
        OWNERS.has(opener.text.toLowerCase()) ||
        cues.works.has(opener.text)) &&
      closed
    );
  },
);

// Words before a quoted name that make it a person's or a part's name, not a title: "named her "North West"", "his
// role as "Brittany Pierce"", "nicknamed", "played", "voiced".
const NAMING_WORDS = new Set([
  'as',
  'named',
  'nicknamed',
  'dubbed',
  'called',
  'name',
  'plays',
  'played',
  'playing',
  'portrays',
  'portrayed',
  'portraying',
  'voices',
  'voiced',
  'voicing',
]);

/**
 * Rule "quoted-name-shaped-title": '"Helen Wheels" has done better in America than England' (celebrity-060legit),
 * 'he unleashed "Hotline Bling," which would quickly go on' (celebrity-193legit), 'get eyes on "Salvator Mundi," a
 * Leonardo da Vinci painting' (celebrity-159legit): two to four capitalised words opening on a given name, alone inside
 * quotation marks (a comma or a stop may close them inside), are a song's, a film's or a painting's title; a person's
 * name is not written in quotes. Not after a naming or playing word ('named her "North West"', 'his role as
 * "Brittany Pierce"'), nor a date ('"June Eighteen."').
 */
export const quotedNameShapedTitle = typesAs(
  'work',
  'quoted-name-shaped-title',
  (s) => firstNames.has(s.head) && quotedAlone(s),
);

/**
 * The same, where `person` would make a person of a name-shaped run ('he unleashed “Hotline Bling,” which would
 * quickly go on', celebrity-193legit): its first word is no listed given name, and no rule before typed it. Only
 * there: a quoted run no rule types ('"Happy Holidays."', 'the "First Amendment,"') stays no entity.
 */
export const quotedOverPerson = (person: TypingRule): TypingRule =>
  typesAs(
    'work',
    'quoted-name-shaped-title',
    (s) => quotedAlone(s) && person.test(s) && person.verdict(s)?.type === 'person',
  );

function quotedAlone({ doc, c, several, words, head }: Scene): boolean {
  if (!several || words.length > 4 || c.possessive || cues.calendar.has(head)) return false;
  const open = doc.tokens[c.first - 1];
  if (!open || !OPEN_QUOTES.has(open.text) || open.end !== c.start) return false;
  if (NAMING_WORDS.has(lower(doc, c.first - 2)) || NAMING_WORDS.has(lower(doc, c.first - 3))) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  // "Justin Bieber Asks 'Taylor Swift What Up' in Pic With Kanye West" (celebrity-074legit): a title-case headline
  // quotes words said, capitalised as every word of it is.
  if (titleCaseSentence(doc, at(doc.tokens, c.first).sentence)) return false;
  const next = doc.tokens[c.last + 1];
  const after = next && /^[.,]$/.test(next.text) && next.start === c.end ? doc.tokens[c.last + 2] : next;
  return (
    after !== undefined &&
    CLOSE_QUOTES.has(after.text) &&
    (after === next ? after.start === c.end : after.start === next?.end)
  );
}

const OWNERS = new Set(['her', 'his', 'their', 'its', 'my', 'our', 'your', "'s", '’s']);
const APPOSITION_ENDS = new Set([',', '.', '—', '–', '(', ';']);

/**
 * "Her most recent single, Car Wash, featuring Missy Elliott", "her upcoming album, Reputation, addresses", "whose
 * latest film, Cafe Society, arrived": a work noun owned or described, then a comma, names the work set off after it.
 * Not "After the show, Cyrus said": the noun needs an owner or an adjective, and the run a closing mark.
 */
// The words a work noun's phrase may hold before the noun: "the real-life drama", "new BBC One sitcom".
const PHRASE_WORDS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "will star in the real-life drama, Cherished", "will star in new BBC One sitcom, The World According to Bex"
 * (bbc-entertainment-214): the noun's phrase, read back from token `k` over its modifiers, opens on a determiner or an
 * owner, or on a lower-case adjective ("new").
 */
function determinedPhrase(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[k]?.sentence;
  let first = k;
  for (let steps = 0; steps < 5; steps++) {
    const t = tokens[first];
    if (!t || t.sentence !== sentence || !(PHRASE_WORDS.has(t.pos) || t.text === '-')) break;
    first--;
  }
  const opener = tokens[first];
  const head = tokens[first + 1];
  if (first === k) return false;
  return (
    (opener !== undefined &&
      opener.sentence === sentence &&
      (opener.pos === 'DET' || OWNERS.has(opener.text.toLowerCase()))) ||
    (head !== undefined &&
      /^\p{Ll}/u.test(head.text) &&
      head.text !== '-' &&
      (head.pos === 'ADJ' || head.text === 'new'))
  );
}

export const workNounApposition = typesAs('work', 'work-noun-apposition', ({ doc, c, before, head, text }) => {
  const noun = doc.tokens[c.first - 2];
  const owner = doc.tokens[c.first - 3];
  const close = c.possessive ? undefined : doc.tokens[c.last + 1];
  return (
    before === ',' &&
    noun !== undefined &&
    /^\p{Ll}/u.test(noun.text) &&
    cues.works.has(noun.text) &&
    owner !== undefined &&
    owner.sentence === noun.sentence &&
    (OWNERS.has(owner.text.toLowerCase()) || owner.pos === 'ADJ' || determinedPhrase(doc, c.first - 3)) &&
    close !== undefined &&
    APPOSITION_ENDS.has(close.text) &&
    !firstNames.has(head) &&
    !/\bTV$/.test(text)
  );
});

// The plural of a work noun that opens a list of titles ("Her hits include …", "television series such as …").
const LISTING_NOUNS = new Set([...[...cues.works].map((w) => `${w}s`), 'series', 'hits', 'films', 'movies']);
const LIST_JOINS = new Set([',', 'and', '&']);
const LIST_REACH = 80;

/**
 * "Her hits include What a Girl Wants, Dirrty and Beautiful", "12 UK hit singles, including Hot in Herre, Dilemma and
 * …", "television series such as TV Bloopers, Celebrity Boxing": every title of a list that a plural work noun opens
 * with "include", "including" or "such as". Walks back over the list's titles and joins to that cue.
 */
export const listedWork = typesAs('work', 'listed-work', ({ doc, c, head }) => {
  if (firstNames.has(head) || c.possessive) return false;
  const { tokens } = doc;
  const sentence = at(tokens, c.first).sentence;
  // "Songs like Sunday Bloody Sunday" (bbc 262): a run right after a capitalised word the scanner left out (a
  // weekday) is the tail of a title, not one of the list's.
  const previous = tokens[c.first - 1];
  if (previous?.sentence === sentence && cues.calendar.has(previous.text) && !sentenceInitial(doc, c.first - 1))
    return false;
  // A list of titles is a few dozen words: the walk stops there, or one long run of title-like words ("at 3 PM on
  // Saturday at 3 PM…") would be walked again for every name in it.
  const floor = Math.max(0, c.first - LIST_REACH);
  for (let k = c.first - 1; k > floor && at(tokens, k).sentence === sentence; k--) {
    const t = at(tokens, k).text;
    const w = t.toLowerCase();
    // "Songs like Sunday Bloody Sunday and New Year's Day brought success" (bbc-entertainment-262): "like" after a
    // plural work noun opens its list as "such as" does.
    const like = w === 'like' && LISTING_NOUNS.has(lower(doc, k - 1));
    if (
      w === 'include' ||
      w === 'includes' ||
      w === 'including' ||
      (w === 'as' && lower(doc, k - 1) === 'such') ||
      like
    ) {
      // "singles, including …": a comma may stand between the noun and the cue.
      let n = w === 'as' ? k - 2 : k - 1;
      if (doc.tokens[n]?.text === ',') n--;
      return LISTING_NOUNS.has(lower(doc, n));
    }
    // The list's joins and its titles' own words: capitalised, a number, a small word or a clitic ("It's Now or Never").
    const titleWord = /^[\p{Lu}\d]/u.test(t) || /^(?:of|the|a|an|in|on|or|to|at|for|with|is|['’]s|n['’]t)$/.test(w);
    if (!LIST_JOINS.has(t) && !titleWord) return false;
  }
  return false;
});

/** "his role in Closer", "starred in A Very Long Engagement", "appeared on Grease Is The Word". */
export const roleIn = typesAs(
  'work',
  'role-in',
  ({ doc, c, before, head, text }) =>
    ROLE_CUES.get(lower(doc, c.first - 2))?.has(before) === true &&
    !c.possessive &&
    !firstNames.has(head) &&
    !cues.calendar.has(head) &&
    !titles.has(head) &&
    !/\bTV$/.test(text),
);

/**
 * "The Last Samurai, starring Tom Cruise, was the biggest film" (bbc 046), "The All New Top of the Pops was fronted by"
 * (bbc 184): a run opening on a capitalised common word after "The" (scan.ts keeps it for that) is a title, at a
 * sentence start too, named with its "The"; not a listed band or stage name ("The Who" is no common-word run).
 */
export const theCommonWordTitle: TypingRule = {
  name: 'the-common-word-title',
  test: ({ doc, c, head }) => doc.tokens[c.first - 1]?.text === 'The' && cues.stopwords.has(head) && !c.phrase,
  // "The She Hate Me director urged students" (bbc 052): before a role noun the "The" is the role's.
  verdict: ({ doc, c, text, make }) => {
    let k = c.last + 1;
    while (k <= c.last + 3 && /^\p{Lu}/u.test(doc.tokens[k]?.text ?? '')) k++;
    return WORK_ROLES.has(lower(doc, k))
      ? make('work', 'the-common-word-title')
      : { ...make('work', 'the-common-word-title'), start: at(doc.tokens, c.first - 1).start, name: `The ${text}` };
  },
};

// What follows a film's title in a box-office or review sentence: "Closer, starring Jude Law and Julia Roberts".
const STARRING = new Set(['starring', 'co-starring']);
// Small words inside a title before its last capitalised run ("A Series of Unfortunate Events").
const STARRING_SMALL = new Set(['of', 'the', 'a', 'an', 'with', 'in', 'on', 'to', 'for', 'and']);

/**
 * "Closer, starring Jude Law and Julia Roberts" (bbc 035), "Controversial biopic Kinsey, starring Liam Neeson", "Joey,
 * starring former Friends actor Matt LeBlanc" (bbc 097): a name right before "starring" and the cast is a title;
 * not "Spike Lee, starring in seven Lee films" (a person's own "starring in", "as", "alongside"), nor a full name
 * opening on a given name.
 */
export const beforeStarring: TypingRule = {
  name: 'before-starring',
  test: ({ doc, c, several, head }) => {
    if (c.possessive || (several && firstNames.has(head))) return false;
    let k = c.last + 1;
    if (doc.tokens[k]?.text === ',') k++;
    const cue = doc.tokens[k];
    const next = doc.tokens[k + 1];
    return (
      cue !== undefined &&
      cue.sentence === at(doc.tokens, c.last).sentence &&
      STARRING.has(cue.text.toLowerCase()) &&
      next !== undefined &&
      !['in', 'as', 'alongside', 'opposite', 'with', 'on'].includes(next.text.toLowerCase())
    );
  },
  // "A Series of Unfortunate Events, starring Jim Carrey" (bbc 060), "The Aviator, starring Leonardo DiCaprio" (bbc
  // 076): the title reaches back over its capitalised and small words and its "The"; not over a genre word ("Comedy
  // Christmas with the Kranks", bbc 083) or another capitalised common word ("But").
  verdict: ({ doc, c, make }) => {
    const sentence = at(doc.tokens, c.first).sentence;
    let first = c.first;
    for (let k = c.first - 1; k >= 0 && c.first - k <= 8; k--) {
      const t = at(doc.tokens, k);
      if (t.sentence !== sentence) break;
      if (/^\p{Lu}/u.test(t.text)) first = k;
      else if (!STARRING_SMALL.has(t.text)) break;
    }
    const skip = (k: number): boolean => {
      const t = at(doc.tokens, k);
      return (
        !/^\p{Lu}/u.test(t.text) ||
        cues.works.has(t.text.toLowerCase()) ||
        (cues.stopwords.has(t.text) && !/^(?:The|A|An)$/.test(t.text))
      );
    };
    while (first < c.first && skip(first)) first++;
    if (first === c.first) return withThe(doc, c, make('work', 'before-starring'));
    const start = at(doc.tokens, first).start;
    return { ...make('work', 'before-starring'), start, name: doc.text.slice(start, c.end) };
  },
};

// Words of a prize before "for" ("the directing award for", "best TV comedy actress for"), within a few words.
const AWARD_WORDS = new Set([
  'award',
  'awards',
  'prize',
  'prizes',
  'oscar',
  'oscars',
  'bafta',
  'baftas',
  'emmy',
  'emmys',
  'grammy',
  'grammys',
  'globe',
  'nomination',
  'nominations',
  'nominated',
  'best',
  'trophy',
  'honour',
  'honor',
]);
// A prize's own category is no title ("the award for Best Actor", "nominated for Outstanding Drama").
const CATEGORY_WORDS = new Set([
  'Best',
  'Outstanding',
  'Most',
  'Favourite',
  'Favorite',
  'Actor',
  'Actress',
  'Director',
  'Album',
  'Song',
  'Single',
  'Newcomer',
  'Artist',
  'Act',
  'Picture',
  'Achievement',
  'Contribution',
  'Services',
  'Male',
  'Female',
]);

/**
 * "Morgan Spurlock earned the directing award for Super Size Me", "best TV comedy actress for Life Begins" (bbc 101,
 * 201): a name of several words after a prize's "for" is what the prize was for, a title; not a person's name opening
 * on a given name ("an award for Joss Stone"), a category ("for Best Actor"), a place, a body or a date.
 */
export const awardFor = typesAs('work', 'award-for', ({ doc, c, before, several, head, words, last }) => {
  if (before !== 'for' || !several || c.possessive || c.phrase) return false;
  if (firstNames.has(head) || titles.has(head) || cues.calendar.has(head)) return false;
  if (words.some((w) => CATEGORY_WORDS.has(w))) return false;
  if (cues.orgSuffixes.has(last) || cues.placeSuffixes.has(last) || cues.eventSuffixes.has(last)) return false;
  const forAt = c.first - 1;
  const sentence = at(doc.tokens, forAt).sentence;
  for (let k = forAt - 1; k >= Math.max(0, forAt - 6); k--) {
    const t = at(doc.tokens, k);
    if (t.sentence !== sentence || t.text === ',' || t.text === ';') return false;
    if (AWARD_WORDS.has(t.text.toLowerCase())) return true;
  }
  return false;
});

const NUMBER_TITLE = /^(?:\d{1,2}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen)$/;

/**
 * "Ocean's Eleven was directed by…", "displacing Ocean's 12": a possessive before a number is a title, not a person
 * named Ocean; "Kim's 3 kids", "Kim's Two Sons" (a noun or a capital after the number) are someone's.
 */
export const possessiveNumber: TypingRule = {
  name: 'possessive-number',
  test: ({ doc, c }) => {
    const number = doc.tokens[c.last + 2];
    const after = doc.tokens[c.last + 3];
    return (
      c.possessive &&
      number !== undefined &&
      number.sentence === at(doc.tokens, c.last).sentence &&
      NUMBER_TITLE.test(number.text) &&
      !(
        after !== undefined &&
        after.sentence === number.sentence &&
        (after.pos === 'NOUN' || /^\p{Lu}/u.test(after.text))
      )
    );
  },
  verdict: ({ doc, c, make }) => {
    const end = at(doc.tokens, c.last + 2).end;
    return { ...make('work', 'possessive-number'), end, name: doc.text.slice(c.start, end) };
  },
};

// A place in a chart: "number one", "at 20", "at four".
const CHART_NUMBER =
  /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty)$/i;

/** True when tokens from `k` on read "at number four" or "at 4" (`dir` 1), or end so at `k` (`dir` -1). */
function chartPlace(doc: Doc, k: number, dir: 1 | -1): boolean {
  const word = (j: number): string => lower(doc, k + dir * j);
  if (dir === 1) {
    const n = word(1) === 'number' ? 2 : 1;
    // "with Aronofsky at one point holding …" (celebrity-027legit): a number before a noun counts it.
    const after = doc.tokens[k + n + 1];
    return word(0) === 'at' && CHART_NUMBER.test(word(n)) && !(after?.pos === 'NOUN' && /^\p{Ll}/u.test(after.text));
  }
  return (
    CHART_NUMBER.test(word(0)) && (/^(?:at|to)$/.test(word(1)) || (word(1) === 'number' && /^(?:at|to)$/.test(word(2))))
  );
}

/**
 * "the Scissor Sisters went straight in at number five with Filthy/Gorgeous", "Erasure entered the chart at four with
 * Breathe", "Dana Rayne with Object of My Desire at seven" (bbc-entertainment-234): in a chart sentence, what an act is
 * placed "with" is its record. Not a given name ("at number one with Kylie").
 */
export const chartWith = typesAs(
  'work',
  'chart-with',
  ({ doc, c, before, head }) =>
    before === 'with' &&
    !c.possessive &&
    !firstNames.has(head) &&
    (chartPlace(doc, c.first - 2, -1) || chartPlace(doc, titleEnd(doc, c.last, 'chart-with') + 1, 1)),
);

/** "Airport (1968)": a run before a bracketed year is a film or book. */
export const yearTitle = typesAs('work', 'year-title', ({ doc, c }) => beforeYear(doc, c.last));

/**
 * 'her "Malibu" music video' (celebrity-130fake), 'the "Friends" reunion special': a name in quotes before a work noun
 * (or a lower-case word and one) is that work's title, though a lexicon lists it as a place or a person.
 */
export const quotedBeforeWorkNoun = typesAs('work', 'quoted-before-work-noun', ({ doc, c }) => {
  const close = doc.tokens[c.last + 1];
  const open = doc.tokens[c.first - 1];
  if (!open || !close || !OPEN_QUOTES.has(open.text) || !CLOSE_QUOTES.has(close.text) || c.possessive) return false;
  if (close.start !== at(doc.tokens, c.last).end || open.end !== c.start) return false;
  const next = doc.tokens[c.last + 2];
  const nextTwo = doc.tokens[c.last + 3];
  if (!next || next.sentence !== close.sentence || !/^\p{Ll}/u.test(next.text)) return false;
  return cues.works.has(next.text) || (nextTwo?.sentence === next.sentence && cues.works.has(nextTwo.text));
});

/** A quoted run that opens with no given name; 'the "Mean Girls" actress': the title belongs to the epithet. */
/**
 * A closing mark right after token `last`, or after the full stop, comma or question mark American style keeps inside
 * it: "the psychological thriller, 'Underwater.'", "Kristen's new role in 'Underwater?'" (celebrity-010fake).
 */
function closedAfter(doc: Doc, first: number, last: number): boolean {
  const next = doc.tokens[last + 1];
  if (CLOSE_QUOTES.has(next?.text ?? '')) return true;
  const mark = doc.tokens[last + 2];
  // A word or two quoted with its own stop is as often a cry ('"Noooo," she says', '“Gorgeous!”'): only a work noun
  // or a role before it makes a title.
  if (!workFrameBefore(doc, first)) return false;
  return (
    next !== undefined &&
    mark !== undefined &&
    /^[.,?!]$/.test(next.text) &&
    next.start === at(doc.tokens, last).end &&
    mark.start === next.end &&
    CLOSE_QUOTES.has(mark.text)
  );
}

/** "the psychological thriller, 'Underwater.'", "her new role in 'Underwater?'": before the quotation opening at `first`. */
function workFrameBefore(doc: Doc, first: number): boolean {
  let k = first - 2;
  if (doc.tokens[k]?.text === ',') k--;
  const word = lower(doc, k);
  return cues.works.has(word) || (word === 'in' && ROLE_CUES.has(lower(doc, k - 1)));
}

export const quotedTitle: TypingRule = {
  name: 'quoted-title',
  test: ({ doc, c, head }) =>
    OPEN_QUOTES.has(doc.tokens[c.first - 1]?.text ?? '') && closedAfter(doc, c.first, c.last) && !firstNames.has(head),
  verdict: ({ doc, c, make }) => (epithetHeads.has(lower(doc, c.last + 2)) ? null : make('work', 'quoted-title')),
};

// Roles a screen or stage work gives its people; not "singer" or "frontman", whose modifier is as often a band.
export const WORK_ROLES: ReadonlySet<string> = new Set([
  'actor',
  'actress',
  'star',
  'co-star',
  'director',
  'creator',
  'writer',
  'co-writer',
  'producer',
  'presenter',
  'host',
]);

/**
 * "Others thought to be in the running include Star Wars actor Ewan McGregor … Colin Farrell, Jude Law and Troy star
 * Eric Bana" (bbc 333), "while 21 Grams actress Naomi Watts plays…" (bbc 101), "over The Office creator Ricky
 * Gervais" (bbc 201): a run before a screen role and a person's name is the work they are known for. Not a given name
 * ("Tom Cruise"), a demonym ("British actor"), a sentence's first word, nor a word the article writes in lower case
 * ("Pop star"); the lexicons' places and awards were taken before ("Hollywood star", "Oscar winner").
 */
export const workBeforeRole: TypingRule = {
  name: 'work-before-role',
  test: ({ doc, c, words, after, head }) => {
    const name = doc.tokens[c.last + 2];
    const lower = lowerWords(doc);
    return (
      !c.possessive &&
      WORK_ROLES.has(after) &&
      name !== undefined &&
      name.sentence === at(doc.tokens, c.last).sentence &&
      givenName(doc, name.text) &&
      !cues.demonyms.has(head) &&
      !titles.has(head) &&
      !(sentenceInitial(doc, c.first) && doc.tokens[c.first - 1]?.text !== 'The') &&
      // "Star Wars" keeps a word written in lower case elsewhere ("Australian star"); one word alone may not.
      (words.length > 1 || !lower.has(head.toLowerCase())) &&
      // "TV star", "R&B star", "MSNBC host", "A-list star": a genre, a medium or a channel, not a title.
      words.some((w) => /\p{Ll}/u.test(w)) &&
      !words.some((w) => /-\p{Ll}/u.test(w))
    );
  },
  // "Touching the Void director Kevin McDonald" (bbc 331), "21 Grams actress Naomi Watts" (bbc 101): the title reaches
  // back over its small words and numbers.
  verdict: ({ doc, c, make }) => {
    let first = titleStart(doc, c.first);
    // "And Jurassic World star Bryce Dallas Howard" (celebrity-016legit): a sentence's conjunction opens no title.
    while (first < c.first && cues.stopwords.has(at(doc.tokens, first).text)) first++;
    // "Only Fools and Horses star David Jason" (bbc 311): a title cut at its "and" is left alone rather than halved;
    // "Jude Law and Troy star Eric Bana" (bbc 333) ends a list, whose comma comes before.
    const joint = doc.tokens[first - 1];
    const before = doc.tokens[first - 2];
    if (
      (joint?.text === 'and' || joint?.text === '&') &&
      before !== undefined &&
      /^\p{Lu}/u.test(before.text) &&
      !doc.tokens.slice(Math.max(0, first - 6), first - 2).some((t) => t.text === ',')
    )
      return null;
    if (first === c.first) return withThe(doc, c, make('work', 'work-before-role'));
    const start = at(doc.tokens, first).start;
    return { ...make('work', 'work-before-role'), start, name: doc.text.slice(start, c.end) };
  },
};

// Closed-class words a title capitalises and a name never opens with: "Citizens Against Crime", "A Very Long
// Engagement", "Hey Joe", "Strictly Come Dancing", "Being Julia". Not "The" (capital-the reads it), nor a clause's
// opening word after a quote or a colon ('"Is Kim Kardashian…', 'But The Office'): auxiliaries and conjunctions are out.
const TITLE_GLUE_POS = new Set(['ADP', 'ADV', 'DET', 'INTJ', 'VERB', 'PART']);
const glueWord = (t: Token): boolean =>
  /^\p{Lu}\p{Ll}*$/u.test(t.text) && t.text !== 'The' && (TITLE_GLUE_POS.has(t.pos) || t.text === 'Being');

/** The first token of the capitalised stretch that ends right before `first`, in its sentence, or null. */
function capitalisedGlueStart(doc: Doc, first: number): number | null {
  const glue = doc.tokens[first - 1];
  const run = at(doc.tokens, first);
  if (!glue || glue.sentence !== run.sentence || glue.end + 1 !== run.start || !glueWord(glue)) return null;
  if (/^I\b/.test(run.text) || titleCaseSentence(doc, run.sentence)) return null;
  // The stretch grows over glue words and capitalised words, never onto a sentence's first word ("Comedy Meet The
  // Fockers") nor past a word joined by a hyphen ("Wind-Up Records").
  let start = first - 1;
  for (;;) {
    const t = doc.tokens[start - 1];
    const next = at(doc.tokens, start);
    if (!t || t.sentence !== run.sentence || t.end + 1 !== next.start || !/^\p{Lu}/u.test(t.text)) break;
    // "A Very Long Engagement, a World War I drama, won five Cesar awards": an opening "A" is the title's.
    if (sentenceInitial(doc, start - 1) && !/^An?$/.test(t.text)) break;
    start--;
  }
  const opening = doc.tokens[start - 1];
  const openingA = start < first - 1 && /^An?$/.test(at(doc.tokens, start).text);
  if ((sentenceInitial(doc, start) && !openingA) || (opening && opening.end === at(doc.tokens, start).start))
    return null;
  if (opening && opening.sentence === run.sentence && /^[“"‘'(:—–-]$/.test(opening.text)) return null;
  return start;
}

/**
 * "while A Very Long Engagement won best foreign film" (bbc 030), "first single Hey Joe" (bbc 270), "the British
 * television series Strictly Come Dancing" (celebrity-031fake): mid-sentence, a capitalised preposition, adverb,
 * article or interjection the scanner left out glues the run to a title, which a name never is. The run grows back
 * over it and is a work; but "local group Victims and Citizens Against Crime said" (bbc 279) names a body, the words
 * before it joined by "and" or after a body's noun: no entity rather than a person "Crime".
 */
export const capitalisedGlueBefore: TypingRule = {
  name: 'capitalised-glue-before',
  test: ({ doc, c }) => capitalisedGlueStart(doc, c.first) !== null,
  verdict: ({ doc, c, make }) => {
    const start = must(capitalisedGlueStart(doc, c.first), 'the test above found the stretch');
    const before = doc.tokens[start - 1];
    const body =
      (before !== undefined && /^(?:and|&|of)$/.test(before.text)) ||
      cues.orgNouns.has(lower(doc, start - 1)) ||
      lower(doc, start - 1) === 'group';
    if (body) return null;
    const first = at(doc.tokens, start);
    // "royalty payments group the Performing Right Society" (bbc-entertainment-234): a body's word ends it, and the
    // glued word opens the body's name, not a title's.
    if (cues.orgSuffixes.has(doc.tokens[c.last]?.text ?? ''))
      return {
        ...make('organization', 'capitalised-glue-body'),
        start: first.start,
        name: doc.text.slice(first.start, c.end),
      };
    return { ...make('work', 'capitalised-glue-before'), start: first.start, name: doc.text.slice(first.start, c.end) };
  },
};

const GERUND_BRIDGES = new Set(['with', 'in', 'of', 'on', 'for']);

/**
 * "Usher has allegedly been cast on the upcoming season of Dancing With the Stars" (celebrity-031fake), "the 400th
 * episode of Dancing with the Stars" (031legit), "Singing in the Rain", "The Killing of a Sacred Deer": mid-sentence,
 * a capitalised word in -ing (tagged a verb or a proper noun) before a small word and a capitalised word opens a title (the title grows over the small
 * words, titles.ts). Not a given name, nor "Fielding from The…" (no such small word), nor "According to People".
 */
export const gerundTitle: TypingRule = {
  name: 'gerund-title',
  test: (s) => gerundTitleEnd(s) !== null,
  verdict: (s) => {
    const end = at(s.doc.tokens, must(gerundTitleEnd(s), 'the test above found the title')).end;
    return { ...s.make('work', 'gerund-title'), end, name: s.doc.text.slice(s.c.start, end) };
  },
};

/** The last token of the title a capitalised word in -ing opens, or null. */
function gerundTitleEnd({ doc, c, several, head }: Scene): number | null {
  const word = at(doc.tokens, c.first);
  if (several || c.possessive || !/^\p{Lu}\p{Ll}+ing$/u.test(head) || head === 'According') return null;
  if (firstNames.has(head) || sentenceInitial(doc, c.first)) return null;
  const previous = doc.tokens[c.first - 1];
  // "Fear and Loathing in Las Vegas": after "and" the title began earlier.
  if (!previous || !/^[\p{Ll},]/u.test(previous.text) || /^(?:and|or)$/.test(previous.text)) return null;
  let k = c.last + 1;
  if (!GERUND_BRIDGES.has(lower(doc, k))) return null;
  k++;
  if (/^(?:the|a|an)$/i.test(doc.tokens[k]?.text ?? '')) k++;
  const capitalised = (t: Token | undefined): boolean => t?.sentence === word.sentence && /^\p{Lu}/u.test(t.text);
  if (!capitalised(doc.tokens[k])) return null;
  while (capitalised(doc.tokens[k + 1]) && doc.tokens[k + 1]?.pos === 'PROPN') k++;
  return k;
}

// A broadcaster's name, or its channel's ("BBC One", "ITV1", "Channel 4"), and its possessive, right before a run.
const WORDS_OWNING = /((?:[\p{L}\p{N}]+ ){0,2}[\p{L}\p{N}]+)['’]s\s+$/u;
const CHANNEL_WORD = new RegExp(String.raw`^${CHANNEL}$`, 'u');

/** True when the text before `start` ends in a broadcaster's or its channel's possessive ("the BBC's", "BBC One's"). */
function broadcasterOwns(doc: Doc, start: number): boolean {
  const words = WORDS_OWNING.exec(doc.text.slice(Math.max(0, start - 40), start))?.[1]?.split(' ') ?? [];
  const last = words[words.length - 1] ?? '';
  const two = words.slice(-2).join(' ');
  const owner = words[words.length - 2] ?? '';
  return (
    broadcasterNames.has(last) || broadcasterNames.has(two) || (broadcasterNames.has(owner) && CHANNEL_WORD.test(last))
  );
}

/**
 * "Plans to create a US soap based on the BBC's EastEnders" (bbc-entertainment-170), "Ross, who is the presenter of
 * BBC One's Film 2005" (bbc 331): what a broadcaster owns, named right after its possessive, is its programme. Not a
 * person ("HBO's Bill Simmons": a given name, a title), a day ("ITV1's Saturday morning"), a demonym, a role before
 * a name ("the BBC's Controller Jane Root"), a building ("ITV's London Studios headquarters", bbc 201), nor a
 * correspondent who speaks ("The BBC's Zubair Ahmed in Mumbai says", bbc 085).
 */
function broadcasterProgrammeTest({ doc, c, head, last, words }: Scene): boolean {
  if (!POSSESSIVE_TOKENS.has(doc.tokens[c.first - 1]?.text ?? '') || !broadcasterOwns(doc, c.start)) return false;
  let k = c.last + 1;
  while (doc.tokens[k]?.pos === 'ADJ' && /^\p{Ll}/u.test(doc.tokens[k]?.text ?? '')) k++;
  const noun = doc.tokens[k];
  const next = doc.tokens[c.last + 1];
  // "ITV's London Studios headquarters", "the BBC's Freeview digital service" (bbc 202): a body's or a place's word, or
  // a noun the run modifies, is no programme's.
  const body = cues.orgSuffixes.has(last) || cues.placeSuffixes.has(last) || cues.eventSuffixes.has(last);
  const modifies = noun?.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text) && !cues.works.has(noun.text);
  // "The BBC's Zubair Ahmed in Mumbai says": a name that speaks is the broadcaster's correspondent.
  const sentence = at(doc.tokens, c.last).sentence;
  const speaks = doc.tokens
    .slice(c.last + 1, c.last + 5)
    .some((t) => t.sentence === sentence && cues.speech.has(t.text.toLowerCase()));
  return (
    !body &&
    !modifies &&
    !speaks &&
    !c.phrase &&
    !c.possessive &&
    !firstNames.has(head) &&
    // "Here's ABC's Ned Potter" (TimeBank ABC19980304.1830.1636): a given name the names package knows and a surname.
    !(words.length === 2 && givenName(doc, head)) &&
    !titles.has(head) &&
    !cues.calendar.has(head) &&
    !cues.demonyms.has(head) &&
    !(next !== undefined && next.sentence === sentence && givenName(doc, next.text))
  );
}

export const broadcasterProgramme: TypingRule = {
  name: 'broadcaster-programme',
  test: broadcasterProgrammeTest,
  // "BBC One's Film 2005" (bbc 331): a programme named for its year ends in it.
  verdict: ({ doc, c, make }) => {
    const year = doc.tokens[c.last + 1];
    if (!year || !/^(?:19|20)\d\d$/.test(year.text) || year.start !== c.end + 1)
      return make('work', 'broadcaster-programme');
    return { ...make('work', 'broadcaster-programme'), end: year.end, name: doc.text.slice(c.start, year.end) };
  },
};
