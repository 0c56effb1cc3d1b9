import type { Doc } from '../doc.ts';
import { at } from '../../invariant/index.ts';

const UPPER = /^\p{Lu}/u;

const NOUN_PHRASE_OPENERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PART']);

/**
 * A name used as a noun's modifier: "a Trump insider", "a custom Alice Roi coatdress", "Trump
 * Tower". Only inside a noun phrase (a determiner or adjective before it), because wink tags
 * many verbs after a subject as nouns ("Jared snuck", "Aguilera burst").
 */
export function modifiesNoun(doc: Doc, first: number, last: number): boolean {
  const next = doc.tokens[last + 1];
  const previous = doc.tokens[first - 1];
  if (!next || next.sentence !== at(doc.tokens, last).sentence) return false;
  if (next.pos === 'PROPN' && UPPER.test(next.text)) return true;
  if (next.pos !== 'NOUN' || /[^s]s$/.test(next.text)) return false;
  return (
    previous !== undefined &&
    previous.sentence === next.sentence &&
    NOUN_PHRASE_OPENERS.has(previous.pos) &&
    !UPPER.test(previous.text)
  );
}
