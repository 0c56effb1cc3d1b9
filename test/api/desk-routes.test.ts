// The desk's own routes (GET /api/desk/stories, /api/desk/stories/:id): the JSON that /stories gives with a listing
// parameter and /stories/:id with ?with=articles, under names whose shape a client knows; and the declared query
// parameters, which hono's client checks at compile time and the server at run time with the same messages.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testClient } from 'hono/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/api/index.ts';
import { at } from '../../src/invariant/index.ts';
import { ingestArticle, openLedger } from '../../src/ledger/index.ts';
import type { Ledger } from '../../src/ledger/types.ts';
import { openStore } from '../../src/store/index.ts';
import { seedArticle, seedExtraction } from '../ledger/fixtures.ts';
import { failure } from '../helpers/api.ts';

const jloFile = readFileSync(new URL('../fixtures/celebrity-011legit.txt', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'rumourmill-desk-routes-'));
let ledger: Ledger;
let app: App;
let api: ReturnType<typeof testClient<App>>['api'];
const json = async (path: string): Promise<unknown> => {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return res.json();
};

beforeAll(async () => {
  const store = await openStore(join(dir, 'desk.db'));
  await ingestArticle(store, seedArticle(), seedExtraction());
  await store.close();
  ledger = await openLedger(join(dir, 'desk.db'));
  app = createApp(ledger);
  api = testClient(app).api;
  const posted = await api.articles.$post(undefined, {
    headers: { 'content-type': 'text/plain' },
    init: { body: jloFile },
  });
  expect(posted.status).toBe(201);
});
afterAll(async () => {
  await ledger?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/desk/stories', () => {
  it('gives the list /stories gives when sorted, by activity unless asked otherwise', async () => {
    const desk = await (await api.desk.stories.$get()).json();
    expect(desk.total).toBeGreaterThan(1);
    expect(desk.editorial).toEqual({ dismissed: 0, flagged: 0 });
    expect(desk).toEqual(await json('/api/stories?sort=activity'));
    const byName = await (await api.desk.stories.$get({ query: { sort: 'name', limit: '1' } })).json();
    expect(byName).toEqual(await json('/api/stories?sort=name&limit=1'));
    expect(byName.stories).toHaveLength(1);
  });

  it('refuses what /stories refuses, with the same message', async () => {
    for (const query of ['limit=0', 'sort=bogus', 'from=2025-02-30', 'q=%25', 'from=2025-05-01&to=2025-04-01']) {
      const desk = await app.request(`/api/desk/stories?${query}`);
      const contract = await app.request(`/api/stories?${query}`);
      expect(desk.status, query).toBe(400);
      expect(await failure(desk), query).toEqual(await failure(contract));
    }
  });
});

describe('GET /api/desk/stories/:id', () => {
  it('gives the story with its articles and editorial state, as /stories/:id?with=articles', async () => {
    const { stories } = await (await api.stories.$get()).json();
    for (const s of stories) {
      const page = await (await api.desk.stories[':id'].$get({ param: { id: s.id } })).json();
      expect(page).toEqual(await json(`/api/stories/${s.id}?with=articles`));
      // The fields its shape promises: every article its evidence cites has its outlet and headline.
      for (const item of page.explanation) expect(page.articles[item.article], item.article).toBeDefined();
      expect(page.editorial?.merged).toEqual([]);
    }
  });

  it('takes ?as-of= as /stories/:id does, and says the same about a bad one and an unknown id', async () => {
    const id = at((await (await api.stories.$get()).json()).stories, 0).id;
    // Before its first evidence the story did not exist yet: without ?as-of= it would be a 200.
    const before = await api.desk.stories[':id'].$get({ param: { id }, query: { 'as-of': '2000-01-01' } });
    expect(before.status).toBe(404);
    for (const path of [`${id}?as-of=2000-01-01`, `${id}?as-of=2025-02-30`, 'nope']) {
      const desk = await app.request(`/api/desk/stories/${path}`);
      const contract = await app.request(`/api/stories/${path}`);
      expect(desk.status, path).toBe(contract.status);
      expect(await failure(desk), path).toEqual(await failure(contract));
    }
  });
});

describe('declared query parameters', () => {
  it('are what the server reads: a value outside them is a 400 at run time and a type error at compile time', async () => {
    const id = at((await (await api.stories.$get()).json()).stories, 0).id;
    // @ts-expect-error -- ?with= takes "articles" only
    const withWhat = await api.stories[':id'].$get({ param: { id }, query: { with: 'article' } });
    expect(await failure(withWhat)).toEqual({ code: 'bad-query', message: 'with: must be "articles", not "article"' });
    // @ts-expect-error -- a sort the list does not have
    const sorted = await api.desk.stories.$get({ query: { sort: 'votes' } });
    expect(sorted.status).toBe(400);
    // @ts-expect-error -- a status the ledger does not have
    const status = await api.stories.$get({ query: { status: 'rumoured' } });
    expect((await failure(status)).code).toBe('bad-query');
  });
});
