// The hedges stage's only door.
//
// Decisions a reader of the output should know:
// - A hedge is the cue words only, never their scope: "reportedly", "appears to", "Could it be", from
//   data/lexicons/hedges.json, one category each (evidential, modal, question, appearance, inference).
// - Longest cue wins where two start together ("could it be" over "could be"); curly and straight apostrophes
//   and any spacing match alike ("it’s  understood").
// - A question cue counts only in a sentence that ends with "?". A modal ("may", "could") counts only as a verb:
//   not "May" the month or the name (after a preposition, before a day number, capitalised mid-sentence); a
//   title-case headline keeps its other modals ("Kim Kardashian Might Vote for Donald Trump").
//   A cue is no hedge before a word its group lists as `notBefore` ("according to reports in the Hollywood
//   Reporter" names its source), nor after one it lists as `notAfter` ("I could have been badly injured": the
//   speaker's own past). A group marked `notAfterQuote` is no hedge when it attributes a quotation, right after it
//   ("…dire!” sources said"; "…his wife’s appearance, sources said" hedges) or right before it ("A source said: “…”").
//   An `adverbial` softener counts only as an adverb ("I kind of hit a wall", not "the kind of hat").
// - A few cues are frames no list of forms spells, named patterns of the same file read sentence by sentence, in
//   order: "according to" an unnamed source, "claimed" after an unnamed source, an unnamed source saying a
//   statement ("Sources close to the actor tell us"), unnamed crowds believing ("Police think"), forecasts and
//   hearsay in the passive with an adverb ("is also expected to"), "apparent" before its noun.
// - Cues inside scraped debris (captions, credits, embedded posts) are not reported.
// - The stage finds cues only: which claim a hedge weakens is decided by the claims stage.
export { findHedges } from './find.ts';
