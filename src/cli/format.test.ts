import { afterAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../ledger/index.ts';
import { ledgerOver } from '../ledger/ledger.ts';
import { openStore } from '../store/index.ts';
import { seedArticle, seedExtraction } from '../../test/ledger/fixtures.ts';
import { storiesTable, storyReport } from './format.ts';
import { must } from '../invariant/index.ts';

const store = await openStore(':memory:');
await ingestArticle(store, seedArticle(), seedExtraction());
const ledger = ledgerOver(store);
afterAll(() => store.close());

describe('terminal rendering of the seed story', () => {
  it('the table shows status, score and who', async () => {
    const { stories } = await ledger.stories();
    const table = storiesTable(stories);
    expect(table.split('\n')[0]).toMatch(/^ID\s+STATUS\s+SCORE/);
    expect(table).toMatch(/reported\s+0\.\d\d\s+2025-05-07 .*Ana de Armas & Tom Cruise: relationship \(dating\)/);
  });

  it('the report explains each item with its signed delta, sentence and offsets, then the timeline', async () => {
    const report = storyReport(
      must(await ledger.story(['Tom Cruise', 'Ana de Armas']), 'expected Tom Cruise, Ana de Armas'),
    );
    expect(report).toContain('status reported, score 0.');
    expect(report).toContain('started with Daily Mail');
    expect(report).toMatch(
      /\+0\.\d{3} {2}2025-05-07 {2}outlet Daily Mail, asserts: a tabloid \(Daily Mail\) asserts it/,
    );
    expect(report).toMatch(/-0\.\d{3} {2}2025-05-07 {2}author, unconfirmed/);
    expect(report).toContain('2025-05-04  sighting: Tom Cruise bundles Ana de Armas into a taxi');
    expect(report).toMatch(/history:\n {2}2025-05-07 {2}reported/);
  });
});

describe('one person’s stories of a type told apart', () => {
  it('the table names the object ("sue: The New York Times")', async () => {
    const { stories } = await ledger.stories();
    const seed = must(stories[0], 'the seed story');
    const table = storiesTable([{ ...seed, object: { id: 'e1', name: 'The New York Times', type: 'outlet' } }]);
    expect(table).toContain('Ana de Armas & Tom Cruise: relationship (dating: The New York Times)');
  });
});
