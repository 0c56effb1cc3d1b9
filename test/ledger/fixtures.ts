// The seed article and its hand-written extraction (test/fixtures/extractions/seed.json).
import { readFileSync } from 'node:fs';
import type { Extraction } from '../../src/extract/index.ts';
import type { Article } from '../../src/read/index.ts';
import { houseArticle } from '../helpers/doc.ts';

const here = new URL('../fixtures/', import.meta.url);

export function seedArticle(): Article {
  return houseArticle(readFileSync(new URL('seed.txt', here), 'utf8'), 'seed.txt');
}

export function seedExtraction(): Extraction {
  return JSON.parse(readFileSync(new URL('extractions/seed.json', here), 'utf8')) as Extraction;
}

/** A development article of the celebrity fake-news corpus (test/fixtures/NAME.json) and its hand extraction. */
export function realArticle(name: string): { article: Article; extraction: Extraction } {
  return {
    article: JSON.parse(readFileSync(new URL(`${name}.json`, here), 'utf8')) as Article,
    extraction: JSON.parse(readFileSync(new URL(`extractions/${name}.json`, here), 'utf8')) as Extraction,
  };
}
