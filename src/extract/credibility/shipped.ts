import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseData } from '../data.ts';
import { lexiconFromTsv } from './meaning.ts';
import type { CredibilityModel } from './model.ts';

const weights = z.object({ bias: z.number(), weights: z.record(z.string(), z.number()) });
const modelFile = z.object({
  source: z.string().min(1),
  note: z.string(),
  config: z.object({
    features: z.object({
      bigrams: z.boolean(),
      titlePrefix: z.boolean(),
      cues: z.boolean(),
      cueScale: z.number().optional(),
      logCounts: z.boolean().optional(),
    }),
    logistic: z.object({ l2: z.number(), iterations: z.number(), learningRate: z.number(), minDf: z.number() }),
    shares: z.object({ pairs: z.number(), amt: z.number(), headlines: z.number() }),
    pairs: z.enum(['pointwise', 'ranking', 'both']).optional(),
    stackL2: z.number().optional(),
    stackCues: z.array(z.string()).optional(),
    meaning: z
      .object({ vocabulary: z.number(), l2: z.number(), iterations: z.number(), learningRate: z.number() })
      .optional(),
  }),
  stack: weights,
  text: weights,
  centre: z.object({ text: z.number(), meaning: z.number().optional() }).optional(),
  selection: z.unknown().optional(),
});

let cached: CredibilityModel | null = null;

const MODEL = new URL('../../../data/model/credibility.json', import.meta.url);
const MEANING = new URL('../../../data/model/word-meaning.tsv', import.meta.url);

/**
 * The shipped weights, read once on first use. Read from disk rather than imported: a JSON import of a
 * 1–2 MB file makes TypeScript infer a type for every key. The word-meaning lexicon is its own file.
 */
export function shippedModel(): CredibilityModel {
  if (cached) return cached;
  const model: CredibilityModel = parseData(
    modelFile,
    JSON.parse(readFileSync(MODEL, 'utf8')),
    'data/model/credibility.json',
  );
  if (model.config.meaning)
    model.meaning = lexiconFromTsv(readFileSync(MEANING, 'utf8'), 'data/model/word-meaning.tsv');
  cached = model;
  return model;
}
