// An obituary's facts on the development BBC articles, ingested with the real extractor (skipped when the shared data
// is not there: set RUMOURMILL_DATA).
import { describe, expect, it } from 'vitest';
import { corpusStories } from './corpus-ledger.ts';

const corpus = corpusStories('bbc', ['bbc-entertainment-119', 'bbc-entertainment-231']);
const here = corpus.here;

const about = (name: string) =>
  corpus
    .stories()
    .filter((s) => s.subjects.some((x) => x.name === name))
    .map((s) => `${s.type}/${s.value}`);

describe.skipIf(!here)('the illness of someone an article reports dead', () => {
  it('is the death\'s history, no health story: "Kilgore had heart surgery in 2004" (bbc-entertainment-119)', () => {
    expect(about('Merle Kilgore')).toContain('death/death');
    expect(about('Merle Kilgore')).not.toContain('health/health');
  });

  it('"Peel died after suffering a heart attack in Peru in October" tells his death, not his health (bbc-entertainment-231)', () => {
    expect(about('John Peel')).not.toContain('health/health');
  });
});
