import type { CredibilityInput } from './cues.ts';
import { type FeatureOptions, type Features, featurise } from './features.ts';
import {
  type Example,
  type LogisticOptions,
  type LogisticWeights,
  type Lookup,
  logit,
  trainLogistic,
} from './logistic.ts';
import {
  type MeaningLexicon,
  type MeaningOptions,
  type MeaningTable,
  type WordVectors,
  meaningTable,
} from './meaning.ts';
import { must } from '../../invariant/index.ts';

/** A labelled training or evaluation text; `group` ties the two halves of a pair (`pair-12`) or names the corpus. */
export type LabelledItem = CredibilityInput & { id: string; group: string; label: 0 | 1 };

/** Each corpus's share of the loss (classes balanced within it): 20k headlines must not drown 400 articles. */
/**
 * What one training run is given: the development pairs it is scored on, extra items it also learns from (AMT
 * items, headlines), the recipe, the folds and seed of the stack's out-of-fold scores, and word vectors when the
 * recipe has a word-meaning model.
 */
export type TrainingRun = {
  pairs: LabelledItem[];
  extra: LabelledItem[];
  config: TrainConfig;
  folds: number;
  seed: number;
  vectors?: WordVectors | undefined;
};

export type CorpusShares = { pairs: number; amt: number; headlines: number };

/**
 * `pairs`: how the paired articles train the model. `pointwise` treats each as its own example;
 * `ranking` trains on the difference legit − fake (and its mirror), which cancels the story both tell
 * and leaves only how they tell it; `both` does both.
 */
export type TrainConfig = {
  features: FeatureOptions;
  logistic: LogisticOptions;
  shares: CorpusShares;
  pairs?: 'pointwise' | 'ranking' | 'both';
  /** L2 of the second stage (word log-odds + cues); see stack.ts. */
  stackL2?: number;
  /** Cue families (CueName) that enter the second stage as features of their own. */
  stackCues?: string[];
  /** The word-meaning model (meaning.ts) as a second first-stage model; absent, the stack has the word model only. */
  meaning?: MeaningOptions;
};

/** The shipped model file (data/model/credibility.json): both stages of stack.ts, serialised. */
export type CredibilityModel = {
  source: string;
  note: string;
  config: TrainConfig;
  /** Second stage: weights of `text-model` (the word model's log-odds) and of each `cue:*`. */
  stack: { bias: number; weights: Record<string, number> };
  /** First stage: word, bigram and outlet weights. */
  text: { bias: number; weights: Record<string, number> };
  /** First stage, when `config.meaning` is set: the distilled word-meaning model (shipped as data/model/word-meaning.json). */
  meaning?: MeaningLexicon;
  /**
   * The first-stage models' mean log-odds over the training pairs (out of fold): the explanation measures each
   * model's signal from there, so "text-model −0.6" means "reads less credible than the average article".
   */
  centre?: { text: number; meaning?: number };
  selection?: unknown;
};

/**
 * A model as scoring reads it: the two large first-stage tables behind lookups. Built from a CredibilityModel
 * (scoringModel, Maps) or read from the build's pack (packed.ts, sorted keys), which spares `rumourmill extract` the
 * ~90 ms of parsing and indexing 130k entries at every start.
 */
export type ScoringModel = {
  config: TrainConfig;
  stack: CredibilityModel['stack'];
  text: { bias: number; weights: Lookup };
  meaning?: MeaningTable;
  centre?: CredibilityModel['centre'];
};

const scoring = new WeakMap<CredibilityModel, ScoringModel>();

export function scoringModel(model: CredibilityModel): ScoringModel {
  let out = scoring.get(model);
  if (!out) {
    const { config, stack, centre } = model;
    out = {
      config,
      stack,
      text: weightsOf(model.text),
      ...(model.meaning ? { meaning: meaningTable(model.meaning) } : {}),
      ...(centre ? { centre } : {}),
    };
    scoring.set(model, out);
  }
  return out;
}

export function corpusOf(item: LabelledItem): keyof CorpusShares {
  return item.group.startsWith('pair-') ? 'pairs' : item.group === 'amt' ? 'amt' : 'headlines';
}

/** `featuresOf` defaults to the word model's features; the word-meaning model passes its own. */
export function toExamples(
  items: LabelledItem[],
  config: TrainConfig,
  featuresOf = (item: LabelledItem) => featurise(item, config.features),
): Example[] {
  const mode = config.pairs ?? 'pointwise';
  const pointwise = mode === 'ranking' ? items.filter((i) => corpusOf(i) !== 'pairs') : items;
  const count = new Map<string, number>();
  const key = (item: LabelledItem) => `${corpusOf(item)}/${item.label}`;
  for (const item of pointwise) count.set(key(item), (count.get(key(item)) ?? 0) + 1);
  const examples: Example[] = pointwise.map((item) => ({
    features: featuresOf(item),
    label: item.label,
    weight:
      config.shares[corpusOf(item)] / 2 / must(count.get(key(item)), 'every pointwise item was counted just above'),
  }));
  if (mode !== 'pointwise')
    examples.push(
      ...rankingExamples(
        items.filter((i) => corpusOf(i) === 'pairs'),
        config,
      ),
    );
  return examples;
}

function rankingExamples(items: LabelledItem[], config: TrainConfig): Example[] {
  const byGroup = new Map<string, LabelledItem[]>();
  for (const item of items) byGroup.set(item.group, [...(byGroup.get(item.group) ?? []), item]);
  const diffs: Features[] = [];
  for (const members of byGroup.values()) {
    const legit = members.find((m) => m.label === 1);
    const fake = members.find((m) => m.label === 0);
    if (!legit || !fake) continue;
    const diff: Features = new Map(featurise(legit, config.features));
    for (const [k, v] of featurise(fake, config.features)) diff.set(k, (diff.get(k) ?? 0) - v);
    for (const [k, v] of diff) if (v === 0) diff.delete(k);
    diffs.push(diff);
  }
  const weight = config.shares.pairs / 2 / (diffs.length || 1);
  return diffs.flatMap((diff) => [
    { features: diff, label: 1 as const, weight },
    { features: new Map([...diff].map(([k, v]) => [k, -v])), label: 0 as const, weight },
  ]);
}

export function fitWeights(items: LabelledItem[], config: TrainConfig): LogisticWeights {
  return trainLogistic(toExamples(items, config), config.logistic);
}

/** Raw log-odds of legit with each feature's share. */
export function rawScore(weights: LogisticWeights, input: CredibilityInput, features: FeatureOptions) {
  return logit(weights, featurise(input, features));
}

// Building the Map of a shipped model's tens of thousands of weights costs ~50 ms: do it once per model.
const asMaps = new WeakMap<object, LogisticWeights>();

export function weightsOf(serialised: { bias: number; weights: Record<string, number> }): LogisticWeights {
  let weights = asMaps.get(serialised);
  if (!weights) {
    const map = new Map<string, number>();
    // A loop, not new Map(Object.entries(…)): no array of 28k pairs made only to be thrown away.
    for (const key in serialised.weights)
      map.set(key, must(serialised.weights[key], 'a key of the record has a value'));
    weights = { bias: serialised.bias, weights: map };
    asMaps.set(serialised, weights);
  }
  return weights;
}

/** Rounded and pruned so the file stays small and byte-stable across runs. */
export function serialiseWeights(
  weights: LogisticWeights,
  minAbs: number,
): { bias: number; weights: Record<string, number> } {
  const out: Record<string, number> = {};
  for (const [key, value] of [...weights.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (Math.abs(value) >= minAbs) out[key] = Number(value.toPrecision(5));
  }
  return { bias: Number(weights.bias.toPrecision(6)), weights: out };
}
