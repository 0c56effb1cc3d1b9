import type { Doc } from '../doc.ts';
import { at } from '../../invariant/index.ts';

/** A clause as a token range [first, last] of one sentence, with its character span. */
export type Clause = { sentence: number; first: number; last: number; start: number; end: number; text: string };

// "X hint at a connection, although both stars remain tight-lipped": one sentence, two holders.
// Split where a contrastive or concessive conjunction opens a clause.
const OPENER = /^(although|though|while|whilst|but|whereas|however|yet)$/i;
// Only a subordinator opening a sentence closes its clause at the first comma ("While neither has
// confirmed it, …"); a sentence-initial "But" coordinates the whole sentence with the one before.
const SUBORDINATOR = /^(although|though|while|whilst|whereas)$/i;

export function clausesOf(doc: Doc, s: number): Clause[] {
  const sentence = at(doc.sentences, s);
  const { tokens } = doc;
  const cuts: number[] = [sentence.firstToken];
  const opener = SUBORDINATOR.test(at(tokens, sentence.firstToken).text);
  let closedOpener = !opener;
  for (let i = sentence.firstToken + 1; i <= sentence.lastToken; i++) {
    const t = at(tokens, i);
    const previous = at(tokens, i - 1);
    if (!closedOpener && previous.text === ',') {
      cuts.push(i);
      closedOpener = true;
      continue;
    }
    if (previous.text === ';' || (OPENER.test(t.text) && previous.text === ',')) cuts.push(i);
  }
  return cuts.map((first, k) => {
    const last = (cuts[k + 1] ?? sentence.lastToken + 1) - 1;
    const start = at(tokens, first).start;
    const end = at(tokens, last).end;
    return { sentence: s, first, last, start, end, text: doc.text.slice(start, end) };
  });
}
