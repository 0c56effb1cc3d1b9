// The store stage's only door: a Store on SQLite (a path) or PostgreSQL (a postgres:// URL).
import { openPostgres } from './postgres.ts';
import { openSqlite } from './sqlite.ts';
import { storeOver } from './store.ts';
import type { Store } from './types.ts';

export type * from './types.ts';

export const DEFAULT_DB = './rumourmill.db';

/** `--db`, else RUMOURMILL_DB, else ./rumourmill.db. */
export function dbUrl(given?: string): string {
  return given ?? process.env.RUMOURMILL_DB ?? DEFAULT_DB;
}

/** Opens (and migrates) the ledger's database. */
export async function openStore(url?: string): Promise<Store> {
  const target = dbUrl(url);
  const postgres = /^postgres(ql)?:\/\//.test(target);
  return storeOver(postgres ? await openPostgres(target) : await openSqlite(target.replace(/^sqlite:(\/\/)?/, '')));
}
