// The ledger must not depend on the order articles arrive in: a queue, two workers or a re-run deliver them in any
// order. Shuffling the development articles once changed 28–39 stories: evidence of one day sorted by ingest
// sequence, history dropped when it came before the news, lone names joined to whoever was known so far.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import type { Extraction } from '../../src/extract/index.ts';
import { ingestArticle } from '../../src/ledger/index.ts';
import { ledgerOver } from '../../src/ledger/ledger.ts';
import type { Article } from '../../src/read/index.ts';
import { openStore } from '../../src/store/index.ts';
import { streamArticles } from '../helpers/streams.ts';

/** The stream articles with their extractions, made once for every order. */
async function streamExtractions(): Promise<Array<{ article: Article; extraction: Extraction }>> {
  return (await streamArticles()).map((article) => ({ article, extraction: extract(article) }));
}

/** A seeded shuffle (a linear congruential generator): the same order on every run, so a failure can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return items
    .map((item) => [next(), item] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, item]) => item);
}

/** Every story as a reader sees it, whole: status, stages, score, explanation, background and timeline. */
async function ledgerFrom(order: Array<{ article: Article; extraction: Extraction }>): Promise<string[]> {
  const store = await openStore(':memory:');
  try {
    for (const { article, extraction } of order) await ingestArticle(store, article, extraction);
    const ledger = ledgerOver(store);
    const out: string[] = [];
    for (let cursor: string | null = '0'; cursor !== null;) {
      const page = await ledger.stories({ limit: 500, cursor });
      for (const summary of page.stories) out.push(JSON.stringify(await ledger.story(summary.id)));
      cursor = page.next;
    }
    return out.sort();
  } finally {
    await store.close();
  }
}

describe('ingest order', () => {
  it('the development streams give the same stories, whole, in date order and in two shuffled orders', async () => {
    const all = await streamExtractions();
    const inDateOrder = await ledgerFrom(all);
    expect(inDateOrder.length).toBeGreaterThan(20);
    for (const seed of [7, 2025]) expect(await ledgerFrom(shuffled(all, seed))).toEqual(inDateOrder);
  }, 120_000);
});
