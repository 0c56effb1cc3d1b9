import { readFileSync } from 'node:fs';
import type { Doc } from '../../src/extract/doc.ts';
import { analyse } from '../../src/extract/tokens/index.ts';
import type { Span } from '../../src/extract/types.ts';

/** A fixture's text: a house-format file without its date header, or a JSONL row's text. */
export function fixture(name: string): string {
  const raw = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
  if (name.endsWith('.json')) return (JSON.parse(raw) as { text: string }).text;
  return raw.replace(/^\s*date \S+ /, '');
}

/** A Doc as the pipeline builds it, for testing one stage on its own. */
export function makeDoc(text: string, ignored: Span[] = [], published: string | null = null): Doc {
  return { text, published, source: null, title: null, ...analyse(text), ignored };
}
