// Who a two-party story is between, on development articles of the celebrity corpus ingested with the real
// extractor (skipped when the shared data is not there: set RUMOURMILL_DATA).
import { describe, expect, it } from 'vitest';
import { corpusStories } from './corpus-ledger.ts';

const corpus = corpusStories('celebrity', ['celebrity-039fake', 'celebrity-150fake']);
const here = corpus.here;

const pairsOf = (type: string) =>
  corpus
    .stories()
    .filter((s) => s.type === type)
    .map((s) => s.subjects.map((x) => x.name).sort((a, b) => a.localeCompare(b)));

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
