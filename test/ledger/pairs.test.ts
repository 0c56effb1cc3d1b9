// Who a two-party story is between, on development articles of the celebrity corpus ingested with the real
// extractor (skipped when the shared data is not there: set RUMOURMILL_DATA).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../scripts/shared-data.ts';
import { ingestArticle } from '../../src/ledger/index.ts';
import type { StorySummary } from '../../src/ledger/index.ts';
import { ledgerOver } from '../../src/ledger/ledger.ts';
import { readInputs } from '../../src/read/index.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/index.ts';
import { shownStories } from '../helpers/shown.ts';

const CORPUS = path.join(SHARED_DATA, 'celebrity-fakenews-perezrosas2018/celebrity.jsonl');
const IDS = new Set(['celebrity-039fake', 'celebrity-150fake']);
const here = existsSync(CORPUS);

let store: Store | undefined;
let stories: StorySummary[] = [];

beforeAll(async () => {
  if (!here) return;
  store = await openStore(':memory:');
  for await (const r of readInputs([CORPUS]))
    if (r.ok && r.article.id && IDS.has(r.article.id)) await ingestArticle(store, r.article);
  stories = await shownStories(ledgerOver(store));
}, 60_000);
afterAll(() => store?.close());

const pairsOf = (type: string) =>
  stories.filter((s) => s.type === type).map((s) => s.subjects.map((x) => x.name).sort((a, b) => a.localeCompare(b)));

describe.skipIf(!here)('two-party stories on real articles', () => {
  it('"feuding with her parents, Dina Lohan and Michael Lohan" is a feud with each parent (celebrity-039fake)', () => {
    expect(pairsOf('feud')).toEqual(
      expect.arrayContaining([
        ['Dina Lohan', 'Lindsay Lohan'],
        ['Lindsay Lohan', 'Michael Lohan'],
      ]),
    );
    // The parents are on one side: no feud between them.
    expect(pairsOf('feud')).not.toContainEqual(['Dina Lohan', 'Michael Lohan']);
  });

  it('"her good friend\'s ... estranged husband, Ben" makes no couple of Chelsea Handler and Ben (celebrity-150fake)', () => {
    expect(pairsOf('relationship').filter((p) => p.includes('Chelsea Handler') && p.includes('Ben Affleck'))).toEqual(
      [],
    );
  });
});
