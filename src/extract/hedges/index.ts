// The hedges stage's only door.
//
// Decisions a reader of the output should know:
// - A hedge is the cue words only, never their scope: "reportedly", "appears to", "Could it be", from
//   data/lexicons/hedges.json, one category each (evidential, modal, question, appearance, inference).
// - Longest cue wins where two start together ("could it be" over "could be"); curly and straight apostrophes
//   and any spacing match alike ("it’s  understood").
// - A question cue counts only in a sentence that ends with "?". A modal ("may", "could") counts only as a verb:
//   not "May" the month or the name (after a preposition, before a day number, capitalised mid-sentence).
//   A cue is no hedge before a word its group lists as `notBefore`: "according to reports in the Hollywood
//   Reporter" names its source. A group marked `notAfterQuote` is no hedge right after a closing quotation mark
//   ("…dire!” sources said" attributes the quote; "…his wife’s appearance, sources said" hedges).
// - A few cues are frames no list of forms spells, named patterns of the same file read sentence by sentence:
//   "according to" an unnamed source ("According to well-placed sources"), "claimed" after an unnamed source.
// - Cues inside scraped debris (captions, credits, embedded posts) are not reported.
// - The stage finds cues only: which claim a hedge weakens is decided by the claims stage.
export { findHedges } from './find.ts';
