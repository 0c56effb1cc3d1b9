// Claims whose words assert nothing: a principal's joke or performed line, and the article's questions to its readers
// (record.json notAsserted). Refiners in the house pattern, run first (refine.ts CLAIM_REFINERS): a dropped claim needs
// no more work.
import record from '../../../data/lexicons/record.json' with { type: 'json' };
import type { Claim } from '../types.ts';
import type { ClaimRefiner, RefineContext } from './refine.ts';
import { firstIndex, wholeWords } from '../text/index.ts';
import { outsideQuotes } from './quotes.ts';

const words = (list: string[]) => new RegExp(wholeWords(list.join('|')), 'iu');
const JOKE = words(record.notAsserted.jokes);
const PERFORMED = words(record.notAsserted.performed);
const READER = words(record.notAsserted.readerQuestion);
const RETRACTION = new RegExp(`["“]\\s*(?:${record.notAsserted.retractions.join('|')})\\b`, 'i');

/**
 * The claim's evidence with the sentences that start within `reach` characters before it and `after` sentences after
 * it: a promo's lines are short sentences of their own, so a count of sentences would reach back too little or too far.
 */
function around(c: Claim, ctx: RefineContext, reach: number, after: number): string {
  const { sentences } = ctx.doc;
  const from = c.evidence.start - reach;
  const first = firstIndex(sentences.length, (k) => (sentences[k]?.end ?? 0) > from);
  const own = firstIndex(sentences.length, (k) => (sentences[k]?.end ?? 0) >= c.evidence.end);
  const start = Math.min(sentences[first]?.start ?? c.evidence.start, c.evidence.start);
  const end = Math.max(sentences[Math.min(sentences.length - 1, own + after)]?.end ?? c.evidence.end, c.evidence.end);
  return ctx.doc.text.slice(start, end);
}

const onRecord = (c: Claim) => c.holder.kind === 'principal' && c.stance === 'confirms';

export const NOT_ASSERTED: ClaimRefiner[] = [
  {
    // "Do you think Taylor should get back together with Jake?" (celebrity-021fake), "Tell us, HollywoodLifers: Do you
    // believe Jen cheated on Brad with Matt?" (celebrity-005fake): the article asks its readers; nobody holds it.
    name: 'reader-question',
    apply: (c) =>
      c.holder.kind === 'author' && c.stance === 'questions' && READER.test(outsideQuotes(c.evidence.text)) ? null : c,
  },
  {
    // Chrissy Teigen "appeared to mock the star's dramatic announcement … She then added: “I am pregnant with
    // 333.3333333333333333333333333333333333333 triplets.” … added: “But really. Congrats…”" (celebrity-016legit): a
    // joke said in the first person is no word on record. The frame may stand a few lines before, or the retraction right after.
    name: 'joke',
    apply: (c, ctx) => {
      if (!onRecord(c)) return c;
      const frame = around(c, ctx, 250, 1);
      return JOKE.test(outsideQuotes(frame)) || RETRACTION.test(frame) ? null : c;
    },
  },
  {
    // "The reality star is shown in the promo on a video call with her sister … Khloé asks before Kim announces,
    // “We're having a baby!”" (celebrity-176legit): a line in a promo, trailer or sketch is performed, not on record.
    // The frame may stand a few short lines before.
    name: 'performed',
    apply: (c, ctx) => (onRecord(c) && PERFORMED.test(outsideQuotes(around(c, ctx, 250, 0))) ? null : c),
  },
];
