import { firstIndex } from './text/index.ts';
import type { Sentence, Token } from './tokens/index.ts';
import type { Span } from './types.ts';
import { at } from '../invariant/index.ts';

/** What every extraction stage reads: the text, its reference date, and the shared analysis. */
export type Doc = {
  text: string;
  /** Publication date `YYYY-MM-DD`: the anchor for relative times. Null when unknown. */
  published: string | null;
  /** Outlet that published the article, when known. */
  source: string | null;
  title: string | null;
  sentences: Sentence[];
  tokens: Token[];
  /** Scraped debris (photo credits, embedded headlines, "Read more" lines): stages skip these spans. */
  ignored: Span[];
};

/** Ignored spans by start, with the furthest end reached by each prefix: built once per list. */
type Reach = { size: number; starts: number[]; reach: number[] };
const reaches = new WeakMap<Span[], Reach>();

function reachOf(spans: Span[]): Reach {
  const known = reaches.get(spans);
  if (known && known.size === spans.length) return known;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let furthest = -Infinity;
  const reach = sorted.map((span) => (furthest = Math.max(furthest, span.end)));
  const built = { size: spans.length, starts: sorted.map((span) => span.start), reach };
  reaches.set(spans, built);
  return built;
}

/**
 * True when [start, end) lies inside an ignored span. Every stage asks this for its candidates, so
 * it is a binary search, not a scan of every span (which made long articles quadratic).
 */
export function isIgnored(doc: Doc, start: number, end: number): boolean {
  if (doc.ignored.length === 0) return false;
  const { starts, reach } = reachOf(doc.ignored);
  // The spans starting at or before `start`: one of them holds [start, end) if they reach `end`.
  const after = firstIndex(starts.length, (k) => at(starts, k) > start);
  return after > 0 && at(reach, after - 1) >= end;
}

/**
 * The index of the token starting exactly at `offset`, or undefined. Tokens are in text order, each starting at or after
 * the one before ends (analyse), so a binary search finds it. Memory (issue 14): a map of every token's start or end
 * held 50 MB per million tokens (a 5 MB article has one million), and coreference built three.
 */
export function tokenStartingAt(doc: Pick<Doc, 'tokens'>, offset: number): number | undefined {
  const k = firstIndex(doc.tokens.length, (i) => at(doc.tokens, i).start >= offset);
  return doc.tokens[k]?.start === offset ? k : undefined;
}
/** The index of the token ending exactly at `offset`, or undefined (as tokenStartingAt). */
export function tokenEndingAt(doc: Pick<Doc, 'tokens'>, offset: number): number | undefined {
  const k = firstIndex(doc.tokens.length, (i) => at(doc.tokens, i).end >= offset);
  return doc.tokens[k]?.end === offset ? k : undefined;
}

/**
 * The index of the sentence holding offset `offset`, or -1 (a claim's evidence start, a mention's). Sentences are in
 * text order and do not overlap: a binary search to the first that ends after it.
 */
export function sentenceIndexAt(doc: Doc, offset: number): number {
  const k = firstIndex(doc.sentences.length, (i) => at(doc.sentences, i).end > offset);
  const sentence = doc.sentences[k];
  return sentence !== undefined && sentence.start <= offset ? k : -1;
}
