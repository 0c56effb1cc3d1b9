// `npx tsx scripts/load.ts`: a bounded load test of the API on loopback (issue 12). The server runs in this process
// on a fresh ledger (a temporary SQLite file, or a throwaway schema in the PostgreSQL given), autocannon sends a mix
// of reads and posts of distinct small articles, and then the ledger is checked: every article the server accepted
// (201) is stored once, with the text that was posted, and nothing else was stored.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Hono } from 'hono';
import pg from 'pg';
import { createApp, listen } from '../src/api/index.ts';
import { ingestSamplesIfEmpty } from '../src/cli/serve.ts';
import { openLedger } from '../src/ledger/index.ts';
import { closePool, warmPool } from '../src/pool/index.ts';
import { openStore } from '../src/store/index.ts';
import { at, must } from '../src/invariant/index.ts';
import { parseHouse } from '../src/read/header.ts';

const HELP = `usage: npx tsx scripts/load.ts [--db URL] [--seconds N] [--connections N]

Starts the API in this process on loopback and loads it with autocannon for N seconds: each connection repeats
GET /healthz, GET /api/stories, GET /api/stories/:id (a real story), GET /api/entities?q=… and a POST /api/articles
of a small article made from data/samples (every body different). Prints requests/s, p50/p99 latency, errors and
non-2xx answers, then checks the ledger: every accepted post stored exactly once, nothing else stored.

options:
  --db URL          a postgres:// URL (a throwaway schema is created in it and dropped after; e.g. "$RUMOURMILL_TEST_PG")
                    or a SQLite path (used as it is); default: a fresh SQLite file in a temporary directory
  --seconds N       how long to send (default 10)
  --connections N   concurrent connections (default 10)
  --help            this text
`;

// autocannon ships no types; what this script uses of it.
type LoadRequest = {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: LoadRequest, context: Record<string, unknown>) => LoadRequest;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
};
type Histogram = { average: number; p50: number; p99: number; max: number; total: number };
type AutocannonResult = {
  requests: Histogram;
  latency: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  resets: number;
  statusCodeStats: Record<string, { count: number }>;
};
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: LoadRequest[];
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export type LoadOptions = { db?: string; seconds: number; connections: number; quiet?: boolean };

export type LoadReport = {
  db: { kind: 'sqlite' | 'postgres'; where: string };
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** The posts alone, timed from the moment each was built to its answer. */
  postLatencyMs: { p50: number; p99: number };
  /** Inside the server, by request kind: from the request's arrival in the app to its answer (no socket queueing). */
  serverMs: Record<string, { n: number; p50: number; p99: number }>;
  /** The event loop's delay during the run (the server and autocannon share this process). */
  eventLoopDelayMs: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  status: Record<string, number>;
  /** Answers by request kind and status, e.g. { post: { 201: 40 } }. */
  byKind: Record<string, Record<string, number>>;
  posts: {
    sent: number;
    /** Answered 201 and read by the client. */
    accepted: number;
    /** Answered 200: the ledger took the text for one it had (never expected: every body is different). */
    duplicates: number;
    /** Answered 201 by the server after the run's end had closed the client's connection (stored, answer not read). */
    cutOff: number;
  };
  ledger: {
    before: number;
    after: number;
    /** Accepted posts not found under the id they were given, or found with another text. */
    missing: string[];
    /** Posted texts stored under more than one id. */
    storedTwice: string[];
    /** store.check(): database integrity and the ledger's invariants. */
    problems: string[];
  };
  /** Every request answered below 500, no socket error, and the ledger holds exactly the accepted posts. */
  ok: boolean;
};

const SAMPLES = fileURLToPath(new URL('../data/samples/', import.meta.url));

/** Two consecutive sentences of the sample articles at a time: small articles that read like the real ones. */
function sampleSnippets(): Array<{ published: string; text: string }> {
  const snippets: Array<{ published: string; text: string }> = [];
  for (const file of readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const raw = readFileSync(join(SAMPLES, file), 'utf8');
    const house = parseHouse(raw);
    if (!house) continue;
    const sentences = house.text
      .split(/(?<=[.!?”"])\s+(?=[A-Z“"])/)
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter((s) => s.length >= 40 && s.length <= 400);
    for (let i = 0; i + 1 < sentences.length; i += 2)
      snippets.push({ published: house.published, text: `${sentences[i]} ${sentences[i + 1]}` });
  }
  if (snippets.length === 0) throw new Error(`no sample sentences found in ${SAMPLES}`);
  return snippets;
}

/** The request kinds of the mix, as byKind names them. */
function kindOf(method: string, path: string): string {
  if (method === 'POST') return 'post';
  if (path === '/api/stories') return 'stories';
  if (path.startsWith('/api/stories/')) return 'story';
  if (path.startsWith('/api/entities')) return 'entities';
  return path === '/healthz' ? 'healthz' : 'other';
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? at(sorted, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)) : 0;
const bump = (counts: Record<string, number>, key: string | number) => void (counts[key] = (counts[key] ?? 0) + 1);

/** A ledger to load: a fresh temporary SQLite file, the SQLite path given, or a throwaway schema in PostgreSQL. */
async function prepareDb(
  given: string | undefined,
): Promise<{ url: string; kind: 'sqlite' | 'postgres'; where: string; cleanUp: () => Promise<void> }> {
  if (given && /^postgres(ql)?:\/\//.test(given)) {
    const schema = `rm_load_${process.pid}_${Date.now()}`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: given });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    };
    await admin(`CREATE SCHEMA ${schema}`);
    const url = `${given}${given.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    return {
      url,
      kind: 'postgres',
      where: `schema ${schema} (dropped after)`,
      cleanUp: () => admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`),
    };
  }
  if (given) return { url: given, kind: 'sqlite', where: given, cleanUp: async () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'rumourmill-load-'));
  return {
    url: join(dir, 'ledger.db'),
    kind: 'sqlite',
    where: `${join(dir, 'ledger.db')} (removed after)`,
    cleanUp: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const log = (line: string) => {
    if (!options.quiet) process.stdout.write(`${line}\n`);
  };
  const db = await prepareDb(options.db);
  try {
    const ledger = await openLedger(db.url);
    await ingestSamplesIfEmpty(ledger);
    const before = (await openCounts(db.url)).articles;
    const { stories } = await ledger.stories({ limit: 20 });
    if (stories.length === 0) throw new Error('the ledger has no story to read (the samples were not ingested?)');
    // Entity searches by the subjects' last names ("Armas", "Cruise"), as a reader would type them.
    const names = [
      ...new Set(
        stories.flatMap((s) => s.subjects.map((x) => must(x.name.split(' ').at(-1), 'split gives at least one part'))),
      ),
    ];

    // Every write the server accepts, as it answered it: the client may be gone before it reads the answer.
    const serverAccepted = new Set<string>();
    let pending = 0;
    let drained: (() => void) | null = null;
    const app = createApp(ledger, { writesPerMinute: 1_000_000 });
    const outer = new Hono();
    const serverTimes: Record<string, number[]> = {};
    outer.use('*', async (c, next) => {
      pending++;
      const started = performance.now();
      try {
        await next();
        (serverTimes[kindOf(c.req.method, c.req.path)] ??= []).push(performance.now() - started);
        if (c.req.method === 'POST' && c.req.path === '/api/articles' && c.res.status === 201) {
          serverAccepted.add(((await c.res.clone().json()) as { id: string }).id);
        }
      } finally {
        if (--pending === 0) drained?.();
      }
    });
    outer.route('/', app);
    await warmPool();
    const server = await listen(outer, { port: 0, host: '127.0.0.1' });

    const snippets = sampleSnippets();
    const sent = new Set<string>();
    const accepted = new Map<string, string>();
    const byKind: Record<string, Record<string, number>> = {};
    const postTimes: number[] = [];
    let duplicates = 0;
    let counter = 0;
    let reads = 0;
    const count = (kind: string) => (status: number) => bump((byKind[kind] ??= {}), status);
    const requests: LoadRequest[] = [
      { method: 'GET', path: '/healthz', onResponse: count('healthz') },
      { method: 'GET', path: '/api/stories', onResponse: count('stories') },
      {
        method: 'GET',
        path: `/api/stories/${at(stories, 0).id}`,
        onResponse: count('story'),
        setupRequest: (r) => ({
          ...r,
          path: `/api/stories/${encodeURIComponent(at(stories, reads++ % stories.length).id)}`,
        }),
      },
      {
        method: 'GET',
        path: '/api/entities',
        onResponse: count('entities'),
        setupRequest: (r) => ({ ...r, path: `/api/entities?q=${encodeURIComponent(at(names, reads % names.length))}` }),
      },
      {
        method: 'POST',
        path: '/api/articles',
        headers: { 'content-type': 'application/json' },
        setupRequest: (r, context) => {
          const n = ++counter;
          const snippet = at(snippets, n % snippets.length);
          // The counter makes every body a different article; the sentences make it read like one.
          const text = `${snippet.text} (Load-test post ${n}.)`;
          sent.add(text);
          context.text = text;
          context.started = performance.now();
          return {
            ...r,
            body: JSON.stringify({
              text,
              published: snippet.published,
              title: `Load test ${n}`,
              source: 'Rumourmill load test',
            }),
          };
        },
        onResponse: (status, body, context) => {
          count('post')(status);
          postTimes.push(performance.now() - (context.started as number));
          if (status === 200) duplicates++;
          if (status === 201) accepted.set((JSON.parse(body) as { id: string }).id, context.text as string);
        },
      },
    ];

    log(`load: ${db.kind} ${db.where}; ${options.seconds} s, ${options.connections} connections, ${server.url}`);
    log(
      `mix per connection: /healthz, /api/stories, /api/stories/:id (${stories.length} stories), /api/entities?q= (${names.join(', ')}), POST /api/articles`,
    );
    // How late the event loop runs what is due: on PostgreSQL every round trip of the writer waits this long too.
    const lag = monitorEventLoopDelay({ resolution: 5 });
    lag.enable();
    const result = await autocannon({
      url: server.url,
      connections: options.connections,
      duration: options.seconds,
      timeout: 30,
      requests,
    });
    // The run's end closes every connection at once; posts still in the server finish (or fail) before the count.
    if (pending > 0)
      await new Promise<void>((done) => {
        drained = done;
      });
    lag.disable();
    await server.close();
    await closePool();
    await ledger.close();

    const ledgerCheck = await checkLedger(db.url, { serverAccepted, accepted, sent }, before);
    const status = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
    const fiveHundreds = Object.entries(status)
      .filter(([code]) => Number(code) >= 500)
      .reduce((n, [, c]) => n + c, 0);
    const sortedPosts = postTimes.sort((a, b) => a - b);
    const report: LoadReport = {
      db: { kind: db.kind, where: db.where },
      seconds: result.duration,
      connections: options.connections,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      postLatencyMs: { p50: Math.round(percentile(sortedPosts, 50)), p99: Math.round(percentile(sortedPosts, 99)) },
      serverMs: Object.fromEntries(
        Object.entries(serverTimes).map(([kind, times]) => {
          const sorted = times.sort((a, b) => a - b);
          return [
            kind,
            { n: sorted.length, p50: Math.round(percentile(sorted, 50)), p99: Math.round(percentile(sorted, 99)) },
          ];
        }),
      ),
      eventLoopDelayMs: {
        p50: Math.round(lag.percentile(50) / 1e5) / 10,
        p99: Math.round(lag.percentile(99) / 1e5) / 10,
      },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      status,
      byKind,
      posts: {
        sent: sent.size,
        accepted: accepted.size,
        duplicates,
        cutOff: [...serverAccepted].filter((id) => !accepted.has(id)).length,
      },
      ledger: ledgerCheck,
      ok: false,
    };
    report.ok =
      report.errors === 0 &&
      fiveHundreds === 0 &&
      report.posts.duplicates === 0 &&
      ledgerCheck.missing.length === 0 &&
      ledgerCheck.storedTwice.length === 0 &&
      ledgerCheck.problems.length === 0 &&
      ledgerCheck.after - ledgerCheck.before === serverAccepted.size;
    for (const line of describeReport(report)) log(line);
    return report;
  } finally {
    await db.cleanUp();
  }
}

async function openCounts(url: string) {
  const store = await openStore(url);
  try {
    return await store.counts();
  } finally {
    await store.close();
  }
}

export type Posted = { serverAccepted: Set<string>; accepted: Map<string, string>; sent: Set<string> };

/**
 * What the ledger holds after the run: each accepted id stored with the text posted under it (the client's 201s are
 * a part of the server's), each text once, and the accepted posts the only new articles (the count).
 */
export async function checkLedger(url: string, posted: Posted, before: number): Promise<LoadReport['ledger']> {
  const store = await openStore(url);
  try {
    const missing: string[] = [];
    for (const id of posted.accepted.keys())
      if (!posted.serverAccepted.has(id)) missing.push(`${id} (a 201 the server did not give)`);
    const byText = new Map<string, string[]>();
    for (const id of posted.serverAccepted) {
      const row = await store.article(id);
      const text = posted.accepted.get(id);
      if (row === null) missing.push(`${id} (not stored)`);
      else if (text === undefined ? !posted.sent.has(row.text) : row.text !== text)
        missing.push(`${id} (stored with another text)`);
      if (row) byText.set(row.text, [...(byText.get(row.text) ?? []), id]);
    }
    const storedTwice = [...byText.entries()]
      .filter(([, ids]) => ids.length > 1)
      .map(([text, ids]) => `${ids.join(', ')}: ${text.slice(0, 60)}…`);
    return { before, after: (await store.counts()).articles, missing, storedTwice, problems: await store.check() };
  } finally {
    await store.close();
  }
}

export function describeReport(r: LoadReport): string[] {
  const statuses = Object.entries(r.status)
    .map(([code, n]) => `${code} ×${n}`)
    .join(', ');
  const kinds = Object.entries(r.byKind)
    .map(
      ([kind, s]) =>
        `${kind} ${Object.entries(s)
          .map(([code, n]) => `${code}×${n}`)
          .join('/')}`,
    )
    .join(', ');
  const added = r.ledger.after - r.ledger.before;
  return [
    `requests: ${r.requests} in ${r.seconds} s = ${r.requestsPerSecond.toFixed(1)}/s (${kinds})`,
    `latency: p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms; posts alone: p50 ${r.postLatencyMs.p50} ms, p99 ${r.postLatencyMs.p99} ms`,
    `in the server: ${Object.entries(r.serverMs)
      .map(([kind, t]) => `${kind} p50 ${t.p50} ms, p99 ${t.p99} ms`)
      .join('; ')}`,
    `event loop delay: p50 ${r.eventLoopDelayMs.p50} ms, p99 ${r.eventLoopDelayMs.p99} ms`,
    `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx} (status: ${statuses})`,
    `posts: ${r.posts.sent} sent, ${r.posts.accepted} answered 201, ${r.posts.duplicates} answered 200 (duplicate), ` +
      `${r.posts.cutOff} accepted by the server after the run's end closed the connection`,
    `ledger: ${r.ledger.before} → ${r.ledger.after} articles (+${added}); ` +
      `missing ${r.ledger.missing.length}, stored twice ${r.ledger.storedTwice.length}, problems ${r.ledger.problems.length}`,
    ...r.ledger.missing.slice(0, 5).map((m) => `  missing: ${m}`),
    ...r.ledger.storedTwice.slice(0, 5).map((m) => `  stored twice: ${m}`),
    ...r.ledger.problems.map((p) => `  problem: ${p}`),
    r.ok ? 'load: OK' : 'load: FAILED',
  ];
}

function whole(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`${flag} ${value}: give a whole number from 1`);
  return Number(value);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      seconds: { type: 'string' },
      connections: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const report = await runLoad({
    db: values.db,
    seconds: whole(values.seconds, '--seconds', 10),
    connections: whole(values.connections, '--connections', 10),
  });
  process.exitCode = report.ok ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: Error) => {
    process.stderr.write(`load: ${error.message}\n`);
    process.exitCode = 2;
  });
}
