import { describe, expect, it } from 'vitest';
import { logit } from './logistic.ts';
import {
  distil,
  lexiconFromTsv,
  lexiconToTsv,
  meaningFeatures,
  meaningScore,
  meaningTokens,
  rankWeight,
  vectorIndex,
} from './meaning.ts';

// Four words in "frequency order", three dimensions: enough to check that the distillate scores as the model does.
const vectors = {
  words: ['the', '"', 'slammed', 'confirmed'],
  vectors: [
    [0.1, 0.2, 0.0],
    [0.5, -0.5, 0.3],
    [-1.0, 0.4, 0.9],
    [0.8, 0.1, -0.7],
  ],
};
const weights = {
  bias: 0.3,
  weights: new Map([
    ['t0', 1.5],
    ['t1', -0.5],
    ['t2', 0.25],
    ['b0', 2.0],
    ['b1', 0.75],
    ['b2', -1.25],
  ]),
};
const input = {
  title: 'Star SLAMMED',
  text: 'The agent confirmed it: "the rumour is false." Unknownword.',
  source: null,
};

describe('the word-meaning model', () => {
  it('tokenises lower-case words and keeps quotes and exclamation marks, which have vectors', () => {
    expect(meaningTokens('She’s BACK! "Really?"')).toEqual(["she's", 'back', '!', '"', 'really', '?', '"']);
  });

  it('counts frequent words less than rare ones', () => {
    expect(rankWeight(0)).toBeLessThan(rankWeight(100));
    expect(rankWeight(100)).toBeLessThan(rankWeight(10_000));
    expect(rankWeight(1_000_000)).toBe(1);
  });

  it('distils to one pull per word that scores exactly as the regression over mean vectors', () => {
    const features = meaningFeatures(input, vectors, vectorIndex(vectors));
    const lexicon = distil(weights, vectors);
    const distilled = meaningScore(lexicon, input);
    expect(distilled.z).toBeCloseTo(logit(weights, features).z, 3);
    // Each word's share is quoted, headline words marked as such; unknown words have none.
    const words = new Map(distilled.words);
    expect([...words.keys()].sort()).toEqual(['"', 'confirmed', 'headline: slammed', 'the']);
    expect([...words.values()].reduce((a, b) => a + b, lexicon.bias)).toBeCloseTo(distilled.z, 9);
  });

  it('gives the bias alone when no word is known', () => {
    const lexicon = distil(weights, vectors);
    expect(meaningScore(lexicon, { title: null, text: 'Zzyzx qwerty.', source: null })).toEqual({
      z: lexicon.bias,
      words: [],
    });
  });

  it('writes and reads its TSV file without loss, and names a broken line', () => {
    const lexicon = distil(weights, vectors);
    const tsv = lexiconToTsv(lexicon, ['a comment']);
    expect(tsv.split('\n')[0]).toBe('# a comment');
    expect(lexiconFromTsv(tsv)).toEqual(lexicon);
    const broken = tsv.replace('slammed\t', 'slammed ');
    expect(() => lexiconFromTsv(broken, 'word-meaning.tsv')).toThrow(/word-meaning\.tsv: line 5 is not/);
    expect(() => lexiconFromTsv('the\t1\t2\n')).toThrow(/no "bias" line/);
  });
});
