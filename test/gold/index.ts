// The gold set's only door: what eval and the tests read.
import { readFileSync, readdirSync } from 'node:fs';
import { resolveSpec } from './resolve.ts';
import type { Article } from '../../src/read/index.ts';
import type { Gold, Spec } from './types.ts';

export type * from './types.ts';
export { resolveSpec, occurrences } from './resolve.ts';

const here = new URL('./', import.meta.url);

export function goldIds(): string[] {
  return readdirSync(new URL('spec/', here)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

/** Which gold articles to read: `dev` (tune on these), `heldout` (report only), or both. */
export type GoldPart = 'dev' | 'heldout' | 'all';

/** The ids listed in HELDOUT, one a line ('#' starts a comment): the part nobody tunes on. */
export function heldOutIds(): Set<string> {
  const text = readFileSync(new URL('HELDOUT', here), 'utf8');
  return new Set(text.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean));
}

/** The gold ids of one part; a HELDOUT id with no spec yet is simply not there. */
export function partIds(part: GoldPart): string[] {
  if (part === 'all') return goldIds();
  const held = heldOutIds();
  return goldIds().filter((id) => held.has(id) === (part === 'heldout'));
}

export function readSpec(id: string): { spec: Spec; text: string } {
  const spec = JSON.parse(readFileSync(new URL(`spec/${id}.json`, here), 'utf8')) as Spec;
  const text = readFileSync(new URL(`texts/${id}.txt`, here), 'utf8');
  return { spec, text };
}

/** The built gold files (explicit offsets), as reviewed and committed; `part` picks dev or held-out. */
export function loadGold(part: GoldPart = 'all'): Gold[] {
  return partIds(part).map((id) => JSON.parse(readFileSync(new URL(`${id}.gold.json`, here), 'utf8')) as Gold);
}

/** Rebuilds one gold file from its spec, for build.ts and the in-sync test. */
export function buildGold(id: string): Gold {
  const { spec, text } = readSpec(id);
  return resolveSpec(spec, text);
}

/** A gold article as the pipeline reads it: no outlet and no URL (the gold has none), its text file as its origin. */
export function goldArticle(gold: Gold): Article {
  const { id, published, title, text } = gold.article;
  return { id, published, title, source: null, url: null, text, origin: { file: `test/gold/texts/${id}.txt` } };
}

/** A gold article read from its spec and text (no built file needed), as the pipeline reads it. */
export function specArticle(id: string): Article {
  const { spec, text } = readSpec(id);
  return {
    id,
    published: spec.published,
    title: spec.title,
    source: null,
    url: null,
    text,
    origin: { file: `test/gold/texts/${id}.txt` },
  };
}
