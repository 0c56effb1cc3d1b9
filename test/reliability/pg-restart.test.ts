// Issue 12, item 2, as an operator meets it: PostgreSQL restarted or stopped under a running `rumourmill ingest`
// and a running `rumourmill serve` (separate processes, a cluster of the test's own: test/store/cluster.ts). The
// store-level behaviour is in test/store/connections.test.ts; here the processes must not die with a stack trace,
// an ingest must end with the ledger a clean run gives (carrying on across a restart; stopping with one message
// when the server stays down, then completed by a rerun), and `serve` must answer again once the server is back.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRunCluster, type Cluster, startCluster } from '../store/cluster.ts';
import { writeCorpus } from './corpus.ts';
import { BIN, cli, pgSchema, snapshot, type Snapshot } from './harness.ts';
import { at, must } from '../../src/invariant/index.ts';

if (!canRunCluster)
  console.warn('pg-restart suite: the PostgreSQL 15 binaries are missing, SKIPPED (npm test installs them as root)');

const dir = mkdtempSync(join(tmpdir(), 'rumourmill-pg-restart-'));
const corpus = writeCorpus(dir, 20);
const IDS = corpus.ids;
const ingest = (db: string) => ['ingest', corpus.file, '--db', db, '--workers', '1'];
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

/** Resolves once the ledger at `db` holds an article (or the ingest writing it has ended). */
async function firstArticle(db: string, ended: () => boolean): Promise<void> {
  for (let i = 0; i < 1200 && !ended(); i++) {
    if (
      (await snapshot(db, [], { read: true }).then(
        (s) => s.counts.articles,
        () => 0,
      )) > 0
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts `rumourmill ARGS`, resolves once its stderr or stdout matches `ready`; `output()` is all it printed. */
function start(
  args: string[],
  ready: RegExp,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; output(): string; exited: Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let text = '';
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const seen = (chunk: string) => {
      text += chunk;
      if (ready.test(text)) resolve({ child, output: () => text, exited });
    };
    must(child.stdout, 'expected child.stdout').setEncoding('utf8').on('data', seen);
    must(child.stderr, 'expected child.stderr').setEncoding('utf8').on('data', seen);
    void exited.then((code) => reject(new Error(`rumourmill ${args[0]} exited (${code}) before ${ready}: ${text}`)));
  });
}

describe.skipIf(!canRunCluster)('PostgreSQL going away under running processes (a cluster of its own)', () => {
  let cluster: Cluster;
  let expected: Snapshot;
  beforeAll(async () => {
    cluster = await startCluster();
    const clean = await pgSchema(cluster.url, 'clean');
    expect((await cli(ingest(clean.db))).stdout).toContain(`read ${IDS.length}, new ${IDS.length}`);
    expected = await snapshot(clean.db, IDS);
  }, 180_000);
  afterAll(async () => {
    await cluster?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingest across a restart carries on, and ends with what a clean run gives', async () => {
    const { db } = await pgSchema(cluster.url, 'restarted');
    // Restarted once the ingest has written its first article (its progress line comes at 100: watch the ledger).
    let ended = false;
    const running = cli(ingest(db)).finally(() => (ended = true));
    await firstArticle(db, () => ended);
    expect(ended, 'the ingest ended before the restart').toBe(false);
    await cluster.restart();
    const run = await running;
    noStackTrace(run.stderr);
    expect(run.stdout).toContain(`read ${IDS.length}, new ${IDS.length}, duplicates 0, failed 1`);
    expect(await snapshot(db, IDS)).toEqual(expected);
  }, 180_000);

  it('ingest with the server down stops with one message, no stack trace; a rerun once it is back completes it', async () => {
    const { db } = await pgSchema(cluster.url, 'stopped');
    // RUMOURMILL_PG_RETRY_SECONDS: how long the store waits for the server before giving up (default 15 s).
    let ended = false;
    const running = cli(ingest(db), { env: { RUMOURMILL_PG_RETRY_SECONDS: '2' } }).finally(() => (ended = true));
    await firstArticle(db, () => ended);
    expect(ended, 'the ingest ended before the stop').toBe(false);
    await cluster.stop();
    try {
      const run = await running;
      noStackTrace(run.stderr);
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/, stopped \(/);
      // One line says what is wrong (not one per article left), naming the server; one says what to do.
      expect(
        run.stderr.split('\n').filter((l) => /is unavailable/.test(l)),
        run.stderr,
      ).toHaveLength(1);
      expect(run.stderr).toContain(`127.0.0.1:${cluster.port}`);
      expect(run.stderr).toContain('rerunning skips it');
    } finally {
      await cluster.start();
    }
    const rerun = await cli(ingest(db));
    const [, read, fresh, duplicates] = /read (\d+), new (\d+), duplicates (\d+), failed 1 /.exec(rerun.stdout) ?? [];
    expect(Number(read)).toBe(IDS.length);
    expect(Number(fresh) + Number(duplicates)).toBe(IDS.length);
    expect(Number(duplicates)).toBeGreaterThan(0);
    expect(await snapshot(db, IDS)).toEqual(expected);
  }, 240_000);

  it('serve survives a restart: no crash, and the next reads and writes succeed', async () => {
    const { db } = await pgSchema(cluster.url, 'served');
    const server = await start(['serve', '--port', '0', '--no-samples', '--db', db], /serving (http:\/\/\S+)/);
    try {
      const url = at(
        must(
          /serving (http:\/\/\S+)/.exec(server.output()),
          'expected /serving (http:\\/\\/\\S+)/.exec(server.output())',
        ),
        1,
      );
      const post = (text: string) =>
        fetch(`${url}/api/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text, published: '2025-05-07' }),
        });
      expect((await post('Mara Quill and Dev Halloran were seen leaving a party together on Saturday.')).status).toBe(
        201,
      );
      await cluster.restart();
      expect((await fetch(`${url}/api/stories`)).status).toBe(200);
      expect((await post('Ines Varga and Otto Brandt were seen at dinner in Rome on Friday.')).status).toBe(201);
      expect(server.child.exitCode).toBeNull();
      noStackTrace(server.output());
    } finally {
      server.child.kill('SIGKILL');
    }
  }, 120_000);
});
