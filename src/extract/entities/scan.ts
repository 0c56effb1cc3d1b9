import { isIgnored, type Doc } from '../doc.ts';
import { escapeRegExp, firstIndex, wholeWords } from '../text/index.ts';
import type { Token } from '../tokens/index.ts';
import {
  broadcasters,
  cues,
  epithetHeads,
  firstNames,
  genderOf,
  MONTHS_DAYS,
  outletReportingVerbs,
  outletsInCapitals,
  phrasesByPrefix,
  titles,
  type Phrase,
} from '../names/index.ts';
import { framedTitleEnd, openedTitleEnd } from './opened-titles.ts';
import { beforeYear, quotedTitle, RUN_TAGS, titleCaseEnd, titleStart } from './titles.ts';
import { at } from '../../invariant/index.ts';

/** A stretch of text that may name something: a lexicon phrase or a run of capitalised tokens. */
export type Candidate = {
  /** First and last token index, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Followed by 's / ’s / a bare apostrophe: the span stops before it. */
  possessive: boolean;
  /** Set when the candidate came from a lexicon (outlets, platforms, places). */
  phrase?: Phrase;
  /**
   * Set when quotes, a bracketed year, title case, or a work noun before a capitalised function word ('opened':
   * "album How To Dismantle An Atomic Bomb") or setting a title off ('framed': "show for ITV, titled Stars on Thin
   * Ice") mark the span as a title, small words and all.
   */
  title?: 'quoted' | 'year' | 'case' | 'opened' | 'framed';
  /** Set when two names joined by "and" are a double act ("duo Ant and Dec"). */
  duo?: boolean;
};

const UPPER = /^\p{Lu}/u;
const ARTICLES = new Set(['The', 'A', 'An']);
const IRREGULAR_PLURALS = new Set(['Men', 'Women', 'Children', 'People']);
// Public bodies whose remit follows "for" (cues.json orgSuffixes holds them all): "Department for Culture".
export const FOR_BODIES: ReadonlySet<string> = new Set([
  'Department',
  'Ministry',
  'Office',
  'Centre',
  'Center',
  'Council',
  'Commission',
  'Committee',
  'Institute',
  'Foundation',
  'Society',
  'Association',
  'Agency',
  'Trust',
  'Fund',
  'Alliance',
  'Coalition',
  'Campaign',
  'Organisation',
  'Organization',
]);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LOOSE_POS = RUN_TAGS;
// Given names that are also auxiliaries ("Will Smith", "May Calamawy").
const AUXILIARY_NAMES = new Set(['Will', 'May', 'Can']);
const WH_WORD = /^(?:How|When|Why|Where|What|Who)$/;
// Forms of address: a title word after one is a surname ("Ms King").
const ADDRESS = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?$/;
const POSSESSIVE = new Set(["'s", '’s', "'S", '’S']);

/**
 * A question the auxiliary at token i opens: the sentence ends in "?" and no other auxiliary carries it ("Will Smith
 * and Jada Pinkett Smith are getting divorced?" asks with "are", so there Will is a name).
 */
function asksWithModal(doc: Doc, i: number): boolean {
  const sentence = at(doc.sentences, at(doc.tokens, i).sentence);
  // A title-case line leaves it open ("Will Smith Split From Jada Pinkett Smith?"): the name is kept.
  if (!sentence.text.trimEnd().endsWith('?') || titleCaseSentence(doc, at(doc.tokens, i).sentence)) return false;
  for (let k = i + 1; k <= sentence.lastToken; k++) {
    const t = at(doc.tokens, k);
    // "Will Smith Splits From Jada?": a verb in -s or -ed carries the question itself.
    if (FINITE_AUX.test(t.text) || (t.pos === 'VERB' && /\p{L}(?:[^s]s|ed)$/u.test(t.text))) return false;
  }
  return true;
}
const FINITE_AUX =
  /^(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should|may|might|must|['’]s|['’]re)$/i;

/** True when only punctuation (an opening quote) stands between the sentence start and token i. */
export function sentenceInitial(doc: Doc, i: number): boolean {
  const first = at(doc.sentences, at(doc.tokens, i).sentence).firstToken;
  for (let k = first; k < i; k++) if (at(doc.tokens, k).pos !== 'PUNCT') return false;
  return true;
}

// wink tags a capitalised word mid-sentence as PROPN, but sentence-initial capitals and words
// inside names ("Mission: Impossible") get other tags, so inside a run any capitalised word counts.
function opensRun(doc: Doc, i: number): boolean {
  const t = at(doc.tokens, i);
  const next = doc.tokens[i + 1];
  const nameFollows = next?.pos === 'PROPN' && UPPER.test(next.text) && next.start === t.end + 1;
  // "Will Smith said", "April Love Geary posted": a given name that is also a modal or a month
  // opens a name when a proper noun follows it.
  if (firstNames.has(t.text) && nameFollows) return true;
  // "Will & Grace", "Mike & Molly": a given name before "&" and a capitalised word (a pair to type).
  if (firstNames.has(t.text) && next?.text === '&' && UPPER.test(doc.tokens[i + 2]?.text ?? '')) return true;
  // "starred in The Last Samurai", "The All New Top of the Pops was fronted by" (bbc 184): prose writes "the last" small;
  // a capitalised common word after a capital article and before a capitalised word is a title's (rules/works.ts
  // theCommonWordTitle types it with its article).
  const previous = doc.tokens[i - 1];
  if (
    cues.stopwords.has(t.text) &&
    !ARTICLES.has(t.text) &&
    /^\p{Ll}+$/u.test(t.text.slice(1)) &&
    previous !== undefined &&
    ARTICLES.has(previous.text) &&
    previous.end + 1 === t.start &&
    next !== undefined &&
    next.sentence === t.sentence &&
    next.start === t.end + 1 &&
    /^\p{Lu}\p{Ll}/u.test(next.text) &&
    !cues.stopwords.has(next.text)
  )
    return true;
  if (!UPPER.test(t.text) || cues.stopwords.has(t.text)) return false;
  if (t.pos === 'PROPN') return true;
  // "Kendall Jenner is dating rapper ASAP Rocky" (celebrity-195fake): a word in capitals that the tagger reads as
  // something else ("ASAP" an adverb) opens a stage name between a lower-case role word and a proper noun.
  if (/^\p{Lu}{2,}$/u.test(t.text) && nameFollows && epithetHeads.has(previous?.text ?? '')) return true;
  // "Guitarist Brian May has said … May said:": a surname alone, though a common word or a month.
  if (earlierSurname(doc, i)) return true;
  // "The Da Vinci Code", "Leonardo Da Vinci": a capitalised particle (tagged a determiner) before a name opens it.
  if (capitalParticle(t) && nameFollows) return true;
  if (!LOOSE_POS.has(t.pos)) return false;
  // At a sentence start wink may tag a first name as a noun ("Cat Deeley has resigned"): a
  // proper noun right after it says it is a name; so does a saying verb ("Fergie says even though…"),
  // which leaves to typing whether the word is a name (people.ts: a listed name or one used alone elsewhere).
  return !sentenceInitial(doc, i) || nameFollows || cues.speech.has(next?.text.toLowerCase() ?? '');
}

/** Where each capitalised word first stands after a given name ("Brian May" → May at its offset), once per article. */
const surnameCache = new WeakMap<Doc, Map<string, number>>();
// A capitalised word and the capitalised word after it; the lookahead leaves the second to start the next pair
// ("Brian May Smith" is Brian May and May Smith).
const WORD_PAIR = /(?<!\p{L})(\p{Lu}\p{Ll}+)[ \t]+(?=(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}]))/gu;

// One pass over the text for every word: a scan per word asked about made long articles quadratic (6.6 of 18.6 s on
// 1 MB of development text).
function surnamesAfterGivenNames(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(WORD_PAIR)) {
    const given = m[1] ?? '';
    const surname = m[2] ?? '';
    if (!out.has(surname) && given !== surname && firstNames.has(given)) out.set(surname, m.index + m[0].length);
  }
  return out;
}

/**
 * "Guitarist Brian May has said … May said:", "May wrote on his website": a capitalised word that ended a given
 * name and surname earlier in the article, followed by its verb, is that person's surname, even when it is a common
 * word or a month ("May 5" has no verb after it).
 */
export function earlierSurname(doc: Doc, i: number): boolean {
  const t = at(doc.tokens, i);
  const next = doc.tokens[i + 1];
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || next?.sentence !== t.sentence) return false;
  if (!(next.pos === 'VERB' || next.pos === 'AUX' || cues.speech.has(next.text.toLowerCase()))) return false;
  let byWord = surnameCache.get(doc);
  if (!byWord) surnameCache.set(doc, (byWord = surnamesAfterGivenNames(doc.text)));
  return (byWord.get(t.text) ?? Infinity) < t.start;
}
const PARTICIPLE = /^\p{Lu}\p{Ll}{2,}ing$/u;
const capitalParticle = (t: Token): boolean =>
  /^\p{Lu}\p{Ll}+$/u.test(t.text) && cues.particles.has(t.text.toLowerCase());
const continuesRun = (t: Token): boolean => UPPER.test(t.text) && LOOSE_POS.has(t.pos);
const adjacent = (a: Token, b: Token): boolean => a.end === b.start;

// "People reports that …": the singular verb says the sentence-initial "People" is the magazine, not people.
const REPORTS_AFTER = new RegExp(`^\\s+(?:${outletReportingVerbs.join('|')})\\b`);

function matchPhrase(doc: Doc, i: number): { phrase: Phrase; end: number } | null {
  const t = at(doc.tokens, i);
  // By the text, not the token: "E! News" opens on the one-letter token "E".
  const list = phrasesByPrefix.get(doc.text.slice(t.start, t.start + 2));
  if (!list) return null;
  for (const phrase of list) {
    const end = t.start + phrase.phrase.length;
    if (!doc.text.startsWith(phrase.phrase, t.start)) continue;
    if (WORD_CHAR.test(doc.text[end] ?? ' ')) continue;
    if (phrase.ambiguous && sentenceInitial(doc, i) && !REPORTS_AFTER.test(doc.text.slice(end, end + 20))) continue;
    return { phrase, end };
  }
  return inCapitals(doc, i);
}

// "the actress tells PEOPLE exclusively" (celebrity-122legit): People's own house style writes its name in capitals.
// Not in a line of capitals or title case, where every word is capitalised.
function inCapitals(doc: Doc, i: number): { phrase: Phrase; end: number } | null {
  const t = at(doc.tokens, i);
  if (!/^\p{Lu}{3,}$/u.test(t.text) || titleCaseSentence(doc, t.sentence)) return null;
  for (const [capitals, name] of outletsInCapitals) {
    const end = t.start + capitals.length;
    if (!capitals.startsWith(t.text) || !doc.text.startsWith(capitals, t.start) || WORD_CHAR.test(doc.text[end] ?? ' '))
      continue;
    const phrase = phrasesByPrefix.get(name.slice(0, 2))?.find((p) => p.phrase === name);
    if (!phrase || (phrase.ambiguous && sentenceInitial(doc, i))) continue;
    return { phrase, end };
  }
  return null;
}

// A channel or station after its broadcaster's name, or a numbered station on its own ("Radio 4"): the gold and the
// press treat "BBC Three" and "BBC Radio Scotland" as outlets apart from the BBC.
export const CHANNEL = String.raw`(?:One|Two|Three|Four|Five|\d{1,2}|World Service|Radio (?:One|Two|Three|Four|Five|\d{1,2}|\p{Lu}\p{Ll}+))`;
const CHANNEL_AFTER = new RegExp(String.raw`^ ${CHANNEL}(?![\p{L}\p{N}])`, 'u');
const STATION = /^Radio (?:One|Two|Three|Four|Five|\d{1,2})(?![\p{L}\p{N}])/u;

/** "BBC Three", "BBC Radio Scotland" (after a listed broadcaster), "Radio 4": a channel, as an outlet phrase of its own. */
function broadcasterChannel(
  doc: Doc,
  i: number,
  hit: { phrase: Phrase; end: number } | null,
): { phrase: Phrase; end: number } | null {
  const start = at(doc.tokens, i).start;
  let end = -1;
  if (hit?.phrase.type === 'outlet' && broadcasters.has(hit.phrase.name)) {
    const channel = CHANNEL_AFTER.exec(doc.text.slice(hit.end, hit.end + 30));
    if (channel) end = hit.end + channel[0].length;
  } else if (!hit) {
    const station = STATION.exec(doc.text.slice(start, start + 20));
    if (station) end = start + station[0].length;
  }
  if (end < 0) return hit;
  const name = doc.text.slice(start, end);
  return { phrase: { phrase: name, name, type: 'outlet', ambiguous: false, rule: 'broadcaster-channel' }, end };
}

/** True when a lexicon phrase of more than one word starts at token i. */
function listedNameAt(doc: Doc, i: number): boolean {
  const next = doc.tokens[i];
  return next !== undefined && UPPER.test(next.text) && (matchPhrase(doc, i)?.phrase.phrase.includes(' ') ?? false);
}

/** One pass over the tokens: lexicon phrases first, else the longest capitalised run. */
export function scan(doc: Doc): Candidate[] {
  const { tokens } = doc;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = at(tokens, i);
    const quoted = isIgnored(doc, t.start, t.end) ? null : quotedTitle(doc, i);
    // One quoted word is left to the run and its rules ("Friends", but not a quoted nickname), unless the words
    // before announced a work ("'Charlie's Angels,' 'Shrek,' 'Vanilla Sky,'").
    if (quoted && (quoted.last > quoted.first || quoted.announced === true)) {
      const { first, last } = quoted;
      out.push({
        first,
        last,
        start: at(tokens, first).start,
        end: at(tokens, last).end,
        possessive: false,
        title: 'quoted',
      });
      i = last;
      continue;
    }
    // "boy band 5ive", "20th Century Fox": a listed name may open on a digit.
    if (!UPPER.test(t.text) && !(/^\d/.test(t.text) && matchPhrase(doc, i))) continue;
    // Debris adds no mentions, except a press credit: "(AFP)" still says who supplied the story.
    const ignored = isIgnored(doc, t.start, t.end);
    const hit = broadcasterChannel(doc, i, matchPhrase(doc, i));
    if (ignored) {
      if (hit?.phrase.type === 'outlet') {
        const first = i;
        while (i + 1 < tokens.length && at(tokens, i + 1).start < hit.end) i++;
        out.push({ first, last: i, start: t.start, end: hit.end, possessive: false, phrase: hit.phrase });
      }
      continue;
    }
    let last = i;
    if (hit) {
      while (last + 1 < tokens.length && at(tokens, last + 1).start < hit.end) last++;
      const next = tokens[last + 1];
      // "London" in "London Grammar", "Sony" in "Sony Pictures" are part of a longer name: leave it to the run.
      const partOfName =
        (hit.phrase.type === 'place' || hit.phrase.type === 'organization') &&
        next !== undefined &&
        next.sentence === t.sentence &&
        next.pos === 'PROPN' &&
        UPPER.test(next.text);
      if (!partOfName && beforeYear(doc, last)) {
        // "Gangs Of New York (2003)": the place is the end of a title.
        pushYearTitle(doc, out, i, last, hit.end);
        i = last;
        continue;
      }
      if (!partOfName) {
        out.push({
          first: i,
          last,
          start: t.start,
          end: hit.end,
          possessive: isPossessive(tokens, last),
          phrase: hit.phrase,
        });
        i = last;
        continue;
      }
      last = i;
    }
    // "a similar celebrity ice dance show for ITV, titled Stars on Thin Ice": a work noun's frame bounds the title.
    const framed = framedTitleEnd(doc, i);
    if (framed >= 0) {
      out.push({
        first: i,
        last: framed,
        start: t.start,
        end: at(tokens, framed).end,
        possessive: isPossessive(tokens, framed),
        title: 'framed',
      });
      i = framed;
      continue;
    }
    if (!opensRun(doc, i)) {
      // "current album How To Dismantle An Atomic Bomb": a work noun announces a title that opens on a function word.
      const opened = openedTitleEnd(doc, i);
      if (opened >= 0) {
        const end = at(tokens, opened);
        out.push({
          first: i,
          last: opened,
          start: t.start,
          end: end.end,
          possessive: isPossessive(tokens, opened),
          title: 'opened',
        });
        i = opened;
      }
      continue;
    }
    // "Accepting Fallon's handshake…" (The Indian Express), "Meeting Taylor Swift was…": a participle opening the
    // sentence is no part of the name after it, which opens its own run.
    if (
      sentenceInitial(doc, i) &&
      t.pos === 'VERB' &&
      PARTICIPLE.test(t.text) &&
      !firstNames.has(t.text) &&
      UPPER.test(tokens[i + 1]?.text ?? '') &&
      (tokens[i + 2]?.pos === 'PROPN' || POSSESSIVE.has(tokens[i + 2]?.text ?? ''))
    )
      continue;
    // "Will Robert Pattinson Return …?": an auxiliary opening a question, before a given name and a surname; "Will
    // Tyga and Kylie Jenner get back together?" (a GossipCop headline), before any name, when the sentence asks.
    if (
      AUXILIARY_NAMES.has(t.text) &&
      // "How Will Meghan Markle and Prince Harry Spend Their First Christmas…?": after a question word too.
      (sentenceInitial(doc, i) || (WH_WORD.test(tokens[i - 1]?.text ?? '') && sentenceInitial(doc, i - 1))) &&
      UPPER.test(tokens[i + 1]?.text ?? '') &&
      ((firstNames.has(tokens[i + 1]?.text ?? '') &&
        UPPER.test(tokens[i + 2]?.text ?? '') &&
        at(tokens, i + 2).sentence === t.sentence) ||
        asksWithModal(doc, i))
    )
      continue;
    // "Caitlyn Jenner's Memoir Reportedly Lands Movie Adaptation, Rob Lowe May Play Her" (a GossipCop headline): right
    // after a name and before a verb, "May" is the name's modal, not a given name.
    if (
      AUXILIARY_NAMES.has(t.text) &&
      i > 0 &&
      UPPER.test(at(tokens, i - 1).text) &&
      doc.text.slice(at(tokens, i - 1).end, t.start) === ' ' &&
      !givenName(doc, at(tokens, i - 1).text) &&
      tokens[i + 1]?.pos === 'VERB' &&
      UPPER.test(tokens[i + 1]?.text ?? '') &&
      at(tokens, i + 1).sentence === t.sentence
    )
      continue;
    // "Veterans Simon and Garfunkel were in 10th place": a sentence's first word, no given name or title, is
    // no part of a listed name of several words right after it, which the next token opens.
    if (sentenceInitial(doc, i) && !firstNames.has(t.text) && !titles.has(t.text) && listedNameAt(doc, i + 1)) continue;
    last = extendRun(doc, i);
    const after = tokens[last + 1];
    // "Bleary-eyed Tom": a capitalised word hyphenated to a lower-case one is an adjective.
    if (after && after.text === '-' && adjacent(at(tokens, last), after) && !UPPER.test(tokens[last + 2]?.text ?? '')) {
      i = last + 1;
      continue;
    }
    const caseEnd = sentenceInitial(doc, i) ? -1 : titleCaseEnd(doc, i, last);
    if (caseEnd >= 0 && !beforeYear(doc, caseEnd)) {
      // "on Keeping Up With The Kardashians": title case bridges the run over its small words.
      const the = tokens[i - 1]?.text === 'The' && !sentenceInitial(doc, i - 1) ? i - 1 : i;
      out.push({
        first: the,
        last: caseEnd,
        start: at(tokens, the).start,
        end: at(tokens, caseEnd).end,
        possessive: isPossessive(tokens, caseEnd),
        title: 'case',
      });
      i = caseEnd;
      continue;
    }
    if (caseEnd >= 0) last = caseEnd;
    if (beforeYear(doc, last)) {
      pushYearTitle(doc, out, i, last, at(tokens, last).end);
      i = last;
      continue;
    }
    out.push({ first: i, last, start: t.start, end: at(tokens, last).end, possessive: isPossessive(tokens, last) });
    i = last;
  }
  return out;
}

/**
 * "with films In The Name Of The Father (1994)": a title before a bracketed year reaches back over small words from
 * token i, and takes the place of the runs already found inside it.
 */
function pushYearTitle(doc: Doc, out: Candidate[], i: number, last: number, end: number): void {
  const first = titleStart(doc, i);
  const start = at(doc.tokens, first).start;
  while (out.length > 0 && at(out, out.length - 1).start >= start) out.pop();
  out.push({ first, last, start, end, possessive: false, title: 'year' });
}

const titleCaseCache = new WeakMap<Doc, Map<number, boolean>>();
const lowerCache = new WeakMap<Doc, Set<string>>();

/** True for a title-case or all-capitals line: most of its longer words are capitalised. */
export function titleCaseSentence(doc: Doc, sentence: number): boolean {
  let bySentence = titleCaseCache.get(doc);
  if (!bySentence) titleCaseCache.set(doc, (bySentence = new Map<number, boolean>()));
  const known = bySentence.get(sentence);
  if (known !== undefined) return known;
  const s = at(doc.sentences, sentence);
  let words = 0;
  let upper = 0;
  for (let k = s.firstToken; k < doc.tokens.length && at(doc.tokens, k).sentence === sentence; k++) {
    const w = at(doc.tokens, k).text;
    // Title case leaves small words in lower case ("Walks out on Nicole Kidman"): count words of four letters or more.
    if (!/^\p{L}/u.test(w) || w.length < 4) continue;
    words++;
    if (UPPER.test(w)) upper++;
  }
  const result = words >= 3 && upper >= 0.8 * words;
  bySentence.set(sentence, result);
  return result;
}

/**
 * A headline on a line of its own: title case, opening a line, and not closed by a full stop
 * as prose is ("Yesterday Kim Kardashian West and Sarah Jessica Parker met the press." is title
 * case by its share of capitals, yet a sentence).
 */
export function headlineLine(doc: Doc, sentence: number): boolean {
  if (!titleCaseSentence(doc, sentence)) return false;
  const s = at(doc.sentences, sentence);
  const from = doc.text.lastIndexOf('\n', s.start - 1) + 1;
  // One answer per line: a text without line breaks is one line, and reading it again for each of its sentences
  // made entities quadratic (100 KB of "at 3 PM on Saturday " took 11 s).
  let lines = lineCache.get(doc);
  if (!lines) lineCache.set(doc, (lines = new Map<number, boolean>()));
  const known = lines.get(from);
  if (known !== undefined) return known;
  const to = doc.text.indexOf('\n', s.end);
  const line = doc.text.slice(from, to < 0 ? doc.text.length : to).trim();
  // "Make Me Your Wife! Hailey Baldwin Begs Justin Bieber To Propose": every sentence of the line counts.
  const long = line.split(/[^\p{L}'’-]+/u).filter((w) => w.length >= 4);
  const capitals = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  const answer = long.length >= 3 && capitals >= 0.8 * long.length && !/\.["”’']?$/.test(line);
  lines.set(from, answer);
  return answer;
}
const lineCache = new WeakMap<Doc, Map<number, boolean>>();

/** Words the article writes in lower case somewhere ("kiss"), so a capitalised one is a headline's. */
export function lowerWords(doc: Doc): Set<string> {
  let words = lowerCache.get(doc);
  if (!words) {
    words = new Set(doc.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
    lowerCache.set(doc, words);
  }
  return words;
}

// "Blake Shelton Kiss", "Travis Scott Headed", "GWEN STEFANI PREGNANT": a title-case headline
// capitalises its verbs and nouns too, so capitals no longer bound a name; its shape does: a
// given name, perhaps a middle given name, a surname. After a name's first word, a headline word
// ends the run; after two words, so does any word, unless the longer name is spelled out in the
// article's prose ("Kim Kardashian West") or is a particle or suffix (joined elsewhere).
function headlineWord(doc: Doc, first: number, k: number): boolean {
  const t = at(doc.tokens, k);
  if (!titleCaseSentence(doc, t.sentence)) return false;
  const w = t.text.toLowerCase();
  // Titles are title case too ("Bye Bye Birdie Live"): only a run that opens with a given name
  // is cut after its first word, any other only after two.
  // "Pregnant Kourtney Kardashian Hangs": a describing word may come before the given name.
  if (!givenName(doc, at(doc.tokens, first).text) && k > first + 1 && givenName(doc, at(doc.tokens, first + 1).text))
    first += 1;
  const named = givenName(doc, at(doc.tokens, first).text);
  if (cues.headlineWords.has(w) && (named || k - first >= 2)) return true;
  const next = doc.tokens[k + 1];
  // "Robert De Niro", "Christina El Moussa", "Robert Downey Jr.": particles and suffixes in capitals.
  // "Mary J. Blige": and the word after a particle or an initial.
  const previous = at(doc.tokens, k - 1).text;
  if (
    cues.particles.has(w) ||
    cues.particles.has(t.text) ||
    cues.suffixes.has(t.text) ||
    (t.text === 'El' && UPPER.test(next?.text ?? ''))
  )
    return false;
  if (
    cues.particles.has(previous.toLowerCase()) ||
    previous === 'El' ||
    previous === '-' ||
    /^\p{Lu}\.?$/u.test(previous)
  )
    return false;
  if (!named || k - first < 2) return false;
  // "Peter Sellers Award For Comedy", "The Catherine Tate Show": a name that grows into a prize, a place or a body.
  if (cues.eventSuffixes.has(t.text) || cues.orgSuffixes.has(t.text) || cues.placeSuffixes.has(t.text)) return false;
  // "Ellen DeGeneres Portia de Rossi": with no comma, a given name after a full name opens the next name.
  if (firstNames.has(t.text) && k > first + 1 && !(k === first + 2 && firstNames.has(at(doc.tokens, first + 1).text))) {
    return (
      next !== undefined && next.sentence === t.sentence && (UPPER.test(next.text) || cues.particles.has(next.text))
    );
  }
  // "Gwen Stefani Dishes", "Hailey Baldwin Begs", but "Neil Patrick Harris": an -s verb after a surname, not after a second given name.
  const verbS = w.length > 3 && /[^s]s$/.test(w) && !firstNames.has(at(doc.tokens, k - 1).text);
  if (lowerWords(doc).has(w) || (w.length > 5 && /(?:ing|ed)$/.test(w)) || verbS) return true;
  // "Sarah Jessica Parker", "Billy Ray Cyrus": after a middle given name, a word a names list
  // knows (given names and surnames overlap) is the surname; "Travis Scott Hangs", "Miley Cyrus
  // Pregnancy" are headline words.
  if (k === first + 2 && firstNames.has(at(doc.tokens, first + 1).text) && genderOf(t.text) !== null) return false;
  // "Jamie Lynn Spears Talks About …": a headline verb after it says the third word ended the name.
  if (
    k === first + 2 &&
    firstNames.has(at(doc.tokens, first + 1).text) &&
    next !== undefined &&
    next.sentence === t.sentence &&
    verbLike(doc, next.text)
  )
    return false;
  return headlineLine(doc, t.sentence) && !spelledOutInProse(doc, first, k);
}

// "Talks", "Reveals", "Slams": a headline word, or an -s verb no names list knows.
function verbLike(doc: Doc, word: string): boolean {
  const lower = word.toLowerCase();
  return (
    cues.headlineWords.has(lower) ||
    lowerWords(doc).has(lower) ||
    (lower.length > 3 && /[^s]s$/.test(lower) && genderOf(word) === null)
  );
}

/**
 * A given name: one of ours, or one the gender-detection-from-name lists know, when the article
 * never writes the word in lower case and it is no headline word (those lists hold "Will", "Star").
 */
export function givenName(doc: Doc, word: string): boolean {
  if (firstNames.has(word)) return true;
  let known = givenCache.get(doc);
  if (!known) givenCache.set(doc, (known = new Map<string, boolean>()));
  const cached = known.get(word);
  if (cached !== undefined) return cached;
  const lower = word.toLowerCase();
  const answer =
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    !cues.headlineWords.has(lower) &&
    !cues.stopwords.has(word) &&
    !lowerWords(doc).has(lower) &&
    genderOf(word) !== null;
  known.set(word, answer);
  return answer;
}
/**
 * Rule "compound-given-name": "Salma Hayek and François-Henri Pinault's wedding" (celebrity-083legit), "Jean-Paul
 * Gaultier", "Mary-Kate Olsen": two given names joined by a hyphen are one given name. Read only where a name opens,
 * not inside one ('"Dick Clark-Dick Clark was a visionary"' is a name said twice).
 */
export function compoundGivenName(doc: Doc, word: string): boolean {
  const halves = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u.exec(word);
  return halves !== null && givenName(doc, halves[1] ?? '') && givenName(doc, halves[2] ?? '');
}

// Per article and word: typing asks it of every capitalised word of every run, and the names package is slow.
const givenCache = new WeakMap<Doc, Map<string, boolean>>();

// The answer per article and words: each asks a regex over the whole text, and a long article's headlines ask
// the same names again and again ("Kim Kardashian West" in every copy of a headline).
const proseCache = new WeakMap<Doc, Map<string, boolean>>();

/** True when the words first..k also stand, in that order, in a sentence of prose (not title case). */
function spelledOutInProse(doc: Doc, first: number, k: number): boolean {
  const words = doc.tokens.slice(first, k + 1).map((t) => escapeRegExp(t.text));
  const source = wholeWords(words.join('\\s+'));
  let known = proseCache.get(doc);
  if (!known) proseCache.set(doc, (known = new Map<string, boolean>()));
  const cached = known.get(source);
  if (cached !== undefined) return cached;
  let answer = false;
  for (const match of doc.text.matchAll(new RegExp(source, 'gu'))) {
    // The token that starts where the match does (tokens are in text order).
    const i = firstIndex(doc.tokens.length, (x) => at(doc.tokens, x).start >= match.index);
    const token = doc.tokens[i];
    if (token?.start === match.index && !titleCaseSentence(doc, token.sentence)) {
      answer = true;
      break;
    }
  }
  known.set(source, answer);
  return answer;
}

/**
 * "Tyga's rumored love interest Jordan Ozuna NAKED in Mexico" (a GossipCop headline): a headline word in capitals
 * after a word in ordinary case is shouted, not the name's last word, whatever the case of the rest of the line.
 */
function shouted(previous: Token, t: Token): boolean {
  return /^\p{Lu}{3,}$/u.test(t.text) && /\p{Ll}/u.test(previous.text) && cues.headlineWords.has(t.text.toLowerCase());
}

function extendRun(doc: Doc, i: number): number {
  const { tokens } = doc;
  let last = i;
  let ofTail = false;
  for (;;) {
    const t = tokens[last + 1];
    const u = tokens[last + 2];
    if (!t || t.sentence !== at(tokens, i).sentence || doc.text.slice(at(tokens, last).end, t.start).includes('\n'))
      break;
    // "… with NFL star Odell Beckham Jr. Photo: Tom Holland and …": a name stops where debris begins.
    if (isIgnored(doc, t.start, t.end)) break;
    // A title opens a name of its own ("Yesterday Mr Smith"); a date closes one ("Paris October").
    // …but a month after a given name is a surname ("Brian May") unless a day number follows.
    const surname = MONTHS_DAYS.test(t.text) && firstNames.has(at(tokens, last).text) && !/^\d/.test(u?.text ?? '');
    // …and so is a title word after a given name or a form of address ("musician Kristin King", "Ms King said")
    // when no name follows it.
    const titleSurname =
      titles.has(t.text) &&
      last === i &&
      (givenName(doc, at(tokens, last).text) || ADDRESS.test(at(tokens, last).text)) &&
      /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
      !(u !== undefined && u.sentence === t.sentence && UPPER.test(u.text));
    if ((titles.has(t.text) && !titleSurname) || (MONTHS_DAYS.test(t.text) && !surname)) break;
    if (continuesRun(t) && (headlineWord(doc, i, last + 1) || shouted(at(tokens, last), t))) break;
    if (continuesRun(t)) {
      last += 1;
      continue;
    }
    // "Bridget Jones: The Edge of Reason", "Thor: The Dark World": a subtitle after a colon.
    const v = tokens[last + 3];
    const subtitle =
      t.text === ':' &&
      u !== undefined &&
      /^(?:The|A|An)$/.test(u.text) &&
      v !== undefined &&
      v.sentence === t.sentence &&
      continuesRun(v);
    // Unlike a bare colon, this holds at a sentence start too, bar a capitals label ("PHOTOS: The …").
    if (subtitle && adjacent(at(tokens, last), t) && !/^\p{Lu}+$/u.test(at(tokens, last).text)) {
      last += 3;
      continue;
    }
    // "Rodrigo de la Serna" (bbc-entertainment-062), "Oscar de la Hoya": two particles in a row before the surname.
    if (
      u !== undefined &&
      v !== undefined &&
      v.sentence === t.sentence &&
      cues.particles.has(t.text) &&
      cues.particles.has(u.text) &&
      /^\p{Lu}\p{Ll}/u.test(v.text)
    ) {
      last += 3;
      continue;
    }
    if (!u || u.sentence !== t.sentence || !continuesRun(u)) break;
    // "their induction into the UK Music Hall of Fame": a hall of fame is named with its "of Fame".
    if (t.text === 'of' && u.text === 'Fame' && at(tokens, last).text === 'Hall') {
      last += 2;
      continue;
    }
    // "the Musicians' Union", "the Writers' Guild" (bbc 289, 314): a plural owner inside a body's name, before its
    // word (cues.json orgSuffixes).
    if ((t.text === "'" || t.text === '’') && adjacent(at(tokens, last), t) && /s$/.test(at(tokens, last).text)) {
      if (!cues.orgSuffixes.has(u.text)) break;
      last += 2;
      continue;
    }
    // "the Black Gay Men's Advisory Group" (bbc 248), "the Women's Institute", "the Children's Society": a plural
    // without -s owns a body's name the same way, its word right after or one word on.
    if (
      POSSESSIVE.has(t.text) &&
      adjacent(at(tokens, last), t) &&
      IRREGULAR_PLURALS.has(at(tokens, last).text) &&
      (cues.orgSuffixes.has(u.text) || cues.orgSuffixes.has(tokens[last + 3]?.text ?? ''))
    ) {
      last += 2;
      continue;
    }
    // "the Guildhall School of Speech and Drama", "Directors Guild of America", "University of Southern California": a
    // body's word (cues.json orgSuffixes) takes the "of" that names it, and one "and" inside that ("Speech and Drama")
    // when a last capitalised word closes the name.
    // …but "Pictures of Selena Gomez, 25, and Justin Bieber" (celebrity-143fake) opens a sentence with a plural noun:
    // one such word at a sentence start before a given name is no body.
    const pictureOf = last === i && sentenceInitial(doc, i) && u !== undefined && firstNames.has(u.text);
    if (t.text === 'of' && cues.orgSuffixes.has(at(tokens, last).text) && !pictureOf) {
      last += 2;
      ofTail = true;
      continue;
    }
    // "the Department for Culture, Media and Sport", "the Centre for Disease Control": a public body's word names
    // its remit with "for" as with "of"; not a company's ("signed to Island Records for Britney's album").
    if (t.text === 'for' && FOR_BODIES.has(at(tokens, last).text) && !firstNames.has(u.text)) {
      last += 2;
      ofTail = true;
      continue;
    }
    const w = tokens[last + 3];
    // "Department for Media, Culture and Sport", "Department of Health, Education and Welfare": the remit may list
    // capitalised words with commas before its "and"; not "the Department of Health, Jones said".
    if (
      ofTail &&
      t.text === ',' &&
      /^\p{Lu}\p{Ll}+$/u.test(u.text) &&
      !firstNames.has(u.text) &&
      w !== undefined &&
      w.sentence === u.sentence &&
      (w.text === ',' || w.text === 'and')
    ) {
      last += 2;
      continue;
    }
    if (
      ofTail &&
      t.text === 'and' &&
      /^\p{Lu}\p{Ll}+$/u.test(u.text) &&
      !firstNames.has(u.text) &&
      // "Department of Children and Family Services" (celebrity-030legit): a body's word may close it after two.
      !(w !== undefined && w.sentence === u.sentence && UPPER.test(w.text) && !cues.orgSuffixes.has(w.text))
    ) {
      last += 2;
      ofTail = false;
      continue;
    }
    // Ana de Armas, Mission: Impossible, Catherine Zeta-Jones.
    // A colon joins a title mid-sentence only: at a sentence start it ends a headline label
    // ("PHOTOS: …", "Paris: Kim Kardashian …").
    // A given name after the colon opens a person's name ("its next Caped Crusader: Robert Pattinson is…"), and one
    // before it ends one ("Struggling To Forgive Prince William: Royal Couple In Secret Therapy?", a GossipCop headline;
    // "Taylor: Industry…"), not "Robin Hood: Prince of Thieves".
    const colon =
      t.text === ':' &&
      adjacent(at(tokens, last), t) &&
      !sentenceInitial(doc, i) &&
      !/^\p{Lu}+$/u.test(at(tokens, last).text) &&
      !firstNames.has(u.text) &&
      !titles.has(at(tokens, i).text) &&
      !(last === i && firstNames.has(at(tokens, i).text));
    const hyphen = t.text === '-' && adjacent(at(tokens, last), t) && adjacent(t, u);
    const joins = cues.particles.has(t.text) || capitalParticle(t) || colon || hyphen;
    if (!joins) break;
    last += 2;
  }
  return last;
}

function isPossessive(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || !adjacent(at(tokens, last), next)) return false;
  if (POSSESSIVE.has(next.text)) return true;
  return (next.text === "'" || next.text === '’') && /s$/i.test(at(tokens, last).text);
}
