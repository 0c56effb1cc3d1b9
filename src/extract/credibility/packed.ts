import type { Lookup } from './logistic.ts';
import type { MeaningTable } from './meaning.ts';
import type { CredibilityModel, ScoringModel } from './model.ts';
import { at, must } from '../../invariant/index.ts';
import { byCodeUnits, SortedKeys } from '../prebuilt.ts';

/**
 * The shipped model packed for scoring, written by `npm run build` (scripts/build.js) into build/.
 * Reading data/model/ costs ~90 ms of every `rumourmill extract`: JSON.parse of 28k word weights, 100k lines of TSV
 * parsed, and a Map built for each. A pack holds each table's keys sorted, as one string, and its numbers as raw
 * float64s (the very bits JSON.parse and the TSV reader give); it is read in a few ms, and a key is found by binary
 * search. An article asks for ~1,000 keys, so no Map of 130k entries is worth building for it.
 *
 * Layout: MAGIC, the header's length (uint32, little-endian), the header (JSON), zero bytes up to a multiple of 8,
 * then each section at the offset the header gives (from the start of the file). Written and read on the same
 * machine (the build runs where it is installed), so the typed arrays' byte order is the machine's both times.
 */
const MAGIC = 'rumourmill credibility pack 1\n';

/** A sorted key table read as a weight table: the key's row in `values`. */
class SortedWeights implements Lookup {
  constructor(
    private readonly keys: SortedKeys,
    private readonly values: Float64Array,
  ) {}

  get(key: string): number | undefined {
    const row = this.keys.get(key);
    return row === undefined ? undefined : at(this.values, row);
  }
}

type Section = { offset: number; bytes: number };
type Header = {
  model: Pick<ScoringModel, 'config' | 'stack' | 'centre'>;
  text: { bias: number; keys: Section; values: Section };
  meaning?: { bias: number; words: Section; rank: Section; title: Section; body: Section };
};

/** Keys sorted, each with its original position, refusing a key the one-string encoding cannot hold. */
function sortedRows(keys: readonly string[], table: string): number[] {
  for (const key of keys)
    if (key === '' || key.includes('\n'))
      throw new Error(`credibility pack: a ${table} key is empty or has a newline: ${JSON.stringify(key)}`);
  const rows = keys.map((_, k) => k);
  return rows.sort((a, b) => byCodeUnits(at(keys, a), at(keys, b)));
}

/** The model as a pack's bytes. Tables are unique by key (a Record's keys; the lexicon's words, as its Map keeps them). */
export function packModel(model: CredibilityModel): Buffer {
  const chunks: Buffer[] = [];
  let offset = 0; // from the end of the padded header
  const add = (bytes: Buffer): Section => {
    const section = { offset, bytes: bytes.length };
    const pad = (8 - (bytes.length % 8)) % 8;
    chunks.push(bytes, Buffer.alloc(pad));
    offset += bytes.length + pad;
    return section;
  };
  const strings = (keys: string[]) => add(Buffer.from(keys.join('\n'), 'utf8'));
  const float64s = (values: number[]) => add(Buffer.from(new Float64Array(values).buffer));

  const textKeys = Object.keys(model.text.weights);
  const textRows = sortedRows(textKeys, 'word-model');
  const text = {
    bias: model.text.bias,
    keys: strings(textRows.map((k) => at(textKeys, k))),
    values: float64s(textRows.map((k) => must(model.text.weights[at(textKeys, k)], 'a key of the record has a value'))),
  };
  let meaning: Header['meaning'];
  if (model.meaning) {
    const lexicon = model.meaning;
    // A word listed twice is found at its last rank, as the lexicon's Map (vectorIndex) finds it.
    const last = new Map(lexicon.words.map((word, rank) => [word, rank]));
    const words = [...last.keys()];
    const rows = sortedRows(words, 'word-meaning').map((k) => must(last.get(at(words, k)), 'every word has a rank'));
    meaning = {
      bias: lexicon.bias,
      words: strings(rows.map((rank) => at(lexicon.words, rank))),
      rank: float64s(rows),
      title: float64s(rows.map((rank) => at(lexicon.title, rank))),
      body: float64s(rows.map((rank) => at(lexicon.body, rank))),
    };
  }
  const { config, stack, centre } = model;
  const header: Header = {
    model: { config, stack, ...(centre ? { centre } : {}) },
    text,
    ...(meaning ? { meaning } : {}),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const start = MAGIC.length + 4 + json.length;
  const body = Math.ceil(start / 8) * 8;
  const head = Buffer.alloc(body);
  head.write(MAGIC, 0, 'utf8');
  head.writeUInt32LE(json.length, MAGIC.length);
  json.copy(head, MAGIC.length + 4);
  return Buffer.concat([head, ...chunks]);
}

/** The ScoringModel a pack holds. */
export function readPack(bytes: Buffer, file = 'credibility pack'): ScoringModel {
  if (bytes.toString('utf8', 0, MAGIC.length) !== MAGIC) throw new Error(`${file}: not a credibility pack`);
  const length = bytes.readUInt32LE(MAGIC.length);
  const header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + length)) as Header;
  const base = Math.ceil((MAGIC.length + 4 + length) / 8) * 8;
  const keys = ({ offset, bytes: n }: Section): SortedKeys =>
    new SortedKeys(bytes.toString('utf8', base + offset, base + offset + n));
  const float64s = ({ offset, bytes: n }: Section): Float64Array => {
    const start = bytes.byteOffset + base + offset;
    // A view when the file's buffer lets one start there (readFileSync gives a fresh one); a copy otherwise.
    return start % 8 === 0
      ? new Float64Array(bytes.buffer, start, n / 8)
      : new Float64Array(new Uint8Array(bytes.subarray(base + offset, base + offset + n)).buffer);
  };
  const { text, meaning } = header;
  const table: MeaningTable | undefined = meaning && {
    bias: meaning.bias,
    entry: keys(meaning.words),
    rank: float64s(meaning.rank),
    title: float64s(meaning.title),
    body: float64s(meaning.body),
  };
  return {
    ...header.model,
    text: { bias: text.bias, weights: new SortedWeights(keys(text.keys), float64s(text.values)) },
    ...(table ? { meaning: table } : {}),
  };
}
