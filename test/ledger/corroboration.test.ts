// How many sources stand behind one sentence, on real articles with the real extractor: outlets the article names as
// reporting count each; the article's own voice and unnamed "various newspapers" are one report.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ledger/index.ts';
import { at, must } from '../../src/invariant/index.ts';
import { streamArticles } from '../helpers/streams.ts';
import { memoryLedgers } from './memory.ts';

const ledgers = memoryLedgers();

describe('corroboration within one article', () => {
  it('counts "Several American outlets reported … E! and the Los Angeles Times went further" as two sources', async () => {
    const { store, ledger } = await ledgers();
    const article = must(
      (await streamArticles()).find((a) => a.id === 'kim-kardashian-pete-davidson-08'),
      'the HuffPost France article of 2022-08-06 is in the stream fixture',
    );
    await ingestArticle(store, article);
    const story = await ledger.story(['Kim Kardashian', 'Pete Davidson']);
    const split = story?.stages?.find((s) => s.value === 'split');
    expect(split?.status).toBe('corroborated');
    // The two outlets it names (E! is found as E! News); the "several outlets" are those two, and HuffPost France's own
    // voice is not a third.
    expect(story?.sources.map((s) => s.name)).toEqual(['E! News', 'Los Angeles Times']);
  }, 60_000);

  it('keeps "according to various newspapers" one report: no outlet is named (BBC, 2005)', async () => {
    const { store, ledger } = await ledgers();
    await ingestArticle(store, {
      id: 'bbc-entertainment-308-excerpt',
      published: '2005-01-14',
      source: 'BBC',
      title: 'Tautou to star in Da Vinci film',
      url: null,
      origin: { file: 'bbc-entertainment/bbc_entertainment.jsonl (excerpt of article 308)' },
      text:
        'French actress Audrey Tautou, star of hit film Amelie, will play the female lead in the film of The Da Vinci Code. ' +
        "Tautou will play Hanks' code-cracking partner, according to various newspapers.",
    });
    const { stories } = await ledger.stories({ limit: 50 });
    const casting = at(
      stories.filter((s) => s.type === 'casting'),
      0,
    );
    expect(casting.status).toBe('reported');
    expect(casting.sources.map((s) => s.name)).toEqual(['BBC']);
  }, 60_000);
});
