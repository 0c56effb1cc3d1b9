// What a predicate's head word is not, for the rules that name a claim by it (find.ts rumouredIn, lede.ts): "is said
// to have blanked" → "blanked", "are due to attend" → "attend". One definition for both.
import type { Token } from '../tokens/index.ts';

/** Tags that never head a predicate: auxiliaries, adverbs, particles, function words, numbers, punctuation. */
const NOT_HEAD = new Set(['AUX', 'ADV', 'PART', 'DET', 'PRON', 'NUM', 'ADP', 'CCONJ', 'SCONJ', 'PUNCT', 'SYM', 'X']);
/** Words the tagger may call a verb that only carry one: "to", "be", "have", "get", a negation, a figure. */
const NOT_A_PREDICATE = /^(?:to|be|been|being|have|has|had|do|does|did|get|got|not|n['’]t|never|no|\d+%?)$/i;

/** True when the token can head a predicate ("toured", "angry", "favourite", "suing"). */
export const headsPredicate = (t: Token): boolean =>
  !NOT_HEAD.has(t.pos) && !NOT_A_PREDICATE.test(t.text) && /\p{L}/u.test(t.text);

// Prepositional phrases that are adverbs: "a negative story about Malia …, allegedly, of course, has her parents
// worried" (celebrity-146fake) is not about "course".
const ADVERBIAL = /^(?:of course|in fact|at least|at last|after all|in turn|for sure|of late|in part)$/i;

/** True when the token closes a phrase that is an adverb ("of course", "in fact"), which heads nothing. */
export const closesAdverbial = (tokens: readonly Token[], k: number): boolean => {
  const before = tokens[k - 1];
  const t = tokens[k];
  return before !== undefined && t !== undefined && ADVERBIAL.test(`${before.text} ${t.text}`);
};
