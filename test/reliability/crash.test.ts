// Durability for real, at random points: `rumourmill ingest` is killed with -9 after a random delay, many times,
// on SQLite and on PostgreSQL. After each kill, `db check` must pass (or, killed before the ledger existed, say
// plainly there is none); what was stored must be whole articles, a prefix of the input in its order, each exactly
// as a clean run stores it; and rerunning the ingest must end with what a clean run gives: the same articles, the
// same evidence, the same stories with the same statuses and scores.
//
// The delays come from a seeded generator; the seed is printed, and RUMOURMILL_CRASH_SEED=<seed> replays the same
// delays (timing on a loaded machine still varies). By default each database gets as many runs as fit in 55 s, the clean run included
// (at least 4, at most 15: a run is 3 CLI starts, 3–4 s on a quiet 2-core machine, 10 s+ when it is busy);
// RUMOURMILL_CRASH_RUNS=<n> asks for exactly n runs, for a longer soak.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from './corpus.ts';
import { cli, envCount, pgSchema, seeded, snapshot, type Snapshot } from './harness.ts';
import { must } from '../../src/invariant/index.ts';

const ASKED = process.env.RUMOURMILL_CRASH_RUNS ? envCount('RUMOURMILL_CRASH_RUNS', 1) : null;
const RUNS = ASKED ?? 15;
const MIN_RUNS = 4;
const BUDGET_MS = 55_000;
const SEED = process.env.RUMOURMILL_CRASH_SEED
  ? envCount('RUMOURMILL_CRASH_SEED', 1)
  : Math.floor(Math.random() * 2 ** 31);
const PG = process.env.RUMOURMILL_TEST_PG;
console.log(
  `crash suite: seed ${SEED}, ${ASKED ? `${ASKED} kill -9 runs` : `kill -9 runs for ${BUDGET_MS / 1000} s (${MIN_RUNS}–${RUNS} runs)`} per database (replay with RUMOURMILL_CRASH_SEED=${SEED})`,
);
if (!PG)
  console.warn(
    'crash suite: RUMOURMILL_TEST_PG is not set, the PostgreSQL crash runs are SKIPPED (npm test sets it as root)',
  );

const dir = mkdtempSync(join(tmpdir(), 'rumourmill-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 20 retold articles + 5 real ones: a clean ingest takes 2–5 s here, about half of it starting node. One worker: the
// writer, the only thread that touches the ledger, is the same with more (test/cli/workers.test.ts: same stories),
// and on two shared cores a second worker only slows each run.
const corpus = writeCorpus(dir, 20);
const ingest = (db: string) => ['ingest', corpus.file, '--db', db, '--workers', '1'];
const IDS = corpus.ids;
const summary = (n: number) => `read ${n}, new ${n}, duplicates 0, failed 1`;

type Ledger = { db: string; drop(): Promise<void> };
type Phase = 'before the ledger' | 'mid-ingest' | 'after the last article' | 'not killed (finished first)';

/** Kills `RUNS` ingests at random delays into fresh ledgers and checks each against a clean run. */
async function crashRuns(kind: string, fresh: (name: string) => Promise<Ledger>): Promise<void> {
  const started = performance.now();
  const clean = await fresh('clean');
  const full = await cli(ingest(clean.db));
  expect(full.stdout).toContain(summary(IDS.length));
  expect(full.stderr).toContain(`corpus.jsonl:${corpus.brokenLine}: not valid JSON`);
  const expected = await snapshot(clean.db, IDS);
  expect(expected.articles.map((a) => a.id)).toEqual(IDS);
  expect(expected.problems).toEqual([]);
  expect(expected.counts.stories).toBeGreaterThan(5);

  // Killing before node has even loaded the CLI tests little: the window starts at 80% of a bare CLI start-up,
  // measured on `db check` of a ledger that does not exist (which must say so and create nothing), and ends a
  // little before a clean run does (a run that finishes first is no crash).
  const absent = await fresh('absent');
  const bare = await cli(['db', 'check', '--db', absent.db]);
  expect(bare.status).toBe(1);
  expect(bare.stderr).toMatch(/no ledger (at|in PostgreSQL)/);
  if (kind === 'SQLite') expect(existsSync(absent.db)).toBe(false);
  await expect(snapshot(absent.db, []), 'db check created a ledger').rejects.toThrow(/no ledger/);
  await absent.drop();

  const random = seeded(SEED ^ (kind === 'SQLite' ? 0 : 0x5bd1e995));
  const phases = new Map<Phase, number>();
  const loop = performance.now();
  let runs = 0;
  for (let run = 1; run <= RUNS; run++) {
    // Stop before a run that would likely end past the budget (runs so far tell how long one takes).
    const now = performance.now();
    if (!ASKED && run > MIN_RUNS && now - started + (now - loop) / runs > BUDGET_MS) break;
    runs = run;
    const delay = Math.round(0.8 * bare.ms + random() * (0.95 * full.ms - 0.8 * bare.ms));
    const context = `${kind} run ${run}, kill -9 at ${delay} ms (seed ${SEED})`;
    const ledger = await fresh(`run${run}`);
    const killed = await cli(ingest(ledger.db), { killAfterMs: delay });
    const check = await cli(['db', 'check', '--db', ledger.db]);
    let partial: Snapshot | undefined;
    if (check.status === 0) {
      expect(check.stdout, context).toBe('ok\n');
      partial = await snapshot(ledger.db, IDS, { read: true });
      expect(partial.problems, context).toEqual([]);
      // One writer, one transaction per article, in input order: what is there is the first n articles, whole.
      const n = partial.articles.length;
      expect(partial.counts.articles, context).toBe(n);
      expect(partial.articles, context).toEqual(expected.articles.slice(0, n));
      for (const id of IDS.slice(0, n))
        expect(partial.evidence[id] ?? [], `${context}: evidence of ${id}`).toEqual(expected.evidence[id] ?? []);
    } else {
      // Killed before the ledger was created: `db check` says there is none, naming where it looked.
      expect(check.status, context).toBe(1);
      expect(check.stderr, context).toMatch(/no ledger (at|in PostgreSQL)|is an empty file, not a ledger/);
    }
    const stored = partial?.articles.length ?? 0;
    const phase: Phase =
      killed.signal !== 'SIGKILL'
        ? 'not killed (finished first)'
        : !partial
          ? 'before the ledger'
          : stored < IDS.length
            ? 'mid-ingest'
            : 'after the last article';
    phases.set(phase, (phases.get(phase) ?? 0) + 1);
    if (killed.signal !== 'SIGKILL') expect(killed.stdout, context).toContain(summary(IDS.length));

    const rerun = await cli(ingest(ledger.db));
    expect(rerun.stdout, context).toContain(
      `read ${IDS.length}, new ${IDS.length - stored}, duplicates ${stored}, failed 1`,
    );
    const after = await snapshot(ledger.db, IDS);
    expect(after, context).toEqual(expected);
    await ledger.drop();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `crash suite, ${kind}: ${runs} kill -9 runs in ${seconds} s (clean ingest ${Math.round(full.ms)} ms): ${[...phases].map(([p, n]) => `${n} ${p}`).join(', ')}`,
  );
  await clean.drop();
}

// The budget, or what the minimum of runs takes on a very busy machine; or the runs asked for.
const BOUND = ASKED ? 60_000 + ASKED * 30_000 : BUDGET_MS + 120_000;

describe('ingest killed with -9 at random points', () => {
  it(
    'SQLite: every kill leaves a consistent ledger of whole articles, and a rerun gives what a clean run gives',
    async () => {
      await crashRuns('SQLite', async (name) => ({ db: join(dir, `${name}.db`), drop: async () => undefined }));
    },
    BOUND,
  );

  it.skipIf(!PG)(
    'PostgreSQL: the same, each run in a schema of its own (skipped without RUMOURMILL_TEST_PG)',
    async () => {
      await crashRuns('PostgreSQL', (name) => pgSchema(must(PG, 'expected PG'), `rm_crash_${process.pid}_${name}`));
    },
    BOUND,
  );
});
