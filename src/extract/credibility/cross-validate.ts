import { foldsOf } from './folds.ts';
import { type Scored, brier, pairwiseAccuracy, rocAuc } from './metrics.ts';
import { type CredibilityModel, type TrainingRun, serialiseWeights } from './model.ts';
import { distil } from './meaning.ts';
import { fitStacked, scoreStacked } from './stack.ts';

export type Figures = { pairwise: number; auc: number; brier: number };
export type CvResult = { stacked: Figures; wordsOnly: Figures; meaningOnly?: Figures };

const figures = (scored: Scored[]): Figures => ({
  pairwise: pairwiseAccuracy(scored),
  auc: rocAuc(scored),
  brier: brier(scored),
});
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * k-fold cross-validation over the development pairs only: both halves of a pair fall in the same fold,
 * and every fold trains (both stages, with their own inner folds) on the other folds' pairs plus all of
 * `extra` (AMT items, headlines). Reports the full model and its word model alone.
 */
export function crossValidate(run: TrainingRun): CvResult {
  const { pairs, config, folds, seed } = run;
  const foldOf = foldsOf(pairs, folds, seed);
  const stacked: Scored[] = [];
  const words: Scored[] = [];
  const meaning: Scored[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const model = fitStacked({ ...run, pairs: pairs.filter((p) => foldOf.get(p.group) !== fold), seed: seed + 1 });
    for (const item of pairs.filter((p) => foldOf.get(p.group) === fold)) {
      const scored = scoreStacked(model, item, config);
      stacked.push({ score: scored.probability, label: item.label, group: item.group });
      words.push({ score: sigmoid(scored.text.z), label: item.label, group: item.group });
      if (scored.meaning !== undefined)
        meaning.push({ score: sigmoid(scored.meaning), label: item.label, group: item.group });
    }
  }
  return {
    stacked: figures(stacked),
    wordsOnly: figures(words),
    ...(meaning.length ? { meaningOnly: figures(meaning) } : {}),
  };
}

/**
 * The whole training recipe, fitted on everything given. Deterministic: same items and config give
 * the same model, byte for byte once serialised.
 */
export function trainModel(run: TrainingRun, minAbs: number): Omit<CredibilityModel, 'source' | 'note'> {
  const { config } = run;
  const model = fitStacked(run);
  const meaning = model.meaning ? { meaning: distil(model.meaning.weights, model.meaning.vectors) } : {};
  const centre = Object.fromEntries(
    Object.entries(model.centre).map(([k, v]) => [k, Number(v.toPrecision(6))]),
  ) as CredibilityModel['centre'];
  return {
    config,
    stack: serialiseWeights(model.stack, 0),
    text: serialiseWeights(model.text, minAbs),
    ...meaning,
    centre,
  };
}
