// The API over a real ledger (SQLite in memory), in-process through testClient: each answer typed by its route.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testClient } from 'hono/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/api/index.ts';
import { at, must } from '../../src/invariant/index.ts';
import { ingestArticle, openLedger } from '../../src/ledger/index.ts';
import type { Ledger, TrackRecordEntry } from '../../src/ledger/types.ts';
import { openStore } from '../../src/store/index.ts';
import { seedArticle, seedExtraction } from '../ledger/fixtures.ts';
import { failure } from '../helpers/api.ts';

const jloFile = readFileSync(new URL('../fixtures/celebrity-011legit.txt', import.meta.url), 'utf8');
const jostFile = readFileSync(new URL('../fixtures/celebrity-171legit.txt', import.meta.url), 'utf8');
let ledger: Ledger;
let api: ReturnType<typeof testClient<App>>['api'];
/** A raw text/plain article, as `curl --data-binary @file` posts it. */
const postText = (body: string) =>
  api.articles.$post(undefined, { headers: { 'content-type': 'text/plain' }, init: { body } });

const dir = mkdtempSync(join(tmpdir(), 'rumourmill-api-'));

beforeAll(async () => {
  // Stories to page through whatever the extractor finds today: the seed with its hand-reviewed extraction.
  const store = await openStore(join(dir, 'api.db'));
  const reviewed = seedExtraction();
  await ingestArticle(
    store,
    { ...seedArticle(), id: 'seed-reviewed' },
    { ...reviewed, article: { ...reviewed.article, id: 'seed-reviewed' } },
  );
  await store.close();
  ledger = await openLedger(join(dir, 'api.db'));
  api = testClient(createApp(ledger)).api;
});
afterAll(async () => {
  await ledger?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('API over the ledger', () => {
  let postedId = '';

  it('stores a posted article: 201 with its extraction and story ids', async () => {
    const res = await postText(jloFile);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.status).toBe('new');
    expect(body.id).toBe(body.extraction.article.id);
    expect(body.extraction.article.published).toBe('2017-03-09');
    expect(Array.isArray(body.stories)).toBe(true);
    postedId = body.id;
  });

  it('stores the same article once: a second post is a 200 duplicate', async () => {
    const res = await postText(jloFile);
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe('duplicate');
  });

  it('gives the stored article back with its text exactly as sent', async () => {
    const res = await api.articles[':id'].$get({ param: { id: postedId } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.article.text).toBe(jloFile.replace(/^\s*date \S+ /, ''));
    expect(body.article.published).toBe('2017-03-09');
  });

  it('takes JSON articles with a title', async () => {
    const text = jostFile.replace(/^\s*date \S+ /, '');
    const res = await api.articles.$post(undefined, {
      headers: { 'content-type': 'application/json' },
      init: { body: JSON.stringify({ text, published: '2017-09-18', title: 'Jost and Johansson' }) },
    });
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const stored = await (await api.articles[':id'].$get({ param: { id } })).json();
    expect(stored.article.title).toBe('Jost and Johansson');
  });

  it('lists stories with a cursor that walks every story once', async () => {
    const all = await (await api.stories.$get({ query: { limit: '200' } })).json();
    expect(all.next).toBeNull();
    expect(all.stories.length).toBeGreaterThan(0);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await (await api.stories.$get({ query: { limit: '1', ...(cursor ? { cursor } : {}) } })).json();
      expect(page.stories.length).toBeLessThanOrEqual(1);
      seen.push(...page.stories.map((s) => s.id));
      cursor = page.next;
    } while (cursor && seen.length < 100);
    expect(seen).toEqual(all.stories.map((s) => s.id));
    for (const s of all.stories) {
      const one = await api.stories[':id'].$get({ param: { id: s.id } });
      expect(one.status).toBe(200);
      expect((await one.json()).explanation.length).toBeGreaterThan(0);
    }
  });

  it('gives evidence offsets that point at the sentence in the stored article (what the UI highlights)', async () => {
    const { stories } = await (await api.stories.$get({ query: { q: 'Tom Cruise' } })).json();
    expect(stories.length).toBeGreaterThan(0);
    const story = await (await api.stories[':id'].$get({ param: { id: at(stories, 0).id } })).json();
    for (const item of story.explanation) {
      const stored = await (await api.articles[':id'].$get({ param: { id: item.article } })).json();
      expect(stored.article.text.slice(item.start, item.end)).toBe(item.text);
    }
  });

  it('filters stories by status', async () => {
    const res = await api.stories.$get({ query: { status: 'denied' } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.stories.every((s) => s.status === 'denied')).toBe(true);
  });

  it('answers unknown ids with JSON 404s', async () => {
    const unknown = [
      api.stories[':id'].$get({ param: { id: 'nope' } }),
      api.entities[':id'].$get({ param: { id: 'nope' } }),
      api.articles[':id'].$get({ param: { id: '0000000000000000' } }),
    ];
    for (const res of await Promise.all(unknown)) {
      expect(res.status, res.url).toBe(404);
      expect((await failure(res)).code).toBe('not-found');
    }
  });

  it('lists entities and opens each one', async () => {
    const res = await api.entities.$get();
    expect(res.status).toBe(200);
    const { entities } = await res.json();
    expect(entities.map((e) => e.name)).toContain('Tom Cruise');
    const found = await (await api.entities.$get({ query: { q: 'Tom Cruise' } })).json();
    expect(found.entities.map((e) => e.name)).toContain('Tom Cruise');
    for (const e of entities.slice(0, 5))
      expect((await api.entities[':id'].$get({ param: { id: e.id } })).status).toBe(200);
  });

  it("gives an entity's names and epithets with counts, and an article's entity → ledger entity map", async () => {
    const { entities } = await (await api.entities.$get({ query: { q: 'Ana de Armas' } })).json();
    const ana = must(
      entities.find((e) => e.name === 'Ana de Armas'),
      'the seed names Ana de Armas',
    );
    const detail = await (await api.entities[':id'].$get({ param: { id: ana.id } })).json();
    expect(detail.names).toContainEqual({ text: 'the Bond girl', kind: 'epithet', count: 1 });
    expect(detail.names.find((n) => n.text === 'Ana')).toMatchObject({ kind: 'name' });
    expect(detail.names.every((n) => n.count >= 1 && !/^(she|her|they)$/i.test(n.text))).toBe(true);
    // Tom Cruise's epithets are his, not hers.
    expect(detail.names.map((n) => n.text)).not.toContain('the Mission: Impossible star');
    const stored = await (await api.articles[':id'].$get({ param: { id: 'seed-reviewed' } })).json();
    const anaInArticle = must(
      stored.extraction.entities.find((e) => e.name === 'Ana de Armas'),
      'the seed article names Ana de Armas',
    );
    expect(stored.entities?.[anaInArticle.id]).toBe(ana.id);
  });

  it('gives the track record: outlets and holder kinds with their settled reports, adding up to the populations', async () => {
    const res = await api['track-record'].$get();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(['holders', 'outlets', 'population']);
    const sum = (entries: TrackRecordEntry[]) =>
      entries.reduce((t, e) => ({ trueCount: t.trueCount + e.trueCount, falseCount: t.falseCount + e.falseCount }), {
        trueCount: 0,
        falseCount: 0,
      });
    expect(sum(body.holders)).toEqual(body.population.all);
    expect(sum(body.outlets)).toEqual(body.population.outlets);
    for (const e of [...body.outlets, ...body.holders])
      expect(e.factor > 0 && e.reliability > 0 && e.reliability < 1).toBe(true);
  });
});
