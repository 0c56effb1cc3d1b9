import type { Doc } from '../doc.ts';
import type { Entity, Mention } from '../types.ts';
import { classify, NAME_AS_MODIFIER, type Evidence, type Typed } from './classify.ts';
import { lowerWords, scan, sentenceInitial, type Candidate } from './scan.ts';
import { joinDuos } from './duos.ts';
import { joinWorkPairs } from './works.ts';
import { typeLists } from './lists.ts';
import { cues, firstNames, genderOf, phrasesByPrefix } from '../names/index.ts';
import { titleEnd } from './titles.ts';
import { quotedNicknames } from './nicknames.ts';
import { VENUES } from './venues.ts';
import { BRANDS } from './brands.ts';
import { retypeNamedLikePeople } from './named-like-people.ts';
import { at } from '../../invariant/index.ts';
import { isIgnored } from '../doc.ts';
import { escapeRegExp } from '../text/index.ts';

/**
 * Named entities, one per distinct name and type, each with its name mentions in text order.
 * Short forms ("Tom" beside "Tom Cruise") are still separate here: coreference joins them.
 * @example findEntities(doc).find((e) => e.name === 'Daily Mail') // {type: 'outlet', …}
 */
export function findEntities(doc: Doc): Entity[] {
  const candidates = joinWorkPairs(doc, joinDuos(doc, scan(doc)));
  const evidence = gather(doc, candidates);
  const byKey = new Map<string, Entity>();
  // A title grown over small words covers the runs after it ("Prince" … "Thieves").
  let covered = 0;
  const untyped: Candidate[] = [];
  const typings = candidates.map((c) => classify(doc, c, evidence));
  // Before titles grow: a list's members are the runs as scanned ("Finding Nemo and The Lord of the Rings").
  typeLists(doc, candidates, typings);
  for (const [k, candidate] of candidates.entries()) {
    if (candidate.start < covered) continue;
    const typed = typings[k] ?? null;
    if (!typed) {
      untyped.push(candidate);
      continue;
    }
    if (typed.type === 'person') unglue(doc, candidate, typed);
    let possessive = candidate.possessive;
    // "Ocean's Eleven": a rule that typed past the run's possessive named the whole of it.
    if (typed.end > candidate.end) {
      possessive = false;
      covered = typed.end;
    }
    if (typed.type === 'work' && !candidate.title && !candidate.phrase) {
      const end = at(doc.tokens, titleEnd(doc, candidate.last, typed.rule)).end;
      if (end > typed.end) {
        typed.end = end;
        typed.name = doc.text.slice(typed.start, end);
        possessive = false;
        covered = end;
      }
    }
    add(byKey, typed, doc.text.slice(typed.start, typed.end), possessive);
  }
  sameBandEverywhere(doc, byKey, untyped);
  const entities = [...byKey.values()].filter((e) => e.mentions.some((m) => m.rule !== NAME_AS_MODIFIER));
  // Venues and brands named like people ("seen leaving Giorgio Baldi", "fashion shows for Lanyu and Ralph Lauren").
  return quotedNicknames(
    doc,
    retypeNamedLikePeople(
      doc,
      charactersNotPeople(
        doc,
        titleWordsNotPeople(
          trimHeadlineWords(
            groupsOverPeople(
              worksOverGivenNames(stageNamesOverWorks(sameTitleEverywhere(doc, capitalsOverCase(entities)))),
            ),
          ),
        ),
      ),
      [VENUES, BRANDS],
    ),
  );
}

// Speed (issue 14): building and running a case-blind pattern per title was 5% of extraction, and most titles stand
// only where they were named. Lowering A–Z alone keeps every offset; outside 'ſ' and the Kelvin sign (which the
// pattern's case folding reads as s and k) no other character folds to ASCII, so for an ASCII title the pattern can
// match only where its lowered text stands in the lowered article.
const asciiLower = (s: string): string => s.replace(/[A-Z]+/g, (c) => c.toLowerCase());
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

// The title pattern's edges on their own, read at one place (sticky): no letter, digit, apostrophe or hyphen before it,
// no letter, digit or hyphen after it; case-blind as the whole pattern is.
const WORD_BEFORE = /(?<=[\p{L}\p{N}'’-])/iuy;
const WORD_AFTER = /[\p{L}\p{N}-]/iuy;
const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Where each lowered word starts in the lowered article: a letter or digit with no letter, digit, apostrophe or hyphen
 * before it, keyed by its run of letters and digits. Speed (issue 14): a title can stand only at such a place, where its
 * own first run stands; looking each title up here replaced an indexOf over the whole text per title, which made
 * sameTitleEverywhere quadratic on long articles (a 2 MB article: 1.2 s of its 2.2 s).
 */
function wordStarts(text: string, lower: string): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  for (const m of lower.matchAll(/[\p{L}\p{N}]+/gu)) {
    WORD_BEFORE.lastIndex = m.index;
    if (WORD_BEFORE.test(text)) continue;
    const list = starts.get(m[0]);
    if (list) list.push(m.index);
    else starts.set(m[0], [m.index]);
  }
  return starts;
}

/**
 * The runs of letters and digits of a lowered title that start a word wherever the title stands (wordStarts): its first,
 * and each after a character other than a letter, digit, apostrophe or hyphen; with their offsets in the title.
 */
function titleRuns(title: string): Array<{ run: string; offset: number }> {
  const out: Array<{ run: string; offset: number }> = [];
  for (const m of title.matchAll(/[\p{L}\p{N}]+/gu))
    if (m.index === 0 || !/[\p{L}\p{N}'’-]/u.test(title.charAt(m.index - 1))) out.push({ run: m[0], offset: m.index });
  return out;
}

/**
 * Where the title stands in the text as `(?<![\p{L}\p{N}'’-])title(?![\p{L}\p{N}-])` (case-blind, global) finds it.
 * Speed (issue 14): an ASCII title can stand only where its lowered text stands in the lowered article (see above), and
 * only where each of its word-starting runs (titleRuns) starts a word, so the places of its rarest one alone are tested,
 * its edges read there, instead of running a lookbehind-led pattern over every position of the text. Its first run was
 * the one looked up before, and "The Game" or "The Bravery" then tested every "the" of the article: quadratic in a
 * long one (a 5 MB article: 0.8 of 1.4 s here). The places ascend and a match moves past its own end, as the global
 * pattern's does: the same matches.
 */
function titlePlaces(
  text: string,
  lower: { text: string; starts: Map<string, number[]> } | null,
  name: string,
): Array<{ index: number; text: string }> {
  if (lower === null || !/^[\x20-\x7e]+$/.test(name) || !ALNUM.test(name.charAt(0))) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}'’-])${escapeRegExp(name)}(?![\\p{L}\\p{N}-])`, 'giu');
    return [...text.matchAll(pattern)].map((m) => ({ index: m.index, text: m[0] }));
  }
  const title = asciiLower(name);
  const placesOf = (run: string) => lower.starts.get(run) ?? [];
  const rarest = titleRuns(title).reduce((a, b) => (placesOf(b.run).length < placesOf(a.run).length ? b : a));
  const out: Array<{ index: number; text: string }> = [];
  let from = 0;
  for (const wordAt of placesOf(rarest.run)) {
    const place = wordAt - rarest.offset;
    const end = place + title.length;
    if (place < from || !lower.text.startsWith(title, place)) continue;
    // Its first run starts a word there too.
    WORD_BEFORE.lastIndex = place;
    if (WORD_BEFORE.test(text)) continue;
    WORD_AFTER.lastIndex = end;
    if (WORD_AFTER.test(text)) continue;
    out.push({ index: place, text: text.slice(place, end) });
    from = end;
  }
  return out;
}

/**
 * Every entity's mentions by where they start, for the mentions overlapping a span. Speed (issue 14): filtering every
 * entity's mentions at each place a title stands was quadratic on long articles. Mentions taken away are marked gone
 * rather than removed; a title's new mentions are added.
 */
class MentionIndex {
  private readonly byStart = new Map<number, Array<{ e: Entity; x: Mention }>>();
  private readonly gone = new Set<Mention>();
  private longest = 0;

  constructor(entities: readonly Entity[]) {
    for (const e of entities) for (const x of e.mentions) this.add(e, x);
  }

  add(e: Entity, x: Mention): void {
    const list = this.byStart.get(x.start);
    if (list) list.push({ e, x });
    else this.byStart.set(x.start, [{ e, x }]);
    this.longest = Math.max(this.longest, x.end - x.start);
  }

  remove(x: Mention): void {
    this.gone.add(x);
  }

  /** The mentions still held overlapping [start, end): they start less than the longest mention before it. */
  overlapping(start: number, end: number): Array<{ e: Entity; x: Mention }> {
    const out: Array<{ e: Entity; x: Mention }> = [];
    for (let p = Math.max(0, start - this.longest); p < end; p++)
      for (const hit of this.byStart.get(p) ?? []) if (hit.x.end > start && !this.gone.has(hit.x)) out.push(hit);
    return out;
  }
}

/**
 * "the film Independence Day … Independence Day made millions" (bbc-entertainment-063), "Dancing with the Stars is a
 * hit … the upcoming season of Dancing With the Stars": a title of several words typed once is that work wherever the
 * same words stand, capitalised, in the article, whatever the scanner or another rule made of them there (a sentence
 * start, an event word, a place word inside it). Not over a person named by a given name ("Erin Brockovich said"),
 * not inside a longer name, not in debris.
 */
function sameTitleEverywhere(doc: Doc, entities: Entity[]): Entity[] {
  const lowerCase = lowerWords(doc);
  // "the BBC's EastEnders … At home, EastEnders has been facing" (bbc-entertainment-170): a title of one word, which the
  // article never writes in lower case and which is no given name or function word, is the work wherever no other
  // name stands on it.
  // Not a word of another name: "Styles" after "Harry Styles" is his surname wherever it stands. How many names hold
  // each word, counted once (speed, issue 14: a set of every other name's words per one-word title was quadratic).
  const namesWith = new Map<string, number>();
  for (const o of entities)
    for (const word of new Set(o.name.split(/\s+/))) namesWith.set(word, (namesWith.get(word) ?? 0) + 1);
  const otherNameHas = (e: Entity): boolean => (namesWith.get(e.name) ?? 0) > 1;
  const oneWord = (e: Entity): boolean =>
    !/\s/.test(e.name) &&
    !lowerCase.has(e.name.toLowerCase()) &&
    !firstNames.has(e.name) &&
    !cues.stopwords.has(e.name) &&
    !cues.demonyms.has(e.name) &&
    // A word in quotes alone is as often a scare-quoted word ('"Swifties"', '"Jazz"') as a title.
    e.rule !== 'quoted-title' &&
    !otherNameHas(e);
  const works = entities.filter(
    (e) => e.type === 'work' && /^\p{Lu}/u.test(e.name) && (/\s/.test(e.name) || oneWord(e)),
  );
  if (works.length === 0) return entities;
  const emptied = new Set<Entity>();
  const lowerText = FOLDS_TO_ASCII.test(doc.text) ? null : asciiLower(doc.text);
  const lower = lowerText === null ? null : { text: lowerText, starts: wordStarts(doc.text, lowerText) };
  const held = new MentionIndex(entities);
  // Longest first: "Harry Potter and the Goblet of Fire" before "Harry Potter".
  for (const work of works.sort((a, b) => b.name.length - a.name.length)) {
    const lastWord = work.name.split(/\s+/).at(-1) ?? '';
    // The work's own mentions in order of start: the places ascend, so one sweep keeping the furthest end of those
    // begun before a place's end tells whether one overlaps it (the mentions added below lie before later places).
    const own = [...work.mentions].sort((a, b) => a.start - b.start);
    let k = 0;
    let furthest = -1;
    for (const m of titlePlaces(doc.text, lower, work.name)) {
      const start = m.index;
      const end = start + m.text.length;
      const found = m.text;
      while (k < own.length && at(own, k).start < end) furthest = Math.max(furthest, at(own, k++).end);
      const lastFound = found.split(/\s+/).at(-1) ?? '';
      if (!/^\p{Lu}/u.test(found) || (/^\p{Lu}/u.test(lastWord) && !/^\p{Lu}/u.test(lastFound))) continue;
      if (furthest > start) continue;
      if (isIgnored(doc, start, end)) continue;
      const overlapping = held.overlapping(start, end).filter(({ e }) => e !== work && !emptied.has(e));
      // Another name reaches past the title ("the Independence Day Parade"; "Moving Castle" is inside it, and goes),
      // a person's or a band's name is the same words ("rapper The Game", bbc 282; "The Bravery", bbc 142), or a list
      // names a place or an outlet so ("the album Hyde Park").
      const blocked = overlapping.some(
        ({ e, x }) =>
          x.start < start ||
          x.end > end ||
          (e.type === 'person' && (firstNames.has(e.name.split(/\s+/)[0] ?? '') || e.name.startsWith('The '))) ||
          e.type === 'group' ||
          x.rule.startsWith('lexicon') ||
          (e.type === 'work' && e.name.length > work.name.length),
      );
      // A one-word title spreads only where it stands alone: not onto a name no rule took, nor into a longer run ("the
      // Carry On films", "author J.R.R. Tolkien … the biopic Tolkien").
      const previous = /(\S+)\s+$/u.exec(doc.text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
      const alone =
        /\s/.test(work.name) ||
        (overlapping.length === 0 &&
          !/^\s+\p{Lu}/u.test(doc.text.slice(end, end + 3)) &&
          !(/^\p{Lu}/u.test(previous) && previous !== 'The'));
      if (blocked || !alone) continue;
      for (const { e, x } of overlapping) {
        e.mentions = e.mentions.filter((y) => y !== x);
        held.remove(x);
        if (e.mentions.length === 0) emptied.add(e);
      }
      const possessive = /^['’]s?\b/u.test(doc.text.slice(end, end + 2));
      const mention: Mention = {
        text: found,
        start,
        end,
        kind: possessive ? 'possessive' : 'name',
        rule: 'same-title',
      };
      work.mentions.push(mention);
      held.add(work, mention);
    }
    work.mentions.sort((a, b) => a.start - b.start);
  }
  return entities.filter((e) => !emptied.has(e));
}

// "There are reports that Taylor Swiftis trying to rekindle…": a name glued to the "is" before a verb in -ing.
const GLUED_IS = /^(\p{Lu}\p{Ll}{2,})is$/u;

// Rule "glued-and": "Jamie Foxxand Katie Holmes have hit the Big Apple" (celebrity-138legit): a surname glued to the
// "and" before the next name; the article writes the surname alone elsewhere ("Foxx was focused on").
const GLUED_AND = /^(\p{Lu}\p{Ll}+)and$/u;

/** Cuts a glued "is" or "and" off a person's name: the name ends at the surname ("Taylor Swift"). */
function unglue(doc: Doc, c: Candidate, typed: Typed): void {
  const last = at(doc.tokens, c.last);
  if (ungluedAnd(doc, c, typed)) return;
  const stem = GLUED_IS.exec(last.text)?.[1];
  const next = doc.tokens[c.last + 1];
  if (!stem || c.possessive || typed.end !== last.end || !next || !/^\p{Ll}+ing$/u.test(next.text)) return;
  // "Jamie Lee Curtis", "Travis": a name that ends in "is" is known to the names lists.
  if (c.last === c.first || genderOf(last.text) !== null || firstNames.has(last.text)) return;
  typed.end = last.start + stem.length;
  typed.name = doc.text.slice(typed.start, typed.end);
}

/** "Foxxand Katie": the stem stands alone in the article, a given name follows, and no names list knows the word. */
function ungluedAnd(doc: Doc, c: Candidate, typed: Typed): boolean {
  const last = at(doc.tokens, c.last);
  const stem = GLUED_AND.exec(last.text)?.[1];
  const next = doc.tokens[c.last + 1];
  if (!stem || c.possessive || c.last === c.first || typed.end !== last.end || !next) return false;
  if (!firstNames.has(next.text) || next.sentence !== last.sentence) return false;
  if (genderOf(last.text) !== null || firstNames.has(last.text)) return false;
  if (!doc.tokens.some((t) => t.text === stem)) return false;
  typed.end = last.start + stem.length;
  typed.name = doc.text.slice(typed.start, typed.end);
  return true;
}

/**
 * "rock band Queen are to go on tour … Queen went to number one in 2000": a band once typed by the words around it is
 * that band wherever the same word stands alone and nothing else typed it (a title word, a sentence start).
 */
function sameBandEverywhere(doc: Doc, byKey: Map<string, Entity>, untyped: Candidate[]): void {
  const bands = new Map([...byKey.values()].filter((e) => e.type === 'group').map((e) => [e.name, e]));
  if (bands.size === 0) return;
  for (const c of untyped) {
    const text = doc.text.slice(c.start, c.end);
    const band = bands.get(text);
    if (!band || band.mentions.some((m) => m.start === c.start)) continue;
    // "Muse played on Friday": a band's name that is also a common word opening a sentence is left to the word.
    if (
      sentenceInitial(doc, c.first) &&
      phrasesByPrefix.get(text.slice(0, 2))?.some((p) => p.ambiguous && p.phrase === text)
    )
      continue;
    band.mentions.push({
      text,
      start: c.start,
      end: c.end,
      kind: c.possessive ? 'possessive' : 'name',
      rule: 'same-band',
    });
  }
  for (const band of bands.values()) band.mentions.sort((a, b) => a.start - b.start);
}

/** Entities of type `from` named like a `keep` entity are that entity: their mentions join it. */
function foldByName(entities: Entity[], keep: (e: Entity) => boolean, from: Entity['type']): Entity[] {
  const kept = new Map(entities.filter(keep).map((e) => [e.name, e]));
  if (kept.size === 0) return entities;
  return entities.filter((e) => {
    const into = e.type === from ? kept.get(e.name) : undefined;
    if (!into) return true;
    into.mentions.push(...e.mentions);
    into.mentions.sort((a, b) => a.start - b.start);
    return false;
  });
}

/**
 * "her new movie CAKE" beside "Cake premiered" (celebrity-120legit), "First Lady MICHELLE OBAMA" beside "Michelle
 * Obama": a name written in capitals is the same name of the same type written in any case; its mentions join it.
 * Not an acronym of two or three letters ("US" and "Us").
 */
function capitalsOverCase(entities: Entity[]): Entity[] {
  const shouted = (e: Entity): boolean => /\p{Lu}{2}/u.test(e.name) && !/\p{Ll}/u.test(e.name) && e.name.length > 3;
  const byUpper = new Map(
    entities.filter((e) => !shouted(e)).map((e) => [`${e.type}\u0000${e.name.toUpperCase()}`, e]),
  );
  return entities.filter((e) => {
    const into = shouted(e) ? byUpper.get(`${e.type}\u0000${e.name}`) : undefined;
    if (!into) return true;
    into.mentions.push(...e.mentions);
    into.mentions.sort((a, b) => a.start - b.start);
    return false;
  });
}

// "The Weeknd said" once makes "The Weeknd" a person everywhere in the article.
const stageNamesOverWorks = (entities: Entity[]): Entity[] =>
  foldByName(entities, (e) => e.type === 'person' && e.name.startsWith('The '), 'work');

// "Oscar-nominated film biopic Ray has surpassed … Ray has been nominated in six Oscar categories" (bbc 073): a given
// name a work noun once made a title is that title at its other bare mentions, not a person.
const worksOverGivenNames = (entities: Entity[]): Entity[] =>
  foldByName(entities, (e) => e.type === 'work' && e.rule === 'work-noun-given-name', 'person');

// "Ant and Dec" and "Ant & Dec" are one double act; "Maddox Jolie-Pitt" and "Maddox Jolie Pitt", "Jay-Z" and "Jay Z"
// one person. Rule "accents-folded": "Hailey Baldwin said: 'I feel like I'm more excited for Beyoncé'" beside
// "Beyonce's record-breaking pregnancy announcement" (celebrity-016legit) is one singer; the name first written wins.
const sameName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+&\s+/g, ' and ')
    .replace(/(?<=\p{L})-(?=\p{Lu})/gu, ' ');

function add(byKey: Map<string, Entity>, typed: Typed, text: string, possessive: boolean): void {
  // "Dancing With the Stars" and "Dancing with the Stars" are one show.
  let key = `${typed.type}\u0000${typed.type === 'work' ? sameName(typed.name).toLowerCase() : sameName(typed.name)}`;
  // "Mr Mendelsohn" and "Ms Mendelsohn" are two people.
  const other = byKey.get(key);
  if (typed.rule === 'title' && typed.gender && other?.gender && other.gender !== typed.gender)
    key += `\u0000${typed.gender}`;
  let entity = byKey.get(key);
  if (!entity) {
    entity = { id: `e${byKey.size + 1}`, name: typed.name, type: typed.type, mentions: [], rule: typed.rule };
    // "Zendaya", "Hailey Baldwin": a given name beyond our own list still says who "she" is.
    if (typed.type === 'person') entity.gender = typed.gender ?? genderOf(typed.name.split(/\s+/)[0] ?? '');
    byKey.set(key, entity);
  }
  const mention: Mention = {
    text,
    start: typed.start,
    end: typed.end,
    kind: possessive ? 'possessive' : 'name',
    rule: typed.rule,
  };
  entity.mentions.push(mention);
}

function gather(doc: Doc, candidates: Candidate[]): Evidence {
  const alone = new Set<string>();
  const surnames = new Set<string>();
  const givenNames = new Set<string>();
  for (const c of candidates) {
    if (c.first !== c.last && !c.phrase && firstNames.has(at(doc.tokens, c.first).text))
      givenNames.add(at(doc.tokens, c.first).text);
    if (c.first !== c.last || c.phrase) continue;
    const word = at(doc.tokens, c.first).text;
    const next = doc.tokens[c.last + 1];
    if (!sentenceInitial(doc, c.first)) alone.add(word);
    // "Deeley will host": at a sentence start, a word followed by its verb may be a surname too.
    if (!sentenceInitial(doc, c.first) || next?.pos === 'AUX' || next?.pos === 'VERB') surnames.add(word);
  }
  return { alone, surnames, givenNames };
}

// Title-case headlines glue a name to the next word ("Angelina Jolie Fight"): when the article
// also has the shorter name on its own, the longer run is that name.
function trimHeadlineWords(entities: Entity[]): Entity[] {
  const people = entities.filter((e) => e.type === 'person');
  const dropped = new Set<Entity>();
  for (const long of people) {
    if (long.name.split(' ').length < 3) continue;
    const short = people
      .filter((p) => p !== long && long.name.startsWith(`${p.name} `) && p.name.includes(' '))
      .sort((a, b) => b.name.length - a.name.length)[0];
    if (!short) continue;
    for (const m of long.mentions) {
      const end = m.start + short.name.length;
      short.mentions.push({ ...m, text: m.text.slice(0, short.name.length), end, kind: 'name' });
    }
    short.mentions.sort((a, b) => a.start - b.start);
    dropped.add(long);
  }
  return entities.filter((e) => !dropped.has(e));
}

// "his role as Edward Cullen", "will voice Wilbur the pig", "Jessica Lange as Amanda Wingfield", "Cage's character Ben
// Gates": the name of a part.
// "He made his name as teenage vampire heart-throb Edward Cullen": a few lower-case words may describe the part.
const ROLE_FORMS = [
  String.raw`\b(?:role|roles|name|cast|star|stars|starring|starred|appears?|appeared|appearing|plays?|played|playing|returns?|returning)\s+as\s+(?:(?!(?:by|and|with)\b)[\p{Ll}'’-]+\s+){0,4}`,
  String.raw`\brole\s+of\s+(?:the\s+)?`,
  String.raw`\b(?:plays?|played|playing|portrays?|portrayed|portraying|voices?|voiced|voicing)\s+(?:the\s+)?`,
  String.raw`\p{Lu}\p{L}+\s+as\s+(?:the\s+)?`,
  // Rule "character-noun": "Cage's character Ben Gates chase a hidden fortune" (bbc-entertainment-083), "the film's
  // main character, Rocky Balboa" (celebrity-031legit), "characters like Stanley Kowalski and Terry Malloy" (bbc 048).
  String.raw`\bcharacters?,?\s+(?:(?:like|such\s+as|named|called|including)\s+)?`,
  String.raw`\bcharacters\s+(?:like|such\s+as|including)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:and|or)\s+`,
];
const ROLE_BEFORE = new RegExp(`(?:${ROLE_FORMS.join('|')})$`, 'u');

/**
 * A person named only as a part someone plays is a character, not a person of the story: no pronoun is theirs
 * ("his role as Edward Cullen … Then his turbulent romance with co-star Kristen Stewart" is Pattinson's).
 */
function charactersNotPeople(doc: Doc, entities: Entity[]): Entity[] {
  const bracketed = bracketedParts(doc, entities);
  return entities.filter((e) => {
    if (e.type !== 'person') return true;
    if (e.mentions.every((m) => ROLE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 60), m.start)))) return false;
    if (!bracketed.has(e)) return true;
    e.mentions = e.mentions.filter((m) => !bracketed.get(e)?.has(m));
    return e.mentions.length > 0;
  });
}

/**
 * Rule "bracketed-part": "Courteney Cox Arquette (Monica) has been working on a drama project … And David Schwimmer
 * (Ross) directed during his time on Friends" (bbc-entertainment-176): a given name alone in brackets right after a
 * person's full name is the part that actor played, not a second person; that mention leaves the person it made.
 * Not a surname ("Even Denzel (Washington)", bbc 052, completes his own name) nor a title ("Ben Wishaw (Hamlet)").
 * The people's full-name mention ends are read once per article.
 */
function bracketedParts(doc: Doc, entities: Entity[]): Map<Entity, Set<Mention>> {
  const out = new Map<Entity, Set<Mention>>();
  const alone = entities.filter((e) => e.type === 'person' && !/\s/.test(e.name) && firstNames.has(e.name));
  if (alone.length === 0) return out;
  const fullNameEnds = new Set(
    entities
      .filter((e) => e.type === 'person' && /\s/.test(e.name))
      .flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => m.end)),
  );
  for (const e of alone)
    for (const m of e.mentions) {
      if (m.kind !== 'name' || doc.text[m.end] !== ')') continue;
      const open = /\s*\(\s*$/.exec(doc.text.slice(Math.max(0, m.start - 4), m.start));
      if (!open || !fullNameEnds.has(m.start - open[0].length)) continue;
      out.set(e, (out.get(e) ?? new Set<Mention>()).add(m));
    }
  return out;
}

/**
 * "The Will & Grace revival … Debra Messing said Grace is back": a one-word name typed a person only for being a
 * given name, that is a word of a work the article names and of no one's full name, is the title's character, not a
 * person of the story.
 */
function titleWordsNotPeople(entities: Entity[]): Entity[] {
  const titleWords = new Set(entities.filter((e) => e.type === 'work').flatMap((e) => e.name.split(/\s+/)));
  const nameWords = new Set(
    entities.filter((e) => e.type === 'person' && e.name.includes(' ')).flatMap((e) => e.name.split(/\s+/)),
  );
  return entities.filter(
    (e) =>
      !(
        e.type === 'person' &&
        !e.name.includes(' ') &&
        e.rule === 'given-name-alone' &&
        titleWords.has(e.name) &&
        !nameWords.has(e.name)
      ),
  );
}

// A name the article once treats as a band ("Joy Division were signed") is the band everywhere.
const groupsOverPeople = (entities: Entity[]): Entity[] => foldByName(entities, (e) => e.type === 'group', 'person');
