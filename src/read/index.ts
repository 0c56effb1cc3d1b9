// The read stage's only door: inputs (files, directories) → Articles, failures reported, never thrown.
import { readFile } from 'node:fs/promises';
import { houseArticle } from './house.ts';
import type { ReadResult } from './types.ts';

export type { Article, ReadFailure, ReadResult } from './types.ts';

export type ReadOptions = { date?: string };

/** Reads every input in order, yielding one result per article (or per bad input). */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for (const file of paths) {
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      yield { ok: false, failure: { file, message: `cannot read: ${(error as Error).message}` } };
      continue;
    }
    const article = houseArticle(content, file) ?? {
      id: null, published: options.date ?? null, title: null, source: null, url: null, text: content, origin: { file },
    };
    yield { ok: true, article };
  }
}
