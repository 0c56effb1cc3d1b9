// Editorial actions over the API on real development streams (test/fixtures/streams): a journalist flags, dismisses
// and merges stories, undoes what they did, and later articles respect it all. The audit log says who and when.
// On SQLite, and on PostgreSQL when RUMOURMILL_TEST_PG is set (as the store's contract suite).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testClient } from 'hono/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.ts';
import { must } from '../../src/invariant/index.ts';
import { openLedger } from '../../src/ledger/index.ts';
import type { Ledger, Story } from '../../src/ledger/types.ts';
import type { StoryListPage } from '../../src/api/routes.ts';
import { readInputs, type Article } from '../../src/read/index.ts';
import type { EditorialAction } from '../../src/store/index.ts';
import { pgSchema, TEST_PG } from '../helpers/pg-schema.ts';
import { failure } from '../helpers/api.ts';

const STREAMS = new URL('../fixtures/streams/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'rumourmill-editorial-'));
let ledger: Ledger;
let app: ReturnType<typeof createApp>;
let ariana: Article[];
let kim: Article[];
let arianaStory: string;
let kimStory: string;
/** Kim's articles ingested while her story was merged that fed it. */
const lateKim: string[] = [];

async function stream(name: string): Promise<Article[]> {
  const out: Article[] = [];
  for await (const r of readInputs([`${STREAMS}${name}.jsonl`])) if (r.ok) out.push(r.article);
  return out;
}

const api = () => testClient(app).api;
/** A JSON action as the desk posts it, with the headers given. */
const act = (story: string, body: unknown, headers: Record<string, string> = {}) =>
  api().stories[':id'].actions.$post(
    { param: { id: story } },
    { headers: { 'content-type': 'application/json', ...headers }, init: { body: JSON.stringify(body) } },
  );
type StoryBody = Story & {
  editorial: {
    flagged: EditorialAction | null;
    dismissed: EditorialAction | null;
    mergedInto: EditorialAction | null;
    merged: EditorialAction[];
    requested?: string;
  };
};
const story = async (id: string) => (await (await app.request(`/api/stories/${id}`)).json()) as StoryBody;
const listing = async (query = '') =>
  // The desk's listing (?sort=): the one answer of GET /api/stories the route's union type cannot pick by itself.
  (await (await app.request(`/api/stories?sort=activity&limit=200${query}`)).json()) as StoryListPage;
const ids = (list: Array<{ id: string }>) => list.map((s) => s.id);

const schema = pgSchema('rm_editorial_api');

for (const backend of ['SQLite', 'PostgreSQL'] as const)
  describe.skipIf(backend === 'PostgreSQL' && !TEST_PG)(`on ${backend}`, () => {
    beforeAll(async () => {
      lateKim.length = 0;
      if (backend === 'PostgreSQL') await schema.create();
      ledger = await openLedger(backend === 'SQLite' ? join(dir, 'editorial.db') : schema.url());
      app = createApp(ledger);
      ariana = await stream('ariana-grande-pete-davidson');
      kim = await stream('kim-kardashian-pete-davidson');
      // The first half of each stream now; the rest arrives after the journalist has acted.
      for (const a of [...ariana.slice(0, 4), ...kim.slice(0, 5)]) await ledger.ingest(a);
      arianaStory = must(
        await ledger.story(['Ariana Grande', 'Pete Davidson']),
        'the first four articles make the story',
      ).id;
      kimStory = must(
        await ledger.story(['Kim Kardashian', 'Pete Davidson']),
        'the first five articles make the story',
      ).id;
    }, 120_000);
    afterAll(async () => {
      await ledger?.close();
      if (backend === 'PostgreSQL') await schema.drop();
    });

    describe('editorial actions', () => {
      it('flags a story as wrong, saying who and when, and the flag shows on the story and in the list', async () => {
        const before = Date.now();
        const res = await act(
          kimStory,
          { action: 'flag', note: 'Split was announced in August' },
          { 'x-rumourmill-editor': 'Ana Reyes' },
        );
        expect(res.status).toBe(201);
        const { action } = await res.json();
        expect(action).toMatchObject({
          kind: 'flag',
          subject: kimStory,
          editor: 'Ana Reyes',
          note: 'Split was announced in August',
        });
        expect(Date.parse(action.at)).toBeGreaterThanOrEqual(before - 1000);
        expect((await story(kimStory)).editorial.flagged).toMatchObject({ seq: action.seq, editor: 'Ana Reyes' });
        const listed = (await listing()).stories.find((s) => s.id === kimStory);
        expect(listed?.editorial?.flagged?.editor).toBe('Ana Reyes');
        // Flagging twice is refused: the first flag still holds.
        expect((await act(kimStory, { action: 'flag' })).status).toBe(409);
      });

      it('dismisses a story: gone from the default list, found under show=dismissed, and still dismissed after new evidence', async () => {
        const res = await act(arianaStory, { action: 'dismiss', editor: 'Sam' });
        expect(res.status).toBe(201);
        const active = await listing();
        expect(ids(active.stories)).not.toContain(arianaStory);
        expect(active.editorial.dismissed).toBe(1);
        expect(ids((await listing('&show=dismissed')).stories)).toEqual([arianaStory]);
        expect(ids((await listing('&show=all')).stories)).toContain(arianaStory);
        // The contract's listing (no desk parameters) leaves it out too.
        const contract = await (await api().stories.$get({ query: { limit: '200' } })).json();
        expect(ids(contract.stories)).not.toContain(arianaStory);
        expect(contract.stories.length).toBe(active.total);
        const rows = must(await ledger.story(arianaStory), 'a dismissed story is still stored').explanation.length;
        // The rest of the stream arrives: the story takes its evidence and is rescored, but stays dismissed.
        for (const a of ariana.slice(4)) await ledger.ingest(a);
        await ledger.refresh();
        expect((await ledger.story(arianaStory))?.explanation.length).toBeGreaterThan(rows);
        expect((await story(arianaStory)).editorial.dismissed).toMatchObject({ editor: 'Sam' });
        expect(ids((await listing()).stories)).not.toContain(arianaStory);
      });

      it('merges one story into another, and later articles about the merged one land in the one it joined', async () => {
        const target = must(await ledger.story(arianaStory), 'the story merged into');
        const merged = must(await ledger.story(kimStory), 'the story to merge');
        const res = await act(kimStory, { action: 'merge', into: arianaStory, note: 'one story about Pete Davidson' });
        expect(res.status).toBe(201);
        const after = await story(arianaStory);
        expect(after.explanation.length).toBe(target.explanation.length + merged.explanation.length);
        expect(after.editorial.merged.map((a) => a.subject)).toEqual([kimStory]);
        // The merged story's address answers with the story it joined, saying which was asked for.
        const asked = await story(kimStory);
        expect(asked.id).toBe(arianaStory);
        expect(asked.editorial.requested).toBe(kimStory);
        expect(ids((await listing('&show=all')).stories)).not.toContain(kimStory);
        const pete = must(
          asked.subjects.find((s) => s.name === 'Pete Davidson'),
          'both stories are about Pete Davidson',
        );
        const entity = await (await api().entities[':id'].$get({ param: { id: pete.id } })).json();
        expect(ids(entity.stories)).toContain(arianaStory);
        expect(ids(entity.stories)).not.toContain(kimStory);
        // The rest of Kim's stream: its evidence is filed under the merged story, none under the old one.
        for (const a of kim.slice(5)) {
          const outcome = await ledger.ingest(a);
          expect(outcome.stories).not.toContain(kimStory);
          if (outcome.stories.includes(arianaStory)) lateKim.push(outcome.id);
        }
        expect(lateKim.length).toBeGreaterThan(0);
        await ledger.refresh();
        // The ledger, like the API, answers the merged story's id with the story it joined.
        expect((await ledger.story(kimStory))?.id).toBe(arianaStory);
        expect((await story(arianaStory)).explanation.length).toBeGreaterThan(after.explanation.length);
        // Acting on a merged story is refused, and so is merging a story into itself.
        expect((await act(kimStory, { action: 'dismiss' })).status).toBe(409);
        expect((await act(arianaStory, { action: 'merge', into: kimStory })).status).toBe(409);
      });

      it('undoes a merge as a new entry: each story gets back its own evidence, with what arrived meanwhile', async () => {
        const mergeSeq = must((await story(arianaStory)).editorial.merged[0], 'the story holds the merge').seq;
        const res = await act(kimStory, { action: 'undo', undoes: mergeSeq }, { 'x-rumourmill-editor': 'Ana Reyes' });
        expect(res.status).toBe(201);
        const kimNow = must(await ledger.story(kimStory), 'the undo brings the merged story back');
        const arianaNow = must(await ledger.story(arianaStory), 'the story merged into stays');
        // Every row is back with the couple its sentence is about: none of Kim's stream in Ariana's story and vice versa.
        expect(new Set(kimNow.explanation.map((e) => e.article.replace(/-\d+$/, '')))).toEqual(
          new Set(['kim-kardashian-pete-davidson']),
        );
        expect(new Set(arianaNow.explanation.map((e) => e.article.replace(/-\d+$/, '')))).toEqual(
          new Set(['ariana-grande-pete-davidson']),
        );
        for (const id of lateKim) expect(kimNow.explanation.some((e) => e.article === id)).toBe(true);
        expect((await story(kimStory)).editorial.mergedInto).toBeNull();
        expect(ids((await listing()).stories)).toContain(kimStory);
        // An undone action cannot be undone twice.
        expect((await act(kimStory, { action: 'undo', undoes: mergeSeq })).status).toBe(409);
      });

      it('undoes a dismissal and a flag, and keeps every step in the audit log, newest first', async () => {
        const dismissed = must((await story(arianaStory)).editorial.dismissed, 'dismissed in an earlier test');
        expect((await act(arianaStory, { action: 'undo', undoes: dismissed.seq })).status).toBe(201);
        expect(ids((await listing()).stories)).toContain(arianaStory);
        const flag = must((await story(kimStory)).editorial.flagged, 'flagged in an earlier test');
        expect((await act(kimStory, { action: 'undo', undoes: flag.seq })).status).toBe(201);
        expect((await story(kimStory)).editorial.flagged).toBeNull();
        const audit = await (await api().audit.$get()).json();
        expect(audit.actions.map((a) => [a.kind, a.editor])).toEqual([
          ['undo', 'desk'],
          ['undo', 'desk'],
          ['undo', 'Ana Reyes'],
          ['merge', 'desk'],
          ['dismiss', 'Sam'],
          ['flag', 'Ana Reyes'],
          // The ledger's own fold of a lone name's story at ingest ("Kardashian, 41" into Kim Kardashian's), logged too.
          ['merge', 'rumourmill (lone name)'],
        ]);
        expect(audit.actions[0]?.undoes).toBe(flag.seq);
        const before = String(must(audit.actions[1], 'six actions in the log').seq);
        const paged = await (await api().audit.$get({ query: { limit: '2', before } })).json();
        expect(paged.actions.map((a) => a.seq)).toEqual(audit.actions.slice(2, 4).map((a) => a.seq));
        const own = await (await api().stories[':id'].actions.$get({ param: { id: kimStory } })).json();
        expect(own.actions.every((a) => a.subject === kimStory || a.target === kimStory)).toBe(true);
      });

      it('takes JSON only, from this origin only, and says what is wrong with a request', async () => {
        expect(
          (
            await app.request(`/api/stories/${kimStory}/actions`, {
              method: 'POST',
              headers: { 'content-type': 'text/plain' },
              body: '{"action":"flag"}',
            })
          ).status,
        ).toBe(415);
        expect(
          (await act(kimStory, { action: 'flag' }, { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' }))
            .status,
        ).toBe(403);
        const bad = await act(kimStory, { action: 'delete' });
        expect(bad.status).toBe(400);
        expect((await failure(bad)).message).toContain('"flag", "dismiss", "merge" or "undo"');
        expect((await act('no-such-story', { action: 'flag' })).status).toBe(404);
        expect((await act(kimStory, { action: 'flag' }, { 'x-rumourmill-editor': 'x'.repeat(81) })).status).toBe(400);
        const pregnancy = (await listing('&type=pregnancy')).stories[0];
        if (pregnancy) expect((await act(pregnancy.id, { action: 'merge', into: kimStory })).status).toBe(409);
      });
    });
  });

afterAll(() => rmSync(dir, { recursive: true, force: true }));
