// What the reliability suites share: the CLI run as an operator runs it, a seeded random source a failure can be
// replayed from, throwaway PostgreSQL schemas, and a snapshot of a ledger to compare runs by.
import { spawn } from 'node:child_process';
import { ledgerOver } from '../../src/ledger/ledger.ts';
import { openStore, type ArticleRow, type EvidenceRow, type StoryRow } from '../../src/store/index.ts';
import { at, must } from '../../src/invariant/index.ts';

export const BIN = new URL('../../bin/rumourmill.js', import.meta.url).pathname;

export type Run = { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number };

/** Runs `rumourmill ARGS`; with `killAfterMs`, sends SIGKILL that long after the start (if it is still running). */
export function cli(
  args: string[],
  options: { killAfterMs?: number; timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const kill =
      options.killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    const limit = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(kill);
      clearTimeout(limit);
      resolve({ status, signal, stdout, stderr, ms: performance.now() - started });
    });
  });
}

// A run's kill delays are replayed from the seed it logs.
export { seeded } from '../../src/math/index.ts';

/** A positive whole number from the environment, else `fallback`. */
export function envCount(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} must be a whole number ≥ 1, not "${value}"`);
  return n;
}

/** A schema of its own in the PostgreSQL at `url`: the URL that uses it, and a drop. */
export async function pgSchema(url: string, name: string): Promise<{ db: string; drop(): Promise<void> }> {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE; CREATE SCHEMA ${name}`);
  } finally {
    await admin.end();
  }
  return {
    db: `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${name}`)}`,
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

export type Snapshot = {
  /** What `db check` would report (besides the track-record totals): empty when consistent. */
  problems: string[];
  counts: { articles: number; evidence: number; stories: number; entities: number };
  /** The articles of `ids` that are stored, in that order, with what was stored of each. */
  articles: Array<Pick<ArticleRow, 'id' | 'contentHash' | 'published' | 'text' | 'extraction'>>;
  /** Evidence rows by article id, each article's sorted by id. */
  evidence: Record<string, EvidenceRow[]>;
  /** Every story row (status, score, summary), by id. */
  stories: StoryRow[];
  /** The story list as `rumourmill stories --json` prints it (most recently active first); left out with `read`. */
  listing?: unknown;
};

const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * What the ledger at `db` holds (never creating a ledger). The listing is left out with `{ read: true }`: listing
 * brings stale scores up to date, a write, and a crashed ledger is to be looked at as the crash left it.
 */
export async function snapshot(db: string, ids: string[], options: { read?: boolean } = {}): Promise<Snapshot> {
  const store = await openStore(db, { mustExist: true, access: 'read' });
  try {
    const articles: Snapshot['articles'] = [];
    for (const id of ids) {
      const row = await store.article(id);
      if (row)
        articles.push({
          id: row.id,
          contentHash: row.contentHash,
          published: row.published,
          text: row.text,
          extraction: row.extraction,
        });
    }
    const evidence: Record<string, EvidenceRow[]> = {};
    for (const row of await store.allEvidence()) (evidence[row.article] ??= []).push(row);
    for (const key of Object.keys(evidence)) evidence[key] = byId(must(evidence[key], 'expected evidence[key]'));
    const storyIds = await store.storyIds();
    const stories = storyIds.length
      ? byId(await store.storiesIn({ first: at(storyIds, 0), last: must(storyIds.at(-1), 'expected storyIds.at(-1)') }))
      : [];
    const counts = await store.counts();
    const problems = await store.check();
    if (options.read) return { problems, counts, articles, evidence, stories };
    return {
      problems,
      counts,
      articles,
      evidence,
      stories,
      listing: (await ledgerOver(store).stories({ limit: 500 })).stories,
    };
  } finally {
    await store.close();
  }
}
