// Batched ingest (ledgerOver(store, { batch })) must give the ledger one-article-at-a-time gives: the same articles,
// evidence and stories, byte for byte, on the real development streams; one bad article in a batch costs only
// itself; and nothing of a batch is visible (nor left after a crash) until it is committed whole.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import type { Extraction } from '../../src/extract/index.ts';
import { deskOf } from '../../src/ledger/editorial.ts';
import { ledgerOver } from '../../src/ledger/ledger.ts';
import { readInputs } from '../../src/read/index.ts';
import type { Article } from '../../src/read/index.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/index.ts';
import { at, must } from '../../src/invariant/index.ts';
import { tuningArticles } from '../extract/corpus.ts';

const streams = fileURLToPath(new URL('../fixtures/streams/', import.meta.url));
let items: Array<{ article: Article; extraction: Extraction }> = [];
const dir = mkdtempSync(join(tmpdir(), 'rumourmill-batch-'));

beforeAll(async () => {
  const paths = readdirSync(streams)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(streams, f));
  const articles: Article[] = [];
  for await (const r of readInputs(paths)) if (r.ok) articles.push(r.article);
  // In date order, as a desk would receive them: stories gain evidence (and settle) over many batches.
  articles.sort(
    (a, b) => (a.published ?? '').localeCompare(b.published ?? '') || (a.id ?? '').localeCompare(b.id ?? ''),
  );
  items = articles.map((article) => ({ article, extraction: extract(article) }));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everything stored, in a fixed order. */
async function contents(store: Store) {
  const ids = await store.storyIds();
  return {
    counts: await store.counts(),
    evidence: await store.allEvidence(),
    stories: ids.length
      ? await store.storiesIn({ first: at(ids, 0), last: must(ids.at(-1), 'expected ids.at(-1)') })
      : [],
    outcomes: await store.outcomes(),
    totals: await store.trackRecordTotals(),
    problems: await store.check(),
  };
}

async function ingestAll(batch: number, list = items, deferFrom?: number) {
  const store = await openStore(':memory:');
  const ledger = ledgerOver(store, { batch, deferFrom });
  const outcomes = [];
  for (const { article, extraction } of list) outcomes.push(await ledger.ingest(article, extraction));
  // Committed, not yet rescored (any read but the listing commits the open batch): every story scored already.
  await ledger.entities('');
  const beforeRefresh = await store.check();
  await ledger.refresh();
  return { store, ledger, outcomes, beforeRefresh };
}

describe('batched ingest', () => {
  it('stores exactly what one article per transaction stores, on the development streams', async () => {
    const one = await ingestAll(1);
    const batched = await ingestAll(7);
    expect(items.length).toBeGreaterThan(30);
    const expected = await contents(one.store);
    expect(expected.counts.stories).toBeGreaterThan(5);
    expect(expected.outcomes.length, 'some stories settle, so track records move scores').toBeGreaterThan(0);
    expect(batched.beforeRefresh, 'each touched story is recomputed when its batch commits').toEqual([]);
    expect(await contents(batched.store)).toEqual(expected);
    expect(batched.outcomes).toEqual(one.outcomes);
    // The explained story (with its history) too, for every story.
    for (const id of await one.store.storyIds())
      expect(await batched.ledger.story(id)).toEqual(await one.ledger.story(id));
    await one.ledger.close();
    await batched.ledger.close();
  }, 120_000);

  it('busy stories left stale between batches are recomputed on the next read, giving the same ledger', async () => {
    const one = await ingestAll(1);
    // Every story of 5 rows or more is deferred while its new rows are under a tenth of its old ones.
    const store = await openStore(':memory:');
    const ledger = ledgerOver(store, { batch: 3, deferFrom: 5 });
    for (const { article, extraction } of items) await ledger.ingest(article, extraction);
    await ledger.entities('');
    const stale = await store.staleStories(1000);
    expect(stale.length, 'some stories were left stale').toBeGreaterThan(0);
    // Their stored rows are behind their evidence until a read recomputes them.
    const behind = [];
    for (const id of stale)
      behind.push(JSON.stringify(await store.story(id)) !== JSON.stringify(await one.store.story(id)));
    expect(behind.some(Boolean)).toBe(true);
    await ledger.refresh();
    expect(await store.staleStories(1000)).toEqual([]);
    expect(await contents(store)).toEqual(await contents(one.store));
    await ledger.close();
    await one.ledger.close();
  }, 120_000);

  it('stale marks survive a restart: a ledger closed without a read is whole once reopened and read', async () => {
    const db = join(dir, 'stale.db');
    const ledger = ledgerOver(await openStore(db), { batch: 3, deferFrom: 5 });
    for (const { article, extraction } of items) await ledger.ingest(article, extraction);
    await ledger.close();
    const reopened = await openStore(db);
    expect((await reopened.staleStories(1000)).length).toBeGreaterThan(0);
    const one = await ingestAll(1);
    await ledgerOver(reopened).refresh();
    expect(await contents(reopened)).toEqual(await contents(one.store));
    await reopened.close();
    await one.ledger.close();
  }, 120_000);

  it('a reopened ledger leaves busy stories stale as the process before it would have, with the same stories', async () => {
    // What each transaction marked stale, transaction by transaction: with batches of 3, one a batch.
    const marking = (store: Store, marks: string[][]): Store => ({
      ...store,
      transaction: (fn, options) =>
        store.transaction((tx) => {
          const marked: string[] = [];
          marks.push(marked);
          return fn({
            ...tx,
            markStale: (ids, rows) => {
              marked.push(...ids);
              return tx.markStale(ids, rows);
            },
          });
        }, options),
    });
    const options = { batch: 3, batchMs: 3_600_000, deferFrom: 3 };
    const once: string[][] = [];
    const whole = join(dir, 'whole.db');
    const first = ledgerOver(marking(await openStore(whole), once), options);
    for (const { article, extraction } of items) await first.ingest(article, extraction);
    await first.close();
    // Restarted just before the last batch that leaves a story stale: a new process recomputed all it touched.
    const k = once.findLastIndex((marked) => marked.length > 0);
    expect(k, 'some batch leaves a story stale').toBeGreaterThan(0);
    const twice: string[][] = [];
    const halves = join(dir, 'halves.db');
    const before = ledgerOver(marking(await openStore(halves), twice), options);
    for (const { article, extraction } of items.slice(0, 3 * k)) await before.ingest(article, extraction);
    await before.close();
    const after = ledgerOver(marking(await openStore(halves), twice), options);
    for (const { article, extraction } of items.slice(3 * k)) await after.ingest(article, extraction);
    await after.close();
    expect(twice).toEqual(once);
    // The same marks, with the same counts, left in the store.
    const [reopened, again] = [await openStore(halves), await openStore(whole)];
    const stale = await reopened.staleStories(1000);
    expect(stale).toEqual(await again.staleStories(1000));
    expect(await reopened.storySizes(stale)).toEqual(await again.storySizes(stale));
    // And once read, the ledger one article at a time gives.
    const one = await ingestAll(1);
    await ledgerOver(reopened).refresh();
    await ledgerOver(again).refresh();
    expect(await contents(reopened)).toEqual(await contents(one.store));
    expect(await contents(again)).toEqual(await contents(one.store));
    await reopened.close();
    await again.close();
    await one.ledger.close();
  }, 120_000);

  it('an article repeated within one batch is a duplicate, as it is across batches', async () => {
    const list = [...items.slice(0, 4), at(items, 1), at(items, 2)];
    const { outcomes, ledger } = await ingestAll(10, list);
    expect(outcomes.map((o) => o.status)).toEqual(['new', 'new', 'new', 'new', 'duplicate', 'duplicate']);
    expect(at(outcomes, 4).id).toBe(at(outcomes, 1).id);
    await ledger.close();
  });

  it('one bad article in a batch fails alone: the articles before and after it in the batch are stored', async () => {
    const good = items.slice(0, 6);
    // An extraction without entities: filing it throws inside the batch's transaction.
    const bad = {
      article: { ...at(items, 6).article, id: 'broken-extraction' },
      extraction: { ...at(items, 6).extraction, entities: null } as unknown as Extraction,
    };
    const store = await openStore(':memory:');
    const ledger = ledgerOver(store, { batch: 5 });
    for (const { article, extraction } of good.slice(0, 3)) await ledger.ingest(article, extraction);
    await expect(ledger.ingest(bad.article, bad.extraction)).rejects.toThrow();
    for (const { article, extraction } of good.slice(3)) await ledger.ingest(article, extraction);
    await ledger.refresh();
    const clean = await ingestAll(1, good);
    expect(await contents(store)).toEqual(await contents(clean.store));
    expect(await store.article('broken-extraction')).toBeNull();
    await ledger.close();
    await clean.ledger.close();
  });

  it('a batch is seen by other connections only once committed, whole; an uncommitted one leaves nothing', async () => {
    const db = join(dir, 'visible.db');
    const ledger = ledgerOver(await openStore(db), { batch: 4, batchMs: 60_000 });
    const reader = await openStore(db, { access: 'read' });
    for (const { article, extraction } of items.slice(0, 3)) await ledger.ingest(article, extraction);
    expect((await reader.counts()).articles, 'three articles of an open batch').toBe(0);
    await ledger.ingest(at(items, 3).article, at(items, 3).extraction);
    expect((await reader.counts()).articles, 'the fourth fills the batch, which commits').toBe(4);
    await ledger.ingest(at(items, 4).article, at(items, 4).extraction);
    expect((await reader.counts()).articles).toBe(4);
    // A read through the ledger commits the open batch first, so it sees what was ingested.
    expect((await ledger.stories({ limit: 500 })).stories.length).toBeGreaterThan(0);
    expect((await reader.counts()).articles).toBe(5);
    await ledger.close();
    await reader.close();
  });

  it('a batch is committed on time even while no article comes (the write lock is not held while one extracts)', async () => {
    const db = join(dir, 'timer.db');
    const ledger = ledgerOver(await openStore(db), { batch: 100, batchMs: 100 });
    const reader = await openStore(db, { access: 'read' });
    await ledger.ingest(at(items, 0).article, at(items, 0).extraction);
    expect((await reader.counts()).articles).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await reader.counts()).articles).toBe(1);
    await ledger.ingest(at(items, 1).article, at(items, 1).extraction);
    await ledger.close();
    expect((await reader.counts()).articles, 'closing commits the open batch').toBe(2);
    await reader.close();
  });
});

// bbc-entertainment-153 (a development article of the shared corpus) tells "They won best group…" of OutKast with no
// award named and again with one: the object-less story is folded into the named one (lone-names.ts) as the article is
// filed, a merge whose stored row nothing rescores afterwards. Filed after the streams, whose stories settle.
const dev = tuningArticles();
const outkast = dev?.find((row) => row.id === 'bbc-entertainment-153');

describe.skipIf(!outkast)('batch boundaries do not show in any story', () => {
  it('the same articles in one batch, in batches of one and with busy stories deferred give the same stories', async () => {
    const row = must(outkast, 'bbc-entertainment-153');
    const article: Article = { ...row, source: null, url: null, origin: { file: row.id } };
    const list = [...items, { article, extraction: extract(article) }];
    const one = await ingestAll(1, list);
    const expected = await contents(one.store);
    expect((await deskOf(one.ledger)?.state())?.mergedInto.size, 'a story was merged into another').toBeGreaterThan(0);
    for (const [batch, batchMs, deferFrom] of [
      [list.length, 3_600_000, undefined],
      [40, 3_600_000, 3],
    ] as const) {
      const store = await openStore(':memory:');
      const ledger = ledgerOver(store, { batch, batchMs, deferFrom });
      for (const { article: a, extraction } of list) await ledger.ingest(a, extraction);
      await ledger.refresh();
      // Every stored story, those merged into another too (`rumourmill stories --all` lists them with their score).
      expect(await contents(store), `batch ${batch}, deferFrom ${deferFrom ?? 'default'}`).toEqual(expected);
      expect((await ledger.stories({ limit: 500 })).stories).toEqual(
        (await one.ledger.stories({ limit: 500 })).stories,
      );
      await ledger.close();
    }
    await one.ledger.close();
  }, 120_000);
});
