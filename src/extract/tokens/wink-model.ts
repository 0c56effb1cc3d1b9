import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Model } from 'wink-nlp';
import { versionsOf } from '../prebuilt.ts';

// wink-eng-lite-web-model, loaded for what we run of it (~45 ms less of every `rumourmill extract`). The package's own
// door (dist/model.js) costs, before a word is read:
// - its core model twice over: the 3 MB JSON file is required (parsed and kept in the require cache for the life of the
//   process), and each core() parses a deep copy of it (JSON.parse(JSON.stringify(…)), ~30 ms);
// - the lemmatiser's WordNet exception lists (220 kB of JavaScript), which nothing we read asks for.
// Here the JSON file is read and parsed once, into the object core() would return, and the add-ons are loaded when
// first asked for. Everything else is the package's own code, from its own files. The copy of read-core-model.js's
// steps below is checked against the package's core() (wink-model.test.ts: deep-equal, prototypes included), and used
// only with the release it was checked on; any other release loads the package as it is.

const requireCjs = createRequire(import.meta.url);
const PACKAGE = 'wink-eng-lite-web-model';
/** The release whose dist/read-core-model.js the steps below copy. */
export const CHECKED_RELEASE = `${PACKAGE}@1.8.1`;

type Dictionary = Record<string, number>;
type Feature = { list: string[]; hash?: Dictionary; intrinsicSize?: number; index?: number; maxIndex?: number };
/** The parts of the core model that loading reads or fills in (the rest passes through as parsed). */
type CoreModel = {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: Array<string | Set<number>> } };
  pos: { hash: Dictionary };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
};

/** The package as it is: what wink-nlp is given when the release is not the checked one, and what the test compares. */
export const packageModel = (): Model => requireCjs(PACKAGE) as Model;

/** Bytes of a base64 string, as read-core-model.js's bufferFromBase64 makes them. */
function bufferFromBase64(data: string): ArrayBuffer {
  const bytes = Buffer.from(data, 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
}

/** What the package's core() returns (dist/load-core-model.js over dist/read-core-model.js), from one parse. */
export function coreModel(): unknown {
  const file = requireCjs.resolve(`${PACKAGE}/dist/languages/cur/models/eng-core-web-model.json`);
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModel;
  // dist/read-core-model.js
  const { packing, features, pos } = model;
  model.lexicon = new Uint32Array(bufferFromBase64(model.lexicon as string));
  model.xpansions = new Uint32Array(bufferFromBase64(model.xpansions as string));
  for (const f in packing.layout)
    if (packing.layout[f]?.[3] === 0) {
      const feature = features[f] as Feature;
      const hash: Dictionary = Object.create(null) as Dictionary;
      for (let k = 0; k < feature.list.length; k += 1) hash[feature.list[k] as string] = k;
      feature.hash = hash;
    }
  const lexemes: Dictionary = Object.create(null) as Dictionary;
  for (let k = 0; k < features.lexeme.list.length; k += 1) lexemes[features.lexeme.list[k] as string] = k;
  features.lexeme.hash = lexemes;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1)
    clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // dist/load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f] as number[];
    const feature = features[f] as Feature;
    if (layout[3] === 0) {
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = (layout[1] as number) >>> (layout[2] as number);
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/**
 * The model for wink-nlp: the package's parts from its own files, the core from one parse, the add-ons on first use.
 * The package as it is when its release is not CHECKED_RELEASE.
 */
export function winkModel(): Model {
  if (versionsOf([PACKAGE]) !== CHECKED_RELEASE) return packageModel();
  // Each file named whole, so that a bundler can follow it.
  const model = {
    core: coreModel,
    sbd: requireCjs('wink-eng-lite-web-model/dist/load-sbd-model.js') as unknown,
    pos: requireCjs('wink-eng-lite-web-model/dist/load-pos-model.js') as unknown,
    ner: requireCjs('wink-eng-lite-web-model/dist/load-ner-model.js') as unknown,
    negation: requireCjs('wink-eng-lite-web-model/dist/load-negation-model.js') as unknown,
    sa: requireCjs('wink-eng-lite-web-model/dist/load-sa-model.js') as unknown,
    metaCER: requireCjs('wink-eng-lite-web-model/dist/load-cer-meta-model.js') as unknown,
    featureFn: requireCjs('wink-eng-lite-web-model/dist/feature.js') as Model['featureFn'],
    addons: Object.create(null) as Record<string, unknown>,
  };
  // As dist/model.js sets them (wordVectors undefined), each required when first read.
  const addons: Array<[string, () => unknown]> = [
    ['stem', () => requireCjs('wink-eng-lite-web-model/dist/porter-stemmer.js') as unknown],
    ['lemmatize', () => requireCjs('wink-eng-lite-web-model/dist/lemmatize.js') as unknown],
    ['readabilityStats', () => requireCjs('wink-eng-lite-web-model/dist/readability-stats.js') as unknown],
  ];
  for (const [name, get] of addons)
    Object.defineProperty(model.addons, name, { enumerable: true, configurable: true, get });
  model.addons.wordVectors = undefined;
  return model;
}
