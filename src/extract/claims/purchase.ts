// Money claims that are no deal: what a person buys or takes over is money news only when it is a business, a home, a
// stake. Refiners in the house pattern, run with the claims that assert nothing (refine.ts CLAIM_REFINERS): a dropped
// claim needs no more work.
import type { ClaimRefiner } from './refine.ts';
import { outsideQuotes } from './quotes.ts';

/** The words a purchase of a business names (open-claims.json's `business` object, less what one takes over as a post). */
const BUSINESS = String.raw`company|companies|stake|shares|label|business|brand|franchise|studio|firm|chain|rights|catalogue|catalog`;

/** "take over", "took over", "taking over", with what follows it up to the end of its clause. */
const TAKE_OVER = /\b(?:take|takes|taken|took|taking)\s+over\b([^.;:,!?]*)/iu;
const BUSINESS_AFTER = new RegExp(String.raw`^\s+(?:[\w'’$£€.-]+\s+){0,5}?(?:${BUSINESS})\b`, 'iu');
/** A purchase verb proper: a sentence with one of these may be a purchase whatever else it takes over. */
const BUYS = /\b(?:buy|buys|bought|buying|purchas\w*|acquir\w*|invest\w*)\b/iu;

/**
 * A copy of something on sale, bought as anyone buys it: "two copies of the charity single", "the Anywhere But Home
 * CD", "tickets for the February gig". Not "film rights for the book" nor "a stake in the label": a business word
 * between the verb and the copy makes it a deal.
 */
const COPY_BOUGHT = new RegExp(
  String.raw`\b(?:buy|buys|bought|buying|purchas(?:e|es|ed|ing))\s+(?:(?!(?:${BUSINESS})\b)[\w'’-]+\s+){0,5}?(?:CDs?|albums?|singles?|cop(?:y|ies)|tickets?|DVDs?|downloads?|books?|records?|magazines?)\b`,
  'u',
);

export const NOT_A_DEAL: ClaimRefiner[] = [
  {
    // "The Manic Street Preachers are to take over the helm of BBC digital radio station 6 Music for a week"
    // (bbc-entertainment-107), "DJ duo JK and Joel are taking over BBC Radio 1's flagship chart show"
    // (bbc-entertainment-284): taking over a station, a show, a role or a seat is a post, not a purchase. Of the 13
    // "take over"s of the development corpora none is a purchase.
    name: 'takeover-of-a-post',
    apply: (c) => {
      if (c.type !== 'money' || c.value !== 'buy') return c;
      const text = outsideQuotes(c.evidence.text);
      const taken = TAKE_OVER.exec(text);
      return taken && !BUYS.test(text) && !BUSINESS_AFTER.test(taken[1] ?? '') ? null : c;
    },
  },
  {
    // "Mr Skeens said he bought the Anywhere But Home CD for his daughter and was shocked to hear the swearing"
    // (bbc-entertainment-113, the father suing over it), "Prime Minister Tony Blair purchased two copies of the charity
    // single Band Aid 20" (bbc-entertainment-143): a copy bought as any customer buys one is the story's occasion, not
    // money news about the buyer.
    name: 'copy-bought',
    // Quoted words too: "we realised he wanted to buy copies of the Band Aid single" (a shop's spokesman, there).
    apply: (c) => (c.type === 'money' && c.value === 'buy' && COPY_BOUGHT.test(c.evidence.text) ? null : c),
  },
];
