// One story and one entity paged (issue 14), on SQLite and (with RUMOURMILL_TEST_PG) PostgreSQL: an entity's names as
// ingest counted them equal namesUsed's reading of its articles; walking the pages through `next` gives every
// appearance, story and evidence item exactly once, in the order of the whole; a story read again comes from what was
// kept and is the same; a new article on the story is in the next read; bad paging parameters are 400s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.ts';
import { at, must } from '../../src/invariant/index.ts';
import { namesUsed } from '../../src/ledger/aliases.ts';
import { ledgerOver } from '../../src/ledger/ledger.ts';
import type { EntityDetail, Ledger, Story, StoryPage } from '../../src/ledger/types.ts';
import { closePool } from '../../src/pool/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { realArticle, seedArticle, seedExtraction } from '../ledger/fixtures.ts';
import { syntheticArticle, type Template } from '../ledger/synthetic.ts';
import { pgSchema, TEST_PG } from '../helpers/pg-schema.ts';
import { allPages, failure, getJson } from '../helpers/api.ts';

const schema = pgSchema('rm_api_long_lists');
const dir = mkdtempSync(join(tmpdir(), 'rumourmill-long-lists-'));
// Three real articles retold about made-up people on later and later days: busy stories and people.
const ARTICLES = 160;
const templates = (): Template[] => [
  { article: seedArticle(), extraction: seedExtraction() },
  realArticle('celebrity-039legit'),
  realArticle('celebrity-135legit'),
];

type Opened = { store: Store; ledger: Ledger };
async function filled(url: string): Promise<Opened> {
  const store = await openStore(url);
  const ledger = ledgerOver(store);
  // The last article is kept back: the test of a changed story ingests it.
  for (let i = 0; i < ARTICLES - 1; i++) {
    const { article, extraction } = syntheticArticle(templates(), i);
    const undated = i % 10 === 9;
    await ledger.ingest(
      { ...article, published: undated ? null : article.published },
      undated ? { ...extraction, article: { ...extraction.article, published: null } } : extraction,
    );
  }
  return { store, ledger };
}

const opened: Opened[] = [];
const backends: Array<[string, () => Opened]> = [['SQLite', () => at(opened, 0)]];
if (TEST_PG) backends.push(['PostgreSQL', () => at(opened, 1)]);
else console.warn('long lists suite: RUMOURMILL_TEST_PG is not set, PostgreSQL is SKIPPED (npm test sets it)');
beforeAll(async () => {
  opened.push(await filled(join(dir, 'long-lists.db')));
  if (TEST_PG) {
    await schema.create();
    opened.push(await filled(schema.url()));
  }
}, 180_000);
afterAll(async () => {
  for (const { ledger } of opened) await ledger.close();
  if (TEST_PG) await schema.drop();
  await closePool();
  rmSync(dir, { recursive: true, force: true });
});

/** The entity in the most articles, the story with the most evidence rows, and the entity with the most stories. */
async function busiest(store: Store): Promise<{ story: string; person: string; storied: string }> {
  const person = must((await store.entities(undefined, 1)).at(0), 'an entity').id;
  const ids = await store.storyIds();
  const sizes = await Promise.all(ids.map(async (id) => [id, await store.evidenceCount(id)] as const));
  const story = must(sizes.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0], 'a story')[0];
  const entities = await store.entities(undefined, 1000);
  const counts = await Promise.all(entities.map(async (x) => [x.id, (await store.storiesOf(x.id)).length] as const));
  const storied = must(counts.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0], 'an entity')[0];
  return { story, person, storied };
}

describe.each(backends)('long lists on %s', (_name, openedOn) => {
  it('an entity’s names, counted at ingest, are namesUsed’s reading of its articles, for every entity', async () => {
    const { store, ledger } = openedOn();
    const entities = await store.entities(undefined, 1000);
    expect(entities.length).toBeGreaterThan(20);
    let named = 0;
    for (const e of entities) {
      const entity = must(await store.entity(e.id), 'a stored entity');
      const read = await namesUsed(
        store,
        entity,
        (await store.appearances(e.id)).map((a) => a.article),
      );
      const page = must(await ledger.entity(e.id), 'its page');
      expect(page.names, e.name).toEqual(read);
      if (read.length > 1) named++;
    }
    expect(named).toBeGreaterThan(5);
  });

  it('an entity’s appearances and stories: every one once through `next`, in the order of the whole', async () => {
    const { store, ledger } = openedOn();
    const { person, storied } = await busiest(store);
    const all = await store.appearances(person);
    expect(all.length).toBeGreaterThan(15);
    expect(all.some((a) => a.published === null)).toBe(true);
    const walked = await allPages<EntityDetail>(ledger, `/api/entities/${person}?limit=4`);
    expect(walked.length).toBeGreaterThan(3);
    expect(walked.flatMap((p) => p.appearances)).toEqual(all);
    for (const p of walked) expect(p.articles).toBe(all.length);
    const stories = (await store.storiesOf(storied)).map((s) => s.id);
    expect(stories.length).toBeGreaterThanOrEqual(3);
    const byStory = await allPages<EntityDetail>(ledger, `/api/entities/${storied}?limit=1`);
    expect(byStory.flatMap((p) => p.stories.map((s) => s.id))).toEqual(stories);
    const appearances = await store.appearances(storied);
    expect(byStory.flatMap((p) => p.appearances)).toEqual(appearances);
    for (const p of byStory) expect(p.totals).toEqual({ appearances: appearances.length, stories: stories.length });
    // Newest first: dated ones from the latest, undated last.
    const newest = (await allPages<EntityDetail>(ledger, `/api/entities/${person}?limit=3&order=newest`)).flatMap(
      (p) => p.appearances,
    );
    expect(newest.map((a) => a.published)).toEqual(
      [...all.filter((a) => a.published !== null).map((a) => a.published)]
        .reverse()
        .concat(all.filter((a) => a.published === null).map(() => null)),
    );
    expect(new Set(newest.map((a) => a.article)).size).toBe(all.length);
    // The days it appears on, summed, are its dated appearances.
    const first = must(walked[0], 'a first page');
    expect(first.appearanceDays.reduce((n, d) => n + d.articles, 0)).toBe(
      all.filter((a) => a.published !== null).length,
    );
    // The default page is 200, and the whole fits in it here.
    const whole = await getJson<EntityDetail>(ledger, `/api/entities/${person}`);
    expect(whole.appearances).toEqual(all);
    expect(whole.next).toBeNull();
  });

  it('a story’s explanation, background and timeline: every item once through `next`, as story() has them', async () => {
    const { store, ledger } = openedOn();
    const { story: id } = await busiest(store);
    const whole = must(await ledger.story(id), 'the story');
    expect(whole.explanation.length).toBeGreaterThan(20);
    const walked = await allPages<StoryPage>(ledger, `/api/stories/${id}?limit=6`);
    expect(walked.length).toBeGreaterThan(3);
    const lists = (p: Story) => ({ explanation: p.explanation, background: p.background, timeline: p.timeline });
    expect({
      explanation: walked.flatMap((p) => p.explanation),
      background: walked.flatMap((p) => p.background),
      timeline: walked.flatMap((p) => p.timeline),
    }).toEqual(lists(whole));
    const totals = {
      explanation: whole.explanation.length,
      background: whole.background.length,
      timeline: whole.timeline.length,
    };
    for (const p of walked) {
      expect(p.totals).toEqual(totals);
      // Everything but the long lists is the whole story's, on every page.
      const {
        explanation: _e,
        background: _b,
        timeline: _t,
        next: _n,
        totals: _s,
        editorial: _d,
        verdict: _v,
        ...rest
      } = p as StoryPage & {
        editorial?: unknown;
      };
      const { explanation: _we, background: _wb, timeline: _wt, ...wholeRest } = whole;
      expect(rest).toEqual(wholeRest);
    }
    // Read again, from what the first read kept: the same answer, byte for byte, as the first read (assembled) gave.
    await store.transaction((tx) =>
      tx.putStoryRead(id, { basis: 'stale', head: {}, lists: { explanation: [], background: [], timeline: [] } }),
    );
    const fresh = await (await createApp(ledger).request(`/api/stories/${id}?limit=6&cursor=6`)).text();
    const again = await (await createApp(ledger).request(`/api/stories/${id}?limit=6&cursor=6`)).text();
    expect(again).toBe(fresh);
    expect(again).toBe(JSON.stringify(walked[1]));
    // The verdict's items, found in the whole explanation, whichever page holds them.
    const all = whole.explanation;
    const verdict = must(walked[0], 'a first page').verdict;
    const decidedBy = whole.stages?.find((s) => s.value === whole.value)?.decidedBy;
    // The deciding item is found where the desk looks for it: by its article and span.
    const at_ = (x: { article: string; start: number; end: number } | undefined) => x && [x.article, x.start, x.end];
    if (decidedBy) expect(at_(all[must(verdict.decided, 'its place')])).toEqual(at_(decidedBy));
    if (verdict.for) expect(all[verdict.for.index]).toEqual(verdict.for.item);
    if (verdict.against) expect(all[verdict.against.index]).toEqual(verdict.against.item);
    expect(verdict.for ?? verdict.against).not.toBeNull();
    // The desk's page: the articles of its items only.
    const desk = await getJson<StoryPage & { articles: Record<string, unknown> }>(
      ledger,
      `/api/desk/stories/${id}?limit=6`,
    );
    const ids = new Set([...desk.explanation, ...desk.background, ...desk.timeline].map((x) => x.article));
    expect(new Set(Object.keys(desk.articles))).toEqual(ids);
  });

  it('a story changed by a new article is read anew, and the kept read follows it', async () => {
    const { store, ledger } = openedOn();
    const { story: id } = await busiest(store);
    const before = await getJson<StoryPage>(ledger, `/api/stories/${id}?limit=1000`);
    const { article, extraction } = syntheticArticle(templates(), ARTICLES - 1);
    const outcome = await ledger.ingest(article, extraction);
    expect(outcome.status).toBe('new');
    const after = await getJson<StoryPage>(ledger, `/api/stories/${id}?limit=1000`);
    const fresh = must(await ledger.story(id), 'the story');
    expect(after.explanation).toEqual(fresh.explanation);
    expect(after.score).toBe(fresh.score);
    if (outcome.stories.includes(id)) expect(after.totals).not.toEqual(before.totals);
    // As of a date: assembled then, paged the same way.
    const day = must(fresh.lastSeen, 'a dated story');
    const asOf = await getJson<StoryPage>(ledger, `/api/stories/${id}?as-of=${day}&limit=3`);
    expect(asOf.explanation).toEqual(must(await ledger.story(id, { asOf: day }), 'then').explanation.slice(0, 3));
  });

  it('refuses paging it cannot follow, naming the parameter', async () => {
    const { store, ledger } = openedOn();
    const { story, person } = await busiest(store);
    const app = createApp(ledger);
    for (const path of [
      `/api/stories/${story}?limit=0`,
      `/api/stories/${story}?limit=1001`,
      `/api/desk/stories/${story}?cursor=abc`,
      `/api/entities/${person}?cursor=-1`,
      `/api/entities/${person}?order=sideways`,
    ]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(400);
      expect((await failure(res)).message).toMatch(/^(limit|cursor|order)/);
    }
  });
});
