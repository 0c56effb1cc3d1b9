// A disk that fills up mid-ingest (SQLite on a small tmpfs), then is given room: the ingest stops with one message
// (test/cli/operator.test.ts checks its wording), `db check` says ok of what was left, every stored article is
// whole, and a rerun once there is room ends with what a clean run gives. Mounting needs root; without it the
// suite is skipped and says so.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from './corpus.ts';
import { cli, snapshot } from './harness.ts';
import { must } from '../../src/invariant/index.ts';
import { tmpfsUnder } from '../helpers/tmpfs.ts';

const dir = mkdtempSync(join(tmpdir(), 'rumourmill-disk-full-'));
const disks = tmpfsUnder(dir);
afterAll(() => {
  disks.unmountAll();
  rmSync(dir, { recursive: true, force: true });
});

const place = disks.mount('1m');
if (!place) console.warn('disk-full suite: cannot mount a tmpfs (needs root), SKIPPED');

describe.skipIf(!place)('SQLite on a disk that fills up mid-ingest', () => {
  it('stops with one message, leaves a ledger db check passes, and a rerun with room gives what a clean run gives', async () => {
    const corpus = writeCorpus(dir, 20);
    const ingest = (db: string) => ['ingest', corpus.file, '--db', db, '--workers', '1'];
    const clean = join(dir, 'clean.db');
    await cli(ingest(clean));
    const expected = await snapshot(clean, corpus.ids);

    // The ledger of this corpus reaches ~1.5 MB with a WAL of ~4 MB: 1 MB fills mid-way.
    const db = join(must(place, 'expected place'), 'ledger.db');
    const run = await cli(ingest(db));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/, stopped \(/);
    expect(run.stderr.split('\n').filter((line) => line.includes('disk is full'))).toHaveLength(1);
    expect(run.stderr).not.toMatch(/^\s+at /m);

    const check = await cli(['db', 'check', '--db', db]);
    expect(check.stdout, check.stderr).toBe('ok\n');
    const partial = await snapshot(db, corpus.ids, { read: true });
    const n = partial.articles.length;
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(corpus.ids.length);
    expect(partial.articles).toEqual(expected.articles.slice(0, n));
    expect(partial.problems).toEqual([]);

    execFileSync('mount', ['-o', 'remount,size=64m', must(place, 'expected place')]);
    const rerun = await cli(ingest(db));
    expect(rerun.stdout).toContain(
      `read ${corpus.ids.length}, new ${corpus.ids.length - n}, duplicates ${n}, failed 1`,
    );
    expect(await snapshot(db, corpus.ids)).toEqual(expected);
  }, 180_000);
});
