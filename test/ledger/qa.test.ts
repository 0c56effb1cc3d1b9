// Faults found by ingesting the development corpora and reading the stories as a fact-checker would.
import { afterEach, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ledger/index.ts';
import { ledgerOver } from '../../src/ledger/ledger.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/index.ts';
import { article, extraction } from './build.ts';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function fresh() {
  store = await openStore(':memory:');
  return { s: store, ledger: ledgerOver(store) };
}

describe('pairwise stories need two parties', () => {
  // bbc-entertainment-*: "Married twice before to Madonna and Robin, the Gangster Squad star said…" gave one
  // story "Madonna & Sean Penn & Robin Wright: married"; celebrity-*fake gave "Josh Duhamel: relationship (married)".
  it('a relationship claim with one or three subjects makes no story', async () => {
    const { s, ledger } = await fresh();
    const a = article('three', '2025-01-02', null, 'Married twice before to Madonna and Robin Wright, Sean Penn said he never expected to be in love.');
    const x = extraction(a, ['Madonna', 'Robin Wright', 'Sean Penn'], [{ holder: 'principal', by: 'Sean Penn', stance: 'confirms', value: 'married' }]);
    x.claims[0]!.subjects = ['e1', 'e2', 'e3'];
    const one = extraction(a, ['Sean Penn'], []);
    one.article.id = 'one';
    one.claims = [{ ...x.claims[0]!, id: 'c1', subjects: ['e1'] }];
    await ingestArticle(s, a, x);
    await ingestArticle(s, { ...a, id: 'one', text: `${a.text} ` }, one);
    expect((await ledger.stories()).stories).toEqual([]);
  });
});
