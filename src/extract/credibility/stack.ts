import { type CredibilityInput, type CueFinding, type ExtraCues, findCues } from './cues.ts';
import type { Features } from './features.ts';
import { type LogisticWeights, logit, trainLogistic } from './logistic.ts';
import { type WordVectors, meaningFeatures, vectorIndex } from './meaning.ts';
import { type LabelledItem, type TrainConfig, type TrainingRun, fitWeights, rawScore, toExamples } from './model.ts';
import { foldsOf } from './folds.ts';
import { must } from '../../invariant/index.ts';

/**
 * Second stage: a small logistic regression over the first-stage models' log-odds (the word model and, when
 * configured, the word-meaning model) and the cue families. Fitting cues jointly with 50k word features let them
 * take arbitrary weights (the articles are separable on words alone) and cost 4 points of pairwise accuracy in
 * CV; fitting them on out-of-fold scores gives them the weight they earn. Only the cues in `config.stackCues`
 * enter; CV over all 128 subsets showed the others (anonymous sourcing, sensational wording, denials, on-record)
 * add nothing the words do not already carry, so explain.ts shows them as their share of the word model instead.
 */
export type FirstStage = { text: number; meaning?: number };

export function stackFeatures(
  first: FirstStage,
  input: CredibilityInput,
  cues: readonly string[],
  extra?: ExtraCues,
  findings: () => CueFinding[] = () => findCues(input, extra),
): Features {
  const out: Features = new Map([['text-model', first.text]]);
  if (first.meaning !== undefined) out.set('meaning-model', first.meaning);
  if (input.text.trim() === '') return out;
  for (const cue of findings()) if (cue.value !== 0 && cues.includes(cue.name)) out.set(`cue:${cue.name}`, cue.value);
  return out;
}

/** A first-stage model: fitted on some items, it scores others (log-odds of legit). */
type FirstStageFit = (training: LabelledItem[]) => (item: LabelledItem) => number;

/** Each development pair's score from a model that never saw that pair. */
function outOfFold(
  pairs: LabelledItem[],
  extra: LabelledItem[],
  folds: number,
  seed: number,
  fit: FirstStageFit,
): Map<string, number> {
  const foldOf = foldsOf(pairs, folds, seed);
  const out = new Map<string, number>();
  for (let fold = 0; fold < folds; fold++) {
    const score = fit([...pairs.filter((p) => foldOf.get(p.group) !== fold), ...extra]);
    for (const item of pairs.filter((p) => foldOf.get(p.group) === fold)) out.set(item.id, score(item));
  }
  return out;
}

const wordStage =
  (config: TrainConfig): FirstStageFit =>
  (training) => {
    const weights = fitWeights(training, config);
    return (item) => rawScore(weights, item, config.features).z;
  };

/** The word-meaning model's features, cached per item: training refits it once per fold on the same items. */
function meaningFeaturiser(vectors: WordVectors): (item: CredibilityInput) => Features {
  const index = vectorIndex(vectors);
  const cache = new WeakMap<CredibilityInput, Features>();
  return (item) => {
    let features = cache.get(item);
    if (!features) cache.set(item, (features = meaningFeatures(item, vectors, index)));
    return features;
  };
}

export function fitMeaning(
  training: LabelledItem[],
  config: TrainConfig,
  featuresOf: (item: CredibilityInput) => Features,
): LogisticWeights {
  const options = must(config.meaning, 'fitMeaning is called only for a config with meaning options');
  return trainLogistic(toExamples(training, config, featuresOf), {
    l2: options.l2,
    iterations: options.iterations,
    learningRate: options.learningRate,
    minDf: 1,
  });
}

const meaningStage =
  (config: TrainConfig, featuresOf: (item: CredibilityInput) => Features): FirstStageFit =>
  (training) => {
    const weights = fitMeaning(training, config, featuresOf);
    return (item) => logit(weights, featuresOf(item)).z;
  };

export type Stacked = {
  text: LogisticWeights;
  stack: LogisticWeights;
  /** The word-meaning model with the vectors it was fitted on (trimmed to its vocabulary), which distil() needs. */
  meaning?: { weights: LogisticWeights; featuresOf: (item: CredibilityInput) => Features; vectors: WordVectors };
  /** Mean out-of-fold log-odds of each first-stage model over the pairs (see CredibilityModel.centre). */
  centre: FirstStage;
};

const meanOf = (values: Iterable<number>) => {
  const all = [...values];
  return all.reduce((sum, v) => sum + v, 0) / (all.length || 1);
};

/** The vectors `config.meaning` needs, trimmed to its vocabulary; a clear error when the caller has none. */
function vectorsFor(config: TrainConfig, vectors: WordVectors | undefined): WordVectors | undefined {
  if (!config.meaning) return undefined;
  if (!vectors)
    throw new Error('credibility training: the config has a word-meaning model but no word vectors were given');
  const n = config.meaning.vocabulary;
  return { words: vectors.words.slice(0, n), vectors: vectors.vectors.slice(0, n) };
}

/** All stages: the first-stage models on everything, the stack on their out-of-fold scores for the pairs. */
export function fitStacked({ pairs, extra, config, folds, seed, vectors }: TrainingRun): Stacked {
  const trimmed = vectorsFor(config, vectors);
  const featuresOf = trimmed ? meaningFeaturiser(trimmed) : undefined;
  const text = outOfFold(pairs, extra, folds, seed, wordStage(config));
  const meaning = featuresOf ? outOfFold(pairs, extra, folds, seed, meaningStage(config, featuresOf)) : undefined;
  const first = (item: LabelledItem): FirstStage => ({
    text: must(text.get(item.id), 'out-of-fold scores cover every item'),
    ...(meaning ? { meaning: must(meaning.get(item.id), 'out-of-fold scores cover every item') } : {}),
  });
  const stack = trainLogistic(
    pairs.map((item) => ({
      features: stackFeatures(first(item), item, config.stackCues ?? []),
      label: item.label,
      weight: 1,
    })),
    { l2: config.stackL2 ?? 1e-2, iterations: 2000, learningRate: 0.02, minDf: 1 },
  );
  return {
    centre: { text: meanOf(text.values()), ...(meaning ? { meaning: meanOf(meaning.values()) } : {}) },
    text: fitWeights([...pairs, ...extra], config),
    ...(trimmed && featuresOf
      ? { meaning: { weights: fitMeaning([...pairs, ...extra], config, featuresOf), featuresOf, vectors: trimmed } }
      : {}),
    stack,
  };
}

/** P(legit) and the parts of the stack's log-odds. */
export function scoreStacked(model: Stacked, input: CredibilityInput, config: TrainConfig, extra?: ExtraCues) {
  const text = rawScore(model.text, input, config.features);
  const meaning = model.meaning ? logit(model.meaning.weights, model.meaning.featuresOf(input)).z : undefined;
  const stacked = logit(
    model.stack,
    stackFeatures(
      { text: text.z, ...(meaning !== undefined ? { meaning } : {}) },
      input,
      config.stackCues ?? [],
      extra,
    ),
  );
  return { text, meaning, stacked, probability: 1 / (1 + Math.exp(-stacked.z)) };
}
