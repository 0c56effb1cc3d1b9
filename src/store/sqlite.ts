// SQLite through better-sqlite3: the default, embedded ledger.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { at } from '../invariant/index.ts';
import { firstLine, StoreError } from './errors.ts';
import { aliasKey } from './entities.ts';
import { articleCredibility, foldedSearch, migrationsWith } from './migrations.ts';
import { migrate, type Connection, type Migration, type Row } from './sql.ts';

// A read-only copy of a ledger (`immutable=1`, see openReadOnly) can only be named by a URI; better-sqlite3 reads
// this when it first loads. Ordinary paths are never taken for URIs (see asPath).
process.env.SQLITE_USE_URI ??= '1';

const FTS: Migration = {
  version: 2,
  up: [`CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, title, text)`],
};

// Nested CASEs: the inner one only runs on valid JSON (json_type would throw on anything else).
const CREDIBILITY = articleCredibility(`CASE WHEN json_valid(extraction) THEN
  CASE WHEN json_type(extraction, '$.article.credibility.score') IN ('integer', 'real')
  THEN json_extract(extraction, '$.article.credibility.score') END END`);

// The index holds the text folded (aliasKey), as it is searched: made again from every stored article.
const FOLDED = foldedSearch(['DELETE FROM articles_fts']);

const MIGRATIONS = migrationsWith(FTS, CREDIBILITY, FOLDED);

export type SqliteOptions = {
  /** Refuse (StoreError 'missing') instead of creating a ledger when there is none at the path. */
  mustExist?: boolean;
  /**
   * `read`: the caller only reads, so a ledger that cannot be written (a read-only directory or file system) is
   * opened read-only instead of refused. Default `write`.
   */
  access?: 'read' | 'write';
};

const inMemory = (path: string) => path === ':memory:' || path === '';
/** A path SQLite must not take for a URI, now that URIs are on: `file:x.db` is a file named so. */
const asPath = (path: string) => (/^file:/i.test(path) ? `./${path}` : path);

/** A better-sqlite3 error's code ("SQLITE_FULL"), '' when it has none that is a string. */
const codeOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : '';
};

/** A better-sqlite3 error as one line naming the ledger; problems with the database itself become a StoreError. */
export function sqliteError(path: string, error: unknown): unknown {
  if (error instanceof StoreError) return error;
  const code = codeOf(error);
  if (!code.startsWith('SQLITE_')) return error;
  const ledger = `SQLite ledger ${path}`;
  const why = firstLine(error);
  const options = { cause: error };
  if (code === 'SQLITE_FULL') {
    return new StoreError(
      'full',
      `${ledger}: the disk is full (${why}); free some space and rerun (ingest skips what is already stored)`,
      options,
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new StoreError(
      'read-only',
      `${ledger} cannot be written (${why}): check the permissions of the file and its directory`,
      options,
    );
  }
  if (code === 'SQLITE_NOTADB')
    return new StoreError('unreadable', `${path} is not a Rumourmill ledger (${why})`, options);
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new StoreError('unreadable', `${ledger} is damaged (${why}); restore it from a backup`, options);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_IOERR')) {
    return new StoreError(
      'unreadable',
      `${ledger} cannot be opened (${why}): check the path and its permissions`,
      options,
    );
  }
  if (error instanceof Error && !error.message.includes(path)) error.message = `${ledger}: ${error.message}`;
  return error;
}

/** A statement cache: preparing is a large share of a small statement's cost, and our SQL strings repeat. */
function preparer(db: Database.Database): (sql: string) => Database.Statement {
  const statements = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      if (statements.size > 500) statements.clear();
      statements.set(sql, statement);
    }
    return statement;
  };
}

/**
 * One better-sqlite3 database as a Connection. With `reader` (a second, read-only connection to the same file),
 * statements outside transactions that only read go through it: under WAL it sees committed data only, so a request
 * never reads what another request's open transaction has written but not committed. (In memory there is one.)
 */
function connectionOver(
  db: Database.Database,
  path: string,
  { writable, reader }: { writable: boolean; reader?: Database.Database },
): Connection {
  const prepare = preparer(db);
  const prepareRead = reader ? preparer(reader) : null;
  const named = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      throw sqliteError(path, error);
    }
  };
  const allOn = (statement: Database.Statement, params: unknown[]): Row[] => {
    // PRAGMAs and other statements that return nothing cannot use .all().
    if (!statement.reader) {
      statement.run(...params);
      return [];
    }
    return statement.all(...params) as Row[];
  };
  const searchOn = (prep: (sql: string) => Database.Statement, q: string, limit: number): string[] => {
    // Each word quoted: the user's text must never be read as FTS5 syntax. Folded as the index is (indexText).
    const match = aliasKey(q)
      .split(' ')
      .filter(Boolean)
      .map((w) => `"${w.replace(/"/g, '""')}"`)
      .join(' ');
    if (!match) return [];
    const rows = named(() =>
      prep('SELECT id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?').all(match, limit),
    );
    return (rows as Array<{ id: string }>).map((r) => r.id);
  };
  // Transactions are serialised by the store (storeOver), so one is open at a time on this connection.
  const inside: Connection = {
    kind: 'sqlite',
    all: async (sql, params = []) => named(() => allOn(prepare(sql), params)),
    run: async (sql, params = []) => named(() => void prepare(sql).run(...params)),
    async transaction(fn) {
      if (!writable) {
        throw new StoreError(
          'read-only',
          `SQLite ledger ${path} is open read-only (its directory or file system cannot be written): nothing can be stored`,
        );
      }
      named(() => db.exec('BEGIN IMMEDIATE'));
      try {
        const result = await fn(inside);
        named(() => db.exec('COMMIT'));
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw sqliteError(path, error);
      }
    },
    indexText: async (id, title, text) =>
      named(
        () =>
          void prepare('INSERT INTO articles_fts (id, title, text) VALUES (?, ?, ?)').run(
            id,
            aliasKey(title ?? ''),
            aliasKey(text),
          ),
      ),
    search: async (q, limit) => searchOn(prepare, q, limit),
    async close() {
      reader?.close();
      db.close();
    },
  };
  if (!prepareRead) return inside;
  return {
    ...inside,
    all: async (sql, params = []) =>
      named(() => {
        const statement = prepareRead(sql);
        return statement.reader ? allOn(statement, params) : allOn(prepare(sql), params);
      }),
    search: async (q, limit) => searchOn(prepareRead, q, limit),
  };
}

/** The tables of a database that is not empty but has no ledger's schema_migrations: another program's database. */
function foreignTables(db: Database.Database): string[] {
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>
  ).map((r) => r.name);
  return tables.includes('schema_migrations') ? [] : tables;
}

function openWritable(path: string): Connection {
  const db = new Database(asPath(path));
  try {
    // First: switching to WAL needs the lock another process opening the file at once may hold.
    db.pragma('busy_timeout = 5000');
    const foreign = foreignTables(db);
    if (foreign.length > 0) {
      throw new StoreError(
        'unreadable',
        `${path} is a SQLite database but not a Rumourmill ledger (it has tables ${foreign.slice(0, 3).join(', ')}…); give another --db`,
      );
    }
    // WAL with NORMAL sync: a committed transaction survives kill -9 (the OS has it); power loss can only drop
    // the commits since the last checkpoint, never corrupt nor split an article (test/reliability/power-loss),
    // and rerunning the ingest restores them. FULL would fsync every article: ~2 ms more each (README, Durability).
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // 64 MiB of pages (default 2 MiB): a batch's inserts land all over the big indexes (aliases, appearances,
    // evidence by story), and with the default cache each re-read its pages from the OS as the ledger grew.
    db.pragma('cache_size = -65536');
  } catch (error) {
    db.close();
    throw error;
  }
  if (inMemory(path)) return connectionOver(db, path, { writable: true });
  // Opened after WAL is on, so it reads committed data only (see connectionOver).
  let reader: Database.Database;
  try {
    reader = new Database(asPath(path), { readonly: true, fileMustExist: true });
    reader.pragma('busy_timeout = 5000');
  } catch (error) {
    db.close();
    throw error;
  }
  return connectionOver(db, path, { writable: true, reader });
}

/**
 * A ledger in a read-only directory: SQLite cannot create the WAL index (-shm) next to it, so even reading fails.
 * With no WAL file beside it the database file holds every commit, and nothing can write it (no -wal can be
 * created either): it is opened as immutable. With a WAL file left beside it, a plain read-only open reads it.
 */
function openReadOnly(path: string): Connection {
  const attempts = [
    () => new Database(asPath(path), { readonly: true, fileMustExist: true }),
    ...(existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0
      ? []
      : [
          () =>
            new Database(`${pathToFileURL(resolve(path)).href}?immutable=1`, { readonly: true, fileMustExist: true }),
        ]),
  ];
  let last: unknown;
  for (const attempt of attempts) {
    let db: Database.Database | undefined;
    try {
      db = attempt();
      db.prepare('SELECT COUNT(*) FROM sqlite_master').get();
      return connectionOver(db, path, { writable: false });
    } catch (error) {
      db?.close();
      last = error;
    }
  }
  throw sqliteError(path, last);
}

/** Whether this process may write the ledger file and create its -wal and -shm files beside it. */
function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether a failure to open for writing means "this place cannot be written" rather than "this is no ledger". */
const cannotWrite = (error: unknown): boolean => {
  const cause = error instanceof StoreError ? (error.cause ?? error) : error;
  const code = codeOf(cause);
  return (
    /^SQLITE_(READONLY|CANTOPEN|PERM|IOERR)/.test(code) ||
    (error instanceof StoreError && error.problem === 'read-only')
  );
};

export async function openSqlite(path: string, options: SqliteOptions = {}): Promise<Connection> {
  if (!inMemory(path) && options.mustExist) {
    if (!existsSync(path)) {
      throw new StoreError(
        'missing',
        `no ledger at ${path} (no such file): check --db, or create one with \`rumourmill ingest --db ${path} <files>\``,
      );
    }
    if (statSync(path).isDirectory())
      throw new StoreError('missing', `${path} is a directory, not a ledger: give the ledger file with --db`);
    if (statSync(path).size === 0)
      throw new StoreError('missing', `${path} is an empty file, not a ledger: check --db`);
  }
  let connection: Connection | undefined;
  try {
    connection = openWritable(path);
    await migrate(connection, MIGRATIONS);
    return connection;
  } catch (error) {
    await connection?.close().catch(() => undefined);
    const named = sqliteError(path, error);
    if (inMemory(path) || !existsSync(path) || !cannotWrite(named)) throw named;
    if (options.access !== 'read') {
      throw writable(path)
        ? named
        : new StoreError(
            'read-only',
            `SQLite ledger ${path} cannot be written (its file or directory is read-only): reading commands still work; to add articles, fix the permissions or copy it somewhere writable`,
            { cause: error },
          );
    }
  }
  // Read-only: usable only when no upgrade is due, as nothing can be written.
  connection = openReadOnly(path);
  const applied = await connection.all(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
  );
  const versions = applied.length
    ? new Set((await connection.all('SELECT version FROM schema_migrations')).map((r) => Number(r.version)))
    : new Set<number>();
  const due = MIGRATIONS.filter((m) => !versions.has(m.version));
  if (due.length > 0) {
    await connection.close();
    throw new StoreError(
      'read-only',
      applied.length
        ? `SQLite ledger ${path} cannot be written and needs upgrading to schema version ${at(due, due.length - 1).version}: run rumourmill once where it can be written`
        : `${path} is not a Rumourmill ledger (and cannot be written)`,
    );
  }
  return connection;
}
