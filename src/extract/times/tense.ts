import type { Tense } from './rule.ts';
import { at } from '../../invariant/index.ts';

// A cheap clause tense: the tagger gives no tense, and the verb nearest the expression is what
// flips "Saturday" from the last one to the next one ("said Friday" vs "will vote Friday").
// A schedule told in the present looks ahead too: "The current series of Celebrity Big Brother ends on Sunday"
// (BBC 221, published on a Saturday). So does a release told in the progressive or as a noun: "a candid documentary
// … premiering on Netflix on September 22" (celebrity-134legit), "launching her new scent on Wednesday", "its official
// New York opening on 21 April". Only before the expression, and not after "after" or "since": "entered the chart in
// second place after opening on Christmas Day", "built up their following on the summer festival circuit, opening
// for…" told what was done.
const FUTURE =
  /^(?:will|wo|shall|gonna|'ll|’ll|scheduled|expected|planned|plans|planning|upcoming|due|slated|set|until|starting|begins?|opens?|ends|airs|premieres|debuts|launches|resumes|closes|next)$/i;
const RELEASING = /^(?:premiering|debuting|launching|opening|releasing|streaming|airing)$/i;
const DONE_BEFORE = /^(?:after|since|following|before)$/i;
const PAST =
  /^(?:said|says|was|were|had|did|told|met|went|left|came|took|made|saw|began|rose|fell|won|lost|got|gave|sold|bought|paid|ago|last|earlier|announced|reported|\w{3,}ed)$/i;
const WINDOW = 8;
const WORD_CHAR = /[\w'’]/;

/** Up to `max` words of text[from, to), nearest `to` first. Reads no further back than those words. */
function wordsBefore(text: string, from: number, to: number, max: number): string[] {
  const words: string[] = [];
  let i = to;
  while (words.length < max) {
    while (i > from && !WORD_CHAR.test(at(text, i - 1))) i--;
    if (i === from) break;
    const end = i;
    while (i > from && WORD_CHAR.test(at(text, i - 1))) i--;
    words.push(text.slice(i, end));
  }
  return words;
}

/** Up to `max` words of text[from, to), nearest `from` first. */
function wordsAfter(text: string, from: number, to: number, max: number): string[] {
  const words: string[] = [];
  let i = from;
  while (words.length < max) {
    while (i < to && !WORD_CHAR.test(at(text, i))) i++;
    if (i === to) break;
    const start = i;
    while (i < to && WORD_CHAR.test(at(text, i))) i++;
    words.push(text.slice(start, i));
  }
  return words;
}

/**
 * The tense governing the expression at [start, end) of `text`, from the words around it inside
 * its sentence [sentence.start, sentence.end). Only the nearest words are read, so a long
 * sentence costs no more than a short one.
 */
export function tenseAt(text: string, sentence: { start: number; end: number }, start: number, end: number): Tense {
  const before = wordsBefore(text, sentence.start, Math.min(start, sentence.end), WINDOW);
  const after = wordsAfter(text, Math.min(end, sentence.end), sentence.end, WINDOW);
  // Walk outwards, nearest word first, alternating sides.
  for (let i = 0; i < WINDOW; i++) {
    // Each word with the one that follows it in the text (for the nearest word before: the expression itself).
    const pairs: Array<[string | undefined, string | undefined]> = [
      [before[i], i > 0 ? before[i - 1] : undefined],
      [after[i], after[i + 1]],
    ];
    for (const [w, next] of pairs) {
      if (!w) continue;
      // "set" looks ahead only as "set to", "set for": "set Friday as the deadline" and "set aside vacation plans"
      // told what was done (TimeBank).
      if (/^set$/i.test(w) && !/^(?:to|for)$/i.test(next ?? '')) return 'past';
      if (FUTURE.test(w) || /['’]ll$/.test(w)) return 'future';
      if (w === before[i] && RELEASING.test(w) && !DONE_BEFORE.test(before[i + 1] ?? '')) return 'future';
      if (PAST.test(w) && !/^(?:need|expected|scheduled|planned|slated|proposed|based)$/i.test(w)) return 'past';
    }
  }
  return 'past';
}
