// The ledger commands as a user runs them: ingest, stories, story, db.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { pgSchema, TEST_PG } from '../helpers/pg-schema.ts';

const BIN = new URL('../../bin/rumourmill.js', import.meta.url).pathname;
const SEED = new URL('../fixtures/seed.txt', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'rumourmill-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('rumourmill ingest', () => {
  it('stores the seed once, reports and skips bad inputs, refuses network URLs', () => {
    const db = join(dir, 'a.db');
    const first = cli(['ingest', SEED, join(dir, 'missing.txt'), 'https://example.com/news', '--db', db]);
    expect(first.stdout).toMatch(/^read 1, new 1, duplicates 0, failed 2 /m);
    expect(first.stderr).toContain('missing.txt: cannot read');
    expect(first.stderr).toMatch(/https:\/\/example\.com\/news: cannot fetch URLs/);
    expect(first.status).toBe(1);

    const again = cli(['ingest', `file://${SEED}`, '--db', db]);
    expect(again.stdout).toMatch(/^read 1, new 0, duplicates 1, failed 0 /m);
    expect(again.status).toBe(0);
    expect((JSON.parse(cli(['db', 'stats', '--json', '--db', db]).stdout) as { articles: number }).articles).toBe(1);
    expect(cli(['db', 'check', '--db', db]).stdout).toBe('ok\n');
  });

  it('story says what the score means, why the status is what it is, and which item decided it; found by surnames', () => {
    const db = join(dir, 'story.db');
    cli(['ingest', SEED, '--db', db]);
    const run = cli(['story', 'Cruise', 'de Armas', '--db', db]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('status reported');
    expect(run.stdout).toContain('score: the probability that "dating" holds as of 2025-05-07');
    expect(run.stdout).toMatch(/^why reported: one source asserts it, no principal on record$/m);
    expect(run.stdout).toMatch(/^ {2}decided by: outlet Daily Mail \(2025-05-07\)/m);
  });

  it('db check finds track-record totals that drifted from the settled reports, and exits 1', () => {
    const db = join(dir, 'drift.db');
    cli(['ingest', SEED, '--db', db]);
    const sqlite = new Database(db);
    sqlite
      .prepare(
        "INSERT INTO record_totals (scope, key, name, true_count, false_count) VALUES ('outlet', 'outlet:daily mail', 'Daily Mail', 4, 0)",
      )
      .run();
    sqlite.close();
    const check = cli(['db', 'check', '--db', db]);
    expect(check.stdout).toContain(
      'problem: track-record totals for outlet outlet:daily mail: stored 4 true / 0 false, settled reports say 0 true / 0 false',
    );
    expect(check.status).toBe(1);
  });

  it('uses RUMOURMILL_DB when --db is not given', () => {
    const db = join(dir, 'env.db');
    cli(['ingest', SEED], { RUMOURMILL_DB: db });
    expect(
      (JSON.parse(cli(['db', 'stats', '--json'], { RUMOURMILL_DB: db }).stdout) as { articles: number }).articles,
    ).toBe(1);
  });
});

describe('rumourmill stories / story', () => {
  it('rejects an unknown status with the list of statuses', () => {
    const run = cli(['stories', '--status', 'rumoured', '--db', join(dir, 'b.db')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('unknown status "rumoured"; use one of speculated, reported');
  });

  it('says so when there is no such story', () => {
    const run = cli(['story', 'Nobody', 'Noone', '--db', join(dir, 'b.db')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no story for "Nobody" "Noone"');
  });

  it('rejects a malformed --as-of date', () => {
    const run = cli(['story', 's-000000000000', '--as-of', '1 May', '--db', join(dir, 'b.db')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('as-of date must be YYYY-MM-DD');
  });
});

if (!TEST_PG)
  console.warn('cli suite: RUMOURMILL_TEST_PG is not set, ingest into PostgreSQL is SKIPPED (npm test sets it)');
describe.skipIf(!TEST_PG)('rumourmill ingest --db postgres://', () => {
  it('stores into PostgreSQL, idempotently', async () => {
    const schema = pgSchema('rm_cli');
    await schema.drop();
    await schema.create();
    try {
      const db = schema.url();
      expect(cli(['ingest', SEED, '--db', db]).stdout).toMatch(/^read 1, new 1, duplicates 0, failed 0 /m);
      expect(cli(['ingest', SEED, '--db', db]).stdout).toMatch(/^read 1, new 0, duplicates 1, failed 0 /m);
      expect((JSON.parse(cli(['db', 'stats', '--json', '--db', db]).stdout) as { articles: number }).articles).toBe(1);
      expect(cli(['db', 'check', '--db', db]).stdout).toBe('ok\n');
    } finally {
      await schema.drop();
    }
  });
});
