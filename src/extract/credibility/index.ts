// The credibility stage's door: the article's score from the shipped model. Training and its evaluation (the
// scripts' npm run train and eval) go through ./training.ts.
import type { Doc } from '../doc.ts';
import type { Credibility, Extraction } from '../types.ts';
import { scoreWithModel } from './explain.ts';
import { shippedScoring } from './shipped.ts';

/**
 * How far the article's reporting can be trusted: P(legit) from the shipped model, with every
 * signal that moved it (weights are log-odds contributions, positive = more credible).
 * @example scoreCredibility(doc, found) // {score: 0.31, signals: [{name: 'anonymous-source', weight: -0.42, text: 'a source close to'}, …]}
 */
export function scoreCredibility(doc: Doc, found: Omit<Extraction, 'article'>): Credibility {
  return scoreWithModel(shippedScoring(), { title: doc.title, text: doc.text, source: doc.source }, found);
}
