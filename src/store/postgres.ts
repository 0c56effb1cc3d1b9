// PostgreSQL through a `pg` pool. A read takes a pooled connection for its one statement; a transaction holds one
// from BEGIN to COMMIT. One shared client let a read that failed (a NUL byte in a parameter) abort whichever write
// transaction was open on it, and let reads see other requests' uncommitted rows.
import pg from 'pg';
import { describeUrl, firstLine, StoreError } from './errors.ts';
import { searchedText } from './articles.ts';
import { aliasKey } from './entities.ts';
import { articleCredibility, foldedSearch, migrationsWith } from './migrations.ts';
import { migrate, type Connection, type Migration, type Row } from './sql.ts';
import { must } from '../invariant/index.ts';

const FTS: Migration = {
  version: 2,
  up: [
    `ALTER TABLE articles ADD COLUMN tsv tsvector
       GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED`,
    `CREATE INDEX articles_tsv ON articles USING GIN (tsv)`,
  ],
};

// The tsvector was generated from the row as written: it becomes a column of its own, made at ingest from the text
// folded in TypeScript (indexText), so that "Beyonce" finds "Beyoncé" here as on SQLite.
const FOLDED = foldedSearch(
  [
    'DROP INDEX IF EXISTS articles_tsv',
    'ALTER TABLE articles DROP COLUMN IF EXISTS tsv',
    'ALTER TABLE articles ADD COLUMN tsv tsvector',
  ],
  // Built once the rows are filled: faster than keeping it up to date row by row.
  ['CREATE INDEX articles_tsv ON articles USING GIN (tsv)'],
);

/** An article's entry in the full-text index: its title and text folded as names are (aliasKey). */
const INDEX_TEXT = "UPDATE articles SET tsv = to_tsvector('english', ?) WHERE id = ?";
const indexed = (id: string, title: string | null, text: string) => [searchedText(title, text), id];

// Backfilled in JavaScript: `extraction::jsonb` throws on JSON that JavaScript reads fine (a lone surrogate escape).
const CREDIBILITY = articleCredibility();

export type PostgresOptions = {
  /** How long an operation keeps retrying while the database is unreachable (a restart takes a few seconds), ms. */
  retryFor?: number;
  /** Where the one-line notices go: connection lost, connection back. Default: stderr. */
  log?: (line: string) => void;
  /** The per-statement limit, ms, unless the URL sets `statement_timeout` itself. */
  statementTimeout?: number;
  /** Connections in the pool. */
  max?: number;
  /** Refuse (StoreError 'missing') instead of creating the ledger's tables when the schema has none. */
  mustExist?: boolean;
  /**
   * `off`: the ledger's transactions commit without waiting for their flush to disk (`SET LOCAL synchronous_commit =
   * off`): a power cut or OS crash may lose the last commits, never corrupt the ledger nor split an article, as SQLite
   * with WAL and synchronous = NORMAL. Default `on` (PostgreSQL's own): a commit survives a power cut. Also
   * RUMOURMILL_PG_SYNCHRONOUS_COMMIT=off. See README, Durability.
   */
  synchronousCommit?: 'on' | 'off';
};

export const PG_DEFAULTS = { retryFor: 15_000, statementTimeout: 30_000, max: 10 };

/** RUMOURMILL_PG_RETRY_SECONDS, when set to a number: how long to wait for an unreachable server (default 15 s). */
function retryFromEnv(): number | undefined {
  const seconds = Number(process.env.RUMOURMILL_PG_RETRY_SECONDS);
  return process.env.RUMOURMILL_PG_RETRY_SECONDS && Number.isFinite(seconds) && seconds >= 0
    ? seconds * 1000
    : undefined;
}

/** RUMOURMILL_PG_SYNCHRONOUS_COMMIT: `off` or `on`; anything else is an error rather than a silent default. */
function synchronousCommitFromEnv(): 'on' | 'off' | undefined {
  const value = process.env.RUMOURMILL_PG_SYNCHRONOUS_COMMIT;
  if (value === undefined || value === '') return undefined;
  if (value === 'on' || value === 'off') return value;
  throw new Error(`RUMOURMILL_PG_SYNCHRONOUS_COMMIT=${value}: give on or off`);
}

/** `?` placeholders → `$1, $2…` (our SQL never has a literal `?`). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

// SQLSTATEs of a server that went away or is not there yet: admin/crash shutdown, starting up, connection failures,
// too many connections. A statement's own error (22021 for a NUL byte, 57014 for its timeout) is not among them.
const GONE_STATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300']);
const GONE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
const GONE_MESSAGE =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|not queryable|Client was closed/i;

/** True when the error says the server is unreachable, not that a statement failed. */
export function isConnectionLoss(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && (GONE_STATES.has(code) || GONE_CODES.has(code))) return true;
  return GONE_MESSAGE.test(String((error as Error)?.message ?? ''));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Longer strings go as parameters: an article's text and extraction are inlined (an article's INSERT then waits for
 * the next read instead of taking a round trip of its own), a huge one is not copied into the query text as well.
 */
const INLINE_LIMIT = 256 * 1024;

/** A string as a literal, as pg.escapeLiteral writes it (E'' when it holds a backslash), by regex rather than per character. */
function literal(value: string): string {
  const quoted = value.replace(/'/g, "''");
  return value.includes('\\') ? ` E'${quoted.replace(/\\/g, '\\\\')}'` : `'${quoted}'`;
}

/**
 * `sql` with its `?` placeholders replaced by quoted literals, or null when a value is not a short plain one (then it
 * is sent with parameters). Every value is quoted, numbers too: the server then types it from its context, exactly
 * as it types the untyped text parameters `pg` sends.
 */
export function inlined(sql: string, params: unknown[]): string | null {
  const values: string[] = [];
  for (const value of params) {
    if (value === null || value === undefined) values.push('NULL');
    else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
      values.push(`'${String(value)}'`);
    // A NUL would end the query text early; as a parameter it is refused with its own error (22021), as before.
    else if (typeof value === 'string' && value.length <= INLINE_LIMIT && !value.includes('\0'))
      values.push(literal(value));
    else return null;
  }
  let n = 0;
  return sql.replace(/\?/g, () => must(values[n++], 'one parameter for each ? in the statement'));
}

/** Deferred writes sent at once past this much SQL: a huge article's evidence does not sit in memory twice. */
const FLUSH_AT = 1 << 20;

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Connection> {
  const { retryFor, statementTimeout, max } = {
    ...PG_DEFAULTS,
    retryFor: retryFromEnv() ?? PG_DEFAULTS.retryFor,
    ...options,
  };
  const synchronousCommit = options.synchronousCommit ?? synchronousCommitFromEnv() ?? 'on';
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const name = describeUrl(url);
  const userSetsTimeout = /[?&]statement_timeout=/.test(url);
  const pool = new pg.Pool({
    connectionString: url,
    max,
    keepAlive: true,
    connectionTimeoutMillis: 10_000,
    ...(userSetsTimeout ? {} : { statement_timeout: statementTimeout }),
    // A process stopped mid-transaction must not hold the ledger's write lock (the advisory lock) for ever.
    idle_in_transaction_session_timeout: 60_000,
  });

  // One line when the connection is lost, one when it is back: a restart closes every pooled connection at once.
  let down = false;
  let closed = false;
  let connected = false;
  const lost = (error: unknown) => {
    if (down || closed) return;
    down = true;
    log(
      connected
        ? `rumourmill: PostgreSQL ${name}: connection lost (${firstLine(error)}); reconnecting`
        : `rumourmill: PostgreSQL ${name}: cannot connect (${firstLine(error)}); trying again for ${Math.round(retryFor / 1000)} s`,
    );
  };
  const back = () => {
    const again = connected;
    connected = true;
    if (!down) return;
    down = false;
    log(`rumourmill: PostgreSQL ${name}: connected${again ? ' again' : ''}`);
  };
  // Without a listener, an idle connection closed by the server (57P01 on a restart) is an uncaught error: the
  // process died. The pool has already dropped that connection; the next query opens a new one.
  pool.on('error', lost);

  const unavailable = (error: unknown) =>
    new StoreError(
      'unavailable',
      `PostgreSQL ${name} is unavailable (${firstLine(error)}); is the server running? Rerun when it is back`,
      { cause: error },
    );

  /** Runs `attempt` again while the server is unreachable, for up to `retryFor` ms; then a one-line StoreError. */
  async function retrying<T>(attempt: () => Promise<T>): Promise<T> {
    const started = Date.now();
    for (let n = 0; ; n++) {
      try {
        const result = await attempt();
        back();
        return result;
      } catch (error) {
        if (!isConnectionLoss(error)) throw error;
        lost(error);
        if (closed || Date.now() - started >= retryFor) throw unavailable(error);
        await sleep(Math.min(1000, 50 * 2 ** n));
      }
    }
  }

  // A statement's own error gains the database's name; a lost connection is reported as such.
  const named = (error: unknown): unknown => {
    if (error instanceof StoreError) return error;
    if (isConnectionLoss(error)) return unavailable(error);
    if (error instanceof Error && (error as { code?: string }).code === '57014' && !error.message.includes(name)) {
      error.message = `PostgreSQL ${name}: ${error.message} (statement_timeout)`;
    }
    return error;
  };

  const searchSql = `SELECT id FROM articles, plainto_tsquery('english', ?) query WHERE tsv @@ query
                     ORDER BY ts_rank(tsv, query) DESC, id LIMIT ?`;

  /**
   * Statements on one checked-out client: the inside of a transaction. On PostgreSQL every query is a round trip, and
   * the transaction holds the ledger's write lock throughout, so its round trips are what every other writer waits
   * for. Writes (`run`) are kept and sent with the next read or the COMMIT, as one multi-statement query; a read
   * goes with them (its short values inlined, see `inlined`), and reads asked for together (`Promise.all`) go in one
   * query too. An article's ingest was 37 round trips when each read sent the writes before it on their own, then
   * itself. The server runs the statements in order in the transaction, so a read still sees every write before it;
   * a failing statement fails the reads sent with it (and the COMMIT), and the transaction rolls back whole.
   */
  const onClient = (client: pg.PoolClient): Connection & { flush(then?: string): Promise<void> } => {
    type Queued = { statement: string; read?: { resolve: (rows: Row[]) => void; reject: (error: unknown) => void } };
    let queued: Queued[] = [];
    let size = 0;
    let scheduled = false;
    /** Sends what is queued as one query; each read gets its own statement's rows. */
    const send = async (): Promise<void> => {
      const items = queued;
      queued = [];
      size = 0;
      scheduled = false;
      if (items.length === 0) return;
      try {
        const answer = (await client.query(items.map((q) => q.statement).join(';\n'))) as
          pg.QueryResult | pg.QueryResult[];
        const results = Array.isArray(answer) ? answer : [answer];
        if (results.length !== items.length)
          throw new Error(`${items.length} statements sent, ${results.length} results: a statement held a ';'`);
        items.forEach((q, i) => q.read?.resolve(must(results[i], 'one result per statement').rows as Row[]));
      } catch (error) {
        const failure = named(error);
        for (const q of items) q.read?.reject(failure);
        if (!items.some((q) => q.read)) throw failure;
      }
    };
    /** A statement whose values cannot be inlined goes on its own, with parameters, after what is queued. */
    const withParameters = async (sql: string, params: unknown[]): Promise<Row[]> => {
      await send();
      try {
        return (await client.query(numbered(sql), params)).rows as Row[];
      } catch (error) {
        throw named(error);
      }
    };
    const all = (sql: string, params: unknown[] = []): Promise<Row[]> => {
      const statement = inlined(sql, params);
      if (statement === null) return withParameters(sql, params);
      return new Promise<Row[]>((resolve, reject) => {
        queued.push({ statement, read: { resolve, reject } });
        // Sent once the caller's synchronous code is done: the reads it started together go in this one query.
        if (!scheduled) {
          scheduled = true;
          queueMicrotask(() => void send().catch(() => undefined));
        }
      });
    };
    const run = async (sql: string, params: unknown[] = []): Promise<void> => {
      const statement = inlined(sql, params);
      if (statement === null) return void (await withParameters(sql, params));
      queued.push({ statement });
      size += statement.length;
      if (size > FLUSH_AT) await send();
    };
    return {
      kind: 'postgres',
      all,
      run,
      async flush(then?: string) {
        if (then) queued.push({ statement: then });
        await send();
      },
      transaction: () => Promise.reject(new Error('a transaction cannot be nested')),
      // Kept with the article's INSERT: sent together, one round trip.
      indexText: (id, title, text) => run(INDEX_TEXT, indexed(id, title, text)),
      search: async (q, limit) => (await all(searchSql, [aliasKey(q), limit])).map((r) => String(r.id)),
      close: () => Promise.reject(new Error('close the store, not a transaction')),
    };
  };

  /** One statement on any free connection, retried while the server is unreachable (reads are safe to repeat). */
  const all = async (sql: string, params: unknown[] = []): Promise<Row[]> => {
    try {
      return await retrying(async () => (await pool.query(numbered(sql), params)).rows as Row[]);
    } catch (error) {
      throw named(error);
    }
  };

  const connection: Connection = {
    kind: 'postgres',
    all,
    run: async (sql, params) => void (await all(sql, params)),
    async transaction(fn) {
      // Taking a connection and the lock is retried; `fn` is not (it is the caller's to repeat: ingest is idempotent).
      const client = await retrying(async () => {
        const c = await pool.connect();
        // Checked out, a connection has no error listener of the pool's: one closed between two statements would
        // be an uncaught error. Its next statement fails instead, and it is released broken.
        c.on('error', lost);
        try {
          // One writer at a time per ledger (schema), across processes, as SQLite's BEGIN IMMEDIATE does: without it a
          // read that rescores overwrote a story a concurrent ingest had just written, and two rescores collided. It is
          // taken before anything is read, so two processes ingesting articles of one story at once (`rumourmill worker`)
          // can neither lose the other's update nor both create the story: the second reads what the first committed.
          await c.query(
            `BEGIN; ${synchronousCommit === 'off' ? 'SET LOCAL synchronous_commit = off; ' : ''}` +
              "SELECT pg_advisory_xact_lock(hashtext('rumourmill:' || current_schema()))",
          );
          return c;
        } catch (error) {
          c.off('error', lost);
          c.release(error as Error);
          throw error;
        }
      });
      let broken: Error | undefined;
      try {
        const inside = onClient(client);
        const result = await fn(inside);
        // The writes still kept go with the COMMIT: one round trip for both.
        await inside.flush('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollback) {
          broken = rollback as Error;
        }
        throw named(error);
      } finally {
        client.off('error', lost);
        // A connection whose ROLLBACK failed is closed, not handed to the next caller.
        client.release(broken);
      }
    },
    indexText: async (id, title, text) => void (await all(INDEX_TEXT, indexed(id, title, text))),
    search: async (q, limit) => (await all(searchSql, [aliasKey(q), limit])).map((r) => String(r.id)),
    async close() {
      closed = true;
      await pool.end();
    },
  };
  try {
    if (options.mustExist && !(await all("SELECT to_regclass('schema_migrations') IS NOT NULL AS ledger"))[0]?.ledger) {
      throw new StoreError(
        'missing',
        `no ledger in PostgreSQL ${name} (no schema_migrations table on its search_path): check --db`,
      );
    }
    await migrate(connection, migrationsWith(FTS, CREDIBILITY, FOLDED));
  } catch (error) {
    await connection.close().catch(() => undefined);
    // "database "newz" does not exist", "password authentication failed for user …": which database, then.
    if (error instanceof Error && !(error instanceof StoreError) && !error.message.includes(name))
      error.message = `PostgreSQL ${name}: ${error.message}`;
    throw error;
  }
  return connection;
}
