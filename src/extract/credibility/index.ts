import type { Doc } from '../doc.ts';
import type { Credibility, Extraction } from '../types.ts';

/** How far the article's reporting can be trusted, from signals a person can check. */
export function scoreCredibility(_doc: Doc, _found: Omit<Extraction, 'article'>): Credibility {
  return { score: 0.5, signals: [] };
}
