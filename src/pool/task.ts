// What one pool worker does for one task: the same extract() the main thread would call, nothing more.
import { extract } from '../extract/index.ts';
import type { Extraction } from '../extract/index.ts';
import type { Article } from '../read/index.ts';

export function extractTask(article: Article): Extraction {
  return extract(article);
}
