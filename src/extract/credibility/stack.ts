import { type CredibilityInput, type CueFinding, type ExtraCues, findCues } from './cues.ts';
import type { Features } from './features.ts';
import { type LogisticWeights, logit, trainLogistic } from './logistic.ts';
import { type LabelledItem, type TrainConfig, fitWeights, rawScore } from './model.ts';
import { foldsOf } from './folds.ts';

/**
 * Second stage: a small logistic regression over the word model's log-odds and the cue families.
 * Fitting cues jointly with 50k word features let them take arbitrary weights (the articles are
 * separable on words alone) and cost 4 points of pairwise accuracy in CV; fitting them on out-of-fold
 * word scores gives them the weight they earn. Only the cues in `config.stackCues` enter; CV over all
 * 128 subsets showed the others (anonymous sourcing, sensational wording, denials, on-record) add nothing
 * the words do not already carry, so explain.ts shows them as their share of the word model instead.
 */
export function stackFeatures(
  textLogit: number, input: CredibilityInput, cues: readonly string[], extra?: ExtraCues,
  findings: () => CueFinding[] = () => findCues(input, extra),
): Features {
  const out: Features = new Map([['text-model', textLogit]]);
  if (input.text.trim() === '') return out;
  for (const cue of findings()) if (cue.value !== 0 && cues.includes(cue.name)) out.set(`cue:${cue.name}`, cue.value);
  return out;
}

/** Word-model log-odds for each development pair, each from a model that never saw that pair. */
export function outOfFoldLogits(pairs: LabelledItem[], extra: LabelledItem[], config: TrainConfig, folds: number, seed: number): Map<string, number> {
  const foldOf = foldsOf(pairs, folds, seed);
  const out = new Map<string, number>();
  for (let fold = 0; fold < folds; fold++) {
    const weights = fitWeights([...pairs.filter((p) => foldOf.get(p.group) !== fold), ...extra], config);
    for (const item of pairs.filter((p) => foldOf.get(p.group) === fold)) out.set(item.id, rawScore(weights, item, config.features).z);
  }
  return out;
}

export type Stacked = { text: LogisticWeights; stack: LogisticWeights };

/** Both stages: the word model on everything, the stack on its out-of-fold scores for the pairs. */
export function fitStacked(pairs: LabelledItem[], extra: LabelledItem[], config: TrainConfig, folds: number, seed: number): Stacked {
  const logits = outOfFoldLogits(pairs, extra, config, folds, seed);
  const stack = trainLogistic(
    pairs.map((item) => ({ features: stackFeatures(logits.get(item.id)!, item, config.stackCues ?? []), label: item.label, weight: 1 })),
    { l2: config.stackL2 ?? 1e-2, iterations: 2000, learningRate: 0.02, minDf: 1 },
  );
  return { text: fitWeights([...pairs, ...extra], config), stack };
}

/** P(legit) and the parts of the stack's log-odds. */
export function scoreStacked(model: Stacked, input: CredibilityInput, config: TrainConfig, extra?: ExtraCues) {
  const text = rawScore(model.text, input, config.features);
  const stacked = logit(model.stack, stackFeatures(text.z, input, config.stackCues ?? [], extra));
  return { text, stacked, probability: 1 / (1 + Math.exp(-stacked.z)) };
}
