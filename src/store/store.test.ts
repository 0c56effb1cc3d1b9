// One contract suite, run against SQLite always and PostgreSQL when RUMOURMILL_TEST_PG is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ingestArticle } from '../ledger/index.ts';
import { namesUsed } from '../ledger/aliases.ts';
import { ledgerOver } from '../ledger/ledger.ts';
import { refreshScores } from '../ledger/refresh.ts';
import { article as newsArticle, extraction } from '../../test/ledger/build.ts';
import type { Said } from '../../test/ledger/build.ts';
import { seedArticle, seedExtraction } from '../../test/ledger/fixtures.ts';
import { openStore } from './index.ts';
import { openPostgres } from './postgres.ts';
import type { ArticleRow, Store, StoreTx } from './index.ts';
import type { Extraction } from '../extract/index.ts';
import { at, must } from '../invariant/index.ts';
import { pgSchema, TEST_PG } from '../../test/helpers/pg-schema.ts';

/** `raw` runs SQL past the store, to make a database look like one written by an older version. */
type Backend = {
  name: string;
  url: () => string;
  setup: () => Promise<void>;
  teardown: () => Promise<void>;
  raw: (sql: string[]) => Promise<void>;
};

const dir = mkdtempSync(join(tmpdir(), 'rumourmill-store-'));
let n = 0;
let sqlitePath = '';
const sqlite: Backend = {
  name: 'SQLite',
  url: () => sqlitePath,
  setup: async () => {
    sqlitePath = join(dir, `t${++n}.db`);
  },
  teardown: async () => {},
  raw: async (sql) => {
    const db = new Database(sqlitePath);
    for (const statement of sql) db.exec(statement);
    db.close();
  },
};

let schema: ReturnType<typeof pgSchema>;
// Each test gets its own schema, so runs never see each other's rows.
const postgres: Backend = {
  name: 'PostgreSQL',
  url: () => schema.url(),
  setup: async () => {
    schema = pgSchema(`rm_test_${++n}`);
    await schema.create();
  },
  teardown: () => schema.drop(),
  raw: async (sql) => {
    const client = new pg.Client({ connectionString: postgres.url() });
    await client.connect();
    for (const statement of sql) await client.query(statement);
    await client.end();
  },
};

/** A database as written before schema version 4: no credibility column, no track records (nor their migration records). */
const VERSION_3 = [
  'DROP TABLE story_read_items',
  'DROP TABLE story_reads',
  'DROP TABLE entity_names',
  'DROP INDEX appearances_day',
  'ALTER TABLE articles DROP COLUMN brief',
  'DROP TABLE scored_totals',
  'DROP TABLE unscored_stories',
  'DROP INDEX story_subjects_entity',
  'DROP TABLE record_totals',
  'DROP TABLE report_outcomes',
  'DROP TABLE ledger_state',
  'ALTER TABLE articles DROP COLUMN credibility',
  'ALTER TABLE evidence DROP COLUMN claim_time',
  'DROP TABLE article_entities',
  'ALTER TABLE stale_stories DROP COLUMN recomputed_rows',
  'DELETE FROM schema_migrations WHERE version >= 4',
];

if (!TEST_PG)
  console.warn('store contract suite: RUMOURMILL_TEST_PG is not set, PostgreSQL is SKIPPED (npm test sets it)');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function article(id: string, text: string, published = '2025-05-07'): ArticleRow {
  return {
    id,
    contentHash: `h-${id}`,
    published,
    title: null,
    source: null,
    url: null,
    text,
    extraction: { ...seedExtraction(), article: { ...seedExtraction().article, id, published } },
  };
}

for (const backend of [sqlite, postgres]) {
  describe.skipIf(backend === postgres && !TEST_PG)(`Store contract: ${backend.name}`, () => {
    let store: Store;
    afterEach(async () => {
      await store?.close();
      await backend.teardown();
    });
    const open = async () => {
      await backend.setup();
      store = await openStore(backend.url());
      return store;
    };

    it('applies its migrations once: reopening keeps the data', async () => {
      await open();
      await store.transaction((tx) => tx.insertArticle(article('a1', 'Tom Cruise was seen in London.')));
      await store.close();
      store = await openStore(backend.url());
      expect((await store.counts()).articles).toBe(1);
      expect(await store.check()).toEqual([]);
    });

    it('keeps the article text and extraction exactly, found by id or by content', async () => {
      await open();
      const text = seedArticle().text;
      await store.transaction((tx) => tx.insertArticle(article('seed', text)));
      const back = await store.article('seed');
      expect(back?.text).toBe(text);
      expect(back?.extraction).toEqual(article('seed', text).extraction);
      expect(await store.findArticle('other-id', 'h-seed')).toBe('seed');
      expect(await store.findArticle('nope', 'nope')).toBeNull();
    });

    it('stores nothing of a transaction that fails', async () => {
      await open();
      await expect(
        store.transaction(async (tx) => {
          await tx.insertArticle(article('a1', 'one'));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect((await store.counts()).articles).toBe(0);
      await store.transaction((tx) => tx.insertArticle(article('a2', 'two')));
      expect((await store.counts()).articles).toBe(1);
    });

    it('finds articles by their words (full-text search)', async () => {
      await open();
      await store.transaction(async (tx) => {
        await tx.insertArticle(article('a1', 'Ana de Armas shared an Instagram post featuring her dog Salsita.'));
        await tx.insertArticle(article('a2', 'Victoria Beckham posted a photo from the party.'));
      });
      expect(await store.searchArticles('Salsita', 10)).toEqual(['a1']);
      expect(await store.searchArticles('party photo', 10)).toEqual(['a2']);
      expect(await store.searchArticles('wedding', 10)).toEqual([]);
      expect(await store.searchArticles('"unbalanced', 10)).toEqual([]);
    });

    it('finds articles by their words whatever their accents, as names are matched (aliasKey)', async () => {
      await open();
      await store.transaction(async (tx) => {
        await tx.insertArticle({
          ...article('b1', 'Beyoncé and Jay-Z were seen in Łódź.'),
          title: 'Zoë Kravitz at the Met',
        });
        await tx.insertArticle(article('b2', 'A Søren Kierkegaard biopic casts a Beyonce lookalike.'));
      });
      const found = async (q: string) => (await store.searchArticles(q, 10)).sort();
      expect(await found('Beyonce')).toEqual(['b1', 'b2']);
      expect(await found('BEYONCÉ')).toEqual(['b1', 'b2']);
      expect(await found('Lodz')).toEqual(['b1']);
      expect(await found('Zoe Kravitz')).toEqual(['b1']);
      expect(await found('Soren')).toEqual(['b2']);
      expect(await found('Sören')).toEqual(['b2']);
    });

    it('migrates a full-text index written before it folded accents (migration 14): every article found again', async () => {
      await open();
      await store.transaction(async (tx) => {
        await tx.insertArticle(article('b1', 'Beyoncé and Jay-Z were seen in Łódź.'));
        await tx.insertArticle(article('b2', 'Victoria Beckham posted a photo from the party.'));
      });
      await store.close();
      // The index as versions 2 to 13 wrote it: the text as written, which "Beyonce" (folded) does not find.
      await backend.raw([
        ...(backend === sqlite
          ? ['DELETE FROM articles_fts', "INSERT INTO articles_fts (id, title, text) SELECT id, '', text FROM articles"]
          : [
              'ALTER TABLE articles DROP COLUMN tsv',
              `ALTER TABLE articles ADD COLUMN tsv tsvector
                 GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED`,
              'CREATE INDEX articles_tsv ON articles USING GIN (tsv)',
            ]),
        'DELETE FROM schema_migrations WHERE version = 14',
      ]);
      store = await openStore(backend.url());
      expect(await store.searchArticles('Beyonce Lodz', 10)).toEqual(['b1']);
      expect(await store.searchArticles('party photo', 10)).toEqual(['b2']);
      await store.transaction((tx) => tx.insertArticle(article('b3', 'Beyonce headlines the festival.')));
      expect((await store.searchArticles('Beyoncé', 10)).sort()).toEqual(['b1', 'b3']);
      expect(await store.check()).toEqual([]);
    });

    it.runIf(backend === postgres)(
      'check names an article the search index lacks (written at ingest since 14)',
      async () => {
        await open();
        await store.transaction((tx) => tx.insertArticle(article('b1', 'Beyoncé and Jay-Z were seen in Łódź.')));
        expect(await store.check()).toEqual([]);
        await backend.raw(['UPDATE articles SET tsv = NULL']);
        expect(await store.check()).toEqual(['1 articles missing from the search index']);
      },
    );

    it('looks up entities by any of their names, case-insensitively', async () => {
      await open();
      await store.transaction((tx) =>
        tx.putEntity({ id: 'p1', name: 'Tom Cruise', type: 'person' }, ['Cruise', 'Tom']),
      );
      await store.transaction((tx) => tx.putEntity({ id: 'p1', name: 'Tom Cruise', type: 'person' }, ['Tom']));
      expect((await store.entitiesByAlias(['cruise'])).map((e) => e.id)).toEqual(['p1']);
      expect((await store.entity('p1'))?.aliases.sort()).toEqual(['Cruise', 'Tom', 'Tom Cruise']);
      expect(await store.entitiesByAlias(['Ana'])).toEqual([]);
    });

    it('inside a transaction, a name, a log entry and a total written are read back at once (what the transaction keeps)', async () => {
      await open();
      await store.transaction(async (tx) => {
        // Read first, so the transaction keeps the answers; then written, then read again.
        await tx.warmAliases(['Cruise', 'Tom Cruise']);
        expect(await tx.entitiesByAlias(['cruise'])).toEqual([]);
        expect(await tx.editorialLog({ kinds: ['merge', 'undo'] })).toEqual([]);
        expect(await tx.trackRecordTotals()).toEqual([]);
        await tx.putEntity({ id: 'p1', name: 'Tom Cruise', type: 'person' }, ['Cruise']);
        await tx.addEditorial({
          kind: 'merge',
          about: 'story',
          subject: 's1',
          target: 's2',
          undoes: null,
          cause: null,
          editor: 'desk',
          note: null,
          at: '2025-05-07T10:00:00Z',
        });
        await tx.addToTotals([{ scope: 'all', key: '', name: '', trueCount: 2, falseCount: 1 }]);
        await tx.addToTotals([{ scope: 'all', key: '', name: '', trueCount: 1, falseCount: 0 }]);
        expect((await tx.entitiesByAlias(['Cruise', 'TOM CRUISE'])).map((e) => [e.id, e.alias])).toEqual([
          ['p1', 'cruise'],
          ['p1', 'tom cruise'],
        ]);
        expect((await tx.editorialLog({ kinds: ['merge', 'undo'] })).map((a) => [a.seq, a.subject])).toEqual([
          [1, 's1'],
        ]);
        expect(await tx.trackRecordTotals()).toEqual([
          { scope: 'all', key: '', name: '', trueCount: 3, falseCount: 1 },
        ]);
      });
      // And the database holds the same.
      expect((await store.entitiesByAlias(['cruise'])).map((e) => e.id)).toEqual(['p1']);
      expect(await store.trackRecordTotals()).toEqual([
        { scope: 'all', key: '', name: '', trueCount: 3, falseCount: 1 },
      ]);
    });

    it.skipIf(backend !== postgres)(
      "synchronousCommit off: the ledger's transactions commit without waiting for the disk; on by default",
      async () => {
        await open();
        for (const [given, expected] of [
          [undefined, 'on'],
          ['off', 'off'],
        ] as const) {
          const connection = await openPostgres(backend.url(), given ? { synchronousCommit: given } : {});
          const inside = await connection.transaction(async (tx) => tx.all('SHOW synchronous_commit'));
          // Only the ledger's own transactions: outside them the server's setting holds.
          const outside = await connection.all('SHOW synchronous_commit');
          await connection.close();
          expect([inside[0]?.synchronous_commit, outside[0]?.synchronous_commit]).toEqual([expected, 'on']);
        }
      },
    );

    it('entity rows written in one transaction (held and sent together) are stored as written one by one', async () => {
      await open();
      await store.transaction(async (tx) => {
        await tx.insertArticle(article('a1', 'one'));
        await tx.putEntity({ id: 'p1', name: 'Tom Cruise', type: 'person' }, ['Cruise']);
        await tx.addAppearance('p1', 'a1', '2025-05-07', 2);
        // The same entity again in the same article (two of its entities resolved to one): mentions add up.
        await tx.putEntity({ id: 'p1', name: 'Tom Cruise', type: 'person' }, ['Tom']);
        await tx.addAppearance('p1', 'a1', '2025-05-07', 3);
        // Read inside the transaction: what is held is sent first.
        expect((await tx.appearances('p1')).map((a) => a.mentions)).toEqual([5]);
        await tx.addAppearance('p1', 'a1', '2025-05-07', 1);
      });
      expect(await store.appearances('p1')).toEqual([{ article: 'a1', published: '2025-05-07', mentions: 6 }]);
      expect((await store.entity('p1'))?.aliases.sort()).toEqual(['Cruise', 'Tom', 'Tom Cruise']);
    });

    it('story rows written in one transaction (held and sent together) are stored as written one by one', async () => {
      await open();
      const story = (id: string, key: string, score: number, subjects: string[]) => ({
        id,
        key,
        type: 'relationship',
        value: 'dating',
        subjects: subjects.map((s) => ({ id: s, name: s })),
        status: 'speculated',
        score,
        firstSeen: '2025-05-07',
        lastSeen: '2025-05-07',
        summary: { score },
      });
      await store.transaction(async (tx) => {
        for (const id of ['p1', 'p2', 'p3']) await tx.putEntity({ id, name: `Person ${id}`, type: 'person' }, []);
        await tx.putStory(story('s1', 'k1', 0.1, ['p1', 'p2']));
        await tx.putStory(story('s2', 'k2', 0.2, ['p2']));
        // Written again: the first write's key stays (the upsert never changes it), the rest is the last write's.
        await tx.putStory(story('s1', 'k1-again', 0.3, ['p3']));
        // Read inside the transaction: what is held is sent first.
        expect((await tx.story('s1'))?.score).toBe(0.3);
        await tx.putStory(story('s2', 'k2', 0.4, ['p2']));
      });
      expect(await store.story('s1')).toEqual(story('s1', 'k1', 0.3, ['p3']));
      expect(await store.story('s2')).toEqual(story('s2', 'k2', 0.4, ['p2']));
      // Subjects add up, as each write's ON CONFLICT DO NOTHING leaves them.
      expect((await store.storiesOf('p1')).map((s) => s.id)).toEqual(['s1']);
      expect((await store.storiesOf('p2')).map((s) => s.id).sort()).toEqual(['s1', 's2']);
      expect((await store.storiesOf('p3')).map((s) => s.id)).toEqual(['s1']);
    });

    it("prefetch answers each story's reads as the queries would, and a write in the transaction forgets them", async () => {
      await open();
      const { stories } = await ingestArticle(store, seedArticle(), seedExtraction());
      const [first, second] = [must(stories[0], 'the seed makes a story'), 'no-such-story'];
      // An editorial action about the story and a settled report on it, so that every prefetched read has rows.
      await store.transaction(async (tx) => {
        await tx.addEditorial({
          kind: 'flag',
          about: 'story',
          subject: first,
          target: null,
          undoes: null,
          cause: null,
          editor: 'desk',
          note: null,
          at: '2025-05-07T10:00:00Z',
        });
        await tx.putOutcomes(first, [
          {
            story: first,
            sourceKey: 'people',
            sourceName: 'People',
            holderKind: 'outlet',
            hit: true,
            settledOn: '2025-05-08',
            reportedOn: '2025-05-07',
          },
        ]);
      });
      const reads = (tx: StoreTx, id: string) =>
        Promise.all([tx.story(id), tx.evidence(id), tx.outcomes(id), tx.editorialLog({ subject: id })]);
      const plain = await store.transaction((tx) => Promise.all([first, second].map((id) => reads(tx, id))));
      expect(plain[0]?.map((rows) => (Array.isArray(rows) ? rows.length > 0 : rows !== null))).toEqual([
        true,
        true,
        true,
        true,
      ]);
      await store.transaction(async (tx) => {
        await tx.prefetch([first, second]);
        expect(await Promise.all([first, second].map((id) => reads(tx, id)))).toEqual(plain);
        // An evidence row added after the prefetch is read back.
        await tx.prefetch([first]);
        const row = must(plain[0]?.[1][0], 'the story has evidence');
        await tx.insertEvidence([{ ...row, id: `${row.id}-again` }]);
        expect((await tx.evidence(first)).map((r) => r.id)).toContain(`${row.id}-again`);
        // The story's row and its reports as last written.
        await tx.prefetch([first]);
        await tx.putStory({ ...must(plain[0]?.[0], 'the story'), score: 0.25 });
        await tx.putOutcomes(first, []);
        expect((await tx.story(first))?.score).toBe(0.25);
        expect(await tx.outcomes(first)).toEqual([]);
      });
    });

    it('transactions that share a commit: each is stored once, one that fails is rolled back alone', async () => {
      await open();
      const results = await Promise.allSettled(
        ['a1', 'a2', 'bad', 'a3', 'a4'].map((id) =>
          store.transaction(
            async (tx) => {
              // 'bad' writes a1 again: a failure inside the database (a duplicate key), and on PostgreSQL one
              // that only surfaces with the next statement sent, the next transaction's or the COMMIT.
              await tx.insertArticle(article(id === 'bad' ? 'a1' : id, `text of ${id}`));
              return id;
            },
            { shareCommit: true },
          ),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      expect(String((results[2] as PromiseRejectedResult).reason)).toMatch(/unique|constraint|duplicate/i);
      expect((await store.counts()).articles).toBe(4);
      expect((await store.article('a1'))?.text).toBe('text of a1');
      expect(await store.findArticle('a3', 'h-a3')).toBe('a3');
    });

    it('lists undated stories after dated ones, most recent first', async () => {
      await open();
      const story = (id: string, lastSeen: string | null) => ({
        id,
        key: id,
        type: 'relationship',
        value: 'dating',
        subjects: [],
        status: 'reported',
        score: 0.5,
        firstSeen: lastSeen,
        lastSeen,
        summary: {},
      });
      await store.transaction(async (tx) => {
        await tx.putStory(story('undated', null));
        await tx.putStory(story('old', '2024-01-01'));
        await tx.putStory(story('new', '2025-05-07'));
      });
      expect((await store.stories({ limit: 10, offset: 0 })).map((s) => s.id)).toEqual(['new', 'old', 'undated']);
      expect((await store.stories({ limit: 1, offset: 1 })).map((s) => s.id)).toEqual(['old']);
    });

    it('keeps what a partial refresh reads (migration 15): story keys by prefix, unscored marks, the totals scores were made with', async () => {
      await open();
      const { stories } = await ingestArticle(store, seedArticle(), seedExtraction());
      const seed = must(await store.story(must(stories[0], 'the seed makes a story')), 'the seed story');
      const person = must(seed.subjects[0], 'a subject').id;
      // A person's stories by the head of their key, and none by another head.
      const head = seed.key.slice(0, seed.key.indexOf(':') + 1);
      expect(await store.storyKeysOf(person, head)).toEqual([{ id: seed.id, key: seed.key }]);
      expect(await store.storyKeysOf(person, 'no-such-type:')).toEqual([]);
      // And by how it ends (the subjects' ids): only those that end so (migration 18 ranges the keys on PostgreSQL).
      const tail = seed.key.slice(seed.key.lastIndexOf(':'));
      expect(await store.storyKeysOf(person, head, tail)).toEqual([{ id: seed.id, key: seed.key }]);
      expect(await store.storyKeysOf(person, seed.key, '')).toEqual([{ id: seed.id, key: seed.key }]);
      expect(await store.storyKeysOf(person, head, `${tail}x`)).toEqual([]);
      expect(await store.storyKeysOf('no-such-entity', head, tail)).toEqual([]);
      // Stories by what their rows' track records are looked up by; a principal's word reads none.
      const rows = await store.evidence(seed.id);
      const cited = must(
        rows.find((r) => r.holderKind !== 'principal'),
        'the seed has a report',
      );
      expect(await store.storiesCiting([cited.sourceKey], [])).toEqual([seed.id]);
      expect(await store.storiesCiting([], [cited.holderKind])).toEqual([seed.id]);
      expect(await store.storiesCiting(['outlet:no such outlet'], ['no-such-kind'])).toEqual([]);
      // Marks of stories scored between refreshes: the seed's story, recomputed at its ingest, at that version; then
      // the latest version of each, cleared only for the ids given.
      expect(await store.unscored()).toEqual([{ id: seed.id, version: (await store.scoreState()).outcomes }]);
      await store.transaction((tx) => tx.clearUnscored([seed.id]));
      await store.transaction(async (tx) => {
        await tx.markUnscored(['s-b', 's-a'], 3);
        await tx.markUnscored(['s-a'], 4);
      });
      expect(await store.unscored()).toEqual([
        { id: 's-a', version: 4 },
        { id: 's-b', version: 3 },
      ]);
      await store.transaction((tx) => tx.clearUnscored(['s-a', 's-z']));
      expect(await store.unscored()).toEqual([{ id: 's-b', version: 3 }]);
      // scoredWith keeps the running totals of that moment; later totals do not move them.
      const total = { scope: 'all' as const, key: '', name: '', trueCount: 2, falseCount: 1 };
      await store.transaction(async (tx) => {
        await tx.addToTotals([total]);
        await tx.scoredWith((await tx.scoreState()).outcomes);
        await tx.addToTotals([{ ...total, trueCount: 5 }]);
      });
      expect((await store.scoredTotals()).find((t) => t.scope === 'all')).toMatchObject({
        trueCount: 2,
        falseCount: 1,
      });
      expect((await store.trackRecordTotals()).find((t) => t.scope === 'all')).toMatchObject({ trueCount: 7 });
      // A new ledger asks its first refresh for a full rebuild, once.
      expect((await store.scoreState()).rebuild).toBe(true);
      await store.transaction((tx) => tx.outcomesRebuilt());
      expect((await store.scoreState()).rebuild).toBe(false);
    });

    it('keeps stale-story marks (migration 10) with the transaction that sets them, each once, in id order', async () => {
      await open();
      await store.transaction((tx) => tx.markStale(['s-b', 's-a', 's-b']));
      await expect(
        store.transaction(async (tx) => {
          await tx.markStale(['s-c']);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.staleStories(10)).toEqual(['s-a', 's-b']);
      expect(await store.staleStories(1)).toEqual(['s-a']);
      await store.transaction((tx) => tx.clearStale(['s-a', 's-z']));
      expect(await store.staleStories(10)).toEqual(['s-b']);
    });

    it("keeps a stale story's rows at its last recompute with its mark (migration 17), beside its rows now", async () => {
      await open();
      await ingestArticle(store, seedArticle(), seedExtraction());
      const id = at(await store.storyIds(), 0);
      const rows = await store.evidenceCount(id);
      expect(rows).toBeGreaterThan(0);
      const sizes = () => store.storySizes([id, 'no-such-story', id]);
      expect(await sizes()).toEqual(new Map([[id, { rows, stale: null }]]));
      await store.transaction((tx) => tx.markStale([id, id], new Map([[id, 1]])));
      expect(await sizes()).toEqual(new Map([[id, { rows, stale: { recomputedRows: 1 } }]]));
      // Marked again without a count, it keeps the one it has; with one, it takes it.
      await store.transaction((tx) => tx.markStale([id]));
      expect(await sizes()).toEqual(new Map([[id, { rows, stale: { recomputedRows: 1 } }]]));
      await store.transaction((tx) => tx.markStale([id], new Map([[id, 2]])));
      expect(await sizes()).toEqual(new Map([[id, { rows, stale: { recomputedRows: 2 } }]]));
      // A mark written before migration 17 keeps the story stale, its count not known.
      await store.close();
      await backend.raw([
        'ALTER TABLE stale_stories DROP COLUMN recomputed_rows',
        'DELETE FROM schema_migrations WHERE version = 17',
      ]);
      store = await openStore(backend.url());
      expect(await sizes()).toEqual(new Map([[id, { rows, stale: { recomputedRows: null } }]]));
    });

    it('gives the seed story the same on this database as anywhere: reported, explained', async () => {
      await open();
      const outcome = await ingestArticle(store, seedArticle(), seedExtraction());
      const ledger = ledgerOver(store);
      const story = await ledger.story(['Tom Cruise', 'Ana de Armas']);
      expect(story?.status).toBe('reported');
      expect(story?.explanation).toHaveLength(seedExtraction().claims.length);
      expect((await ledger.stories({ person: 'Ana de Armas' })).stories.map((s) => s.id)).toEqual(outcome.stories);
      expect((await ledger.stories({ status: 'confirmed' })).stories).toEqual([]);
      const again = await ingestArticle(store, seedArticle(), seedExtraction());
      expect(again.status).toBe('duplicate');
      expect((await store.counts()).articles).toBe(1);
      expect(await store.check()).toEqual([]);
    });

    it('migrates a database from before article credibility: backfilled from the stored extractions, nothing lost', async () => {
      await open();
      await ingestArticle(store, seedArticle(), seedExtraction());
      // An extraction stored before credibility existed.
      const bare = seedExtraction();
      bare.article.id = 'bare';
      delete (bare.article as Partial<typeof bare.article>).credibility;
      await ingestArticle(store, { ...seedArticle(), id: 'bare', text: `${seedArticle().text} ` }, bare);
      const before = await store.counts();
      const story = must(
        await ledgerOver(store).story(['Tom Cruise', 'Ana de Armas']),
        'expected Tom Cruise, Ana de Armas',
      );
      await store.close();
      await backend.raw(VERSION_3);
      store = await openStore(backend.url());
      expect(await store.counts()).toEqual(before);
      expect(await store.check()).toEqual([]);
      const rows = await store.evidence(story.id);
      expect(rows.filter((r) => r.article === 'seed').map((r) => r.credibility)).toEqual(
        rows.filter((r) => r.article === 'seed').map(() => 0.41),
      );
      expect(rows.filter((r) => r.article === 'bare').every((r) => r.credibility === null)).toBe(true);
      expect(await ledgerOver(store).story(story.id)).toEqual(story);
    });

    it('migrates a database whose stored extraction holds a lone surrogate escape (which jsonb rejects): nothing lost', async () => {
      await open();
      const pair = ['Brad Pitt', 'Emma Stone'];
      const odd = newsArticle(
        'odd',
        '2025-01-05',
        'Daily Mail',
        'Brad Pitt and Emma Stone are dating \ud83d, the Daily Mail reports.',
      );
      const x = extraction(odd, pair, [{ holder: 'outlet', stance: 'asserts' }]);
      x.article.credibility = { score: 0.3, signals: [] };
      await ingestArticle(store, odd, x);
      const before = await store.counts();
      await store.close();
      await backend.raw(VERSION_3);
      store = await openStore(backend.url());
      expect(await store.counts()).toEqual(before);
      expect((await store.article('odd'))?.extraction.claims[0]?.evidence.text).toContain('\ud83d');
      const [story] = await store.articleStories('odd');
      expect((await store.evidence(must(story, 'expected story'))).map((r) => r.credibility)).toEqual([0.3]);
    });

    it('migrates extractions stored without mention kinds or rules (migration 13): the names page reads as before', async () => {
      await open();
      // The seed as an older extractor stored it: no mention kinds, no rules.
      const old = seedExtraction();
      for (const e of old.entities) for (const m of e.mentions) delete (m as Partial<typeof m>).kind;
      const items = (x: Extraction) => [
        ...x.entities,
        ...x.entities.flatMap((e) => e.mentions),
        ...x.times,
        ...x.events,
        ...x.claims,
        ...x.hedges,
      ];
      for (const item of items(old)) delete (item as Partial<typeof item>).rule;
      await ingestArticle(store, seedArticle(), old);
      const kept = newsArticle('kept', '2025-05-08', 'People', 'Tom Cruise and Ana de Armas are dating, People says.');
      const current = extraction(kept, ['Tom Cruise', 'Ana de Armas'], [{ holder: 'outlet', stance: 'asserts' }]);
      await ingestArticle(store, kept, current);
      await store.close();
      await backend.raw(['DELETE FROM schema_migrations WHERE version = 13']);
      store = await openStore(backend.url());
      const seed = must(await store.article('seed'), 'expected the seed');
      const tom = must(
        seed.extraction.entities.find((e) => e.name === 'Tom Cruise'),
        'expected Tom Cruise',
      );
      // Kinds from the text: the seed's hand kinds say alias for "Tom", which the text alone cannot tell from a name.
      expect(tom.mentions.map((m) => `${m.text}: ${m.kind}`)).toEqual(
        seedExtraction()
          .entities.find((e) => e.name === 'Tom Cruise')
          ?.mentions.map((m) => `${m.text}: ${m.kind === 'alias' ? 'name' : m.kind}`),
      );
      expect(new Set(items(seed.extraction).map((item) => item.rule))).toEqual(new Set(['unrecorded']));
      // An extraction that had them is kept as it was.
      expect((await store.article('kept'))?.extraction).toEqual(current);
      const ledger = ledgerOver(store);
      const cruise = must((await ledger.entities('Tom Cruise'))[0], 'expected Tom Cruise in the ledger');
      const names = must(await ledger.entity(cruise.id), 'expected his page').names;
      expect(names.filter((n) => n.kind === 'name').map((n) => n.text)).toEqual(['Tom', 'Tom Cruise']);
      expect(
        names
          .filter((n) => n.kind === 'epithet')
          .map((n) => n.text)
          .sort(),
      ).toEqual(['the Hollywood legend', 'the Mission: Impossible star']);
    });

    // What version 16 adds, taken away: a ledger as the version before wrote it (article_entities kept), and one from
    // before even that (VERSION_3: no entity maps, so names are found again by the resolution rules).
    const VERSION_15 = [
      'DROP TABLE story_read_items',
      'DROP TABLE story_reads',
      'DROP TABLE entity_names',
      'DROP INDEX appearances_day',
      'ALTER TABLE articles DROP COLUMN brief',
      "DELETE FROM ledger_state WHERE key IN ('names_before', 'names_done')",
      'DELETE FROM schema_migrations WHERE version = 16',
    ];
    for (const [older, downgrade] of [
      ['15', VERSION_15],
      ['3', VERSION_3],
    ] as const)
      it(`a ledger from version ${older} counts its names once (migration 16): every entity page answers as before`, async () => {
        await open();
        await ingestArticle(store, seedArticle(), seedExtraction());
        const kept = newsArticle(
          'kept',
          '2025-05-08',
          'People',
          'Tom Cruise and Ana de Armas are dating, People says.',
        );
        await ingestArticle(
          store,
          kept,
          extraction(kept, ['Tom Cruise', 'Ana de Armas'], [{ holder: 'outlet', stance: 'asserts' }]),
        );
        const entities = (await store.entities(undefined, 100)).map((e) => e.id);
        const before = new Map<string, unknown>();
        for (const id of entities) {
          const entity = must(await store.entity(id), 'a stored entity');
          before.set(
            id,
            await namesUsed(
              store,
              entity,
              (await store.appearances(id)).map((a) => a.article),
            ),
          );
        }
        const briefs = await store.articleBriefs(['seed', 'kept']);
        await store.close();
        await backend.raw([...downgrade]);
        store = await openStore(backend.url());
        expect(await store.namesBackfill()).toEqual({ before: 3, done: 0 });
        const ledger = ledgerOver(store);
        // The names the old reading finds in the entity's stored articles.
        const namesRead = async (id: string) =>
          namesUsed(
            store,
            must(await store.entity(id), 'a stored entity'),
            (await store.appearances(id)).map((a) => a.article),
          );
        for (const id of entities) {
          const page = must(await ledger.entity(id), 'its page');
          expect(page.names, id).toEqual(await namesRead(id));
          if (older === '15') expect(page.names, id).toEqual(before.get(id));
        }
        expect(await store.namesBackfill()).toEqual({ before: 3, done: 2 });
        // Counted once: an article ingested since adds to them, the older ones are not counted again.
        await ingestArticle(
          store,
          newsArticle('later', '2025-05-09', 'Us Weekly', 'Tom Cruise and Ana de Armas were seen together.'),
          extraction(
            newsArticle('later', '2025-05-09', 'Us Weekly', 'Tom Cruise and Ana de Armas were seen together.'),
            ['Tom Cruise', 'Ana de Armas'],
            [{ holder: 'outlet', stance: 'asserts' }],
          ),
        );
        await ledger.refresh();
        for (const id of entities)
          expect(must(await ledger.entity(id), 'its page').names, id).toEqual(await namesRead(id));
        // Each article's brief is filled from its extraction.
        expect(await store.articleBriefs(['seed', 'kept'])).toEqual(briefs);
        expect(must(briefs.get('seed'), 'the seed').events.length).toBeGreaterThan(0);
      });

    // One process cannot show these on SQLite: better-sqlite3 waits for a lock synchronously, blocking the other store.
    it.runIf(backend === postgres)('two processes opening an old database at once both upgrade it', async () => {
      await open();
      await ingestArticle(store, seedArticle(), seedExtraction());
      await store.close();
      await backend.raw(VERSION_3);
      const opened = await Promise.allSettled([openStore(backend.url()), openStore(backend.url())]);
      for (const o of opened) if (o.status === 'fulfilled') await o.value.close();
      expect(opened.map((o) => (o.status === 'fulfilled' ? 'ok' : String(o.reason)))).toEqual(['ok', 'ok']);
      store = await openStore(backend.url());
      expect(await store.check()).toEqual([]);
    });

    it.runIf(backend === postgres)('two processes bringing stale scores up to date at once both succeed', async () => {
      await open();
      const pair = ['Tom Holland', 'Eva Mendes'];
      const y1 = newsArticle('y1', '2025-01-05', 'The Sun', 'Tom Holland and Eva Mendes are dating, the paper says.');
      await ingestArticle(store, y1, extraction(y1, pair, [{ holder: 'outlet', stance: 'asserts' }]));
      const y2 = newsArticle('y2', '2025-01-20', 'People', '"We are together," Tom Holland told People of Eva Mendes.');
      await ingestArticle(
        store,
        y2,
        extraction(y2, pair, [{ holder: 'principal', by: 'Tom Holland', stance: 'confirms' }]),
      );
      await store.close();
      await backend.raw(VERSION_3);
      store = await openStore(backend.url());
      const other = await openStore(backend.url());
      const read = await Promise.allSettled([ledgerOver(store).stories(), ledgerOver(other).stories()]);
      await other.close();
      expect(read.map((r) => (r.status === 'fulfilled' ? 'ok' : String(r.reason)))).toEqual(['ok', 'ok']);
    });

    it.runIf(backend === postgres)(
      'a read that rescores does not overwrite a story another process ingests meanwhile',
      async () => {
        await open();
        const other = await openStore(backend.url());
        const say = (s: Store, id: string, date: string, src: string, text: string, pair: string[], said: Said[]) => {
          const a = newsArticle(id, date, src, text);
          return ingestArticle(s, a, extraction(a, pair, said));
        };
        const px = ['Ryan Gosling', 'Zendaya'];
        const py = ['Tom Holland', 'Eva Mendes'];
        await say(other, 'x1', '2025-01-05', 'Daily Mail', 'Ryan Gosling and Zendaya are dating, the paper says.', px, [
          { holder: 'outlet', stance: 'asserts' },
        ]);
        await say(other, 'y1', '2025-01-05', 'The Sun', 'Tom Holland and Eva Mendes are dating, the paper says.', py, [
          { holder: 'outlet', stance: 'asserts' },
        ]);
        await say(
          other,
          'y2',
          '2025-01-20',
          'People',
          '"We are together," Tom Holland told People of Eva Mendes.',
          py,
          [{ holder: 'principal', by: 'Tom Holland', stance: 'confirms' }],
        );
        // While this store rescores (stale after y2), the other ingests a second article on story X.
        let ingest: Promise<unknown> | undefined;
        const hooked: Store = {
          ...store,
          transaction: (fn) =>
            store.transaction((tx) =>
              fn({
                ...tx,
                allEvidence: async (...args) => {
                  const rows = await tx.allEvidence(...args);
                  ingest ??= say(
                    other,
                    'x2',
                    '2025-02-01',
                    'Us Weekly',
                    'Ryan Gosling and Zendaya were seen kissing, Us Weekly says they are dating.',
                    px,
                    [{ holder: 'outlet', stance: 'asserts' }],
                  );
                  await new Promise((resolve) => setTimeout(resolve, 300));
                  return rows;
                },
              }),
            ),
        };
        await refreshScores(hooked);
        await ingest;
        await other.close();
        const ledger = ledgerOver(store);
        const listed = must(
          (await ledger.stories()).stories.find((s) => s.subjects.some((p) => p.name === 'Zendaya')),
          'expected Zendaya',
        );
        const detail = must(await ledger.story(px), 'expected (await ledger.story(px))');
        expect([listed.lastSeen, listed.score]).toEqual([detail.lastSeen, detail.score]);
        expect(detail.lastSeen).toBe('2025-02-01');
      },
    );

    it('migrates a database from before track records: rebuilt from the stored stories on first read, and kept current', async () => {
      await open();
      await ingestArticle(store, seedArticle(), seedExtraction());
      // An earlier story the Daily Mail reported, which the principal then confirmed.
      const pair = ['Brad Pitt', 'Angelina Jolie'];
      const scoop = newsArticle(
        'scoop',
        '2025-01-05',
        null,
        'Brad Pitt and Angelina Jolie are dating, the Daily Mail reports.',
      );
      await ingestArticle(
        store,
        scoop,
        extraction(scoop, pair, [{ holder: 'outlet', by: 'Daily Mail', stance: 'asserts' }], ['Daily Mail']),
      );
      const word = newsArticle(
        'word',
        '2025-02-01',
        'People',
        '"We are together," Brad Pitt told People of Angelina Jolie.',
      );
      await ingestArticle(
        store,
        word,
        extraction(word, pair, [{ holder: 'principal', by: 'Brad Pitt', stance: 'confirms' }]),
      );
      const seedStory = must(
        await ledgerOver(store).story(['Tom Cruise', 'Ana de Armas']),
        'expected Tom Cruise, Ana de Armas',
      );
      expect(
        must(
          seedStory.explanation.find((e) => e.holder.name === 'Daily Mail'),
          'expected Daily Mail',
        ).why,
      ).toMatch(/Daily Mail's record: 1 of 1 settled report true/);
      const listed = (await ledgerOver(store).stories()).stories;
      await store.close();
      await backend.raw(VERSION_3);
      store = await openStore(backend.url());
      expect(await store.outcomes()).toEqual([]);
      const ledger = ledgerOver(store);
      expect((await ledger.stories()).stories).toEqual(listed);
      expect(await ledger.story(seedStory.id)).toEqual(seedStory);
      expect((await store.outcomes()).map((o) => [o.sourceName, o.holderKind, o.hit])).toEqual([
        ['Daily Mail', 'outlet', true],
      ]);
      expect(await ledger.trackRecord()).toMatchObject({
        outlets: [{ name: 'Daily Mail', trueCount: 1, falseCount: 0 }],
      });
      const state = await store.scoreState();
      expect(state.scored).toBe(state.outcomes);
      expect(await store.check()).toEqual([]);
    });
  });
}
