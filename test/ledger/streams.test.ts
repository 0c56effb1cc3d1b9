// The development streams (test/fixtures/streams: real stories retold, 70 dated articles), ingested whole with the
// real extractor: what a fact-checker reading the ledger would check first.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ledger/index.ts';
import type { StorySummary } from '../../src/ledger/index.ts';
import { ledgerOver } from '../../src/ledger/ledger.ts';
import { readInputs } from '../../src/read/index.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/index.ts';

const STREAMS = fileURLToPath(new URL('../fixtures/streams/', import.meta.url));
let store: Store;
let stories: StorySummary[];

beforeAll(async () => {
  store = await openStore(':memory:');
  const paths = readdirSync(STREAMS)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => path.join(STREAMS, f));
  for await (const r of readInputs(paths)) {
    if (!r.ok) throw new Error(`${r.failure.file}: ${r.failure.message}`);
    await ingestArticle(store, r.article);
  }
  stories = (await ledgerOver(store).stories({ limit: 500 })).stories;
}, 120_000);
afterAll(() => store.close());

const names = (s: StorySummary) => s.subjects.map((x) => x.name).sort();

describe('the development streams, ingested whole', () => {
  it('keep one Pattinson casting, with its work: a casting that names no work forms no story', () => {
    const castings = stories.filter((s) => s.type === 'casting');
    expect(castings.filter((s) => s.subjects.some((x) => x.name === 'Robert Pattinson')).map(names)).toEqual([
      ['Robert Pattinson', 'The Batman'],
    ]);
    // "Tom Holland is cast" (in what?) was a confirmed story of its own.
    expect(castings.filter((s) => s.subjects.length < 2).map(names)).toEqual([]);
  });
});
