// Finding on the desk (issue 13), on SQLite always and on PostgreSQL when RUMOURMILL_TEST_PG is set (npm test sets
// it): the story search falls back on the articles' text when no story's people go by its words ("Brangelina" is no
// one's name or alias, but the articles use it), and the People list finds a person by each word of a search.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ledger/index.ts';
import { openStore, type Store, type StoryListingQuery } from '../../src/store/index.ts';
import { article, extraction } from '../ledger/build.ts';
import { TEST_PG, pgSchema } from '../helpers/pg-schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'rumourmill-listing-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
if (!TEST_PG) console.warn('listing by text: RUMOURMILL_TEST_PG is not set, PostgreSQL is SKIPPED (npm test sets it)');

let n = 0;
const backends: Array<[string, () => Promise<{ store: Store; done: () => Promise<void> }>]> = [
  ['SQLite', async () => ({ store: await openStore(join(dir, `ledger-${++n}.db`)), done: () => Promise.resolve() })],
  [
    'PostgreSQL',
    async () => {
      const schema = pgSchema(`rm_finding_${++n}`);
      await schema.create();
      const store = await openStore(schema.url());
      return { store, done: () => schema.drop() };
    },
  ],
];

const page = (q: string, more: Partial<StoryListingQuery> = {}): StoryListingQuery => ({
  q,
  inText: true,
  sort: 'activity',
  order: 'desc',
  limit: 10,
  offset: 0,
  ...more,
});

describe.each(backends)('%s', (name, setup) => {
  it.skipIf(name === 'PostgreSQL' && !TEST_PG)(
    'lists the stories of the articles that use a word no one is called by, and says so',
    async () => {
      const { store, done } = await setup();
      try {
        const said = [
          [
            'a1',
            'Brad Pitt and Angelina Jolie are dating, People says; Brangelina is back.',
            ['Brad Pitt', 'Angelina Jolie'],
          ],
          ['a2', 'Brad Pitt and Jennifer Aniston are dating, Us Weekly says.', ['Brad Pitt', 'Jennifer Aniston']],
          ['a3', 'Ben Affleck and Jennifer Garner are dating, the Sun says.', ['Ben Affleck', 'Jennifer Garner']],
        ] as const;
        const story: Record<string, string> = {};
        for (const [id, text, people] of said) {
          const a = article(id, '2025-01-02', 'People', text);
          const out = await ingestArticle(
            store,
            a,
            extraction(a, [...people], [{ holder: 'outlet', stance: 'asserts' }]),
          );
          story[id] = out.stories[0] ?? '';
        }
        const found = await store.storyListing(page('Brangelina'));
        expect([found.rows.map((r) => r.id), found.total, found.inText]).toEqual([[story.a1], 1, 1]);
        // A word that is someone's name lists their stories, as it did, not the articles that use it.
        const named = await store.storyListing(page('Aniston'));
        expect([named.rows.map((r) => r.id), named.inText]).toEqual([[story.a2], undefined]);
        // …even when the other filters leave none of them: the name answered.
        const none = await store.storyListing(page('Aniston', { type: 'feud' }));
        expect([none.total, none.inText]).toEqual([0, undefined]);
        // Without inText (the contract's own search) and for a word no article uses: nothing.
        expect((await store.storyListing(page('Brangelina', { inText: false }))).total).toBe(0);
        const nowhere = await store.storyListing(page('Bennifer'));
        expect([nowhere.total, nowhere.inText]).toEqual([0, undefined]);
      } finally {
        await store.close();
        await done();
      }
    },
  );

  it.skipIf(name === 'PostgreSQL' && !TEST_PG)(
    'the People list finds a person by each word of a search, in any of their names',
    async () => {
      const { store, done } = await setup();
      try {
        const a = article('a1', '2025-01-02', 'People', 'Ana de Armas and Ben Affleck are dating, People says.');
        await ingestArticle(
          store,
          a,
          extraction(a, ['Ana de Armas', 'Ben Affleck'], [{ holder: 'outlet', stance: 'asserts' }]),
        );
        const names = async (q: string) =>
          (await store.entityListing({ q, limit: 10, offset: 0 })).entities.map((e) => e.name);
        expect(await names('Ana Armas')).toEqual(['Ana de Armas']);
        expect(await names('armas ANA')).toEqual(['Ana de Armas']);
        expect(await names('Ana de Armas')).toEqual(['Ana de Armas']);
        // Every word must be in one of the names: Ben Affleck is not "Ana Affleck", nor is anyone.
        expect(await names('Ana Affleck')).toEqual([]);
        expect((await store.entityListing({ q: 'Ana Affleck', limit: 10, offset: 0 })).total).toBe(0);
      } finally {
        await store.close();
        await done();
      }
    },
  );
});
