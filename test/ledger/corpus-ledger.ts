// A ledger of a few development articles of a shared corpus, ingested with the real extractor, for ledger tests on
// real text. The suite skips when the shared data is not there (set RUMOURMILL_DATA).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { SHARED_DATA } from '../../scripts/shared-data.ts';
import { ingestArticle } from '../../src/ledger/index.ts';
import type { StorySummary } from '../../src/ledger/index.ts';
import { ledgerOver } from '../../src/ledger/ledger.ts';
import { readInputs } from '../../src/read/index.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/index.ts';
import { shownStories } from '../helpers/shown.ts';

const CORPORA = {
  celebrity: 'celebrity-fakenews-perezrosas2018/celebrity.jsonl',
  bbc: 'bbc-entertainment/bbc_entertainment.jsonl',
};

/** Registers the suite's beforeAll/afterAll: `stories()` is the ledger's shown stories once they ran. */
export function corpusStories(
  corpus: keyof typeof CORPORA,
  ids: string[],
  timeout = 120_000,
): { here: boolean; stories: () => StorySummary[] } {
  const file = path.join(SHARED_DATA, CORPORA[corpus]);
  const here = existsSync(file);
  const wanted = new Set(ids);
  let store: Store | undefined;
  let stories: StorySummary[] = [];
  beforeAll(async () => {
    if (!here) return;
    store = await openStore(':memory:');
    // Filter by id before anything else reads the rows.
    for await (const r of readInputs([file]))
      if (r.ok && r.article.id && wanted.has(r.article.id)) await ingestArticle(store, r.article);
    stories = await shownStories(ledgerOver(store));
  }, timeout);
  afterAll(() => store?.close());
  return { here, stories: () => stories };
}
