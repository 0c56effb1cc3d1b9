import type { Features } from './features.ts';
import { at } from '../../invariant/index.ts';

/** label 1 = legit (credible), 0 = fake; weight scales the example's share of the loss. */
export type Example = { features: Features; label: 0 | 1; weight: number };

export type LogisticOptions = { l2: number; iterations: number; learningRate: number; minDf: number };

export type LogisticWeights = { bias: number; weights: Map<string, number> };

/** A weight table read by key: a Map, or a pack's sorted keys (packed.ts), which need no Map built at start-up. */
export type Lookup = { get(key: string): number | undefined };

/**
 * L2-regularised logistic regression, full-batch gradient descent with Adam. Written here rather than
 * pulled in: it is ~60 lines, and full-batch over a sorted vocabulary makes the result a pure function
 * of the data (no shuffling, no threads), which is what lets `npm run train` reproduce the shipped weights.
 */
export function trainLogistic(examples: Example[], options: LogisticOptions): LogisticWeights {
  const df = new Map<string, number>();
  for (const ex of examples) for (const key of ex.features.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const vocab = [...df]
    .filter(([, count]) => count >= options.minDf)
    .map(([k]) => k)
    .sort();
  const index = new Map(vocab.map((k, i) => [k, i]));
  const rows = examples.map((ex) => {
    const cols: number[] = [];
    const vals: number[] = [];
    for (const [key, value] of ex.features) {
      const i = index.get(key);
      if (i !== undefined) {
        cols.push(i);
        vals.push(value);
      }
    }
    return { cols, vals, label: ex.label, weight: ex.weight };
  });
  const total = rows.reduce((sum, r) => sum + r.weight, 0) || 1;

  const n = vocab.length + 1; // last slot is the bias, not regularised
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const grad = new Float64Array(n);
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= options.iterations; t++) {
    grad.fill(0);
    for (const row of rows) {
      let z = at(w, n - 1);
      for (let j = 0; j < row.cols.length; j++) z += at(w, at(row.cols, j)) * at(row.vals, j);
      const err = (sigmoid(z) - row.label) * (row.weight / total);
      for (let j = 0; j < row.cols.length; j++) {
        const col = at(row.cols, j);
        grad[col] = at(grad, col) + err * at(row.vals, j);
      }
      grad[n - 1] = at(grad, n - 1) + err;
    }
    for (let i = 0; i < n; i++) {
      const g = at(grad, i) + (i < n - 1 ? options.l2 * at(w, i) : 0);
      m[i] = beta1 * at(m, i) + (1 - beta1) * g;
      v[i] = beta2 * at(v, i) + (1 - beta2) * g * g;
      const mHat = at(m, i) / (1 - beta1 ** t);
      const vHat = at(v, i) / (1 - beta2 ** t);
      w[i] = at(w, i) - (options.learningRate * mHat) / (Math.sqrt(vHat) + eps);
    }
  }
  return { bias: at(w, n - 1), weights: new Map(vocab.map((k, i) => [k, at(w, i)])) };
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Log-odds of legit, with each feature's share, so a score can be explained. */
export function logit(
  model: { bias: number; weights: Lookup },
  features: Features,
): { z: number; parts: Array<[string, number]> } {
  let z = model.bias;
  const parts: Array<[string, number]> = [];
  for (const [key, value] of features) {
    const weight = model.weights.get(key);
    if (weight === undefined) continue;
    z += weight * value;
    parts.push([key, weight * value]);
  }
  return { z, parts };
}
