import { readFileSync } from 'node:fs';
import type { Doc } from '../../src/extract/doc.ts';
import { analyse } from '../../src/extract/tokens/index.ts';
import type { Span } from '../../src/extract/types.ts';
import { must } from '../../src/invariant/index.ts';
import { parseHouse } from '../../src/read/house.ts';
import type { Article } from '../../src/read/index.ts';

/** A house-format text as the reader gives it: what follows its `date YYYY-MM-DD ` header, dated by it. */
export function houseArticle(content: string, file: string): Article {
  const { published, text } = must(parseHouse(content), `${file} is in the house format`);
  return { id: null, published, title: null, source: null, url: null, text, origin: { file } };
}

/** A fixture's text: a house-format file without its date header, or a JSONL row's text. */
export function fixture(name: string): string {
  const raw = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
  if (name.endsWith('.json')) return (JSON.parse(raw) as { text: string }).text;
  return houseArticle(raw, name).text;
}

/** A Doc as the pipeline builds it, for testing one stage on its own. */
export function makeDoc(text: string, ignored: Span[] = [], published: string | null = null): Doc {
  return { text, published, source: null, title: null, ...analyse(text), ignored };
}
