import { describe, expect, it } from 'vitest';
import { scoreText } from './explain.ts';
import { featurise, tokenise, wordsAmong } from './features.ts';
import { wordCount } from './cues.ts';
import { packModel, readPack } from './packed.ts';
import { fixturePairs, seedText } from './fixtures.test-helper.ts';
import { logit } from './logistic.ts';
import { type CredibilityModel, weightsOf } from './model.ts';
import { shippedModel } from './shipped.ts';
import type { CredibilityInput } from './cues.ts';

// Real articles (the development pairs, the seed) and the awkward cases: an outlet closing the headline, shouting,
// curly apostrophes, repeated bigrams, an outlet given as the source, nothing at all.
const inputs = (): CredibilityInput[] => [
  ...fixturePairs(),
  { title: 'Brad Pitt Dating Again? | Celeb Dirty Laundry', text: seedText(), source: null },
  { title: null, text: 'EXCLUSIVE: Kim’s ex is NOT dating her. Not dating her! Kim’s ex said so?!', source: 'E! News' },
  { title: '', text: '', source: null },
];

/** What scoreWithModel() computed before scoreText(): featurise()'s Map of features, through logit(). */
const throughFeaturise = (model: CredibilityModel, input: CredibilityInput) =>
  logit(weightsOf(model.text), featurise(input, model.config.features));

describe('scoreText', () => {
  it("gives the shipped word model's log-odds and parts bit for bit, in featurise()'s order", () => {
    const model = shippedModel();
    for (const input of inputs()) expect(scoreText(model, input)).toEqual(throughFeaturise(model, input));
  });

  it('agrees under every feature option: headline prefix or not, bigrams or not, log counts, cues', () => {
    const shipped = shippedModel();
    const text = {
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
    const stack = { bias: 0, weights: { 'cue:hedging': 0.5 } };
    for (const features of [
      { bigrams: true, titlePrefix: false, cues: false },
      { bigrams: false, titlePrefix: true, cues: false },
      { bigrams: true, titlePrefix: true, cues: false, logCounts: true },
      { bigrams: true, titlePrefix: true, cues: true, cueScale: 0.5 },
    ]) {
      const model: CredibilityModel = {
        ...shipped,
        text: { ...text, weights: { ...text.weights, 'cue:hedging': 0.4 } },
        stack,
        config: { ...shipped.config, features },
      };
      for (const input of inputs()) expect(scoreText(model, input)).toEqual(throughFeaturise(model, input));
    }
  });

  it("gives the same bits from the build's pack, its keys sorted in one string, as from Maps", () => {
    const model = shippedModel();
    const packed = readPack(packModel(model));
    for (const input of inputs()) expect(scoreText(packed, input)).toEqual(throughFeaturise(model, input));
  });
});

describe('wordsAmong', () => {
  it("counts the words of tokenise()'s tokens as wordCount() counts them in the text", () => {
    for (const input of inputs()) expect(wordsAmong(tokenise(input.text))).toBe(wordCount(input.text));
  });
});
