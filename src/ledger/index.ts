// The ledger stage's only door: stories across articles, stored, scored and explained.
import { openStore } from '../store/index.ts';
import { ledgerOver, type LedgerOptions } from './ledger.ts';
import type { Ledger } from './types.ts';

export type * from './types.ts';
export { STORY_STATUSES } from './types.ts';
export { ingestArticle } from './ingest.ts';
export type { LedgerOptions } from './ledger.ts';
export { scoreStory } from './score.ts';
export { statusOf } from './status.ts';

/**
 * Opens the ledger on SQLite (a path; default ./rumourmill.db or RUMOURMILL_DB) or PostgreSQL (postgres://…).
 * @example const ledger = await openLedger(':memory:'); await ledger.ingest(article); await ledger.close();
 */
export async function openLedger(dbUrl?: string, options?: LedgerOptions): Promise<Ledger> {
  return ledgerOver(await openStore(dbUrl), options);
}
