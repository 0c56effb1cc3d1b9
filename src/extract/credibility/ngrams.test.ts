import { describe, expect, it } from 'vitest';
import { featurise, type FeatureOptions } from './features.ts';
import { fixturePairs, seedText } from './fixtures.test-helper.ts';
import { logit } from './logistic.ts';
import { weightsOf } from './model.ts';
import { compileNgrams, scoreNgrams } from './ngrams.ts';
import { shippedModel } from './shipped.ts';
import type { CredibilityInput } from './cues.ts';
import { must } from '../../invariant/index.ts';

// Real articles (development pairs, the seed) plus the awkward cases: an outlet in the headline, shouting, curly
// apostrophes, a repeated bigram, no headline, nothing at all.
const inputs = (): CredibilityInput[] => [
  ...fixturePairs(),
  { title: 'Brad Pitt Dating Again? | Celeb Dirty Laundry', text: seedText(), source: null },
  { title: null, text: 'EXCLUSIVE: Kim’s ex is NOT dating her. Not dating her! Kim’s ex said so?!', source: 'E! News' },
  { title: '', text: '', source: null },
];

/** What explain.ts computed before ngrams.ts: the features as strings, looked up one by one. */
const byStrings = (
  weights: { bias: number; weights: Record<string, number> },
  input: CredibilityInput,
  o: FeatureOptions,
) => logit(weightsOf(weights), featurise(input, o));

describe('scoreNgrams', () => {
  it("gives the shipped word model's log-odds and parts bit for bit, in featurise()'s order", () => {
    const model = shippedModel();
    const ngrams = must(compileNgrams(model.text, model.config.features), 'the shipped model is scored by numbers');
    for (const input of inputs())
      expect(scoreNgrams(ngrams, input)).toEqual(byStrings(model.text, input, model.config.features));
  });

  it('weighs headline words apart only with titlePrefix, and bigrams only when asked', () => {
    // Weights on a few n-grams of the real model's kind, under each option.
    const weights = {
      bias: 0.1,
      weights: {
        kim: 0.5,
        't:kim': -0.25,
        'not dating': 0.75,
        'dating her': -0.3,
        'outlet:e! news': 0.2,
        '^exclusive': 1,
      },
    };
    for (const options of [
      { bigrams: true, titlePrefix: false, cues: false },
      { bigrams: false, titlePrefix: true, cues: false },
    ]) {
      const ngrams = must(compileNgrams(weights, options), 'no cues, no log counts');
      for (const input of inputs()) expect(scoreNgrams(ngrams, input)).toEqual(byStrings(weights, input, options));
    }
    const input = { title: 'Kim', text: 'EXCLUSIVE: not dating her, not dating', source: 'E! News' };
    const shipped = { bigrams: true, titlePrefix: true, cues: false };
    const parts = scoreNgrams(must(compileNgrams(weights, shipped), 'no cues'), input).parts;
    expect(parts.map(([key]) => key)).toEqual(['t:kim', '^exclusive', 'not dating', 'dating her', 'outlet:e! news']);
    // Counts and cue features are featurise()'s to build.
    expect(compileNgrams(weights, { ...shipped, logCounts: true })).toBeNull();
    expect(compileNgrams(weights, { ...shipped, cues: true })).toBeNull();
  });
});
