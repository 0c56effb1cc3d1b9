// The one thing a database driver must give the store: SQL in, rows out, and transactions.
// SQL is written once with `?` placeholders; the PostgreSQL connection numbers them.

export type Row = Record<string, unknown>;

export interface Connection {
  readonly kind: 'sqlite' | 'postgres';
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  /**
   * Runs `fn` between BEGIN and COMMIT (ROLLBACK when it throws), holding the database's write lock from BEGIN on:
   * transactions of all processes on one ledger run one after another, so what one reads is still true when it writes.
   * `fn` is given the connection the transaction runs on: only statements sent through it are part of it (on
   * PostgreSQL, statements sent through `this` meanwhile run on other connections of the pool).
   */
  transaction<T>(fn: (tx: Connection) => Promise<T>): Promise<T>;
  /** Adds an article to the full-text index (inside the caller's transaction). */
  indexText(id: string, title: string | null, text: string): Promise<void>;
  /** Article ids matching the user's words, best first. */
  search(q: string, limit: number): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Versioned schema changes, applied in order on open; each runs once per database. `fill` runs after `up` in the
 * same transaction, for data changes SQL cannot make safely (see articleCredibility).
 */
export type Migration = { version: number; up: string[]; fill?: (db: Connection) => Promise<void> };

/**
 * Applies the migrations not yet applied. Each one checks again inside its transaction (which holds the database's
 * write lock) whether another process applied it meanwhile: two processes opening an old database at once both succeed.
 */
export async function migrate(db: Connection, migrations: Migration[]): Promise<void> {
  await db.transaction((tx) => tx.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)'));
  const applied = async (on: Connection) =>
    new Set((await on.all('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
  const done = await applied(db);
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    await db.transaction(async (tx) => {
      if ((await applied(tx)).has(migration.version)) return;
      // An upgrade rewrites whole tables (PostgreSQL's generated tsvector): no per-statement limit applies to it.
      if (tx.kind === 'postgres') await tx.run('SET LOCAL statement_timeout = 0');
      for (const statement of migration.up) await tx.run(statement);
      await migration.fill?.(tx);
      await tx.run('INSERT INTO schema_migrations (version) VALUES (?)', [migration.version]);
    });
  }
}
