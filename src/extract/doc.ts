import type { Sentence, Token } from './tokens/index.ts';
import type { Span } from './types.ts';

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

/** True when [start, end) lies inside an ignored span. */
export function isIgnored(doc: Doc, start: number, end: number): boolean {
  return doc.ignored.some((span) => start >= span.start && end <= span.end);
}
