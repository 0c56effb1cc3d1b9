import { isIgnored, type Doc } from '../doc.ts';
import { epithetHeads, type EpithetHead } from '../names/index.ts';
import { at, must } from '../../invariant/index.ts';

/** "the Bond girl", "the 67-year-old", "the actress": a description standing for a person. */
export type Epithet = {
  start: number;
  end: number;
  /** Token indices of "the" and of the head noun's last word. */
  first: number;
  last: number;
  head: EpithetHead;
  /** The role as written, without "the": "Bond girl", "Mission: Impossible star". */
  role: string;
  /** Capitalised modifiers ("Bond", "Mission: Impossible", "Hollywood"), '' when none. */
  modifier: string;
  age: number | null;
};

const OPENERS = new Set(['the', 'this']);
const VERB_FOLLOWERS = new Set(['ADP', 'ADV', 'DET', 'PRON', 'PART']);
const QUOTES = new Set(['"', '“', '”', '‘', '’', "'"]);
const MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM']);
// Generic nouns that need a modifier to be an epithet: "the girl" alone is anyone, "the overall winner" is not known yet.
const NEEDS_MODIFIER = new Set(['girl', 'boy', 'man', 'woman', 'lady', 'winner', 'nominee']);
const AGE = /^\s+(\d{1,3})-year-old\b/;
// "the next girl he met", "the other woman": someone not yet identified, not a description.
const ORDINALS = new Set(['next', 'other', 'same', 'first', 'second', 'third', 'only', 'last', 'previous', 'new']);

/** The epithet opening at token i ("the"/"this"), or null. */
export function epithetAt(doc: Doc, i: number): Epithet | null {
  const { tokens } = doc;
  const opener = at(tokens, i);
  if (!OPENERS.has(opener.text.toLowerCase()) || isIgnored(doc, opener.start, opener.end)) return null;
  // "the 28-year-old", and "the 28-year-old host" when a head noun follows.
  const age = AGE.exec(doc.text.slice(opener.end, opener.end + 20));
  let from = i + 1;
  if (age) {
    const ageEnd = opener.end + age[0].length;
    while (tokens[from] && at(tokens, from).start < ageEnd) from++;
    const found = headFrom(doc, i, from);
    if (found) return { ...found, age: Number(age[1]) };
    const head = must(epithetHeads.get('year-old'), "the epithet lexicon lists 'year-old'");
    return {
      start: opener.start,
      end: ageEnd,
      first: i,
      last: from - 1,
      head,
      role: age[0].trim(),
      modifier: '',
      age: Number(age[1]),
    };
  }
  return headFrom(doc, i, from);
}

const INDEFINITE = new Set(['a', 'an']);

/**
 * "A US rapper awaiting trial for murder has filmed part of a music video in jail" (a BBC lede): a description opened
 * by "a"/"an" at token i, or null. Only the article's opening words are read so (see cataphora.ts): elsewhere "a
 * singer" is someone not yet known, not someone to stand for.
 */
export function indefiniteAt(doc: Doc, i: number): Epithet | null {
  const opener = at(doc.tokens, i);
  if (!INDEFINITE.has(opener.text.toLowerCase()) || isIgnored(doc, opener.start, opener.end)) return null;
  return headFrom(doc, i, i + 1);
}

// Modifiers then a lower-case head noun: "the Bond girl", "the Texan-born singer",
// 'the "Mean Girls" actress', "the Mission: Impossible star".
function headFrom(doc: Doc, i: number, from: number): Epithet | null {
  const { tokens } = doc;
  const sentence = at(tokens, i).sentence;
  let quoted = false;
  for (let j = from; j < from + 9 && tokens[j]?.sentence === sentence; j++) {
    const t = at(tokens, j);
    const word = t.text.toLowerCase();
    // Inside quotes anything goes: it is a title ('the "Mean Girls" actress').
    if (QUOTES.has(t.text)) {
      quoted = !quoted;
      continue;
    }
    if (quoted) continue;
    const next = tokens[j + 1];
    const pair = next ? epithetHeads.get(`${word} ${next.text.toLowerCase()}`) : undefined;
    const single = epithetHeads.get(word);
    const found: { head: EpithetHead; last: number } | null = pair
      ? { head: pair, last: j + 1 }
      : single
        ? { head: single, last: j }
        : null;
    // A capitalised head is part of a title ("The American Boy"), not a description.
    if (found && !continuesNoun(doc, found.last) && !/\p{Lu}/u.test(at(tokens, found.last).text)) {
      if (NEEDS_MODIFIER.has(word) && j === i + 1) return null;
      // "the dead woman", "the overall winner": lower-case adjectives describe a state, not who someone is ("the Bond
      // girl", "the Oscar winner").
      if (NEEDS_MODIFIER.has(word) && tokens.slice(i + 1, j).every((m) => m.pos === 'ADJ' && !/\p{Lu}/u.test(m.text)))
        return null;
      const modifier = doc.text
        .slice(at(tokens, i + 1).start, t.start)
        .trim()
        .replace(/^["“‘']|["”’']$/g, '');
      const capitalised = /^\p{Lu}/u.test(modifier) ? modifier : '';
      Object.assign(found, extendHead(doc, found.last, found.head));
      const end = at(tokens, found.last).end;
      return {
        start: at(tokens, i).start,
        end,
        first: i,
        last: found.last,
        head: found.head,
        role: doc.text.slice(at(tokens, i + 1).start, end),
        modifier: capitalised,
        age: null,
      };
    }
    if (ORDINALS.has(word)) return null;
    const previous = at(tokens, j - 1);
    const joiner = (t.text === ':' || t.text === '-') && j > from;
    const hyphenated = previous.text === '-' && previous.end === t.start; // "long-running", "Award-winning"
    if (!MODIFIER_POS.has(t.pos) && !joiner && !hyphenated && !inTitle(doc, from, j)) return null;
  }
  return null;
}

// Small words a title keeps inside it, in either case: "the King of Staten Island actor", "The Keeping Up with the
// Kardashians star", "The Shake It Off star" (development streams).
const TITLE_SMALL = /^(?:of|the|with|and|in|on|a|an|at|for|to|it|off|up|out|me|you|my|your|is)$/i;

/**
 * True when token j is a word of a capitalised title that modifies the head: the modifier opens with a capital, and
 * token j is capitalised itself (whatever its tag: "Shake" is a verb) or a small word with a capital or another small
 * word after it.
 */
function inTitle(doc: Doc, from: number, j: number): boolean {
  const { tokens } = doc;
  const t = at(tokens, j);
  if (!/^\p{Lu}/u.test(at(tokens, from).text)) return false;
  if (/^\p{Lu}\p{L}*$/u.test(t.text)) return true;
  const next = tokens[j + 1];
  return (
    j > from &&
    TITLE_SMALL.test(t.text) &&
    next !== undefined &&
    next.sentence === t.sentence &&
    (/^\p{Lu}/u.test(next.text) || TITLE_SMALL.test(next.text))
  );
}

const COUNT = /^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;

// "the Texan singer and actress", "the actress, director and philanthropist", "The mom of six": one person described
// by several heads, or by how many children they have, is one epithet.
// The head that says the most: "actress" in "the singer and actress" tells her gender.
function extendHead(doc: Doc, last: number, head: EpithetHead): { last: number; head: EpithetHead } {
  const { tokens } = doc;
  for (;;) {
    const joiner = tokens[last + 1]?.text.toLowerCase() ?? '';
    const next = tokens[last + 2];
    if (!next || next.sentence !== at(tokens, last).sentence) return { last, head };
    if (joiner === 'of' && COUNT.test(next.text)) return { last: last + 2, head };
    const more = epithetHeads.get(next.text);
    if ((joiner === ',' || joiner === 'and') && more && !continuesNoun(doc, last + 2)) {
      last += 2;
      if (head.gender === null && more.gender !== null) head = more;
      continue;
    }
    return { last, head };
  }
}

// "the star-studded party", "the singer songwriter": the head noun is itself a modifier.
function continuesNoun(doc: Doc, last: number): boolean {
  const next = doc.tokens[last + 1];
  if (!next) return false;
  if (next.text === '-' && next.start === at(doc.tokens, last).end) return true;
  // wink tags some verbs as nouns ("the Oscar winner struck out"): a noun followed by a
  // particle, adverb or determiner is the verb.
  const after = doc.tokens[last + 2];
  return next.pos === 'NOUN' && !(after && VERB_FOLLOWERS.has(after.pos));
}
