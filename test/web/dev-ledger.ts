// The ledger the desk is tested on: real development articles, read and ingested as a user would
// (data/samples, the eight development streams and the undated celebrity development pairs of
// test/fixtures, through readInputs and Ledger.ingest).
// A real ledger has stories with 100+ evidence rows (syndication: one report rerun by many outlets);
// the development streams have at most ~16, so the Zendaya & Tom Holland stream is also ingested as
// the wire copies other outlets ran of it, a few days later, the way it happens.
// When the shared corpora are there (RUMOURMILL_DATA or ../shared/data), the ledger is the development ledger a
// journalist would have: the same plus celebrity pairs 001–200 and BBC entertainment 001–350 (~900 articles with the
// wire copies, ~4,000 entities). They may not be copied into the repository, so CI (no ../shared) runs on the
// in-repo fixture alone. Ingesting ~900 articles takes minutes, so each ledger is built once into a SQLite file under
// os.tmpdir(), keyed by a hash of its inputs and of the code that ingests them, and every test file starts from a copy.
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED_DATA } from '../../scripts/shared-data.ts';
import { openLedger } from '../../src/ledger/index.ts';
import type { Ledger, StorySummary } from '../../src/ledger/types.ts';
import { readInputs, type Article } from '../../src/read/index.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The development parts of the shared corpora; the held-out parts (celebrity 201–250, BBC 351–386) are never kept. */
const SHARED_DEV = [
  {
    file: `${SHARED_DATA}/celebrity-fakenews-perezrosas2018/celebrity.jsonl`,
    dev: (id: string) => /^celebrity-\d{3}(?:fake|legit)$/.test(id) && Number(id.slice(10, 13)) <= 200,
  },
  {
    file: `${SHARED_DATA}/bbc-entertainment/bbc_entertainment.jsonl`,
    dev: (id: string) => /^bbc-entertainment-\d{3}$/.test(id) && Number(id.slice(-3)) <= 350,
  },
];
/** Whether the desk is tested on the full development ledger (the shared corpora are there) or the in-repo one. */
export const FULL_LEDGER = SHARED_DEV.every((d) => existsSync(d.file));
/** How long a test file may wait for its ledger: building the full one takes minutes on a busy 2-core machine. */
export const BUILD_TIMEOUT = FULL_LEDGER ? 40 * 60_000 : 300_000;
const STREAMS = `${ROOT}test/fixtures/streams`;
export const SYNDICATED_STREAM = 'zendaya-tom-holland';
/** Outlets of the other streams, as the papers that rerun the syndicated story. */
const RERUN_BY = [
  'Daily Mail',
  'E! News',
  'The Indian Express',
  'HollywoodLife',
  'The Mercury News',
  'Capital FM',
  'Just Jared',
  'Us Weekly',
  'People',
];

export async function devArticles(): Promise<Article[]> {
  const files = [
    `${ROOT}data/samples`,
    ...readdirSync(STREAMS)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => `${STREAMS}/${f}`),
    // Undated, as most of a real corpus is: the list must still order their stories sensibly.
    `${ROOT}test/fixtures/celebrity-dev-pairs.jsonl`,
  ];
  const out: Article[] = [];
  for await (const r of readInputs(files)) {
    if (!r.ok) throw new Error(`${r.failure.file}: ${r.failure.message}`);
    out.push(r.article);
  }
  if (!FULL_LEDGER) return out;
  // The shared rows, filtered by id as each line is parsed (nothing held out is kept), then read as a user's file is.
  const seen = new Set(out.map((a) => a.id));
  const rows = SHARED_DEV.flatMap((d) =>
    readFileSync(d.file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .flatMap((line) => {
        const row = JSON.parse(line) as { id: string };
        return d.dev(row.id) && !seen.has(row.id) ? [line] : [];
      }),
  );
  // At one fixed path (written whole, then renamed: test files read it in parallel), so that each article's origin, and
  // with it the cache key below, is the same from run to run.
  const dir = join(tmpdir(), 'rumourmill-dev-corpus');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'celebrity-001-200-bbc-001-350.jsonl');
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, `${rows.join('\n')}\n`);
  renameSync(partial, file);
  for await (const r of readInputs([file])) {
    if (!r.ok) throw new Error(`${r.failure.file}: ${r.failure.message}`);
    out.push(r.article);
  }
  return out;
}

/** Each article of the syndicated stream as rerun by each outlet of RERUN_BY, one day apart. */
export function wireCopies(articles: Article[]): Article[] {
  const originals = articles.flatMap((a) =>
    a.id?.startsWith(`${SYNDICATED_STREAM}-`) && a.published ? [{ ...a, published: a.published }] : [],
  );
  return originals.flatMap((a) =>
    RERUN_BY.filter((outlet) => outlet !== a.source).map((outlet, i) => ({
      ...a,
      id: `${a.id}-rerun-${i + 1}`,
      source: outlet,
      url: null,
      published: addDays(a.published, i + 1),
      // A rerun note at the end (no names in it, so it adds no entity of its own): every sentence keeps its offsets.
      text: `${a.text}\n\n(Rerun ${i + 1}.)`,
    })),
  );
}

/**
 * What the development ledger ingests, in order: the articles (and the wire copies, unless `syndicated` is false).
 * Articles whose id is in `holdBack` are left out, with their wire copies: a test adds them later, as a journalist
 * would add the next article of a story the ledger already holds.
 */
function corpus(read: Article[], options: DevLedgerOptions): Article[] {
  const held = new Set(options.holdBack ?? []);
  const articles = read.filter((a) => !a.id || !held.has(a.id));
  return options.syndicated === false ? articles : [...articles, ...wireCopies(articles)];
}

/**
 * Every story of the ledger, page after page: the full development ledger holds ~900 stories, more than one page
 * of the API's largest (500).
 */
export async function allStories(ledger: Ledger): Promise<{ stories: StorySummary[] }> {
  const stories: StorySummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await ledger.stories({ limit: 500, ...(cursor ? { cursor } : {}) });
    stories.push(...page.stories);
    cursor = page.next ?? undefined;
  } while (cursor);
  return { stories };
}

export type DevLedgerOptions = { syndicated?: boolean; holdBack?: string[] };
export type DevLedger = {
  /** A fresh copy of the built ledger, for this test file alone. */
  file: string;
  articles: number;
  /** How long building took (0 when it came from the cache), and how long taking the copy took. */
  buildMs: number;
  copyMs: number;
};

/**
 * The development ledger as a SQLite file of its own, copied from a build cached under os.tmpdir(). The cache key is a
 * hash of the options, the articles, and every source file that ingestion runs (src/ but the UI and the API, data/,
 * the lockfile), so a change to the extractor or the ledger rebuilds it. Test files running in parallel wait for one
 * build (a lock file) rather than each spending minutes on the same one.
 */
export async function devLedger(dir: string, options: DevLedgerOptions = {}): Promise<DevLedger> {
  const all = corpus(await devArticles(), options);
  const key = createHash('sha256').update(JSON.stringify(all)).update(codeVersion()).digest('hex').slice(0, 16);
  const cacheDir = join(tmpdir(), 'rumourmill-dev-ledger');
  mkdirSync(cacheDir, { recursive: true });
  const built = join(cacheDir, `${key}.db`);
  let buildMs = 0;
  const lock = join(cacheDir, `${key}.lock`);
  // Not there: build it, or wait for the run building it (and try again if that run failed).
  while (!existsSync(built)) {
    if (!(await acquire(lock))) continue;
    try {
      if (!existsSync(built)) {
        const partial = join(cacheDir, `${key}.${process.pid}.partial.db`);
        const t0 = performance.now();
        const ledger = await openLedger(partial);
        try {
          for (const article of all) await ledger.ingest(article);
          await ledger.refresh();
        } finally {
          await ledger.close();
        }
        buildMs = Math.round(performance.now() - t0);
        renameSync(partial, built);
      }
    } finally {
      rmSync(lock, { force: true });
    }
  }
  prune(cacheDir, built);
  const t0 = performance.now();
  const file = join(dir, 'dev-ledger.db');
  copyFileSync(built, file);
  return { file, articles: all.length, buildMs, copyMs: Math.round(performance.now() - t0) };
}

/** Marks `built` as used now and removes the builds (and leftovers of killed builds) nobody used for two days. */
function prune(cacheDir: string, built: string): void {
  const now = new Date();
  utimesSync(built, now, now);
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    try {
      if (path !== built && Date.now() - statSync(path).mtimeMs > 2 * 24 * 3_600_000) rmSync(path, { force: true });
    } catch {
      // Another test file pruned it first.
    }
  }
}

/** Takes the lock, or waits while another process holds it (true: ours to build; false: the other one finished). */
async function acquire(lock: string): Promise<boolean> {
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let age: number;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        return false; // Released since.
      }
      // A lock older than half an hour was left by a run that was killed.
      if (age > 30 * 60_000) rmSync(lock, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

/** A hash of what ingestion runs: src/ (but the UI and the API, which only read the ledger), data/ and the lockfile. */
function codeVersion(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== join(ROOT, 'src/web') && path !== join(ROOT, 'src/api')) walk(path);
      } else if (!entry.name.endsWith('.test.ts')) hash.update(path.slice(ROOT.length)).update(readFileSync(path));
    }
  };
  walk(join(ROOT, 'src'));
  walk(join(ROOT, 'data'));
  hash.update(readFileSync(join(ROOT, 'package-lock.json')));
  return hash.digest('hex');
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
