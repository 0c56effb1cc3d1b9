// The read parameters the desk added to the API (additive to CONTRACT.md): the story list sorted, filtered by type
// and paged by the server with a total; one story with its articles' outlets and its timeline's sentences.
// In-process (app.request) on the development ledger of dev-ledger.ts, without its syndicated copies.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.ts';
import { must } from '../../src/invariant/index.ts';
import { openLedger } from '../../src/ledger/index.ts';
import type { Ledger, Story, StorySummary } from '../../src/ledger/types.ts';
import { closePool } from '../../src/pool/index.ts';
import { shownStories } from '../helpers/shown.ts';
import { BUILD_TIMEOUT, allStories, devLedger } from './dev-ledger.ts';
import { failure } from '../helpers/api.ts';

type Listed = { stories: StorySummary[]; next: string | null; total: number; types: Record<string, number> };
let ledger: Ledger;
const dir = mkdtempSync(join(tmpdir(), 'rumourmill-listing-'));
let app: ReturnType<typeof createApp>;
const get = async <T>(path: string): Promise<T> => {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};

/** The list the server sorts, page after page, as one. */
const everyPage = async (path: string): Promise<Listed> => {
  const first = await get<Listed>(path);
  const stories = [...first.stories];
  for (let next = first.next; next !== null;) {
    const page = await get<Listed>(`${path}&cursor=${next}`);
    stories.push(...page.stories);
    next = page.next;
  }
  expect(stories).toHaveLength(first.total);
  return { ...first, stories, next: null };
};

beforeAll(async () => {
  ledger = await openLedger((await devLedger(dir, { syndicated: false })).file);
  app = createApp(ledger);
}, BUILD_TIMEOUT);
afterAll(async () => {
  await ledger?.close();
  await closePool();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/stories with sort, order and type', () => {
  it('answers as before when none is given (no total: the contract shape)', async () => {
    const plain = await get<{ stories: StorySummary[]; next: string | null; total?: number }>('/api/stories?limit=5');
    expect(plain.total).toBeUndefined();
    expect(plain.stories.map((s) => s.id)).toEqual((await shownStories(ledger)).slice(0, 5).map((s) => s.id));
  });

  it('pages through every story once, with the same total on every page', async () => {
    const all = await shownStories(ledger);
    const seen: string[] = [];
    let cursor: string | null = '0';
    while (cursor !== null) {
      const page: Listed = await get<Listed>(`/api/stories?sort=score&limit=7&cursor=${cursor}`);
      expect(page.total).toBe(all.length);
      seen.push(...page.stories.map((s) => s.id));
      cursor = page.next;
    }
    expect(seen).toHaveLength(all.length);
    expect(new Set(seen)).toEqual(new Set(all.map((s) => s.id)));
  });

  it.each(['score', 'sources', 'status', 'name'] as const)('sorts by %s both ways', async (sort) => {
    // Every page: on the full development ledger (~900 stories) the first 200 each way are not each other's reverse.
    const desc = await everyPage(`/api/stories?sort=${sort}&order=desc&limit=200`);
    const asc = await everyPage(`/api/stories?sort=${sort}&order=asc&limit=200`);
    const key = (s: StorySummary) =>
      sort === 'score'
        ? s.score
        : sort === 'name'
          ? s.subjects
              .map((x) => x.name)
              .join(' & ')
              .toLowerCase()
          : sort === 'sources'
            ? s.sources.filter((x) => x.independent && x.kind !== 'author').length
            : ['ended', 'denied', 'contested', 'speculated', 'reported', 'corroborated', 'confirmed'].indexOf(s.status);
    const keys = desc.stories.map(key);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    expect(asc.stories.map(key)).toEqual([...keys].reverse());
  });

  it('puts undated stories last by activity, whichever the order, the best-sourced first', async () => {
    for (const order of ['desc', 'asc']) {
      const { stories } = await get<Listed>(`/api/stories?sort=activity&order=${order}&limit=200`);
      const firstUndated = stories.findIndex((s) => s.lastSeen === null);
      expect(firstUndated).toBeGreaterThan(0);
      const undated = stories.slice(firstUndated);
      expect(undated.every((s) => s.lastSeen === null)).toBe(true);
      const outlets = undated.map((s) => s.sources.filter((x) => x.independent && x.kind !== 'author').length);
      expect(outlets).toEqual([...outlets].sort((a, b) => b - a));
      const dated = stories
        .slice(0, firstUndated)
        .map((s) => must(s.lastSeen, 'every story before the first undated one is dated'));
      expect(dated).toEqual([...dated].sort((a, b) => (order === 'asc' ? a.localeCompare(b) : b.localeCompare(a))));
    }
  });

  it('filters by type, and says which types there are', async () => {
    const all = await get<Listed>('/api/stories?sort=activity&limit=200');
    expect(Object.values(all.types).reduce((a, b) => a + b, 0)).toBe(all.total);
    const casting = await get<Listed>('/api/stories?type=casting&limit=200');
    expect(casting.total).toBe(all.types.casting);
    expect(casting.stories.every((s) => s.type === 'casting')).toBe(true);
  });

  it("finds a story by each word of a search in its people's names and aliases", async () => {
    // The Pitt & Jolie split of 2009 this used to find was a stream's trap, background since "his split from Angelina".
    const found = await get<Listed>(`/api/stories?q=${encodeURIComponent('Pitt Aniston')}&sort=name`);
    expect(
      found.stories.map((s) =>
        s.subjects
          .map((x) => x.name)
          .sort()
          .join(' & '),
      ),
    ).toContain('Brad Pitt & Jennifer Aniston');
    const alias = await get<Listed>(`/api/stories?q=${encodeURIComponent('A-Rod')}&sort=name`);
    expect(alias.stories.some((s) => s.subjects.some((x) => x.name === 'Alex Rodriguez'))).toBe(true);
    // Every word must match: a word nobody is called finds nothing.
    expect((await get<Listed>(`/api/stories?q=${encodeURIComponent('Pitt Qwertyuiop')}&sort=name`)).total).toBe(0);
  });

  it.each([
    ['sort=date', 'sort'],
    ['order=up', 'order'],
    ['type=Relationship!', 'type'],
    ['sort=score&cursor=-1', 'cursor'],
  ])('refuses %s with a 400 naming the parameter', async (query, parameter) => {
    const res = await app.request(`/api/stories?${query}`);
    expect(res.status).toBe(400);
    expect((await failure(res)).message).toMatch(new RegExp(`^${parameter}: `));
  });
});

describe('GET /api/stories/:id?with=articles', () => {
  it("adds each article's outlet, headline and credibility, where each timeline event was read, and each subject's type", async () => {
    const { stories } = await allStories(ledger);
    const wilde = must(
      stories.find(
        (s) => s.subjects.some((x) => x.name === 'Olivia Wilde') && s.subjects.some((x) => x.name === 'Harry Styles'),
      ),
      'the corpus has the Styles & Wilde story',
    );
    const plain = await get<Story>(`/api/stories/${wilde.id}`);
    expect(plain).not.toHaveProperty('articles');
    type Rich = Omit<Story, 'timeline' | 'subjects'> & {
      subjects: Array<{ id: string; name: string; type?: string }>;
      articles: Record<string, { source: string | null; title: string | null; credibility: { score: number } | null }>;
      timeline: Array<Story['timeline'][number] & { evidence?: { start: number; end: number } }>;
    };
    const rich = await get<Rich>(`/api/stories/${wilde.id}?with=articles`);
    // Everything the plain story says is still there, unchanged.
    const subjects = rich.subjects.map(({ id, name }) => ({ id, name }));
    expect({ ...rich, articles: undefined, timeline: plain.timeline, subjects }).toEqual({
      ...plain,
      articles: undefined,
    });
    // Each subject says what it is, as its entity page does (the page tells a casting's work from who is cast).
    for (const x of rich.subjects) expect(x.type).toBe((await ledger.entity(x.id))?.type);
    expect(rich.subjects.map((x) => x.type)).toEqual(['person', 'person']);
    for (const e of rich.explanation) {
      const stored = must(await ledger.article(e.article), 'every article the story cites is stored');
      expect(rich.articles[e.article]).toMatchObject({ source: stored.article.source, title: stored.article.title });
      expect(rich.articles[e.article]?.credibility?.score).toBe(stored.extraction.article.credibility.score);
    }
    const located = rich.timeline.flatMap((x) => (x.evidence ? [{ article: x.article, evidence: x.evidence }] : []));
    expect(located.length).toBeGreaterThan(rich.timeline.length / 2);
    for (const item of located) {
      const stored = must(await ledger.article(item.article), 'every article the timeline cites is stored');
      const event = stored.extraction.events.find((e) => e.evidence.start === item.evidence.start);
      expect(event?.evidence.end).toBe(item.evidence.end);
    }
    expect((await app.request(`/api/stories/${wilde.id}?with=everything`)).status).toBe(400);
  });
});
