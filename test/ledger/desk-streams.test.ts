// The desk streams (test/fixtures/desk-streams: twelve real stories retold by the team from dated coverage, 111
// articles, each batch first scored blind on 2026-12-07), ingested whole with the real extractor: the statuses a
// fact-checker would check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ledger/index.ts';
import { ledgerOver } from '../../src/ledger/ledger.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/index.ts';
import { DESK_STREAMS, streamArticles } from '../helpers/streams.ts';
import { shownStories } from '../helpers/shown.ts';
import { must } from '../../src/invariant/index.ts';

let store: Store;

beforeAll(async () => {
  store = await openStore(':memory:');
  for (const article of await streamArticles(DESK_STREAMS)) await ingestArticle(store, article);
}, 120_000);
afterAll(() => store.close());

/** A pair's stage status as it stood on a date. */
const stageOf = async (pair: string[], asOf: string, value: string) =>
  (await ledgerOver(store).story(pair, { asOf }))?.stages?.find((s) => s.value === value)?.status;
const MILEY = ['Miley Cyrus', 'Liam Hemsworth'];
const GIGI = ['Gigi Hadid', 'Zayn Malik'];

describe('Miley Cyrus & Liam Hemsworth, ingested with the other desk streams', () => {
  it('end the engagement in 2013 on the word of "representatives for both stars"', async () => {
    expect(await stageOf(MILEY, '2013-09-16', 'split')).toBe('confirmed');
    expect(await stageOf(MILEY, '2013-09-16', 'engaged')).toBe('ended');
  });

  it('take no marriage guessed at in 2018 for one the 2013 split ended', async () => {
    expect(await stageOf(MILEY, '2018-12-24', 'married')).toBe('speculated');
    expect(await stageOf(MILEY, '2018-12-27', 'married')).toBe('confirmed');
  });

  it('keep the 2019 split confirmed: Hemsworth disowning the quotes in his name denies none of it', async () => {
    expect(await stageOf(MILEY, '2019-08-13', 'split')).toBe('confirmed');
    expect(await stageOf(MILEY, '2019-08-13', 'married')).toBe('ended');
  });
});

describe('Gigi Hadid & Zayn Malik, ingested with the other desk streams', () => {
  it('end the romance in 2018 on his announcement, "made it official" two hours later', async () => {
    expect(await stageOf(GIGI, '2018-03-13', 'split')).toBe('confirmed');
    expect(await stageOf(GIGI, '2018-03-13', 'dating')).toBe('ended');
  });

  it('judge the romance again once a source says in 2020 they "have rekindled their romance"', async () => {
    expect(await stageOf(GIGI, '2020-01-12', 'dating')).toBe('reported');
  });
});

describe('a mention of a marriage after its end', () => {
  it('reopens nothing: Cyrus and Hemsworth stay ended after the divorce filing (-10)', async () => {
    expect(await stageOf(MILEY, '2019-08-21', 'married')).toBe('ended');
    expect(await stageOf(MILEY, '2019-08-21', 'dating')).toBe('ended');
  });
});

describe('a pregnancy after the birth', () => {
  it('stays ended when posts after the birth look back on it (Kylie Jenner: "she had chosen to keep her pregnancy private")', async () => {
    const all = await shownStories(ledgerOver(store));
    const kylie = all.find((s) => s.type === 'pregnancy' && s.subjects.some((x) => x.name.endsWith('Kylie Jenner')));
    const story = await ledgerOver(store).story(must(kylie, 'a Kylie Jenner pregnancy story').id, {
      asOf: '2018-02-09',
    });
    expect(story?.stages?.find((s) => s.value === 'pregnant')?.status).toBe('ended');
  });
});
