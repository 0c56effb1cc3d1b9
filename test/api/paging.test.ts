// The story and entity lists paged by the store in SQL (issue 14), on SQLite and (with RUMOURMILL_TEST_PG) PostgreSQL:
// a first page, the next through its cursor, a total that holds on every page, every item once, a bad cursor a 400,
// and the desk's order (sort key, undated last, then sources, score, names, id) as the API worked it out in JavaScript.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.ts';
import type { StoryListPage } from '../../src/api/routes.ts';
import { at, must } from '../../src/invariant/index.ts';
import { openLedger } from '../../src/ledger/index.ts';
import type { Ledger, StorySummary } from '../../src/ledger/types.ts';
import { closePool } from '../../src/pool/index.ts';
import { realArticle, seedArticle, seedExtraction } from '../ledger/fixtures.ts';
import { syntheticArticle, type Template } from '../ledger/synthetic.ts';
import { pgSchema, TEST_PG } from '../helpers/pg-schema.ts';
import { allPages, failure, getJson } from '../helpers/api.ts';

const PG = TEST_PG;
const schema = pgSchema('rm_api_paging');
const dir = mkdtempSync(join(tmpdir(), 'rumourmill-paging-'));
// Two real articles retold about made-up people on later and later days: a few hundred stories, some busy.
const ARTICLES = 240;

async function filled(url: string): Promise<Ledger> {
  const templates: Template[] = [
    { article: seedArticle(), extraction: seedExtraction() },
    realArticle('celebrity-039legit'),
    realArticle('celebrity-135legit'),
  ];
  const ledger = await openLedger(url, { batch: 64 });
  for (let i = 0; i < ARTICLES; i++) {
    const { article, extraction } = syntheticArticle(templates, i);
    // Every tenth undated, as a corpus without dates is: those go last whichever way dates are sorted.
    const undated = i % 10 === 9;
    await ledger.ingest(
      { ...article, published: undated ? null : article.published },
      undated ? { ...extraction, article: { ...extraction.article, published: null } } : extraction,
    );
  }
  await ledger.close();
  return openLedger(url);
}

const pgUrl = schema.url;

const stores: Array<[string, () => Ledger]> = [['SQLite', () => at(ledgers, 0)]];
if (PG) stores.push(['PostgreSQL', () => at(ledgers, 1)]);
else console.warn('api paging suite: RUMOURMILL_TEST_PG is not set, PostgreSQL is SKIPPED (npm test sets it)');
const ledgers: Ledger[] = [];
beforeAll(async () => {
  ledgers.push(await filled(join(dir, 'paging.db')));
  if (PG) {
    await schema.create();
    ledgers.push(await filled(pgUrl()));
  }
}, 180_000);
afterAll(async () => {
  for (const ledger of ledgers) await ledger.close();
  if (PG) await schema.drop();
  await closePool();
  rmSync(dir, { recursive: true, force: true });
});

type Entities = { entities: Array<{ id: string; type: string; articles: number }>; next: string | null; total: number };

/** Every story by the contract's own listing (its order, 500 a page). */
async function allStories(ledger: Ledger): Promise<StorySummary[]> {
  const all: StorySummary[] = [];
  for (let cursor: string | null = null; ;) {
    const page = await ledger.stories({ limit: 500, cursor });
    all.push(...page.stories);
    if (page.next === null) return all;
    cursor = page.next;
  }
}

// The desk's order as the API had it in JavaScript before the store did it in SQL: the reference here.
const RANK = ['ended', 'denied', 'contested', 'speculated', 'reported', 'corroborated', 'confirmed'];
const independent = (s: StorySummary) => s.sources.filter((x) => x.independent && x.kind !== 'author').length;
const nameOf = (s: StorySummary) =>
  s.subjects
    .map((x) => x.name)
    .join(' & ')
    .toLowerCase();
const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
function deskOrder(stories: StorySummary[], sort: string, order: 'asc' | 'desc'): string[] {
  const dated = sort === 'activity' ? 'lastSeen' : sort === 'first' ? 'firstSeen' : null;
  const key = (s: StorySummary): string | number =>
    sort === 'score'
      ? s.score
      : sort === 'sources'
        ? independent(s)
        : sort === 'name'
          ? nameOf(s)
          : sort === 'status'
            ? RANK.indexOf(s.status)
            : dated
              ? (s[dated] ?? '')
              : '';
  const sign = order === 'asc' ? 1 : -1;
  return [...stories]
    .sort(
      (a, b) =>
        (dated ? Number(a[dated] === null) - Number(b[dated] === null) : 0) ||
        sign * compare(key(a), key(b)) ||
        independent(b) - independent(a) ||
        b.score - a.score ||
        compare(nameOf(a), nameOf(b)) ||
        compare(a.id, b.id),
    )
    .map((s) => s.id);
}

describe.each(stores)('paged lists on %s', (_name, ledgerOf) => {
  it('the desk list: a first page, the next by its cursor, one total throughout, every story once', async () => {
    const ledger = ledgerOf();
    const all = await allStories(ledger);
    expect(all.length).toBeGreaterThan(100);
    const first = await getJson<StoryListPage>(ledger, '/api/stories?sort=activity&limit=20');
    expect(first.stories).toHaveLength(20);
    expect(first.total).toBe(all.length);
    expect(first.next).toBe('20');
    const second = await getJson<StoryListPage>(ledger, `/api/stories?sort=activity&limit=20&cursor=${first.next}`);
    expect(second.total).toBe(all.length);
    expect(second.stories.map((s) => s.id)).not.toContain(at(first.stories, 0).id);
    const seen = (await allPages<StoryListPage>(ledger, '/api/stories?sort=activity&limit=37')).flatMap((p) =>
      p.stories.map((s) => s.id),
    );
    expect(seen).toHaveLength(all.length);
    expect(new Set(seen)).toEqual(new Set(all.map((s) => s.id)));
    // The page after the last is empty, with no next.
    const past = await getJson<StoryListPage>(ledger, `/api/stories?sort=activity&limit=20&cursor=${all.length}`);
    expect(past).toMatchObject({ stories: [], next: null, total: all.length });
  });

  it.each([
    ['activity', 'desc'],
    ['activity', 'asc'],
    ['first', 'desc'],
    ['score', 'desc'],
    ['score', 'asc'],
    ['sources', 'desc'],
    ['name', 'asc'],
    ['status', 'desc'],
  ] as const)('sorts by %s %s in the desk order, page by page', async (sort, order) => {
    const ledger = ledgerOf();
    const expected = deskOrder(await allStories(ledger), sort, order);
    const got = (await allPages<StoryListPage>(ledger, `/api/stories?sort=${sort}&order=${order}&limit=23`)).flatMap(
      (p) => p.stories.map((s) => s.id),
    );
    expect(got).toEqual(expected);
  });

  it('filters by type, status and date with totals that match', async () => {
    const ledger = ledgerOf();
    const all = await allStories(ledger);
    const listed = await getJson<StoryListPage>(ledger, '/api/stories?sort=score&limit=5');
    for (const [type, n] of Object.entries(listed.types)) {
      expect(n).toBe(all.filter((s) => s.type === type).length);
      const typed = await getJson<StoryListPage>(ledger, `/api/stories?sort=score&type=${type}&limit=5`);
      expect(typed.total).toBe(n);
      expect(typed.stories.every((s) => s.type === type)).toBe(true);
    }
    const reported = await getJson<StoryListPage>(ledger, '/api/stories?sort=score&status=reported&limit=200');
    expect(reported.total).toBe(all.filter((s) => s.status === 'reported').length);
    expect(reported.stories.every((s) => s.status === 'reported')).toBe(true);
    const dated = all.filter((s) => s.lastSeen !== null && s.lastSeen >= '2010-06-01');
    expect((await getJson<StoryListPage>(ledger, '/api/stories?sort=activity&from=2010-06-01&limit=5')).total).toBe(
      dated.length,
    );
  });

  it('the contract list pages by cursor as before: a first page, the next, no story twice', async () => {
    const ledger = ledgerOf();
    const first = await getJson<{ stories: StorySummary[]; next: string | null }>(ledger, '/api/stories?limit=10');
    expect(first.stories).toHaveLength(10);
    expect(first.next).toBe('10');
    const second = await getJson<{ stories: StorySummary[] }>(ledger, `/api/stories?limit=10&cursor=${first.next}`);
    const ids = new Set(first.stories.map((s) => s.id));
    expect(second.stories.some((s) => ids.has(s.id))).toBe(false);
  });

  it('entities: a first page, the next by its cursor, a total, each entity once, people first', async () => {
    const ledger = ledgerOf();
    const first = await getJson<Entities>(ledger, '/api/entities?limit=25');
    expect(first.entities).toHaveLength(25);
    expect(first.next).toBe('25');
    const all = (await allPages<Entities>(ledger, '/api/entities?limit=25')).flatMap((p) => p.entities);
    expect(all).toHaveLength(first.total);
    expect(new Set(all.map((e) => e.id)).size).toBe(first.total);
    const people = all.filter((e) => e.type === 'person');
    expect(all.slice(0, people.length)).toEqual(people);
    const counts = people.map((e) => e.articles);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('leaves merged and dismissed stories out of the total, counts them, and lists the dismissed on request', async () => {
    const ledger = ledgerOf();
    const app = createApp(ledger);
    const act = async (story: string, body: object) => {
      const res = await app.request(`/api/stories/${story}/actions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(res.status, JSON.stringify(body)).toBe(201);
    };
    const before = await getJson<StoryListPage>(ledger, '/api/stories?sort=score&limit=200');
    const [dismissed, merged, into] = before.stories.filter((s) => s.type === 'relationship');
    await act(must(dismissed, 'a relationship story').id, { action: 'dismiss' });
    await act(must(merged, 'another').id, { action: 'merge', into: must(into, 'a third').id });
    const after = await getJson<StoryListPage>(ledger, '/api/stories?sort=score&limit=200');
    expect(after.total).toBe(before.total - 2);
    expect(after.editorial.dismissed).toBe(1);
    const shown = after.stories.map((s) => s.id);
    expect(shown).not.toContain(dismissed?.id);
    expect(shown).not.toContain(merged?.id);
    const listed = await getJson<StoryListPage>(ledger, '/api/stories?sort=score&show=dismissed&limit=5');
    expect(listed.total).toBe(1);
    expect(listed.stories.map((s) => s.id)).toEqual([dismissed?.id]);
  });

  it.each(['abc', '-1', '1.5', '99999999999999999999'])('cursor=%s is a 400 naming the cursor', async (cursor) => {
    for (const path of ['/api/stories?sort=activity&', '/api/stories?', '/api/entities?']) {
      const res = await createApp(ledgerOf()).request(`${path}cursor=${encodeURIComponent(cursor)}`);
      expect(res.status).toBe(400);
      expect((await failure(res)).message).toMatch(/^cursor: /);
    }
  });
});
