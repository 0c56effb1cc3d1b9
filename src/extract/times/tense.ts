import type { Tense } from './rule.ts';

// A cheap clause tense: the tagger gives no tense, and a future marker near the expression is
// what flips "Saturday" from the last one to the next one in news.
const FUTURE = /\b(?:will|won['’]t|shall|going\s+to|gonna|plans?\s+to|planning\s+to|scheduled|expected\s+to|set\s+to|due\s+to|is\s+to|are\s+to|upcoming)\b|['’]ll\b/i;

/** Future when the sentence announces; past otherwise (news mostly reports). */
export function tenseOf(sentence: string): Tense {
  return FUTURE.test(sentence) ? 'future' : 'past';
}
