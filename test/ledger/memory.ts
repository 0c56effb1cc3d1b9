// A fresh in-memory ledger for each test, closed after it: the set-up every ledger test file shares.
import { afterEach } from 'vitest';
import { ledgerOver } from '../../src/ledger/ledger.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/index.ts';

/** Call once at the top of a test file; the function it returns opens the test's ledger. */
export function memoryLedgers() {
  let open: Store | undefined;
  afterEach(async () => {
    await open?.close();
    open = undefined;
  });
  return async () => {
    open = await openStore(':memory:');
    return { store: open, ledger: ledgerOver(open) };
  };
}
