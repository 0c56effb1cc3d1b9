import type { Tense } from './rule.ts';

// A cheap clause tense: the tagger gives no tense, and the verb nearest the expression is what
// flips "Saturday" from the last one to the next one ("said Friday" vs "will vote Friday").
const FUTURE = /^(?:will|wo|shall|gonna|'ll|’ll|scheduled|expected|planned|plans|planning|upcoming|due|slated|set|until|starting|begins?|opens?|next)$/i;
const PAST = /^(?:said|says|was|were|had|did|told|met|went|left|came|took|made|saw|began|rose|fell|won|lost|got|gave|sold|bought|paid|ago|last|earlier|announced|reported|\w{3,}ed)$/i;
const WINDOW = 8;

/** The tense governing an expression at [start, end) of `sentence` (sentence-relative offsets). */
export function tenseAt(sentence: string, start: number, end: number): Tense {
  const before = sentence.slice(0, start).split(/[^\w'’]+/).filter(Boolean).slice(-WINDOW).reverse();
  const after = sentence.slice(end).split(/[^\w'’]+/).filter(Boolean).slice(0, WINDOW);
  // Walk outwards, nearest word first, alternating sides.
  for (let i = 0; i < WINDOW; i++) {
    for (const w of [before[i], after[i]]) {
      if (!w) continue;
      if (FUTURE.test(w) || /['’]ll$/.test(w)) return 'future';
      if (PAST.test(w) && !/^(?:need|expected|scheduled|planned|slated|proposed|based)$/i.test(w)) return 'past';
    }
  }
  return 'past';
}
