import { describe, expect, it } from 'vitest';
import { trainModel } from './cross-validate.ts';
import { scoreWithModel } from './explain.ts';
import { fixturePairs } from './fixtures.test-helper.ts';
import { pairwiseAccuracy } from './metrics.ts';
import { meaningTokens } from './meaning.ts';
import type { CredibilityModel, TrainConfig } from './model.ts';
import { fitStacked, scoreStacked } from './stack.ts';
import { must } from '../../invariant/index.ts';

const config: TrainConfig = {
  features: { bigrams: true, titlePrefix: true, cues: false },
  logistic: { l2: 1e-3, iterations: 150, learningRate: 0.05, minDf: 1 },
  shares: { pairs: 1, amt: 0.2, headlines: 0 },
  stackL2: 1e-3,
  stackCues: ['hedging', 'headline-body-mismatch'],
};
const options = { folds: 2, seed: 42 };
const MIN_ABS = 1e-3;
const train = (items = fixturePairs()) =>
  JSON.stringify(trainModel({ pairs: items, extra: [], config, ...options }, MIN_ABS));

describe('trainModel', () => {
  it('reproduces its output byte for byte from the same data', () => {
    expect(train()).toBe(train());
  });

  it('depends on the data (a different pair set gives different weights)', () => {
    expect(train(fixturePairs().slice(2))).not.toBe(train());
  });

  it('learns to rank the legit half of each training pair above its fake twin', () => {
    const items = fixturePairs();
    const model: CredibilityModel = {
      source: 'test',
      note: 'test',
      ...(JSON.parse(train(items)) as Omit<CredibilityModel, 'source' | 'note'>),
    };
    const scored = items.map((i) => ({ score: scoreWithModel(model, i).score, label: i.label, group: i.group }));
    expect(pairwiseAccuracy(scored)).toBeGreaterThanOrEqual(0.875);
  });
});

/** Stand-in word vectors: the fixtures' words by frequency, each with a fixed pseudo-random 8-d vector. */
function toyVectors() {
  const counts = new Map<string, number>();
  for (const item of fixturePairs())
    for (const t of meaningTokens(`${item.title ?? ''} ${item.text}`)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  let state = 7;
  const next = () => ((state = (state * 48271) % 2147483647) / 2147483647) * 2 - 1;
  return { words, vectors: words.map(() => Array.from({ length: 8 }, next)) };
}

describe('trainModel with the word-meaning model', () => {
  const withMeaning: TrainConfig = {
    ...config,
    meaning: { vocabulary: 500, l2: 1e-3, iterations: 200, learningRate: 0.05 },
  };

  it('reproduces its output byte for byte, lexicon included', () => {
    const once = () =>
      JSON.stringify(
        trainModel(
          { pairs: fixturePairs(), extra: [], config: withMeaning, ...options, vectors: toyVectors() },
          MIN_ABS,
        ),
      );
    const first = once();
    expect(first).toBe(once());
    expect(
      must((JSON.parse(first) as CredibilityModel).meaning, 'expected (JSON.parse(first) as CredibilityModel).meaning')
        .words,
    ).toHaveLength(500);
  });

  it('scores with the shipped distillate as the trained regression over mean vectors does', () => {
    const items = fixturePairs();
    const run = { pairs: items, extra: [], config: withMeaning, ...options, vectors: toyVectors() };
    const shipped: CredibilityModel = { source: 'test', note: 'test', ...trainModel(run, MIN_ABS) };
    const fitted = fitStacked(run);
    expect(shipped.stack.weights['meaning-model']).toBeDefined();
    for (const item of items) {
      const signals = scoreWithModel(shipped, item).signals;
      expect(signals.map((s) => s.name)).toContain('word-meaning');
      expect(scoreWithModel(shipped, item).score).toBeCloseTo(scoreStacked(fitted, item, withMeaning).probability, 2);
    }
  });

  it('refuses a word-meaning config without word vectors, saying so', () => {
    expect(() => trainModel({ pairs: fixturePairs(), extra: [], config: withMeaning, ...options }, MIN_ABS)).toThrow(
      /no word vectors were given/,
    );
  });
});
