import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseData } from '../data.ts';
import { readPrebuilt, writeTable } from '../prebuilt.ts';
import { lexiconFromTsv } from './meaning.ts';
import { type CredibilityModel, type ScoringModel, scoringModel } from './model.ts';
import { packModel, readPack } from './packed.ts';

/** A record of 28k numbers: zod's check of it took ~30 ms of every start, so a plain loop checks it first. */
function isNumberRecord(value: unknown): value is Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const n = record[key];
    if (typeof n !== 'number' || !Number.isFinite(n)) return false;
  }
  return true;
}
const checkedWeights = z.object({ bias: z.number(), weights: z.record(z.string(), z.number()) });
const quickWeights = z.object({ bias: z.number(), weights: z.custom<Record<string, number>>(isNumberRecord) });

const modelFile = <W extends z.ZodType>(weights: W) =>
  z.object({
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
const quickFile = modelFile(quickWeights);
const checkedFile = modelFile(checkedWeights);

/** The model file checked against its schema; zod's own record check runs only to say where a refused file is wrong. */
export function parseModelFile(json: unknown, file: string): CredibilityModel {
  const quick = quickFile.safeParse(json);
  return quick.success ? quick.data : parseData(checkedFile, json, file);
}

let cached: CredibilityModel | null = null;

const MODEL = new URL('../../../data/model/credibility.json', import.meta.url);
const MEANING = new URL('../../../data/model/word-meaning.tsv', import.meta.url);

/**
 * The shipped weights, read once on first use. Read from disk rather than imported: a JSON import of a
 * 1–2 MB file makes TypeScript infer a type for every key. The word-meaning lexicon is its own file.
 */
export function shippedModel(): CredibilityModel {
  if (cached) return cached;
  const model = parseModelFile(JSON.parse(readFileSync(MODEL, 'utf8')), 'data/model/credibility.json');
  if (model.config.meaning)
    model.meaning = lexiconFromTsv(readFileSync(MEANING, 'utf8'), 'data/model/word-meaning.tsv');
  cached = model;
  return model;
}

/** The data files the pack is made from: the build lists them among its inputs, so a retrained model rebuilds it. */
const PACK_INPUTS = ['data/model/credibility.json', 'data/model/word-meaning.tsv'];

// In build/, at this module's place (scripts/build.js writes it); there is none beside the sources.
const PACK = new URL('./credibility.pack', import.meta.url);

/** Writes the pack of the shipped model where this module reads it (`npm run build` calls it on the compiled one). */
export function writeShippedPack(): string[] {
  writeTable(PACK, packModel(shippedModel()));
  return PACK_INPUTS;
}

let scoring: ScoringModel | null = null;

/**
 * The shipped model as scoring reads it: from the build's pack when there is one (`rumourmill extract` from build/),
 * else from data/model/ (the sources, through tsx or vitest). Both give the same bits (packed.test.ts, build.test.ts).
 */
export function shippedScoring(): ScoringModel {
  if (scoring) return scoring;
  const pack = readPrebuilt(PACK);
  scoring = pack ? readPack(pack, 'credibility.pack') : scoringModel(shippedModel());
  return scoring;
}
