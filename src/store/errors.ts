// Errors an operator can act on: one line that names the database (never its password) and says what to do.
import { at } from '../invariant/index.ts';

/**
 * Why the database cannot go on, as opposed to one statement failing:
 * - `unavailable`: PostgreSQL went away (restart, network) and did not come back within the retry window;
 * - `full`: the disk (or the database's quota) is full;
 * - `read-only`: the ledger can be read but not written (a read-only file or directory);
 * - `missing`: no ledger at that path (only when the caller asked not to create one);
 * - `unreadable`: not a ledger at all, corrupt, or the file cannot be opened.
 */
export type StoreProblem = 'unavailable' | 'full' | 'read-only' | 'missing' | 'unreadable';

/**
 * A problem with the database itself rather than with one article: a batch (ingest) stops on it with this one message
 * instead of repeating it once per article.
 */
export class StoreError extends Error {
  readonly problem: StoreProblem;
  constructor(problem: StoreProblem, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.problem = problem;
  }
}

export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError;
}

/**
 * A PostgreSQL URL as it may be printed: user, host, port and database, without the password or the query string
 * (which may hold one too). `postgres://app:secret@db:5432/news?sslmode=require` → `postgres://app@db:5432/news`.
 */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    const user = u.username ? `${decodeURIComponent(u.username)}@` : '';
    return `${u.protocol}//${user}${u.host}${u.pathname}`;
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/** A driver error's `code` ("SQLITE_BUSY", "ECONNREFUSED"), or '' when it has none. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : '';
}

/** The first line of an error's message, for one-line reports. */
export function firstLine(error: unknown): string {
  return at(String((error as Error)?.message ?? error).split('\n'), 0);
}
