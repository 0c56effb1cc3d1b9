import { describe, expect, it } from 'vitest';
import { brier, pairwiseAccuracy, rocAuc } from './metrics.ts';

const item = (group: string, label: 0 | 1, score: number) => ({ group, label, score });

describe('metrics', () => {
  it('pairwise accuracy counts pairs where legit beats its fake twin, ties half', () => {
    const scored = [
      item('a', 1, 0.9),
      item('a', 0, 0.2),
      item('b', 1, 0.3),
      item('b', 0, 0.6),
      item('c', 1, 0.5),
      item('c', 0, 0.5),
    ];
    expect(pairwiseAccuracy(scored)).toBeCloseTo(1.5 / 3);
  });

  it('AUC is 1 for a perfect ranking, 0.5 when scores carry no information', () => {
    expect(rocAuc([item('a', 1, 0.8), item('b', 1, 0.7), item('c', 0, 0.3), item('d', 0, 0.1)])).toBe(1);
    expect(rocAuc([item('a', 1, 0.5), item('b', 0, 0.5)])).toBe(0.5);
    expect(rocAuc([item('a', 1, 0.2), item('b', 0, 0.4), item('c', 0, 0.1)])).toBe(0.5);
  });

  it('Brier score is the mean squared error of the probability', () => {
    expect(brier([item('a', 1, 1), item('b', 0, 0)])).toBe(0);
    expect(brier([item('a', 1, 0.5), item('b', 0, 0.5)])).toBe(0.25);
  });
});
