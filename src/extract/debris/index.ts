import type { Span } from '../types.ts';

/** Scraped debris in an article's text; filled in by the readers work. */
export function findDebris(_text: string): Span[] {
  return [];
}
