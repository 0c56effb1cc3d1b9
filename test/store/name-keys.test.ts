// Names that differ only by accents are one name (issue 13: "Beyoncé, Beyonce and Beyonce Knowles are three people"),
// in a new ledger and, through schema version 12, in one stored before: on SQLite always and on PostgreSQL when
// RUMOURMILL_TEST_PG is set (npm test sets it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ledger/index.ts';
import { stableId } from '../../src/ledger/ids.ts';
import { ledgerOver } from '../../src/ledger/ledger.ts';
import { aliasKey, openStore, type Store } from '../../src/store/index.ts';
import { must } from '../../src/invariant/index.ts';
import { article, extraction } from '../ledger/build.ts';
import { TEST_PG, pgSchema } from '../helpers/pg-schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'rumourmill-name-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
if (!TEST_PG) console.warn('name keys: RUMOURMILL_TEST_PG is not set, PostgreSQL is SKIPPED (npm test sets it)');

/** The key every version before 12 filed names under: case and spacing folded, accents kept. */
const keyBefore12 = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

type Backend = { name: string; open: () => Promise<Store>; raw: (sql: string, params?: unknown[]) => Promise<void> };
let n = 0;

function sqliteBackend(): Backend {
  const file = join(dir, `ledger-${++n}.db`);
  return {
    name: 'SQLite',
    open: () => openStore(file),
    raw: (sql, params = []) => {
      const db = new Database(file);
      db.prepare(sql).run(...params);
      db.close();
      return Promise.resolve();
    },
  };
}

function postgresBackend(schema: ReturnType<typeof pgSchema>): Backend {
  return {
    name: 'PostgreSQL',
    open: () => openStore(schema.url()),
    raw: async (sql, params = []) => {
      const client = new pg.Client({ connectionString: schema.url() });
      await client.connect();
      let i = 0;
      await client.query(
        sql.replace(/\?/g, () => `$${++i}`),
        params,
      );
      await client.end();
    },
  };
}

const dating = (id: string, day: string, source: string, name: string) => {
  const a = article(id, day, source, `${name} and Jay-Z are dating, ${source} says.`);
  return [a, extraction(a, [name, 'Jay-Z'], [{ holder: 'outlet', stance: 'asserts' }])] as const;
};

describe('the name key', () => {
  it('folds accents, case, spacing and the typographic apostrophe, and nothing of other scripts', () => {
    expect(new Set(['Beyoncé', 'Beyonce', 'BEYONCÉ', 'Beyonce\u0301', ' beyoncé '].map(aliasKey))).toEqual(
      new Set(['beyonce']),
    );
    expect(aliasKey('Zoë Kravitz')).toBe(aliasKey('Zoe Kravitz'));
    expect(aliasKey('Penélope Cruz')).toBe('penelope cruz');
    expect(aliasKey('Conan O’Brien')).toBe(aliasKey("Conan O'Brien"));
    expect(aliasKey('Søren Łukasz')).toBe('soren lukasz');
    // A mark that makes another letter in its script stays: が is not か, and Devanagari vowel signs are letters.
    expect(aliasKey('がんばる')).not.toBe(aliasKey('かんはる'));
    expect(aliasKey('हिन्दी')).toBe('हिन्दी');
    // Folding a key again changes nothing (version 12 works out outlets' keys from their old keys).
    for (const name of ['Beyoncé', 'İbrahim Tatlıses', 'Télé-Loisirs', 'Straße'])
      expect(aliasKey(keyBefore12(name))).toBe(aliasKey(name));
  });
});

const backends: Array<[string, () => Promise<{ backend: Backend; done: () => Promise<void> }>]> = [
  ['SQLite', () => Promise.resolve({ backend: sqliteBackend(), done: () => Promise.resolve() })],
  [
    'PostgreSQL',
    async () => {
      const schema = pgSchema(`rm_namekeys_${++n}`);
      await schema.create();
      return { backend: postgresBackend(schema), done: () => schema.drop() };
    },
  ],
];

describe.each(backends)('%s', (name, setup) => {
  const skip = name === 'PostgreSQL' && !TEST_PG;

  it.skipIf(skip)('a new ledger files Beyoncé and Beyonce as one person, whichever comes first', async () => {
    const ids: string[][] = [];
    for (const first of ['Beyoncé', 'Beyonce']) {
      const { backend, done } = await setup();
      const store = await backend.open();
      try {
        const second = first === 'Beyoncé' ? 'Beyonce' : 'Beyoncé';
        await ingestArticle(store, ...dating('a1', '2025-01-02', 'Daily Mail', first));
        await ingestArticle(store, ...dating('a2', '2025-01-03', 'People', second));
        const ledger = ledgerOver(store);
        const people = (await ledger.entities('beyonce')).filter((e) => e.type === 'person');
        expect(people.map((e) => e.name)).toEqual([first]);
        const { stories } = await ledger.stories({ q: second });
        expect(stories).toHaveLength(1);
        const story = must(await ledger.story(must(stories[0], 'one story').id), 'the story is stored');
        expect(new Set(story.explanation.map((e) => e.article))).toEqual(new Set(['a1', 'a2']));
        ids.push([must(people[0], 'one person').id, story.id]);
      } finally {
        await store.close();
        await done();
      }
    }
    // The same ids in either order: the one a fresh ledger gives the folded name.
    expect(ids[0]).toEqual(ids[1]);
    expect(ids[0]?.[0]).toBe(stableId('p', 'person:beyonce'));
  });

  it.skipIf(skip)(
    'version 12 refiles a stored ledger under the folded keys, keeping every entity, story and score',
    async () => {
      const { backend, done } = await setup();
      try {
        // A ledger as version 11 left it: "Beyonce" (an id version 12 keeps), and "Beyoncé" filed under her accented
        // key with the id that key gave (an entity of her own, in one article), outlets with accents in their keys.
        let store = await backend.open();
        await ingestArticle(store, ...dating('a1', '2025-01-02', 'Télé Star', 'Beyonce'));
        await ingestArticle(store, ...dating('a2', '2025-01-05', 'Tele Star', 'Beyonce'));
        const before = {
          stories: (await ledgerOver(store).stories({ limit: 50 })).stories,
          entities: await ledgerOver(store).entities(),
        };
        await store.close();
        const accented = stableId('p', `person:${keyBefore12('Beyoncé')}`);
        await backend.raw('INSERT INTO entities (id, name, type) VALUES (?, ?, ?)', [accented, 'Beyoncé', 'person']);
        await backend.raw('INSERT INTO entity_aliases (entity_id, alias_key, alias) VALUES (?, ?, ?)', [
          accented,
          keyBefore12('Beyoncé'),
          'Beyoncé',
        ]);
        await backend.raw('INSERT INTO appearances (entity_id, article_id, published, mentions) VALUES (?, ?, ?, ?)', [
          accented,
          'a1',
          '2025-01-02',
          1,
        ]);
        // A full name the articles spelled both ways: two names under two keys then, one key now.
        const cruz = stableId('p', `person:${keyBefore12('Penélope Cruz')}`);
        await backend.raw('INSERT INTO entities (id, name, type) VALUES (?, ?, ?)', [cruz, 'Penélope Cruz', 'person']);
        for (const alias of ['Penelope Cruz', 'Penélope Cruz', 'Cruz'])
          await backend.raw('INSERT INTO entity_aliases (entity_id, alias_key, alias) VALUES (?, ?, ?)', [
            cruz,
            keyBefore12(alias),
            alias,
          ]);
        await backend.raw("UPDATE evidence SET source_key = 'outlet:télé star' WHERE article_id = 'a1'");
        await backend.raw('DELETE FROM schema_migrations WHERE version = 12');

        store = await backend.open();
        let ledger = ledgerOver(store);
        // Both entries are found by either spelling; the accented one keeps its name as written, one alias a key.
        const found = async (q: string) =>
          (await ledger.entities(q))
            .filter((e) => e.type === 'person')
            .map((e) => e.name)
            .sort();
        expect(await found('Beyonce')).toEqual(['Beyonce', 'Beyoncé']);
        expect(await found('BEYONCÉ')).toEqual(['Beyonce', 'Beyoncé']);
        expect(must(await ledger.entity(accented), 'the accented entry is kept').aliases).toEqual(['Beyoncé']);
        // Two spellings under one key keep the one the entity is named by.
        const penelope = must(await ledger.entity(cruz), 'Penélope Cruz is kept');
        expect([penelope.name, penelope.aliases]).toEqual(['Penélope Cruz', ['Cruz', 'Penélope Cruz']]);
        expect(await found('penelope cruz')).toEqual(['Penélope Cruz']);
        // Nothing else moved: the same entities (two more: Beyoncé, Penélope Cruz) and the same stories, with the same scores.
        const after = (await ledger.stories({ limit: 50 })).stories;
        expect(after.map((s) => [s.id, s.status, s.score])).toEqual(
          before.stories.map((s) => [s.id, s.status, s.score]),
        );
        expect((await ledger.entities()).length).toBe(before.entities.length + 2);
        // The two spellings of the outlet are one source now.
        const rows = await store.evidence(must(after[0], 'a story').id);
        expect(rows.map((r) => [r.article, r.sourceKey])).toEqual([
          ['a1', 'outlet:tele star'],
          ['a2', 'outlet:tele star'],
        ]);
        // A later article's name joins the entry spelled as it is, as before version 12; a new spelling the first by id.
        const canonical = stableId('p', 'person:beyonce');
        const articlesOf = async (id: string) => (await store.appearances(id)).map((a) => a.article).sort();
        await ingestArticle(store, ...dating('a3', '2025-02-01', 'People', 'Beyoncé'));
        await ingestArticle(store, ...dating('a4', '2025-02-02', 'People', 'Beyonce'));
        await ingestArticle(store, ...dating('a5', '2025-02-03', 'People', 'BEYONCÈ'));
        const first = [accented, canonical].sort()[0];
        expect(await articlesOf(accented)).toEqual(['a1', 'a3', ...(first === accented ? ['a5'] : [])]);
        expect(await articlesOf(canonical)).toEqual(['a1', 'a2', 'a4', ...(first === canonical ? ['a5'] : [])]);
        expect((await ledger.entities('beyonce')).filter((e) => e.type === 'person')).toHaveLength(2);
        await store.close();
        // Opening again does nothing more.
        store = await backend.open();
        ledger = ledgerOver(store);
        expect(await found('Beyoncé')).toEqual(['Beyonce', 'Beyoncé']);
        await store.close();
      } finally {
        await done();
      }
    },
  );
});
