// An obituary's facts on the development BBC articles, ingested with the real extractor (skipped when the shared data
// is not there: set RUMOURMILL_DATA).
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

const CORPUS = path.join(SHARED_DATA, 'bbc-entertainment/bbc_entertainment.jsonl');
const IDS = new Set(['bbc-entertainment-119', 'bbc-entertainment-231']);
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

const about = (name: string) =>
  stories.filter((s) => s.subjects.some((x) => x.name === name)).map((s) => `${s.type}/${s.value}`);

describe.skipIf(!here)('the illness of someone an article reports dead', () => {
  it('is the death\'s history, no health story: "Kilgore had heart surgery in 2004" (bbc-entertainment-119)', () => {
    expect(about('Merle Kilgore')).toContain('death/death');
    expect(about('Merle Kilgore')).not.toContain('health/health');
  });

  it('"Peel died after suffering a heart attack in Peru in October" tells his death, not his health (bbc-entertainment-231)', () => {
    expect(about('John Peel')).not.toContain('health/health');
  });
});
