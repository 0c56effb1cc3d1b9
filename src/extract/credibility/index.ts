import type { Doc } from '../doc.ts';
import type { Credibility, Extraction } from '../types.ts';
import { scoreWithModel } from './explain.ts';
import { shippedScoring } from './shipped.ts';

export type { CredibilityInput } from './cues.ts';
export type { CredibilityModel, LabelledItem, TrainConfig } from './model.ts';
export { crossValidate, trainModel } from './cross-validate.ts';
export type { CvResult, Figures } from './cross-validate.ts';
export { brier, pairwiseAccuracy, rocAuc } from './metrics.ts';
export { naiveBayesLegit, trainNaiveBayes } from './naive-bayes.ts';
export { findCues } from './cues.ts';
export { lexiconFromTsv, lexiconToTsv } from './meaning.ts';
export type { MeaningLexicon, WordVectors } from './meaning.ts';
export { scoreWithModel } from './explain.ts';
export { shippedModel } from './shipped.ts';

/**
 * How far the article's reporting can be trusted: P(legit) from the shipped model, with every
 * signal that moved it (weights are log-odds contributions, positive = more credible).
 * @example scoreCredibility(doc, found) // {score: 0.31, signals: [{name: 'anonymous-source', weight: -0.42, text: 'a source close to'}, …]}
 */
export function scoreCredibility(doc: Doc, found: Omit<Extraction, 'article'>): Credibility {
  return scoreWithModel(shippedScoring(), { title: doc.title, text: doc.text, source: doc.source }, found);
}
