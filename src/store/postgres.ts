// PostgreSQL through a `pg` pool. A read takes a pooled connection for its one statement; a transaction holds one
// from BEGIN to COMMIT. One shared client let a read that failed (a NUL byte in a parameter) abort whichever write
// transaction was open on it, and let reads see other requests' uncommitted rows.
import pg from 'pg';
import { describeUrl, firstLine, StoreError } from './errors.ts';
import { articleCredibility, migrationsWith } from './migrations.ts';
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
};

export const PG_DEFAULTS = { retryFor: 15_000, statementTimeout: 30_000, max: 10 };

/** RUMOURMILL_PG_RETRY_SECONDS, when set to a number: how long to wait for an unreachable server (default 15 s). */
function retryFromEnv(): number | undefined {
  const seconds = Number(process.env.RUMOURMILL_PG_RETRY_SECONDS);
  return process.env.RUMOURMILL_PG_RETRY_SECONDS && Number.isFinite(seconds) && seconds >= 0
    ? seconds * 1000
    : undefined;
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

/** Longer strings go as parameters: quoting copies them character by character (an article's text, its extraction). */
const INLINE_LIMIT = 2048;

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
      values.push(pg.escapeLiteral(value));
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
   * Statements on one checked-out client: the inside of a transaction. Writes (`run`) are kept and sent together, as one
   * multi-statement query, before the next read or with the COMMIT: on PostgreSQL every statement is a round trip, and
   * an article's ingest is about 35 writes between 18 reads (an entity's alias, entity and appearance rows were three
   * round trips, now none of their own). The server runs them in order in the transaction, so a read still sees every
   * write before it; a failing write fails the read or COMMIT it was sent with, and the transaction rolls back whole.
   */
  const onClient = (client: pg.PoolClient): Connection & { flush(then?: string): Promise<void> } => {
    let pending: string[] = [];
    let size = 0;
    const flush = async (then?: string) => {
      const statements = then ? [...pending, then] : pending;
      pending = [];
      size = 0;
      if (statements.length === 0) return;
      try {
        await client.query(statements.join(';\n'));
      } catch (error) {
        throw named(error);
      }
    };
    const all = async (sql: string, params: unknown[] = []): Promise<Row[]> => {
      await flush();
      try {
        return (await client.query(numbered(sql), params)).rows as Row[];
      } catch (error) {
        throw named(error);
      }
    };
    return {
      kind: 'postgres',
      all,
      async run(sql, params = []) {
        const statement = inlined(sql, params);
        if (statement === null) return void (await all(sql, params));
        pending.push(statement);
        size += statement.length;
        if (size > FLUSH_AT) await flush();
      },
      flush,
      transaction: () => Promise.reject(new Error('a transaction cannot be nested')),
      // The tsvector column is generated from the row itself: nothing to add.
      async indexText() {},
      search: async (q, limit) => (await all(searchSql, [q, limit])).map((r) => String(r.id)),
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
          await c.query("BEGIN; SELECT pg_advisory_xact_lock(hashtext('rumourmill:' || current_schema()))");
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
    async indexText() {},
    search: async (q, limit) => (await all(searchSql, [q, limit])).map((r) => String(r.id)),
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
    await migrate(connection, migrationsWith(FTS, CREDIBILITY));
  } catch (error) {
    await connection.close().catch(() => undefined);
    // "database "newz" does not exist", "password authentication failed for user …": which database, then.
    if (error instanceof Error && !(error instanceof StoreError) && !error.message.includes(name))
      error.message = `PostgreSQL ${name}: ${error.message}`;
    throw error;
  }
  return connection;
}
