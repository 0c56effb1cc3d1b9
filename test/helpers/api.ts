// The API's failures as a test reads them. A route's own JSON is typed by the route (testClient(app), or hc in the
// UI); its failures are not: an ApiError thrown anywhere becomes the contract's error body in onError.
import { expect } from 'vitest';
import { createApp } from '../../src/api/index.ts';
import type { ErrorBody } from '../../src/api/errors.ts';
import type { Ledger } from '../../src/ledger/types.ts';

/** The `{error: {code, message}}` of a failed request. */
export async function failure(res: Response): Promise<ErrorBody['error']> {
  return ((await res.json()) as ErrorBody).error;
}

/** A GET through the app in process, which must answer 200; its JSON. */
export async function getJson<T>(ledger: Ledger, path: string): Promise<T> {
  const res = await createApp(ledger).request(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

/** Every page from the first, through each page's `next`. */
export async function allPages<T extends { next: string | null }>(ledger: Ledger, path: string): Promise<T[]> {
  const out: T[] = [];
  for (let cursor: string | null = '0'; cursor !== null;) {
    const page: T = await getJson<T>(ledger, `${path}${path.includes('?') ? '&' : '?'}cursor=${cursor}`);
    out.push(page);
    cursor = page.next;
  }
  return out;
}
