// The seed through the real pipeline (extract → ledger): meaningful once the entity and claim stages land.
import { afterAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../src/ledger/index.ts';
import { seedArticle } from './fixtures.ts';
import { must } from '../../src/invariant/index.ts';

const ledger = await openLedger(':memory:');
afterAll(() => ledger.close());

describe('the seed, extracted and ingested', () => {
  it('gives the Tom Cruise – Ana de Armas relationship as reported, explained from the text', async () => {
    const outcome = await ledger.ingest(seedArticle());
    expect(outcome.status).toBe('new');
    const story = await ledger.story(['Tom Cruise', 'Ana de Armas']);
    expect(story?.type).toBe('relationship');
    expect(story?.status).toBe('reported');
    expect(must(story, 'expected story').explanation.length).toBeGreaterThanOrEqual(2);
    expect(
      must(story, 'expected story').explanation.some((e) => e.holder.name === 'Daily Mail' && e.stance === 'asserts'),
    ).toBe(true);
    expect(must(story, 'expected story').explanation.some((e) => e.holder.kind === 'anonymous')).toBe(true);
    const text = seedArticle().text;
    for (const item of must(story, 'expected story').explanation)
      expect(text.slice(item.start, item.end)).toBe(item.text);
    expect(outcome.stories).toContain(must(story, 'expected story').id);
  });

  it('changes nothing when the seed is ingested again', async () => {
    const before = await ledger.stories();
    const again = await ledger.ingest(seedArticle());
    expect(again.status).toBe('duplicate');
    expect(await ledger.stories()).toEqual(before);
  });
});
