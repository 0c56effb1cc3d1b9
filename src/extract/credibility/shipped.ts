import { readFileSync } from 'node:fs';
import type { CredibilityModel } from './model.ts';

let cached: CredibilityModel | null = null;

/**
 * The shipped weights, read once on first use. Read from disk rather than imported: a JSON import of a
 * 1–2 MB file makes TypeScript infer a type for every key.
 */
export function shippedModel(): CredibilityModel {
  cached ??= JSON.parse(readFileSync(new URL('../../../data/model/credibility.json', import.meta.url), 'utf8')) as CredibilityModel;
  return cached;
}
