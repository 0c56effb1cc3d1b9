// The extraction pool: the same bytes as extract() in this thread, on real articles, and a budget that holds.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { at } from '../../src/invariant/index.ts';
import { ExtractOverBudget, closePool, extractInPool, warmPool } from '../../src/pool/index.ts';
import type { Article } from '../../src/read/index.ts';
import { houseArticle } from '../helpers/doc.ts';

const SAMPLES = new URL('../../data/samples/', import.meta.url);

/** The bundled samples (house format) and the first development pairs of the JSONL corpus (ids below 201 only). */
function realArticles(): Article[] {
  const samples = readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => houseArticle(readFileSync(new URL(f, SAMPLES), 'utf8'), f));
  const dev = readFileSync(new URL('../fixtures/celebrity-dev-pairs.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; published: string | null; title: string | null; text: string })
    .filter((row) => Number(/^celebrity-(\d{3})/.exec(row.id)?.[1] ?? 999) <= 200)
    .slice(0, 12)
    .map((row): Article => ({
      id: row.id,
      published: row.published,
      title: row.title,
      source: null,
      url: null,
      text: row.text,
      origin: { file: 'celebrity-dev-pairs.jsonl' },
    }));
  return [...samples, ...dev];
}

beforeAll(() => warmPool());
afterAll(() => closePool());

describe('extractInPool', () => {
  it('gives byte-identical JSON to extract() in the main thread on real articles', async () => {
    const articles = realArticles();
    expect(articles.length).toBeGreaterThan(10);
    for (const article of articles) {
      const inPool = JSON.stringify(await extractInPool(article, { timeoutMs: 30_000 }));
      expect(inPool, article.origin.file + (article.id ?? '')).toBe(JSON.stringify(extract(article)));
    }
  });

  it('stops an extraction past its budget, and the next one still runs', async () => {
    const slow: Article = {
      id: null,
      published: '2025-05-07',
      title: null,
      source: null,
      url: null,
      text: 'at 3 PM on Saturday '.repeat(100_000),
      origin: { file: 'api' },
    };
    await expect(extractInPool(slow, { timeoutMs: 1500 })).rejects.toThrow(ExtractOverBudget);
    const seed = at(realArticles(), 0);
    expect(JSON.stringify(await extractInPool(seed, { timeoutMs: 30_000 }))).toBe(JSON.stringify(extract(seed)));
  });

  it('runs extractions side by side without mixing them up', async () => {
    const articles = realArticles().slice(0, 6);
    const results = await Promise.all(articles.map((a) => extractInPool(a, { timeoutMs: 30_000 })));
    expect(results.map((x) => JSON.stringify(x))).toEqual(articles.map((a) => JSON.stringify(extract(a))));
  });
});
