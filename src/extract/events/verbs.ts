import type { Doc } from '../doc.ts';
import { at } from '../../invariant/index.ts';

const SUBJECT_PRONOUN = /^(i|he|she|they|we|you|it|who|which|that)$/i;
// An auxiliary that makes the next word a verb ("will direct", "has starred", "to marry").
const BEFORE_VERB = /^(will|would|can|could|shall|should|may|might|must|to|has|have|had|did|does|do|'ll|wo|ca)$/i;
// After a copula an -ed word reads as a state ("is married to him"), not an event.
const COPULA = /^(is|are|was|were|am|'s|'re|be|been|being|seems?|looks?|remains?)$/i;

/**
 * Whether the token at `i` is used as a verb. wink's tag decides when it says VERB; when it says
 * NOUN or ADJ for a verb form, the word before decides: a subject ("Vince Vaughn stars in", "The
 * couple married in"), an auxiliary ("will direct"), or a list of verbs ("wrote, directed and
 * starred in"). "the stars", "the married couple" and "is married to" stay nouns and states.
 */
export function isVerbAt(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const t = tokens[i];
  if (!t) return false;
  if (t.pos === 'VERB') return true;
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN') return false;
  if (!/[a-z]/.test(t.text) || (/^[A-Z]/.test(t.text) && i > 0 && at(tokens, i - 1).sentence === t.sentence))
    return false;
  let j = i - 1;
  while (j >= 0 && at(tokens, j).sentence === t.sentence && at(tokens, j).pos === 'ADV') j--;
  const prev = j >= 0 && at(tokens, j).sentence === t.sentence ? at(tokens, j) : undefined;
  const next = tokens[i + 1]?.sentence === t.sentence ? tokens[i + 1] : undefined;
  const word = t.text.toLowerCase();
  if (!prev) return /ing$/.test(word) && next?.pos === 'ADP';
  if (COPULA.test(prev.text)) return /ing$/.test(word);
  if (BEFORE_VERB.test(prev.text) && prev.pos !== 'ADP') return true;
  if (prev.pos === 'CCONJ') return tokens[j - 1]?.pos === 'VERB' || tokens[j - 2]?.pos === 'VERB';
  if (prev.pos === 'PRON') return SUBJECT_PRONOUN.test(prev.text);
  // ("Hollywood stars Kevin Spacey and Kate Bosworth attended…": a noun between names stays a noun.)
  // ("Tom Smith married Jane Doe", wink's ADJ: an -ed word between two names is what the first did to the second.)
  if (prev.pos === 'PROPN')
    return (
      (/(s|ed)$/.test(word) && (next?.pos === 'ADP' || next?.pos === 'DET')) ||
      (/ed$/.test(word) && next?.pos === 'PROPN')
    );
  if (prev.pos === 'NOUN') return /ed$/.test(word) && (next?.pos === 'ADP' || next?.pos === 'DET');
  if (prev.pos === 'ADP' || prev.pos === 'SCONJ')
    return /ing$/.test(word) && next !== undefined && next.pos !== 'PUNCT' && !/^of$/i.test(next.text);
  return false;
}
