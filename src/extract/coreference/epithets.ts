import { isIgnored, type Doc } from '../doc.ts';
import { epithetHeads, type EpithetHead } from '../entities/index.ts';

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
const MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM']);
// Generic nouns that need a modifier to be an epithet: "the girl" alone is anyone.
const NEEDS_MODIFIER = new Set(['girl', 'boy', 'man', 'woman', 'lady']);
const AGE = /^\s+(\d{1,3})-year-old\b/;

/** The epithet opening at token i ("the"/"this"), or null. */
export function epithetAt(doc: Doc, i: number): Epithet | null {
  const { tokens } = doc;
  const opener = tokens[i]!;
  if (!OPENERS.has(opener.text.toLowerCase()) || isIgnored(doc, opener.start, opener.end)) return null;
  const age = AGE.exec(doc.text.slice(opener.end, opener.end + 20));
  if (age) {
    const end = opener.end + age[0].length;
    let last = i;
    while (tokens[last + 1] && tokens[last + 1]!.end <= end) last++;
    const head = epithetHeads.get('year-old')!;
    return { start: opener.start, end, first: i, last, head, role: age[0].trim(), modifier: '', age: Number(age[1]) };
  }
  const sentence = opener.sentence;
  for (let j = i + 1; j < i + 7 && tokens[j]?.sentence === sentence; j++) {
    const t = tokens[j]!;
    const word = t.text.toLowerCase();
    const next = tokens[j + 1];
    const pair = next ? epithetHeads.get(`${word} ${next.text.toLowerCase()}`) : undefined;
    const found = pair ? { head: pair, last: j + 1 } : epithetHeads.has(word) ? { head: epithetHeads.get(word)!, last: j } : null;
    if (found && !continuesNoun(doc, found.last)) {
      if (NEEDS_MODIFIER.has(word) && j === i + 1) return null;
      const modifier = doc.text.slice(tokens[i + 1]!.start, t.start).trim();
      const capitalised = /^\p{Lu}/u.test(modifier) ? modifier : '';
      const end = tokens[found.last]!.end;
      return { start: opener.start, end, first: i, last: found.last, head: found.head, role: doc.text.slice(tokens[i + 1]!.start, end), modifier: capitalised, age: null };
    }
    const joiner = (t.text === ':' || t.text === '-') && j > i + 1;
    if (!MODIFIER_POS.has(t.pos) && !joiner) return null;
  }
  return null;
}

// "the star-studded party", "the singer songwriter": the head noun is itself a modifier.
function continuesNoun(doc: Doc, last: number): boolean {
  const next = doc.tokens[last + 1];
  if (!next) return false;
  if (next.text === '-' && next.start === doc.tokens[last]!.end) return true;
  return next.pos === 'NOUN';
}
