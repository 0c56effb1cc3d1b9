import { describe, expect, it } from 'vitest';
import { trainModel } from './cross-validate.ts';
import { scoreWithModel } from './explain.ts';
import { fixturePairs } from './fixtures.test-helper.ts';
import { pairwiseAccuracy } from './metrics.ts';
import type { CredibilityModel, TrainConfig } from './model.ts';

const config: TrainConfig = {
  features: { bigrams: true, titlePrefix: true, cues: false },
  logistic: { l2: 1e-3, iterations: 150, learningRate: 0.05, minDf: 1 },
  shares: { pairs: 1, amt: 0.2, headlines: 0 },
  stackL2: 1e-3,
  stackCues: ['hedging', 'headline-body-mismatch'],
};
const options = { folds: 2, seed: 42, minAbs: 1e-3 };
const train = (items = fixturePairs()) => JSON.stringify(trainModel(items, [], config, options));

describe('trainModel', () => {
  it('reproduces its output byte for byte from the same data', () => {
    expect(train()).toBe(train());
  });

  it('depends on the data (a different pair set gives different weights)', () => {
    expect(train(fixturePairs().slice(2))).not.toBe(train());
  });

  it('learns to rank the legit half of each training pair above its fake twin', () => {
    const items = fixturePairs();
    const model: CredibilityModel = { source: 'test', note: 'test', ...(JSON.parse(train(items)) as Omit<CredibilityModel, 'source' | 'note'>) };
    const scored = items.map((i) => ({ score: scoreWithModel(model, i).score, label: i.label, group: i.group }));
    expect(pairwiseAccuracy(scored)).toBeGreaterThanOrEqual(0.875);
  });
});
