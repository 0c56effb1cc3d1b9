import { readFileSync } from 'node:fs';
import { lexiconFromTsv } from './meaning.ts';
import type { CredibilityModel } from './model.ts';

let cached: CredibilityModel | null = null;

const MODEL = new URL('../../../data/model/credibility.json', import.meta.url);
const MEANING = new URL('../../../data/model/word-meaning.tsv', import.meta.url);

/**
 * The shipped weights, read once on first use. Read from disk rather than imported: a JSON import of a
 * 1–2 MB file makes TypeScript infer a type for every key. The word-meaning lexicon is its own file.
 */
export function shippedModel(): CredibilityModel {
  if (cached) return cached;
  const model = JSON.parse(readFileSync(MODEL, 'utf8')) as CredibilityModel;
  if (model.config.meaning) model.meaning = lexiconFromTsv(readFileSync(MEANING, 'utf8'), 'data/model/word-meaning.tsv');
  cached = model;
  return model;
}
