// The gold set's only door: what eval and the tests read.
import { readFileSync, readdirSync } from 'node:fs';
import { resolveSpec } from './resolve.ts';
import type { Gold, Spec } from './types.ts';

export type * from './types.ts';
export { resolveSpec, occurrences } from './resolve.ts';

const here = new URL('./', import.meta.url);

export function goldIds(): string[] {
  return readdirSync(new URL('spec/', here)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

export function readSpec(id: string): { spec: Spec; text: string } {
  const spec = JSON.parse(readFileSync(new URL(`spec/${id}.json`, here), 'utf8')) as Spec;
  const text = readFileSync(new URL(`texts/${id}.txt`, here), 'utf8');
  return { spec, text };
}

/** The built gold files (explicit offsets), as reviewed and committed. */
export function loadGold(): Gold[] {
  return goldIds().map((id) => JSON.parse(readFileSync(new URL(`${id}.gold.json`, here), 'utf8')) as Gold);
}

/** Rebuilds one gold file from its spec, for build.ts and the in-sync test. */
export function buildGold(id: string): Gold {
  const { spec, text } = readSpec(id);
  return resolveSpec(spec, text);
}
