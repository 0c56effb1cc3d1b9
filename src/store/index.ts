// The store stage's only door: a Store on SQLite (a path) or PostgreSQL (a postgres:// URL).
import { openPostgres, type PostgresOptions } from './postgres.ts';
import { openSqlite, type SqliteOptions } from './sqlite.ts';
import { storeOver } from './store.ts';
import type { Store } from './types.ts';

export type * from './types.ts';
export { describeUrl, isStoreError, StoreError, type StoreProblem } from './errors.ts';
export { aliasKey } from './entities.ts';
export { guessedKind } from './migrations.ts';

export const DEFAULT_DB = './rumourmill.db';

/** `--db`, else RUMOURMILL_DB, else ./rumourmill.db. */
export function dbUrl(given?: string): string {
  return given ?? process.env.RUMOURMILL_DB ?? DEFAULT_DB;
}

export type OpenOptions = SqliteOptions & PostgresOptions;

const isPostgres = (target: string) => /^postgres(ql)?:\/\//.test(target);

/**
 * Opens (and migrates) the ledger's database. Read commands pass `{ mustExist: true, access: 'read' }`: a typo in
 * --db is an error rather than a new empty ledger, and a ledger that cannot be written is still read.
 * @example const store = await openStore('./rumourmill.db', { mustExist: true, access: 'read' });
 */
export async function openStore(url?: string, options: OpenOptions = {}): Promise<Store> {
  const target = dbUrl(url);
  const path = target.replace(/^sqlite:(\/\/)?/, '');
  return storeOver(isPostgres(target) ? await openPostgres(target, options) : await openSqlite(path, options));
}
