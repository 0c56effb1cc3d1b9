import { isIgnored, type Doc } from '../doc.ts';
import { firstIndex } from '../text/index.ts';
import type { Token } from '../tokens/index.ts';
import type { Hedge } from '../types.ts';
import { cueFor, cuePattern, frames, type HedgeCue } from './lexicon.ts';
import { at as atIndex } from '../../invariant/index.ts';

/**
 * Hedge cues as spans of the cue words only ("reportedly", "appears to", "Could it be").
 * One regex pass over the text, then filters that need the token analysis.
 * @example findHedges(doc) // [{text:'reportedly', start:1630, end:1640, category:'evidential', rule:'hedge-lexicon'}]
 */
export function findHedges(doc: Doc): Hedge[] {
  const hedges: Hedge[] = [];
  for (const match of doc.text.matchAll(cuePattern())) {
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

/** Cues of the lexicon's frames, sentence by sentence, where no form already matched. */
function frameHedges(doc: Doc, found: Hedge[]): Hedge[] {
  const out: Hedge[] = [];
  const taken = (start: number, end: number) => [...found, ...out].some((h) => h.start < end && start < h.end);
  for (const sentence of doc.sentences) {
    for (const frame of frames) {
      frame.pattern.lastIndex = 0;
      for (const match of sentence.text.matchAll(frame.pattern)) {
        const [from, to] = match.indices?.groups?.cue ?? [match.index, match.index + match[0].length];
        const start = sentence.start + from;
        const end = sentence.start + to;
        if (taken(start, end) || isIgnored(doc, start, end)) continue;
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
  if (cue.modal) return at !== undefined && isModal(doc.tokens, at.index, doc.text);
  // "according to reports in the Hollywood Reporter" names its source: attribution, not a hedge.
  if (cue.notBefore.size > 0) {
    const next = /^\s+([\p{L}']+)/u.exec(doc.text.slice(end, end + 30))?.[1]?.toLowerCase();
    if (next !== undefined && cue.notBefore.has(next)) return false;
  }
  // "“…from serious to dire!” the insider said": the attribution of a quotation is no hedge (test/gold/README.md); "Brad
  // is alarmed by his wife’s appearance, sources said" hedges the statement before it.
  if (cue.notAfterQuote && /[”"][\s,]*$/.test(doc.text.slice(Math.max(0, start - 4), start))) return false;
  return true;
}

// "May" the month or the name is a PROPN/NOUN, or follows a preposition, or precedes a day number.
function isModal(tokens: Token[], index: number, text: string): boolean {
  const token = atIndex(tokens, index);
  if (token.pos !== 'AUX' && token.pos !== 'VERB') return false;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (previous && previous.sentence === token.sentence && previous.pos === 'ADP') return false;
  if (next && next.pos === 'NUM') return false;
  const sentenceInitial =
    !previous || previous.sentence !== token.sentence || /[“"‘(]$/.test(text.slice(previous.start, previous.end));
  return !/^[A-Z]/.test(token.text) || sentenceInitial;
}

/** The token covering `offset` (cues start on a token boundary). */
function tokenAt(tokens: Token[], offset: number): { token: Token; index: number } | undefined {
  const index = firstIndex(tokens.length, (k) => atIndex(tokens, k).end > offset);
  const token = tokens[index];
  return token && token.start <= offset ? { token, index } : undefined;
}
