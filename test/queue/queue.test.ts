// Many processes on one PostgreSQL ledger (issue 14): a producer (`ingest --queue`) and worker processes end with
// exactly the ledger one `rumourmill ingest` of the same articles makes, row for row, although one worker is killed
// (kill -9) in the middle of its jobs, which pg-boss then hands to the others. Real processes, real dev articles.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../src/ledger/index.ts';
import { must } from '../../src/invariant/index.ts';
import { rumourmill as run, type Outcome } from '../helpers/cli.ts';

const PG = process.env.RUMOURMILL_TEST_PG;
const root = new URL('../../', import.meta.url).pathname;
const fixtures = join(root, 'test/fixtures');
// 103 development articles: the eight story streams (dated, many outlets, stories that settle), celebrity pairs and
// claims excerpts (undated), the articles whose extraction once depended on what the process extracted before, and
// the samples. None from the held-out ranges.
const INPUTS = [
  ...readdirSync(join(fixtures, 'streams'))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(fixtures, 'streams', f)),
  join(fixtures, 'celebrity-dev-pairs.jsonl'),
  join(fixtures, 'celebrity-dev-claims.jsonl'),
  join(fixtures, 'determinism.jsonl'),
  ...readdirSync(join(root, 'data/samples'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(root, 'data/samples', f)),
];
const ARTICLES = 103;

// A job running 3 s is taken for a dead worker's (the default is 10 minutes).
const EXPIRE = { RUMOURMILL_QUEUE_EXPIRE_SECONDS: '3' };
const env = { ...process.env, ...EXPIRE };

const rumourmill = (args: string[]) => run(args, { env: EXPIRE, timeout: 80_000 });

/** A worker process that is not waited for (the one to kill). */
function backgroundWorker(db: string): ChildProcess {
  return spawn(process.execPath, [join(root, 'bin/rumourmill.js'), 'worker', '--db', db, '--workers', '1'], {
    cwd: root,
    env,
    stdio: 'ignore',
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every row of every ledger table, in primary-key order (seq included: the articles went in in the same order). */
async function ledgerRows(db: string): Promise<Record<string, unknown[]>> {
  const ledger = await openLedger(db);
  await ledger.refresh();
  await ledger.close();
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    const columns = (
      await client.query(`SELECT table_name, COUNT(*)::int AS n FROM information_schema.columns WHERE table_schema = 'public'
      GROUP BY table_name ORDER BY table_name`)
    ).rows as Array<{ table_name: string; n: number }>;
    const out: Record<string, unknown[]> = {};
    for (const { table_name: table, n } of columns) {
      const order = Array.from({ length: Math.min(n, 3) }, (_, i) => i + 1).join(', ');
      const rows = (await client.query(`SELECT * FROM ${table} ORDER BY ${order}`)).rows as Array<
        Record<string, unknown>
      >;
      // The ledger's own folds of lone names are logged with the moment they were made: the one column two ingests of
      // the same articles cannot share.
      out[table] = table === 'editorial_actions' ? rows.map(({ at: _at, ...rest }) => rest) : rows;
    }
    return out;
  } finally {
    await client.end();
  }
}

/** Each story as `rumourmill stories` lists it: what a user compares. */
async function storyList(db: string) {
  const ledger = await openLedger(db);
  try {
    return (await ledger.stories({ limit: 500 })).stories;
  } finally {
    await ledger.close();
  }
}

describe.skipIf(!PG)(
  'ingest --queue and rumourmill worker (PostgreSQL; skipped unless RUMOURMILL_TEST_PG is set, as npm test does as root)',
  () => {
    const suffix = `${process.pid}_${Date.now() % 100_000}`;
    const names = { queued: `rumourmill_queue_${suffix}`, single: `rumourmill_single_${suffix}` };
    // The body of a skipped suite still runs: nothing here may need RUMOURMILL_TEST_PG.
    const url = (name: string) => {
      const u = new URL(PG ?? 'postgres://unset/postgres');
      u.pathname = `/${name}`;
      return u.toString();
    };
    const admin = new pg.Client({ connectionString: PG });
    const queued = url(names.queued);
    const single = url(names.single);
    // The queued ledger's jobs, read straight from pg-boss's table.
    const jobs = new pg.Client({ connectionString: queued });
    jobs.on('error', () => undefined);

    beforeAll(async () => {
      await admin.connect();
      for (const name of Object.values(names)) await admin.query(`CREATE DATABASE ${name}`);
      await jobs.connect();
    });
    afterAll(async () => {
      await jobs.end().catch(() => undefined);
      for (const name of Object.values(names))
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    });

    it('a producer and two workers, one of three killed mid-job, end with the ledger of one ingest', async () => {
      // The reference, one process; meanwhile the producer queues the same inputs.
      const reference = rumourmill(['ingest', '--db', single, '--workers', '1', ...INPUTS]);
      const produced = await rumourmill(['ingest', '--queue', '--db', queued, ...INPUTS]);
      expect(produced).toMatchObject({ code: 0, stderr: '' });
      expect(produced.stdout).toBe(
        `read ${ARTICLES}, queued ${ARTICLES}, already queued 0, already in the ledger 0, failed 0\n`,
      );
      // Queued again before any worker ran: every article is waiting already (one waiting job per article id).
      const twice = await rumourmill(['ingest', '--queue', '--db', queued, ...INPUTS]);
      expect(twice.stdout).toBe(
        `read ${ARTICLES}, queued 0, already queued ${ARTICLES}, already in the ledger 0, failed 0\n`,
      );

      // The first worker is killed (-9) while it holds jobs: nothing tells pg-boss, they stay active until they expire.
      const activeJobs = async () =>
        (await jobs.query<{ id: string }>("SELECT id FROM pgboss.job WHERE state = 'active'")).rows.map((r) =>
          String(r.id),
        );
      const stored = async () =>
        Number((await jobs.query<{ n: string }>('SELECT COUNT(*) AS n FROM articles')).rows[0]?.n);
      let orphans: string[] = [];
      for (let attempt = 0; attempt < 5 && orphans.length === 0; attempt++) {
        const first = backgroundWorker(queued);
        const exited = new Promise((resolve) => first.once('exit', resolve));
        const started = Date.now();
        while ((await activeJobs()).length === 0 || (await stored()) < 5 * (attempt + 1)) {
          if (Date.now() - started > 30_000) throw new Error('the first worker never got going');
          await sleep(20);
        }
        first.kill('SIGKILL');
        await exited;
        // Dead, it can finish nothing: what is active now is orphaned (had the job just ended, try once more).
        orphans = await activeJobs();
      }
      expect(orphans.length).toBeGreaterThan(0);
      const before = await stored();
      expect(before).toBeGreaterThan(0);
      expect(before).toBeLessThan(ARTICLES);

      const [one, two, ref] = await Promise.all([
        rumourmill(['worker', '--db', queued, '--workers', '1', '--drain']),
        rumourmill(['worker', '--db', queued, '--workers', '1', '--drain']),
        reference,
      ]);
      expect(ref.code).toBe(0);
      expect(ref.stdout).toMatch(new RegExp(`^read ${ARTICLES}, new ${ARTICLES}, duplicates 0, failed 0 `));
      for (const worker of [one, two]) {
        expect(worker.code).toBe(0);
        expect(worker.stderr).not.toMatch(/rumourmill:/);
      }
      // Between them the two wrote what the first had not, once each (one of them was the writer).
      const count = (o: Outcome, what: string) => Number(o.stdout.match(new RegExp(`${what} (\\d+)`))?.[1]);
      expect(
        count(one, 'new') + count(two, 'new') + count(one, 'duplicates') + count(two, 'duplicates'),
      ).toBeGreaterThanOrEqual(ARTICLES - before);
      expect(count(one, 'new') + count(two, 'new')).toBe(ARTICLES - before);

      // The killed worker's jobs were handed out again and done; nothing is left waiting or failed.
      const retried = await jobs.query<{ state: string; retry_count: number }>(
        'SELECT state, retry_count FROM pgboss.job WHERE id = ANY($1)',
        [orphans],
      );
      expect(retried.rows.length).toBe(orphans.length);
      for (const row of retried.rows) {
        expect(row.state).toBe('completed');
        expect(row.retry_count).toBeGreaterThanOrEqual(1);
      }
      const states = (await jobs.query('SELECT state, COUNT(*)::int AS n FROM pgboss.job GROUP BY state')).rows;
      expect(states).toEqual([{ state: 'completed', n: 2 * ARTICLES }]);

      // The same ledger: every row of every table (articles in the same order, evidence, entities, stories with their
      // statuses and scores, track records), and the listing a user reads.
      const [a, b] = await Promise.all([ledgerRows(single), ledgerRows(queued)]);
      expect(a.articles).toHaveLength(ARTICLES);
      expect(must(a.stories, 'expected a.stories').length).toBeGreaterThan(40);
      expect(Object.keys(b)).toEqual(Object.keys(a));
      for (const table of Object.keys(a)) expect(b[table], table).toEqual(a[table]);
      expect(await storyList(queued)).toEqual(await storyList(single));

      // Queued again, nothing is: every article is known.
      const again = await rumourmill(['ingest', '--queue', '--db', queued, ...INPUTS]);
      expect(again.stdout).toBe(
        `read ${ARTICLES}, queued 0, already queued 0, already in the ledger ${ARTICLES}, failed 0\n`,
      );
    }, 90_000);
  },
);
