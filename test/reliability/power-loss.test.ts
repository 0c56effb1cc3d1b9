// Simulated power loss on SQLite. The ledger runs in WAL mode with synchronous=NORMAL (src/store/sqlite.ts): a
// commit is appended to the -wal file without fsync; the WAL is fsynced only when a checkpoint starts copying it
// into the database file, and the database file is fsynced when that checkpoint ends. So a power cut can lose the
// WAL's unsynced tail (the last articles committed), but never what a checkpoint has begun, and the database file
// alone is consistent whenever no checkpoint is in progress. What the README promises from that: after a power cut
// the ledger opens, `db check` says ok, every stored article is whole, and rerunning the ingest completes it.
//
// Each run freezes `rumourmill ingest` with SIGSTOP at a random (seeded, logged) point of what it writes and copies what the OS
// holds of the ledger at that instant — the files as they would be if everything written had reached the disk —
// then takes away what a power cut may take:
//   - "WAL cut": the -wal file truncated at a random byte past the frames the last checkpoint fsynced (read from
//     the -shm WAL index: nBackfillAttempted), as a power cut before the next fsync leaves it;
//   - "no WAL": the database file without its -wal, as a power cut before the WAL ever reached the disk leaves it
//     (only when no checkpoint is running: mid-checkpoint, SQLite has fsynced the WAL, so it cannot be lost).
// The -shm index is never copied: SQLite rebuilds it from the WAL on the first open.
//
// RUMOURMILL_CRASH_SEED replays the points. By default, as many runs as fit in 55 s (2 to 8: a run is a frozen
// ingest, two `db check`s and one rerun); RUMOURMILL_POWER_RUNS=<n> asks for exactly n.
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from './corpus.ts';
import { BIN, cli, envCount, seeded, snapshot, type Snapshot } from './harness.ts';
import { must } from '../../src/invariant/index.ts';

const ASKED = process.env.RUMOURMILL_POWER_RUNS ? envCount('RUMOURMILL_POWER_RUNS', 1) : null;
const RUNS = ASKED ?? 8;
const MIN_RUNS = 2;
const BUDGET_MS = 55_000;
const SEED = process.env.RUMOURMILL_CRASH_SEED
  ? envCount('RUMOURMILL_CRASH_SEED', 1)
  : Math.floor(Math.random() * 2 ** 31);
console.log(
  `power-loss suite: seed ${SEED}, ${ASKED ?? `${MIN_RUNS}–${RUNS}`} runs (replay with RUMOURMILL_CRASH_SEED=${SEED})`,
);

const dir = mkdtempSync(join(tmpdir(), 'rumourmill-power-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Big enough that the WAL passes SQLite's 1000-page auto-checkpoint during the run (it reaches ~4 MB), so some
// freezes land before, during and after a checkpoint.
const corpus = writeCorpus(dir, 30);
const IDS = corpus.ids;
// One worker, as in crash.test.ts: the writer is the same, and two shared cores go further.
const ingest = (db: string) => ['ingest', corpus.file, '--db', db, '--workers', '1'];

/** The WAL index's checkpoint record (sqlite3 wal.c, WalCkptInfo after two 48-byte headers; native byte order). */
function walState(db: string): { pageSize: number; frames: number; backfilled: number; attempted: number } | null {
  if (!existsSync(`${db}-wal`) || !existsSync(`${db}-shm`) || statSync(`${db}-wal`).size < 32) return null;
  const shm = readFileSync(`${db}-shm`);
  const wal = readFileSync(`${db}-wal`).subarray(0, 32);
  return {
    pageSize: wal.readUInt32BE(8),
    frames: shm.readUInt32LE(16),
    backfilled: shm.readUInt32LE(96),
    attempted: shm.readUInt32LE(128),
  };
}

const isStopped = (pid: number) => {
  try {
    return /^\d+ \(.*\) T/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

type Frozen = { noWal?: string; walCut?: { db: string; at: number; of: number }; note: string };

/** Bytes of the ledger on disk (database file and WAL): they only grow while an ingest runs (a checkpoint reuses the WAL). */
const written = (db: string) => size(db) + size(`${db}-wal`);
const size = (file: string) => statSync(file, { throwIfNoEntry: false })?.size ?? 0;

/**
 * Runs an ingest into `db`, watching how much of the ledger it has written. With `at`, it is frozen once that many
 * bytes are written, the ledger is copied as a power cut would leave it, and it is killed. Resolves with the copies
 * (or, without `at`, with the most bytes seen): a point in the write stream, not in time, so a loaded machine
 * moves nothing.
 */
function ingestWatching(
  db: string,
  at: number | null,
  random: () => number,
  out: string,
): Promise<Frozen & { most: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...ingest(db)], { stdio: 'ignore' });
    let frozen: Frozen | undefined;
    let most = 0;
    const poll = setInterval(() => {
      most = Math.max(most, written(db));
      if (at === null || frozen || most < at) return;
      try {
        child.kill('SIGSTOP');
        for (let i = 0; i < 1000 && child.exitCode === null && !isStopped(must(child.pid, 'expected child.pid')); i++)
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
        mkdirSync(out, { recursive: true });
        const state = walState(db);
        frozen = {
          note: state
            ? `WAL of ${state.frames} frames, ${state.backfilled} checkpointed, ${state.attempted - state.backfilled} being checkpointed`
            : 'no WAL',
        };
        if (!state || state.attempted === state.backfilled) {
          frozen.noWal = join(out, 'no-wal.db');
          copyFileSync(db, frozen.noWal);
        }
        if (state) {
          const cut = join(out, 'wal-cut.db');
          copyFileSync(db, cut);
          copyFileSync(`${db}-wal`, `${cut}-wal`);
          // Past the frames in use (after a checkpoint the WAL is rewritten from its start) a cut takes nothing.
          const size = statSync(`${cut}-wal`).size;
          const live = Math.min(size, 32 + state.frames * (24 + state.pageSize));
          const synced = Math.min(live, 32 + state.attempted * (24 + state.pageSize));
          const byte = synced + Math.floor(random() * (live - synced + 1));
          truncateSync(`${cut}-wal`, byte);
          frozen.walCut = { db: cut, at: byte, of: live };
        }
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      } finally {
        child.kill('SIGKILL');
      }
    }, 5);
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(poll);
      resolve({ ...(frozen ?? { note: 'finished before the freeze' }), most });
    });
  });
}

describe('SQLite after a simulated power cut (WAL, synchronous=NORMAL)', () => {
  it(
    'opens, passes db check, holds whole articles only, and a rerun completes it',
    async () => {
      const started = performance.now();
      const clean = join(dir, 'clean.db');
      const random = seeded(SEED ^ 0x2545f491);
      const { most } = await ingestWatching(clean, null, random, dir);
      const expected = await snapshot(clean, IDS);
      expect(expected.articles.map((a) => a.id)).toEqual(IDS);

      const seen: string[] = [];
      let copies = 0;
      let reruns = 0;
      const loop = performance.now();
      let runs = 0;
      for (let run = 1; run <= RUNS; run++) {
        const now = performance.now();
        if (!ASKED && run > MIN_RUNS && now - started + (now - loop) / runs > BUDGET_MS) break;
        runs = run;
        // Anywhere in the write stream of a clean run (its most bytes on disk at once).
        const at = 1 + Math.floor(random() * most);
        const frozen = await ingestWatching(join(dir, `run${run}.db`), at, random, join(dir, `run${run}`));
        seen.push(
          `run ${run} frozen at ${at} of ${most} bytes written: ${frozen.note}${frozen.walCut ? `, WAL cut at byte ${frozen.walCut.at} of ${frozen.walCut.of}` : ''}`,
        );
        const found: Record<string, Snapshot> = {};
        for (const [kind, db] of [
          ['no WAL', frozen.noWal],
          ['WAL cut', frozen.walCut?.db],
        ] as const) {
          if (!db) continue;
          copies++;
          const context = `power-loss run ${run} (${kind}; ${seen.at(-1)}; seed ${SEED})`;
          const check = await cli(['db', 'check', '--db', db]);
          expect(check.stdout, `${context}: ${check.stderr}`).toBe('ok\n');
          expect(check.status, context).toBe(0);
          const partial = await snapshot(db, IDS, { read: true });
          found[kind] = partial;
          const n = partial.articles.length;
          expect(partial.problems, context).toEqual([]);
          expect(partial.counts.articles, context).toBe(n);
          expect(partial.articles, context).toEqual(expected.articles.slice(0, n));
          for (const id of IDS.slice(0, n))
            expect(partial.evidence[id] ?? [], `${context}: evidence of ${id}`).toEqual(expected.evidence[id] ?? []);

          // One rerun per run (the two copies take turns) keeps the suite within a minute on two cores.
          if (kind === (run % 2 === 1 || !frozen.noWal ? 'WAL cut' : 'no WAL') || !frozen.walCut) {
            const rerun = await cli(ingest(db));
            expect(rerun.stdout, context).toContain(
              `read ${IDS.length}, new ${IDS.length - n}, duplicates ${n}, failed 1`,
            );
            expect(await snapshot(db, IDS), context).toEqual(expected);
            reruns++;
          }
        }
        // The WAL only ever adds to what the database file holds.
        if (found['no WAL'] && found['WAL cut'])
          expect(found['WAL cut'].articles.length).toBeGreaterThanOrEqual(found['no WAL'].articles.length);
      }
      console.log(
        `power-loss suite: ${runs} runs in ${((performance.now() - started) / 1000).toFixed(1)} s, ${copies} copies checked, ${reruns} rerun to completion\n  ${seen.join('\n  ')}`,
      );
      expect(copies).toBeGreaterThan(0);
    },
    ASKED ? 60_000 + ASKED * 30_000 : BUDGET_MS + 90_000,
  );
});
