// The door for training and evaluating the credibility model (scripts/train.ts, scripts/eval/credibility.ts): what
// the extractor itself never needs, kept out of the stage's door (./index.ts).
export type { CredibilityInput } from './cues.ts';
export type { CredibilityModel, LabelledItem, TrainConfig, TrainingRun } from './model.ts';
export { crossValidate, trainModel } from './cross-validate.ts';
export type { CvResult, Figures } from './cross-validate.ts';
export { brier, pairwiseAccuracy, rocAuc } from './metrics.ts';
export { naiveBayesLegit, trainNaiveBayes } from './naive-bayes.ts';
export { findCues } from './cues.ts';
export { lexiconFromTsv, lexiconToTsv } from './meaning.ts';
export type { MeaningLexicon, WordVectors } from './meaning.ts';
export { scoreWithModel } from './explain.ts';
export { shippedModel } from './shipped.ts';
