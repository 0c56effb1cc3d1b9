import type { Doc } from '../doc.ts';
import type { Token } from '../tokens/index.ts';
import { cues, firstNames, lexiconType, phrasesByPrefix } from '../names/index.ts';
import { at as atIndex } from '../../invariant/index.ts';

// Titles keep their small inner words ("Prince of Thieves", "Genie in a Bottle", "In The Name Of
// The Father"), which a run of capitalised tokens stops at. These rules find the whole title once
// something says a title is there: quotes, a year in brackets, or a work noun before it.

const UPPER = /^\p{Lu}/u;
const SMALL = new Set([
  'of',
  'the',
  'in',
  'a',
  'an',
  'to',
  'on',
  'at',
  'for',
  'from',
  'with',
  'and',
  'or',
  'by',
  'is',
  'are',
  'de',
  'la',
  'le',
  '&',
]);
// Inside an unquoted title, in lower case: "and" or "with" would join two names ("album Bangerz
// and Hemsworth", "movie Billy Madison with Adam Sandler"). Title case ("Kocktails With Khloe")
// takes any small word.
const SMALL_UNQUOTED = new Set(['of', 'the', 'a', 'an', 'in', 'de', 'la', 'le']);
const smallUnquoted = (t: Token): boolean =>
  UPPER.test(t.text) ? small(t, SMALL) && t.text !== '&' : SMALL_UNQUOTED.has(t.text);
// After "her role in" nothing but the title is expected, so "Girl with a Pearl Earring" and "Notes
// on Falling Leaves" may take these too; not "and", which after "roles in" lists two films
// ("Collateral and Ray") far more often than it makes one ("Bride and Prejudice").
const SMALL_AFTER_ROLE = new Set([...SMALL_UNQUOTED, 'on', 'with']);
// "in Cleveland in 2014": a date or place after these ends the title rather than continuing it.
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'on', 'to']);
const OPEN_QUOTES = new Set(['“', '"', '‘', "'"]);
const CLOSE_QUOTES = new Set(['”', '"', '’', "'"]);
const CLITIC = /^(?:['’](?:s|re|ll|ve|m|d)|n['’]t)$/i;
const TITLE_PUNCT = new Set([':', '-', '–', '!', '?']);
const MAX_TITLE = 12;
/** The tags a run of capitalised tokens goes on over (scan.ts). */
export const RUN_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'X', 'NUM', 'VERB']);

const isWord = (t: Token): boolean => UPPER.test(t.text) || /^\d+$/.test(t.text);
const small = (t: Token, set: Set<string>): boolean => set.has(t.text.toLowerCase());
const sentenceStart = (doc: Doc, j: number): boolean =>
  atIndex(doc.sentences, atIndex(doc.tokens, j).sentence).firstToken === j;
const newlineBetween = (doc: Doc, a: Token, b: Token): boolean => doc.text.slice(a.end, b.start).includes('\n');

/**
 * A quoted title at token i (an opening quote): “Genie in a Bottle”, “Why Is This Happening?”.
 * Every word capitalised or small, no comma or full stop (that is quoted speech). Returns the
 * first and last token inside the quotes, and whether the words before announced a work, or null.
 */
export function quotedTitle(doc: Doc, i: number): { first: number; last: number; announced?: boolean } | null {
  const { tokens } = doc;
  const open = atIndex(tokens, i);
  if (!OPEN_QUOTES.has(open.text)) return null;
  // A straight quote opens only after a space or a bracket; a curly one is unambiguous.
  if ((open.text === '"' || open.text === "'") && /[\p{L}\p{N}]/u.test(doc.text[open.start - 1] ?? ' ')) return null;
  const first = i + 1;
  if (!tokens[first] || !isWord(atIndex(tokens, first)) || atIndex(tokens, first).start !== open.end) return null;
  for (let k = first + 1; k <= first + MAX_TITLE && k < tokens.length; k++) {
    const t = atIndex(tokens, k);
    if (newlineBetween(doc, atIndex(tokens, k - 1), t)) return null;
    if (CLOSE_QUOTES.has(t.text) && t.start === atIndex(tokens, k - 1).end) {
      const words = tokens.slice(first, k).filter((w) => !TITLE_PUNCT.has(w.text) && !CLITIC.test(w.text));
      // "He Said!" as one or two words of speech is too little to call a title on punctuation.
      const endsLoud = /^[!?]$/.test(atIndex(tokens, k - 1).text);
      if (endsLoud && words.length < 3) return null;
      // 'Katie Cazorla Hosts Second Wives Club Mermaid-Themed Pool Party: "We're Going to Be Ariel!"' (a GossipCop
      // headline): a cry quoted after a colon is what was said.
      if (endsLoud && /:\s*$/.test(doc.text.slice(Math.max(0, open.start - 3), open.start))) return null;
      return { first, last: endsLoud ? k - 2 : k - 1 };
    }
    if (isWord(t) || small(t, SMALL) || CLITIC.test(t.text) || TITLE_PUNCT.has(t.text)) continue;
    // 'her new visual album, "Double Dutchess," at iPic Theaters': American style keeps the comma inside the quotes;
    // after a work noun or a verb of singing or release it closes a title, not speech.
    const close = tokens[k + 1];
    if (
      (t.text === ',' || t.text === '.') &&
      close !== undefined &&
      CLOSE_QUOTES.has(close.text) &&
      close.start === t.end &&
      t.start === atIndex(tokens, k - 1).end &&
      announcesWork(doc, i)
    )
      return { first, last: k - 1, announced: true };
    return null;
  }
  return null;
}

// Verbs after which a quoted name is a song, an album or a show: 'she sang "If It Wasn't For Texas,"'.
const RELEASE_VERBS = new Set([
  'sang',
  'sings',
  'sing',
  'singing',
  'performed',
  'performs',
  'performing',
  'released',
  'releases',
  'releasing',
  'recorded',
  'covered',
  'titled',
  'entitled',
  'called',
  'dubbed',
]);

const LIST_VERBS = new Set(['include', 'includes', 'included', 'including']);
// "Films", "hits", "series": a plural of a work noun.
const worksNoun = (word: string): boolean => cues.works.has(word.replace(/s$/, '')) || word === 'series';

/**
 * True when a work noun or a verb of singing or release stands right before the opening quote at token i; or when
 * the quote opens a list of titles or goes on with one: "Films include 'The Mask,' 'My Best Friend's Wedding,'
 * 'There's Something About Mary,' …" (celebrity-005).
 */
function announcesWork(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  let k = i - 1;
  if (tokens[k]?.text === ',') k--;
  const word = tokens[k]?.text.toLowerCase() ?? '';
  if (cues.works.has(word) || RELEASE_VERBS.has(word)) return true;
  if (LIST_VERBS.has(word)) return worksNoun(tokens[k - 1]?.text.toLowerCase() ?? '');
  // 'such hits as "Bad Boys," "The Rock" and "Armageddon,"' (celebrity-058legit), 'films such as': a plural work noun
  // and "such … as" open a list of titles.
  if (word === 'as') {
    const [a, b] = [tokens[k - 2]?.text.toLowerCase() ?? '', tokens[k - 1]?.text.toLowerCase() ?? ''];
    return (a === 'such' && worksNoun(b)) || (b === 'such' && worksNoun(a));
  }
  // The last title of such a list, after "and" or "or": the one before it was a title that the list announced, and
  // followed another.
  if ((word === 'and' || word === 'or') && k === i - 1 && CLOSE_QUOTES.has(tokens[k - 1]?.text ?? '')) {
    for (let o = k - 3; o >= Math.max(0, k - MAX_TITLE - 3); o--)
      if (OPEN_QUOTES.has(atIndex(tokens, o).text))
        // 'called “Viv” or “Vivienne.”' (celebrity-144legit) is no list of titles: the one before must follow another.
        return (
          quotedTitle(doc, o)?.last === k - 2 && CLOSE_QUOTES.has(tokens[o - 1]?.text ?? '') && announcesWork(doc, o)
        );
    return false;
  }
  // The next title of a list: the one before it closed on a comma inside its quotes, and was a title.
  const close = tokens[k];
  if (k !== i - 1 || !close || !CLOSE_QUOTES.has(close.text) || tokens[k - 1]?.text !== ',') return false;
  for (let o = k - 2; o >= Math.max(0, k - MAX_TITLE - 2); o--)
    if (OPEN_QUOTES.has(atIndex(tokens, o).text)) return quotedTitle(doc, o)?.last === k - 2;
  return false;
}

/** "Airport (1968)": a capitalised run right before a bracketed year is a film or book. */
export function beforeYear(doc: Doc, last: number): boolean {
  const { tokens } = doc;
  return (
    tokens[last + 1]?.text === '(' &&
    /^(?:1[89]|20)\d\d$/.test(tokens[last + 2]?.text ?? '') &&
    tokens[last + 3]?.text === ')'
  );
}

/**
 * The first token of a title that ends at token last, before a bracketed year: back over
 * capitalised and small words, stopping at a possessive owner ("Martin Scorsese's Gangs Of New
 * York") and at "in" after a person ("Gene Kelly in Singing in the Rain").
 */
export function titleStart(doc: Doc, first: number): number {
  const { tokens } = doc;
  let start = first;
  for (let k = first - 1; k >= 0 && first - k <= MAX_TITLE; k--) {
    const t = atIndex(tokens, k);
    if (t.sentence !== atIndex(tokens, first).sentence || newlineBetween(doc, t, atIndex(tokens, k + 1))) break;
    if (isWord(t) && !CLITIC.test(atIndex(tokens, k + 1).text)) {
      start = k;
      continue;
    }
    if (!smallUnquoted(t)) break;
    if (UPPER.test(t.text)) {
      start = k;
      continue;
    }
    const before = tokens[k - 1];
    if (before && UPPER.test(before.text) && personRunEndsAt(doc, k - 1)) break;
  }
  // A title never opens with a lower-case small word.
  while (start < first && !UPPER.test(atIndex(tokens, start).text) && !/^\d/.test(atIndex(tokens, start).text)) start++;
  return start;
}

// "Humphrey Bogart in", "Gene Kelly in": a given name, or two or three capitalised words, before
// "in" read as an actor in a role, where a one-word run reads as a title ("Singing in the Rain").
function personRunEndsAt(doc: Doc, k: number): boolean {
  let j = k;
  while (
    j > 0 &&
    UPPER.test(atIndex(doc.tokens, j - 1).text) &&
    atIndex(doc.tokens, j - 1).sentence === atIndex(doc.tokens, k).sentence
  )
    j--;
  return firstNames.has(atIndex(doc.tokens, j).text) || (k - j >= 1 && k - j <= 2);
}

/**
 * The last token of a work title that a capitalised run began at token last: on over small
 * words to the next capitalised word ("Prince of Thieves", "The Lord of the Rings: The Return of
 * the King"), a possessive ("Daddy's Home 2") or a sequel number; not into a date or a place
 * ("his movie Paranoia in August").
 */
export function titleEnd(doc: Doc, last: number, rule: string): number {
  const { tokens } = doc;
  let end = last;
  for (;;) {
    let j = end + 1;
    const at = (): Token | undefined => tokens[j];
    const next = at();
    if (next?.text === ':' && next.start === atIndex(tokens, end).end) j++;
    else if (next && CLITIC.test(next.text) && next.start === atIndex(tokens, end).end) j++;
    // "Filthy/Gorgeous" (bbc-entertainment-234): a slash with no space about it joins a double title.
    // Not a picture credit's owner: "(Saturday Night Live/YouTube)" (celebrity-137legit) names a platform after it.
    else if (
      next?.text === '/' &&
      next.start === atIndex(tokens, end).end &&
      tokens[j + 1]?.start === next.end &&
      lexiconType(tokens[j + 1]?.text ?? '') === null
    )
      j++;
    const firstSmall = j;
    const bridges = (t: Token): boolean => smallUnquoted(t) || (rule === 'role-in' && SMALL_AFTER_ROLE.has(t.text));
    for (let t = at(); t && bridges(t) && j - firstSmall < 3; t = at()) j++;
    const w = at();
    if (
      !w ||
      w.sentence !== atIndex(tokens, last).sentence ||
      newlineBetween(doc, atIndex(tokens, j - 1), w) ||
      !isWord(w)
    )
      break;
    const number = /^\d+$/.test(w.text);
    // Straight after the run only a sequel number continues it, or a capitalised function word the run stopped at
    // ("comedy Bless This House", "her new album Younger Now"); any other capitalised word needs a bridge.
    // So does a capitalised word the run stopped at for its tag alone: "his previous film Spirited Away" (an adverb).
    const functionWord =
      j === end + 1 && (cues.stopwords.has(w.text) || !RUN_TAGS.has(w.pos)) && w.text !== 'I' && !sentenceStart(doc, j);
    if (!functionWord && (j === end + 1 ? !number || w.text.length > 2 : number)) break;
    const preposition = j > firstSmall && PLACE_PREPOSITIONS.has(atIndex(tokens, j - 1).text);
    if (preposition && (cues.calendar.has(w.text) || placeAt(doc, w))) break;
    // Only a work noun vouches for "Hot in Cleveland"; after a bare "The", "The Forum in Los
    // Angeles" is a venue and its town.
    if (preposition && rule === 'the-title') break;
    if (cues.calendar.has(atIndex(tokens, end).text) && number) break;
    // "appeared on Playschool 25 years ago": a number before a noun counts something.
    if (number && tokens[j + 1]?.pos === 'NOUN' && !UPPER.test(atIndex(tokens, j + 1).text)) break;
    end = j;
    while (
      tokens[end + 1] &&
      atIndex(tokens, end + 1).sentence === w.sentence &&
      UPPER.test(atIndex(tokens, end + 1).text) &&
      !small(atIndex(tokens, end + 1), SMALL) &&
      !cues.calendar.has(atIndex(tokens, end + 1).text)
    )
      end++;
  }
  return end;
}

// Capitalised function words that only title case gives mid-sentence ("Keeping Up With The
// Kardashians", "Stars In Their Eyes"); "The" alone is left to the the-title rule.
const TITLE_CASE_SMALL = new Set([
  'Of',
  'In',
  'On',
  'At',
  'To',
  'For',
  'From',
  'With',
  'And',
  'Or',
  'A',
  'An',
  'Up',
  'Out',
  'Off',
  'Down',
  'Into',
  'Over',
  'Is',
  'Are',
  'Be',
  'My',
  'Your',
  'His',
  'Her',
  'Their',
  'Our',
  'Its',
  'Me',
  'You',
  'It',
  'We',
  'They',
]);
const HEADLINE_SHARE = 0.85;

/**
 * The last token of a title-case title that begins with the run ending at token last, when a
 * capitalised function word bridges it to more capitalised words; else -1. Not in a title-case
 * headline, where every word is capitalised.
 */
export function titleCaseEnd(doc: Doc, first: number, last: number): number {
  const { tokens } = doc;
  let end = -1;
  let k = last;
  for (;;) {
    let j = k + 1;
    let bridged = false;
    while (
      tokens[j] &&
      (TITLE_CASE_SMALL.has(atIndex(tokens, j).text) || atIndex(tokens, j).text === 'The') &&
      j - k <= 3
    ) {
      bridged ||= atIndex(tokens, j).text !== 'The';
      j++;
    }
    const w = tokens[j];
    if (
      !bridged ||
      !w ||
      w.sentence !== atIndex(tokens, first).sentence ||
      newlineBetween(doc, atIndex(tokens, k), w) ||
      !UPPER.test(w.text)
    )
      break;
    k = j;
    while (
      tokens[k + 1] &&
      atIndex(tokens, k + 1).sentence === w.sentence &&
      UPPER.test(atIndex(tokens, k + 1).text) &&
      !TITLE_CASE_SMALL.has(atIndex(tokens, k + 1).text) &&
      atIndex(tokens, k + 1).text !== 'The'
    )
      k++;
    end = k;
  }
  if (end < 0 || headline(doc, first)) return -1;
  return end;
}

function headline(doc: Doc, i: number): boolean {
  const sentence = atIndex(doc.sentences, atIndex(doc.tokens, i).sentence);
  let words = 0;
  let capitals = 0;
  for (
    let k = sentence.firstToken;
    k < doc.tokens.length && atIndex(doc.tokens, k).sentence === atIndex(doc.tokens, i).sentence;
    k++
  ) {
    if (!/\p{L}/u.test(atIndex(doc.tokens, k).text)) continue;
    words++;
    if (UPPER.test(atIndex(doc.tokens, k).text)) capitals++;
  }
  return capitals / words >= HEADLINE_SHARE;
}

function placeAt(doc: Doc, w: Token): boolean {
  for (const p of phrasesByPrefix.get(w.text.slice(0, 2)) ?? []) {
    if (p.type === 'place' && doc.text.startsWith(p.phrase, w.start)) return true;
  }
  return false;
}
