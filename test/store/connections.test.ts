// Connections under stress: a failing read beside writes, uncommitted rows, and PostgreSQL going away and back.
// The shared-database tests run on SQLite always and on PostgreSQL when RUMOURMILL_TEST_PG is set; the restart and
// stop tests start a PostgreSQL cluster of their own (see cluster.ts), as they would disturb other suites.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ledger/index.ts';
import { openStore, StoreError, type ArticleRow, type Store } from '../../src/store/index.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { article, extraction } from '../ledger/build.ts';
import { seedExtraction } from '../ledger/fixtures.ts';
import { canRunCluster, startCluster, type Cluster } from './cluster.ts';
import { pgSchema } from '../helpers/pg-schema.ts';

const PG = process.env.RUMOURMILL_TEST_PG;
const dir = mkdtempSync(join(tmpdir(), 'rumourmill-connections-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** A schema of its own on the shared server, named also as the connections' application_name (to find them). */
async function namedSchema(): Promise<{ url: string; schema: string; drop: () => Promise<void> }> {
  const made = pgSchema(`rm_conn_${++n}`);
  await made.create();
  return { url: `${made.url()}&application_name=${made.name}`, schema: made.name, drop: () => made.drop() };
}

const pair = ['Ryan Gosling', 'Zendaya'];
const say = (id: string, day: number) => {
  const a = article(
    id,
    `2025-01-${String(day).padStart(2, '0')}`,
    'Daily Mail',
    `Ryan Gosling and Zendaya are dating, report ${id} says.`,
  );
  return [a, extraction(a, pair, [{ holder: 'outlet', stance: 'asserts' }])] as const;
};

function row(id: string): ArticleRow {
  return {
    id,
    contentHash: `h-${id}`,
    published: '2025-05-07',
    title: null,
    source: null,
    url: null,
    text: `text of ${id}`,
    extraction: seedExtraction(),
  };
}

const backends = [
  { name: 'SQLite', skip: false },
  { name: 'PostgreSQL', skip: !PG },
];

for (const backend of backends) {
  describe.skipIf(backend.skip)(`${backend.name}: each request and each transaction on its own connection`, () => {
    let store: Store | undefined;
    let drop = async () => {};
    afterEach(async () => {
      await store?.close();
      await drop();
      store = undefined;
    });
    const open = async () => {
      if (backend.name === 'SQLite') return (store = await openStore(join(dir, `c${++n}.db`)));
      const made = await namedSchema();
      drop = made.drop;
      return (store = await openStore(made.url));
    };

    it('a read that fails inside the database (a NUL byte in a parameter) alongside writes: every write succeeds', async () => {
      const s = await open();
      // On PostgreSQL `WHERE id = '\0…'` is an error (invalid byte sequence): on the one shared client it aborted
      // whichever write transaction was open, so 54 of 60 POSTs failed beside such GETs.
      let writing = true;
      const writes = (async () => {
        const outcomes = await Promise.allSettled(
          Array.from({ length: 20 }, (_, i) => {
            const [a, x] = say(`w${i}`, i + 1);
            return ingestArticle(s, a, x);
          }),
        );
        writing = false;
        return outcomes;
      })();
      // Bad reads all the while the writes run, so some land inside their transactions.
      const reader = async () => {
        const failures: unknown[] = [];
        while (writing) {
          failures.push(await s.story(`bad\u0000${failures.length}`).catch((error: Error) => error));
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
        return failures;
      };
      const [written, ...reads] = await Promise.all([writes, reader(), reader(), reader()]);
      const read = reads.flat();
      expect(written.map((w) => (w.status === 'fulfilled' ? w.value.status : String(w.reason)))).toEqual(
        Array(20).fill('new'),
      );
      expect((await s.counts()).articles).toBe(20);
      expect(await s.check()).toEqual([]);
      if (backend.name === 'PostgreSQL')
        expect(
          read.length > 3 && read.every((r) => r instanceof Error && /invalid byte sequence/.test(r.message)),
        ).toBe(true);
    });

    it("a read outside a transaction never sees another request's uncommitted rows", async () => {
      const s = await open();
      let commit!: () => void;
      const held = new Promise<void>((resolve) => (commit = resolve));
      let inserted!: () => void;
      const written = new Promise<void>((resolve) => (inserted = resolve));
      const writing = s.transaction(async (tx) => {
        await tx.insertArticle(row('pending'));
        inserted();
        await held;
      });
      await written;
      try {
        expect(await s.hasArticle('pending')).toBe(false);
        expect((await s.counts()).articles).toBe(0);
      } finally {
        commit();
        await writing;
      }
      expect(await s.hasArticle('pending')).toBe(true);
    });
  });
}

describe.skipIf(!PG)('PostgreSQL: connections closed by the server (pg_terminate_backend, as a restart does)', () => {
  it('do not crash the process, and the next reads and writes succeed on new connections', async () => {
    const { url, schema, drop } = await namedSchema();
    const lines: string[] = [];
    const store = await openStore(url, { log: (line) => lines.push(line) });
    try {
      const [a1, x1] = say('t1', 1);
      await ingestArticle(store, a1, x1);
      // Several pooled connections, idle now: the server closes each of them.
      await Promise.all([store.counts(), store.counts(), store.counts()]);
      const admin = new pg.Client({ connectionString: PG });
      await admin.connect();
      const { rowCount } = await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
        [schema],
      );
      await admin.end();
      expect(rowCount).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(lines).toEqual([
        expect.stringMatching(
          /^rumourmill: PostgreSQL postgres:\/\/.*: connection lost \(terminating connection due to administrator command\); reconnecting$/,
        ),
      ]);
      const [a2, x2] = say('t2', 2);
      expect((await ingestArticle(store, a2, x2)).status).toBe('new');
      expect((await store.counts()).articles).toBe(2);
      expect(lines.at(-1)).toMatch(/connected again$/);
    } finally {
      await store.close();
      await drop();
    }
  });
});

describe.skipIf(!canRunCluster)('PostgreSQL restarted or stopped under an open store (a cluster of its own)', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster();
  }, 120_000);
  afterAll(() => cluster?.destroy());

  it('a restart (pg_ctl restart): no crash, one notice, and the next operations succeed', async () => {
    const lines: string[] = [];
    const store = await openStore(cluster.url, { log: (line) => lines.push(line) });
    try {
      const [a1, x1] = say('r1', 1);
      await ingestArticle(store, a1, x1);
      await cluster.restart();
      const [a2, x2] = say('r2', 2);
      expect((await ingestArticle(store, a2, x2)).status).toBe('new');
      expect((await store.counts()).articles).toBe(2);
      expect(await store.check()).toEqual([]);
      expect(lines.filter((l) => /connection lost/.test(l))).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('stopped: one line naming the database and never its password; started again: the same store works', async () => {
    const url = cluster.url.replace('postgres@', 'postgres:hunter2@');
    const store = await openStore(url, { retryFor: 300, log: () => {} });
    try {
      await cluster.stop();
      const error = await store.counts().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).problem).toBe('unavailable');
      const message = (error as Error).message;
      expect(message).toContain(`PostgreSQL postgres://postgres@127.0.0.1:${cluster.port}/postgres is unavailable`);
      expect(message).not.toContain('hunter2');
      expect(message).not.toContain('\n');
      await cluster.start();
      expect((await store.counts()).articles).toBeGreaterThanOrEqual(0);
    } finally {
      await store.close();
    }
  });

  it('a transaction cut off half-way fails with the same one line; nothing of it is kept, and the next one succeeds', async () => {
    const store = await openStore(cluster.url, { log: () => {} });
    try {
      const before = (await store.counts()).articles;
      const cut = store.transaction(async (tx) => {
        await tx.insertArticle(row('cut'));
        await cluster.restart();
        await tx.insertArticle(row('cut-2'));
      });
      await expect(cut).rejects.toMatchObject({
        problem: 'unavailable',
        message: expect.stringMatching(/^PostgreSQL postgres:\/\/postgres@.* is unavailable/),
      });
      expect(await store.hasArticle('cut')).toBe(false);
      await store.transaction((tx) => tx.insertArticle(row('after')));
      expect((await store.counts()).articles).toBe(before + 1);
    } finally {
      await store.close();
    }
  });

  it('a statement over statement_timeout is cancelled, with the database named', async () => {
    const db = await openPostgres(cluster.url, { statementTimeout: 200, log: () => {} });
    try {
      await expect(db.all('SELECT pg_sleep(2)')).rejects.toThrow(
        /^PostgreSQL postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres: canceling statement due to statement timeout/,
      );
      expect(await db.all('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  });

  it('a database that does not exist is named; db check-style opening never creates a ledger', async () => {
    await expect(openStore(cluster.url.replace(/\/postgres$/, '/newz'), { retryFor: 0 })).rejects.toThrow(
      /^PostgreSQL postgres:\/\/postgres@127\.0\.0\.1:\d+\/newz: database "newz" does not exist/,
    );
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE SCHEMA empty_one');
    await admin.end();
    const url = `${cluster.url}?options=${encodeURIComponent('-c search_path=empty_one')}`;
    await expect(openStore(url, { mustExist: true })).rejects.toMatchObject({
      problem: 'missing',
      message: expect.stringMatching(/^no ledger in PostgreSQL/),
    });
    const check = new pg.Client({ connectionString: cluster.url });
    await check.connect();
    const { rows } = await check.query<{ n: number }>(
      "SELECT COUNT(*)::int AS n FROM pg_tables WHERE schemaname = 'empty_one'",
    );
    await check.end();
    expect(rows[0]?.n).toBe(0);
  });
});
