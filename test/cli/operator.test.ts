// Operator traps (issue 12, item 9), run as an operator meets them: a typo in --db, a ledger in a read-only
// directory, a full disk, a database that went away, option values that cannot be right.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { must } from '../../src/invariant/index.ts';
import { rumourmill } from '../helpers/cli.ts';
import { tmpfsUnder } from '../helpers/tmpfs.ts';

const root = new URL('../../', import.meta.url).pathname;
const SEED = join(root, 'test/fixtures/seed.txt');
const SAMPLES = [
  'celebrity-011fake.txt',
  'celebrity-011legit.txt',
  'celebrity-092legit.txt',
  'celebrity-171legit.txt',
  'seed.txt',
].map((f) => join(root, 'data/samples', f));
const dir = mkdtempSync(join(tmpdir(), 'rumourmill-operator-'));
const disks = tmpfsUnder(dir);
afterAll(() => {
  disks.unmountAll();
  rmSync(dir, { recursive: true, force: true });
});

const isRoot = process.getuid?.() === 0;
// A tmpfs, as root: permissions cannot make a directory read-only for root.
const tmpfs = (size: string) => disks.mount(size);
const canMount = tmpfs('64k') !== null;

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe('--db naming no ledger', () => {
  it('db check and db stats never create one: an error naming the path, exit 1', async () => {
    const typo = join(dir, 'typo.db');
    const [check, stats] = await Promise.all([
      rumourmill(['db', 'check', '--db', typo]),
      rumourmill(['db', 'stats', '--db', typo]),
    ]);
    for (const run of [check, stats]) {
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(run.stderr).toBe(
        `rumourmill: no ledger at ${typo} (no such file): check --db, or create one with \`rumourmill ingest --db ${typo} <files>\`\n`,
      );
    }
    expect(existsSync(typo)).toBe(false);
  });

  it('a file that is not a ledger, or another program’s SQLite database, is named and left alone', async () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'shopping list\n'.repeat(100));
    const other = join(dir, 'other.db');
    execFileSync(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const d = new D(${JSON.stringify(other)}); d.exec('CREATE TABLE invoices (n)'); d.close();`,
      ],
      { cwd: root },
    );
    const [a, b] = await Promise.all([
      rumourmill(['db', 'check', '--db', text]),
      rumourmill(['ingest', SEED, '--db', other]),
    ]);
    expect(a).toMatchObject({
      code: 1,
      stderr: `rumourmill: ${text} is not a Rumourmill ledger (file is not a database)\n`,
    });
    expect(b.code).toBe(1);
    expect(b.stderr).toBe(
      `rumourmill: ${other} is a SQLite database but not a Rumourmill ledger (it has tables invoices…); give another --db\n`,
    );
  });
});

describe('option values that cannot be right are refused, naming the flag', () => {
  it('--limit abc, --limit 0, --as-of 2025-02-30, --as-of 0050-01-01', async () => {
    const db = join(dir, 'unused.db');
    const runs = await Promise.all([
      rumourmill(['stories', '--limit', 'abc', '--db', db]),
      rumourmill(['stories', '--limit', '0', '--db', db]),
      rumourmill(['story', 'Tom Cruise', 'Ana de Armas', '--as-of', '2025-02-30', '--db', db]),
      rumourmill(['story', 'Tom Cruise', 'Ana de Armas', '--as-of', '0050-01-01', '--db', db]),
    ]);
    expect(runs.map((r) => [r.code, r.stderr.trim()])).toEqual([
      [1, "error: option '--limit <n>' argument 'abc' is invalid. give a whole number from 1 to 500."],
      [1, "error: option '--limit <n>' argument '0' is invalid. give a whole number from 1 to 500."],
      [
        1,
        "error: option '--as-of <YYYY-MM-DD>' argument '2025-02-30' is invalid. as-of date must be YYYY-MM-DD, a real day from 1900 on (no such day in the calendar).",
      ],
      [
        1,
        "error: option '--as-of <YYYY-MM-DD>' argument '0050-01-01' is invalid. as-of date must be YYYY-MM-DD, a real day from 1900 on (year 0050 is before 1900: check the year).",
      ],
    ]);
    expect(existsSync(db)).toBe(false);
  });
});

// As root a chmod does not stop writes: the directory is a tmpfs remounted read-only; otherwise, chmod.
describe.skipIf(isRoot && !canMount)('a ledger in a read-only directory', () => {
  it('is still read by stories, story, db check and db stats; ingest says it cannot be written', async () => {
    const place = isRoot ? must(tmpfs('8m'), 'root can mount a tmpfs') : mkdtempSync(join(dir, 'ro-'));
    const db = join(place, 'ledger.db');
    expect((await rumourmill(['ingest', SEED, '--db', db])).code).toBe(0);
    if (isRoot) execFileSync('mount', ['-o', 'remount,ro', place]);
    else {
      await chmod(db, 0o444);
      await chmod(place, 0o555);
    }
    try {
      const [stories, story, check, stats, ingest] = await Promise.all([
        rumourmill(['stories', '--db', db]),
        rumourmill(['story', 'Tom Cruise', 'Ana de Armas', '--db', db]),
        rumourmill(['db', 'check', '--db', db]),
        rumourmill(['db', 'stats', '--json', '--db', db]),
        rumourmill(['ingest', join(root, 'data/samples/celebrity-011legit.txt'), '--db', db]),
      ]);
      expect(stories).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/reported\s+0\.\d\d\s+2025-05-07 .*Ana de Armas & Tom Cruise/),
      });
      expect(story).toMatchObject({ code: 0, stdout: expect.stringContaining('status reported') });
      expect(check).toMatchObject({ code: 0, stdout: 'ok\n' });
      expect(JSON.parse(stats.stdout)).toMatchObject({ articles: 1 });
      expect(ingest.code).toBe(1);
      expect(ingest.stderr).toBe(
        `rumourmill: SQLite ledger ${db} cannot be written (its file or directory is read-only): reading commands still work; to add articles, fix the permissions or copy it somewhere writable\n`,
      );
      noStackTrace(ingest.stderr);
    } finally {
      if (!isRoot) await chmod(place, 0o755);
    }
  });
});

describe.skipIf(!canMount)('a full disk (a small tmpfs)', () => {
  it('stops the ingest with one message naming the ledger; what was stored is kept', async () => {
    const place = must(tmpfs('700k'), 'root can mount a tmpfs'); // room for the schema and a few articles, not for all
    const db = join(place, 'ledger.db');
    const corpus = join(dir, 'many.jsonl');
    // More than fits: each article's text differs, so none is a duplicate of another.
    const COUNT = 30;
    writeFileSync(
      corpus,
      Array.from({ length: COUNT }, (_, i) =>
        JSON.stringify({
          id: `a${i}`,
          published: '2025-05-07',
          text: `Report ${i}. Tom Cruise and Ana de Armas were seen together in London, a source told the Daily Mail.`,
        }),
      ).join('\n'),
    );
    const run = await rumourmill(['ingest', ...SAMPLES, corpus, '--db', db]);
    expect(run.code).toBe(1);
    const full = `rumourmill: SQLite ledger ${db}: the disk is full (database or disk is full); free some space and rerun (ingest skips what is already stored)`;
    expect(run.stderr.split('\n').filter((line) => line.includes('disk is full'))).toEqual([full]);
    expect(run.stderr).toContain('rumourmill: ingest stopped; what was stored is kept, and rerunning skips it');
    noStackTrace(run.stderr);
    const stored = Number(/new (\d+)/.exec(run.stdout)?.[1]);
    expect(run.stdout).toMatch(/, stopped \(/);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(COUNT + 5);
  });
});

describe('PostgreSQL that is not there', () => {
  it('ingest stops with one line naming the database, never its password, and no stack trace', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = server.address() as { port: number };
        server.close(() => resolve(p));
      });
    });
    const run = await rumourmill(['ingest', SEED, '--db', `postgres://news:hunter2@127.0.0.1:${port}/ledger`], {
      env: { RUMOURMILL_PG_RETRY_SECONDS: '1' },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('hunter2');
    noStackTrace(run.stderr);
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      `rumourmill: PostgreSQL postgres://news@127.0.0.1:${port}/ledger is unavailable (connect ECONNREFUSED 127.0.0.1:${port}); is the server running? Rerun when it is back`,
    );
  });
});
