// Query strings, path parameters and article fields a caller gets wrong: a 400 that names the parameter, never a
// 500 and never a silent reading of something else. The last part fuzzes every read parameter with fast-check, on
// SQLite and (when RUMOURMILL_TEST_PG is set) on PostgreSQL, where a NUL in a query used to be a 500.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { testClient } from 'hono/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.ts';
import { at, must } from '../../src/invariant/index.ts';
import { ingestArticle, openLedger } from '../../src/ledger/index.ts';
import type { Ledger } from '../../src/ledger/types.ts';
import { closePool } from '../../src/pool/index.ts';
import { openStore } from '../../src/store/index.ts';
import { seedArticle, seedExtraction } from '../ledger/fixtures.ts';
import { pgSchema, TEST_PG } from '../helpers/pg-schema.ts';
import { houseArticle } from '../helpers/doc.ts';
import { failure } from '../helpers/api.ts';
import type { ErrorBody } from '../../src/api/errors.ts';

const jloFile = readFileSync(new URL('../fixtures/celebrity-011legit.txt', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'rumourmill-queries-'));
const PG = TEST_PG;
const schema = pgSchema('rm_api_queries');

async function ledgerWithStories(url: string): Promise<Ledger> {
  const store = await openStore(url);
  const reviewed = seedExtraction();
  await ingestArticle(
    store,
    { ...seedArticle(), id: 'seed-reviewed' },
    { ...reviewed, article: { ...reviewed.article, id: 'seed-reviewed' } },
  );
  await ingestArticle(store, {
    id: null,
    published: '2017-03-09',
    title: null,
    source: null,
    url: null,
    text: houseArticle(jloFile, 'test').text,
    origin: { file: 'test' },
  });
  await store.close();
  return openLedger(url);
}

const pgUrl = schema.url;

const ledgers: Array<{ name: string; ledger: Ledger }> = [];
beforeAll(async () => {
  ledgers.push({ name: 'SQLite', ledger: await ledgerWithStories(join(dir, 'q.db')) });
  if (PG) {
    await schema.create();
    ledgers.push({ name: 'PostgreSQL', ledger: await ledgerWithStories(pgUrl()) });
  }
});
afterAll(async () => {
  for (const { ledger } of ledgers) await ledger.close();
  if (PG) await schema.drop();
  await closePool();
  rmSync(dir, { recursive: true, force: true });
});
if (!PG) console.warn('api queries suite: RUMOURMILL_TEST_PG is not set, PostgreSQL is SKIPPED (npm test sets it)');

const sqliteApp = () => createApp(at(ledgers, 0).ledger); // SQLite is always opened first

async function refused(res: Response, parameter: string): Promise<void> {
  expect(res.status).toBe(400);
  expect((await failure(res)).message).toMatch(new RegExp(`^${parameter}: `));
}

describe('bad query parameters are a 400 naming the parameter', () => {
  it.each(['99999999999999999999', '-1', 'abc', '1.5', ' 5'])('cursor=%s', async (value) => {
    await refused(await sqliteApp().request(`/api/stories?cursor=${encodeURIComponent(value)}`), 'cursor');
  });

  it.each(['99999999999999999999', '-1', 'abc', '0', '201', '1e2', '0x10'])('limit=%s', async (value) => {
    await refused(await sqliteApp().request(`/api/stories?limit=${encodeURIComponent(value)}`), 'limit');
  });

  it("keeps paging with the cursor a page hands out, and limit's bounds", async () => {
    const app = sqliteApp();
    const first = await (await testClient(app).api.stories.$get({ query: { limit: '1' } })).json();
    expect(first.next).toBe('1');
    expect((await app.request(`/api/stories?limit=200&cursor=${first.next}`)).status).toBe(200);
  });

  it.each([
    ['/api/stories?q=%00', 'q'],
    ['/api/stories?q=Tom%00Cruise', 'q'],
    ['/api/entities?q=%00', 'q'],
    ['/api/stories/%00', 'id'],
    ['/api/stories/s1%00', 'id'],
    ['/api/entities/%00', 'id'],
    ['/api/articles/%00', 'id'],
    ['/api/stories/s1?as-of=2025-02-30', 'as-of'],
    ['/api/stories/s1?as-of=0050-01-01', 'as-of'],
    ['/api/stories/s1?as-of=%00', 'as-of'],
  ])('%s → 400 naming %s', async (path, parameter) => {
    for (const { ledger } of ledgers) await refused(await createApp(ledger).request(path), parameter);
  });

  // q=% listed every story (a LIKE wildcard); \ escaped on PostgreSQL and not on SQLite.
  it.each(['%', '_', '50%', 'a_b', '\\', 'Tom\\'])('q=%s is refused, not read as a wildcard', async (q) => {
    for (const { ledger } of ledgers) {
      const app = createApp(ledger);
      await refused(await app.request(`/api/stories?q=${encodeURIComponent(q)}`), 'q');
      await refused(await app.request(`/api/entities?q=${encodeURIComponent(q)}`), 'q');
    }
  });

  it('still finds stories and people by name, and a story as of a date', async () => {
    const app = sqliteApp();
    const stories = await (await testClient(app).api.stories.$get({ query: { q: 'Tom Cruise' } })).json();
    expect(stories.stories.length).toBeGreaterThan(0);
    const first = at(stories.stories, 0);
    const asOf = await app.request(`/api/stories/${first.id}?as-of=2025-05-08`);
    expect(asOf.status).toBe(200);
    const before = await app.request(`/api/stories/${first.id}?as-of=2000-01-01`);
    expect([200, 404]).toContain(before.status);
  });
});

describe('bad article fields are a 400 that says what is wrong', () => {
  const post = (body: unknown) =>
    sqliteApp().request('/api/extract', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('text: 42 is "must be a string", not "missing"', async () => {
    const res = await post({ text: 42 });
    expect(res.status).toBe(400);
    expect((await failure(res)).message).toBe('text: must be a string, not number');
    expect((await failure(await post({ title: 'x' }))).message).toBe('text: is missing');
    expect((await failure(await post({ text: null }))).message).toBe('text: must be a string, not null');
  });

  it.each(['title', 'source'])('a NUL in %s is refused', async (field) => {
    for (const { ledger } of ledgers) {
      const res = await createApp(ledger).request('/api/articles', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'Tom Cruise was seen in London.', [field]: 'Daily\u0000Mail' }),
      });
      await refused(res, field);
    }
  });
});

// --- fuzzing ---------------------------------------------------------------------------------------------------

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n));
const tricky = fc.constantFrom(
  '%',
  '_',
  '\\',
  '\u0000',
  '-1',
  '99999999999999999999',
  'abc',
  '1e3',
  '0',
  '1',
  '200',
  '201',
  ' 5',
  '2025-02-30',
  '2025-05-07',
  'confirmed',
  'Tom Cruise',
  '',
);
const anyText = fc.oneof(
  tricky,
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({
    unit: fc.oneof(
      fc.constantFrom('%', '&', '=', '#', '+', '\\', '_', '\u0000', '0', '9', '-', 'a', ' '),
      loneSurrogate,
    ),
    maxLength: 16,
  }),
);
// Raw query text, not encoded: bare %, %zz, & and = where they should not be.
const rawQuery = fc.string({
  unit: fc.constantFrom('%', '&', '=', '+', 'q', 'cursor', 'limit', 'status', 'as-of', '0', '1', '9', 'z', 'a', '_'),
  maxLength: 24,
});
const wellFormed = (s: string) =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
const queryOf = (params: Record<string, string | null>) =>
  new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== null)).toString();

async function snapshot(app: ReturnType<typeof createApp>): Promise<string> {
  const stories = await (await app.request('/api/stories?limit=200')).text();
  const entities = await (await app.request('/api/entities')).text();
  const article = await (await app.request('/api/articles/seed-reviewed')).text();
  return stories + entities + article;
}

describe('fuzzing the read parameters (fast-check)', () => {
  for (const name of ['SQLite', 'PostgreSQL'])
    it.skipIf(name === 'PostgreSQL' && !PG)(
      `on ${name}: random q, cursor, limit, status, as-of and ids never give a 500 nor change stored data`,
      async () => {
        const app = createApp(
          must(
            ledgers.find((l) => l.name === name),
            `the ${name} ledger is opened when its run is not skipped`,
          ).ledger,
        );
        const before = await snapshot(app);
        const answered = async (path: string) => {
          const res = await app.request(path);
          const body = (await res.json()) as Partial<ErrorBody>;
          if (res.status >= 500 || (res.status >= 400 && !body.error?.code))
            throw new Error(`${path} → ${res.status} ${JSON.stringify(body)}`);
          return res.status;
        };
        // Each parameter alone (so a bad status does not hide a bad cursor behind its 400), then all of them together,
        // each usually valid, and raw query text.
        const valid = {
          status: fc.constantFrom('speculated', 'reported', 'confirmed', 'denied', 'ended'),
          limit: fc.integer({ min: 1, max: 200 }).map(String),
          cursor: fc.integer({ min: 0, max: 5 }).map(String),
          q: fc.constantFrom('Tom', 'ana de armas', 'Lopez'),
        };
        const param = (good: fc.Arbitrary<string>) => fc.option(fc.oneof(good, anyText), { nil: null });
        const storyIds = (
          await (await testClient(app).api.stories.$get({ query: { limit: '200' } })).json()
        ).stories.map((st) => st.id);
        await fc.assert(
          fc.asyncProperty(
            fc.record({
              q: param(valid.q),
              cursor: param(valid.cursor),
              limit: param(valid.limit),
              status: param(valid.status),
              asOf: param(fc.constantFrom('2025-05-08', '2017-03-10')),
              id: fc.oneof(fc.constantFrom(...storyIds), anyText),
              raw: rawQuery,
            }),
            async ({ q, cursor, limit, status, asOf, id, raw }) => {
              const wf = (s: string | null) => (s === null ? null : wellFormed(s));
              for (const [name, value] of Object.entries({ q, cursor, limit, status }))
                await answered(`/api/stories?${queryOf({ [name]: wf(value) })}`);
              await answered(
                `/api/stories?${queryOf({ q: wf(q), cursor: wf(cursor), limit: wf(limit), status: wf(status) })}`,
              );
              await answered(`/api/entities?${queryOf({ q: wf(q) })}`);
              const path = encodeURIComponent(wellFormed(id)) || 'none';
              await answered(`/api/stories/${path}?${queryOf({ 'as-of': wf(asOf) })}`);
              await answered(`/api/entities/${path}`);
              await answered(`/api/articles/${path}`);
              await answered(`/api/stories?${raw}`);
              await answered(`/api/entities?${raw}`);
            },
          ),
          { numRuns: 300 },
        );
        expect(await snapshot(app)).toBe(before);
      },
    );
});
