// An award two people share is a story of each winner's: the story gold gives every award one person (123 of 123 in
// development). The sentences are from bbc-entertainment-201 and -309 (development), ingested with the real extractor.
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../src/ledger/index.ts';
import { shownStories } from '../helpers/shown.ts';

async function awards(text: string): Promise<string[][]> {
  const ledger = await openLedger(':memory:');
  try {
    await ledger.ingest({
      id: 'a',
      text,
      title: null,
      published: '2005-02-14',
      source: null,
      url: null,
      origin: { file: 'a' },
    });
    await ledger.refresh();
    return (await shownStories(ledger))
      .filter((s) => s.type === 'award')
      .map((s) => s.subjects.map((x) => x.name).sort())
      .sort();
  } finally {
    await ledger.close();
  }
}

describe('a shared award', () => {
  it('is each winner\'s story: "Matt Lucas and David Walliams also jointly won best TV comedy actor"', async () => {
    expect(
      await awards('Matt Lucas and David Walliams also jointly won best TV comedy actor at the British Comedy Awards.'),
    ).toEqual([['David Walliams'], ['Matt Lucas']]);
  });

  it('keeps one winner\'s award whole: "Javier Bardem won the best actor prize"', async () => {
    expect(await awards('Javier Bardem won the best actor prize at the Bangkok International Film Festival.')).toEqual([
      ['Javier Bardem'],
    ]);
  });
});
