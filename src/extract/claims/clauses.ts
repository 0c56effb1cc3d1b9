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

// "Her split from Mac Miller … was confirmed only a fortnight ago, and now People says she is 'casually' seeing Pete
// Davidson" (Refinery29): ", and" opening a report of its own ("and now People says", "and TMZ reports") starts a clause
// with its own holder and proposition.
const REPORT_OPENS =
  /^(?:and\s+)?(?:now\s+|then\s+)?(?:\p{Lu}[\p{L}!.&'’-]*\s+){1,3}(?:says|reports|claims|adds|writes|notes|told|said|reported|claimed)\b/u;

// Rule contrast-clause-without-comma: "Harry is dating Meghan Markle while Rihanna is rumoured to be single"
// (celebrity-033legit), "Its star Hilary Swank is favourite to win best actress while Jamie Foxx is tipped to win best
// actor" (bbc-entertainment-078): "while", "whilst" or "whereas" with no comma before it still opens a clause of its
// own when a subject and a finite verb follow it (a name, a pronoun or a determiner's noun), so a hedge, a denial or a
// holder in one half does not reach the other. "while on tour", "while leaving" (no subject) stay in their clause.
const CONTRAST_NO_COMMA = /^(?:while|whilst|whereas)$/i;
const SUBJECT_AND_VERB =
  /^\s+(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}|(?:he|she|they|it|we|I|you)\s+|(?:the|his|her|their|its)\s+\p{Ll}+\s+)(?:is|are|was|were|has|have|had|will|would|can|could|does|do|did|remains|\p{Ll}+ed|\p{Ll}+s)\b/u;

function contrastFollows(doc: Doc, i: number, previous: { text: string }): boolean {
  const t = at(doc.tokens, i);
  if (!CONTRAST_NO_COMMA.test(t.text) || /^[,;:(—–-]$/.test(previous.text)) return false;
  return SUBJECT_AND_VERB.test(doc.text.slice(t.end, t.end + 80));
}

// Rule coordinate-clause-new-subject: "Kate's younger sister is tying the knot on Saturday to James Matthews and
// several family members are expected to attend" (celebrity-200legit): "and" after a clause that has its verb, opening
// a determiner's noun phrase with a finite verb of its own, starts a clause, so the second half's hedge ("are
// expected") does not reach the first. A name after "and" is left alone: "Brad Pitt and Angelina Jolie are dating"
// coordinates subjects.
const NEW_SUBJECT_AND_VERB =
  /^\s+(?:the|his|her|their|its|several|many|some|other|most|both|all)\s+(?:\p{Ll}+\s+){0,2}(?:is|are|was|were|has|have|had|will|would|can|could|remains?|seem|seems|appear|appears)\b/u;
const FINITE = new Set(['VERB', 'AUX']);

/** Whether a clause was opened by coordinate-clause-new-subject ("and several family members are expected…"). */
export const opensWithNewSubject = (clause: Clause): boolean =>
  /^and\b/i.test(clause.text) && NEW_SUBJECT_AND_VERB.test(clause.text.slice(3));

// Rule coordinate-clause-new-name: "Klum has dated Vito Schnabel since 2014 and Seal has been linked to Erica Packer"
// (celebrity-072legit): a name with an auxiliary of its own after "and", once the clause has its verb, opens a clause
// with a pair of its own. Only an auxiliary: "and Angelina Jolie starred" is as often a second object's verb.
const NEW_NAME_AND_AUXILIARY = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:has|have|had|is|are|was|were|will)\b/u;
// "It appears that Justin Bieber's Purpose Tour is on hold and Justin is on vacation": a hedge or a report before
// reaches both halves, so the halves stay one clause.
const SCOPES_OVER_AND =
  /\b(?:that|says?|said|reportedly|appears?|seems?|believed?|believes|claims?|claimed|reports?|reported|rumou?red)\b/i;

function newSubjectFollows(doc: Doc, i: number, clauseFirst: number): boolean {
  const t = at(doc.tokens, i);
  if (!/^and$/i.test(t.text)) return false;
  const after = doc.text.slice(t.end, t.end + 80);
  // "Sources say Miley Cyrus and Liam Hemsworth are fighting", "he and Aniston had split": a name (capitalised, as the
  // tagger reads "Garner" as a verb) or a pronoun right before "and" coordinates two subjects.
  const previous = doc.tokens[i - 1];
  const coordinated = previous !== undefined && (previous.pos === 'PRON' || /^\p{Lu}/u.test(previous.text));
  const newName = () =>
    !coordinated &&
    NEW_NAME_AND_AUXILIARY.test(after) &&
    !SCOPES_OVER_AND.test(doc.text.slice(at(doc.tokens, clauseFirst).start, t.start));
  if (!NEW_SUBJECT_AND_VERB.test(after) && !newName()) return false;
  for (let k = clauseFirst; k < i; k++) if (FINITE.has(at(doc.tokens, k).pos)) return true;
  return false;
}

function reportFollows(doc: Doc, i: number, previous: { text: string }): boolean {
  const t = at(doc.tokens, i);
  if (previous.text !== ',' || !/^and$/i.test(t.text)) return false;
  return REPORT_OPENS.test(doc.text.slice(t.start, t.start + 80));
}

// Rule as-clause-opener: "Just as things couldn't get more complicated between Rob Kardashian and Kylie Jenner's mixed-up
// connection with Blac Chyna and Tyga, the family is being confronted with rumors that Kendall Jenner and Scott Disick
// secretly hooked up" (celebrity-166fake): a sentence opened by "as" or "just as" with a finite verb and two names before its
// first comma is a subordinate clause, closed at its first comma, so its pair is not the main clause's ("As a mother, …" has no verb).
const AS_OPENER = /^(?:just\s+)?as$/i;
const AS_ASIDE =
  /^\s+(?:for\b|[^,;!?]{0,60}?\b(?:reported|revealed|said|says|told|recalls?|knows?|noted|mentioned|wrote|explained|confirmed|announced|first|previously|exclusively)\b)/i;
function asClauseOpens(doc: Doc, first: number): boolean {
  const t = at(doc.tokens, first);
  const next = doc.tokens[first + 1];
  const asAt = AS_OPENER.test(t.text)
    ? first
    : next && /^just$/i.test(t.text) && /^as$/i.test(next.text)
      ? first + 1
      : -1;
  const as = asAt < 0 ? null : at(doc.tokens, asAt);
  // "As HollywoodLife.com previously revealed, …", "As fans may recall, …", "As for who may be in attendance …": an
  // attribution or a topic, not a clause of its own.
  if (as === null || AS_ASIDE.test(doc.text.slice(as.end, as.end + 80))) return false;
  // A finite verb before the first comma ("couldn't get"): the tagger's AUX, or a verb not in -ing. And names of its
  // own, two at least: "As her wedding plans for her nuptials to Egor Tarabasov continue to take shape, an insider told
  // OK! that Lindsay Lohan …" (celebrity-039fake) names its bride only after the comma.
  let finite = false;
  let names = 0;
  for (let i = asAt + 1; i < doc.tokens.length && i < first + 40; i++) {
    const w = at(doc.tokens, i);
    if (/^[,.;:!?]$/.test(w.text)) return finite && names >= 2;
    if (w.pos === 'AUX' || (w.pos === 'VERB' && !/ing$/i.test(w.text))) finite = true;
    if (w.pos === 'PROPN' && doc.tokens[i - 1]?.pos !== 'PROPN') names++;
  }
  return false;
}

export function clausesOf(doc: Doc, s: number): Clause[] {
  const sentence = at(doc.sentences, s);
  const { tokens } = doc;
  const cuts: number[] = [sentence.firstToken];
  const opener = SUBORDINATOR.test(at(tokens, sentence.firstToken).text) || asClauseOpens(doc, sentence.firstToken);
  let closedOpener = !opener;
  for (let i = sentence.firstToken + 1; i <= sentence.lastToken; i++) {
    const t = at(tokens, i);
    const previous = at(tokens, i - 1);
    if (!closedOpener && previous.text === ',') {
      cuts.push(i);
      closedOpener = true;
      continue;
    }
    if (
      previous.text === ';' ||
      (OPENER.test(t.text) && previous.text === ',') ||
      reportFollows(doc, i, previous) ||
      contrastFollows(doc, i, previous) ||
      newSubjectFollows(doc, i, at(cuts, cuts.length - 1))
    ) {
      cuts.push(i);
    }
  }
  return cuts.map((first, k) => {
    const last = (cuts[k + 1] ?? sentence.lastToken + 1) - 1;
    const start = at(tokens, first).start;
    const end = at(tokens, last).end;
    return { sentence: s, first, last, start, end, text: doc.text.slice(start, end) };
  });
}
