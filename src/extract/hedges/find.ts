import { isIgnored, type Doc } from '../doc.ts';
import { titleCaseSentence } from '../entities/index.ts';
import { firstIndex, matchesNotAfter } from '../text/index.ts';
import type { Token } from '../tokens/index.ts';
import type { Hedge } from '../types.ts';
import { CUE_BEFORE, cueFor, cueForms, frames, type HedgeCue } from './lexicon.ts';
import { at as atIndex } from '../../invariant/index.ts';

/**
 * Hedge cues as spans of the cue words only ("reportedly", "appears to", "Could it be").
 * One regex pass over the text, then filters that need the token analysis.
 * @example findHedges(doc) // [{text:'reportedly', start:1630, end:1640, category:'evidential', rule:'hedge-lexicon'}]
 */
export function findHedges(doc: Doc): Hedge[] {
  const hedges: Hedge[] = [];
  // One pattern of 400 forms for every article (compiling it for each was slow); its lookbehinds tested apart (cueForms).
  for (const match of matchesNotAfter(CUE_FORMS, CUE_BEFORE, doc.text, 3)) {
    const start = match.index;
    const end = start + match[0].length;
    const cue = cueFor(match[0]);
    if (!cue || isIgnored(doc, start, end)) continue;
    if (!passes(doc, cue, start, end)) continue;
    hedges.push({ text: match[0], start, end, category: cue.category, rule: `hedge-lexicon:${cue.category}` });
  }
  const framed = frameHedges(doc, hedges);
  return framed.length === 0 ? hedges : [...hedges, ...framed].sort((a, b) => a.start - b.start);
}

const CUE_FORMS = cueForms();

/** Cues of the lexicon's frames, sentence by sentence, where no form already matched. */
function frameHedges(doc: Doc, found: Hedge[]): Hedge[] {
  const out: Hedge[] = [];
  const overlaps = (list: Hedge[], start: number, end: number) => list.some((h) => h.start < end && start < h.end);
  const taken = (start: number, end: number) => overlaps(found, start, end) || overlaps(out, start, end);
  for (const sentence of doc.sentences) {
    for (const frame of frames) {
      // exec from lastIndex rather than matchAll, which copies the pattern: this runs for every sentence and frame,
      // and the copies were a fifth of the stage.
      const { pattern, gate } = frame;
      if (gate && !gate.test(sentence.text)) continue;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
        if (match[0] === '') pattern.lastIndex += (sentence.text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
        const [from, to] = match.indices?.groups?.cue ?? [match.index, match.index + match[0].length];
        const start = sentence.start + from;
        const end = sentence.start + to;
        if (taken(start, end) || isIgnored(doc, start, end)) continue;
        if (frame.notAfterQuote && afterQuote(doc.text, sentence.start + match.index)) continue;
        const text = doc.text.slice(start, end);
        out.push({ text, start, end, category: frame.category, rule: `hedge-frame:${frame.name}` });
      }
    }
  }
  return out;
}

function passes(doc: Doc, cue: HedgeCue, start: number, end: number): boolean {
  const at = tokenAt(doc.tokens, start);
  if (cue.questionOnly) {
    const sentence = at ? doc.sentences[at.token.sentence] : undefined;
    if (!sentence || !/\?\W*$/.test(sentence.text) || end > sentence.end) return false;
  }
  // "“I could have been badly injured,” Osbourne said": the speaker's own past, counterfactual, not a guess.
  if (cue.notAfter.size > 0) {
    const previous = /([\p{L}'’]+)\s+$/u.exec(doc.text.slice(Math.max(0, start - 30), start))?.[1];
    if (previous !== undefined && cue.notAfter.has(previous.toLowerCase().replace(/’/g, "'"))) return false;
  }
  if (cue.adverbial && !(at !== undefined && isAdverbial(doc.tokens, at.index, end))) return false;
  if (cue.modal && !(at !== undefined && isModal(doc, at.index))) return false;
  if (cue.notProposal && isProposal(doc, start, end)) return false;
  // "according to reports in the Hollywood Reporter" names its source: attribution, not a hedge.
  if (cue.notBefore.size > 0) {
    const next = /^\s+([\p{L}'’]+)/u
      .exec(doc.text.slice(end, end + 30))?.[1]
      ?.toLowerCase()
      .replace(/’/g, "'");
    if (next !== undefined && cue.notBefore.has(next)) return false;
  }
  // "“…from serious to dire!” the insider said": the attribution of a quotation is no hedge (test/gold/README.md); "Brad
  // is alarmed by his wife’s appearance, sources said" hedges the statement before it.
  // Nor before the quotation it introduces: "A source said: “Kim and Kanye’s marriage is as good as over.”"
  if (cue.notAfterQuote && (afterQuote(doc.text, start) || beforeQuote(doc.text, end))) return false;
  return true;
}

/**
 * Right after a closing quotation mark, a few lowercase words allowed between (“…dire!” sources said; “…,” the same
 * source said; '…the vile talk,' the source said): the words attribute that quotation. A quotation that ends its
 * sentence and a capital after it start a new statement (“…ever.” Sources say the couple…), as does a paragraph break.
 */
function afterQuote(text: string, start: number): boolean {
  const before = /(?:([.,!?…—-]?)[”"]|[,!?…—-][’'])[\s,]*((?:\p{Ll}[\p{L}’'-]*\s+){0,3})$/u.exec(
    text.slice(Math.max(0, start - 60), start),
  );
  if (!before) return false;
  // A paragraph break after the quotation starts a new statement too: “…everything Icke says!”⏎⏎Insiders told Radar
  // The Mask star wants… (celebrity-172fake).
  if (before[2] === '' && /\n/.test(before[0])) return false;
  return !(before[1] === '.' && before[2] === '' && /^\p{Lu}/u.test(text.slice(start, start + 1)));
}

/** Right before an opening quotation mark, a colon or comma allowed between: the words introduce that quotation. */
const beforeQuote = (text: string, end: number): boolean => /^\s*[:,]?\s*[“"‘]/.test(text.slice(end, end + 6));

// Possessives and question words make "kind of" a noun: "not my sort of music", "what kind of film".
const NOUN_MAKERS = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their', 'what', 'which', 'whose']);

/**
 * "I kind of hit a wall", "who is sort of bearing the full burden": a hedge only as an adverb, before a verb, an
 * adjective or an indefinite article, and after no determiner, adjective or preposition ("some sort of cosmetic procedure", "a scary kind of mob").
 */
function isAdverbial(tokens: Token[], index: number, end: number): boolean {
  const token = atIndex(tokens, index);
  const previous = tokens[index - 1];
  if (previous && previous.sentence === token.sentence) {
    if (['DET', 'ADJ', 'NUM', 'ADP'].includes(previous.pos)) return false;
    if (NOUN_MAKERS.has(previous.text.toLowerCase())) return false;
  }
  const next = tokens[firstIndex(tokens.length, (k) => atIndex(tokens, k).start >= end)];
  if (next === undefined || next.sentence !== token.sentence) return false;
  // The approximator before an indefinite noun phrase: "we tried to get in the song, sort of a Cubist thing", "Mabel was kind
  // of a show dog" (celebrity-078legit); "that kind of a buzz" was turned away above, by its determiner.
  if (next.pos === 'DET' && /^an?$/i.test(next.text)) return true;
  return ['VERB', 'AUX', 'ADJ', 'ADV', 'ADP'].includes(next.pos);
}

// "May" the month or the name is a PROPN/NOUN, or follows a preposition, or precedes a day number, or is capitalised
// mid-sentence (unless "have" or "be" follows). Only "May" is a name: a headline's "Kim Kardashian Might Vote for
// Donald Trump" keeps its modal.
function isModal(doc: Doc, index: number): boolean {
  const { tokens, text } = doc;
  const token = atIndex(tokens, index);
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  // "Katy Perry May Have Shaded Taylor Swift" (GossipCop): in a title-case headline, "May" before "Have" or "Be" is the
  // modal, whatever the tagger made of it (a noun there). Not in prose: "a Magic You May Have Missed memory test"
  // (bbc-entertainment-033) is a feature's title.
  if (
    /^may$/i.test(token.text) &&
    next?.sentence === token.sentence &&
    /^(?:have|be)$/i.test(next.text) &&
    titleCaseSentence(doc, token.sentence)
  )
    return true;
  if (token.pos !== 'AUX' && token.pos !== 'VERB') return false;
  if (previous && previous.sentence === token.sentence && previous.pos === 'ADP') return false;
  if (next && next.pos === 'NUM') return false;
  const sentenceInitial =
    !previous || previous.sentence !== token.sentence || /[“"‘(]$/.test(text.slice(previous.start, previous.end));
  return token.text !== 'May' || sentenceInitial;
}

// Words after a subject that show its clause reports a fact in its own tense, not a proposal: "suggested Jolie was an
// unfit mother", "suggested that she may be a little bi-sexual".
const TENSED = new Set(
  'was were had did is are has have does could would might may will can must shall not never'.split(' '),
);
// The subject of a proposed act: a personal pronoun, or a name of one to three capitalised words.
const PROPOSAL =
  /^\s+(?:that\s+)?(?:(?:he|she|they|we|I|you)|(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s+(?:(?<to>to)\s|(?<should>should|ought)\b|(?<verb>\p{Ll}+)\b)/u;

/**
 * suggestion-as-proposal: "Brian Epstein, our manager, suggested that we hire Billy Shears" (celebrity-060fake)
 * proposes an act, it infers no fact. Its clause is a mandative (a bare verb: "suggested they trade seats", "suggested
 * he read the novel"), an object with "to" ("suggested Selena to take the icy plunge") or a "should" later in the same
 * clause ("suggested he had nothing to lose and, for his swansong, should write").
 */
function isProposal(doc: Doc, start: number, end: number): boolean {
  // The perfect reports a signal in the present, whose clause keeps its present tense: "the Fed and its chairman have
  // suggested that they intend to keep interest rates unchanged" (TimeBank NYT19980206.0460).
  if (/\b(?:have|has|had|['’]ve)\s+(?:\p{L}+ly\s+)?$/iu.test(doc.text.slice(Math.max(0, start - 30), start)))
    return false;
  const rest = doc.text.slice(end, end + 120);
  const clause = /^[^.;:!?“”"]*/.exec(rest)?.[0] ?? '';
  const match = PROPOSAL.exec(rest);
  if (!match) return false;
  if (/\b(?:should|ought to)\b/.test(clause)) return true;
  const { to, verb } = match.groups ?? {};
  if (to !== undefined) return true;
  if (verb === undefined || TENSED.has(verb) || /(?:s|ed)$/.test(verb)) return false;
  const offset = end + (match.index ?? 0) + match[0].length - verb.length;
  return tokenAt(doc.tokens, offset)?.token.pos === 'VERB';
}

/** The token covering `offset` (cues start on a token boundary). */
function tokenAt(tokens: Token[], offset: number): { token: Token; index: number } | undefined {
  const index = firstIndex(tokens.length, (k) => atIndex(tokens, k).end > offset);
  const token = tokens[index];
  return token && token.start <= offset ? { token, index } : undefined;
}
