import type { CredibilityInput } from './cues.ts';
import type { Features } from './features.ts';
import type { LogisticWeights, Lookup } from './logistic.ts';
import { at } from '../../invariant/index.ts';

/**
 * The word-meaning model: a logistic regression over the weighted mean GloVe vector of the headline and of
 * the body. The word model only knows words it saw in 400 training articles; this one also weighs a word it
 * never saw by what it means ("slammed" near "blasted"). Being linear in the mean, it distils to one number
 * per word and part (the weights dotted with the word's vector), so the 300 MB of vectors are needed only
 * by `npm run train` and the shipped file holds those numbers for the most frequent words.
 */

/** Word vectors in frequency-rank order (GloVe's order), the first `vocabulary` of them. */
export type WordVectors = { words: string[]; vectors: ArrayLike<number>[] };

/** The distilled model (data/model/word-meaning.tsv): per word, in rank order, its log-odds pull in a headline and in a body. */
export type MeaningLexicon = { bias: number; words: string[]; title: number[]; body: number[] };

export type MeaningOptions = { vocabulary: number; l2: number; iterations: number; learningRate: number };

// Punctuation is kept: GloVe has vectors for quotes and exclamation marks, and dev CV liked them (+1.5 points alone).
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[!?"]/gu;

export function meaningTokens(text: string): string[] {
  return text.toLowerCase().replace(/’/g, "'").match(TOKEN) ?? [];
}

/**
 * How much a word counts in the mean, by its frequency rank: "the" (rank 0) ~0.07, rank 20k and rarer 1.
 * Frequent words carry little meaning (the idea of SIF weighting, Arora et al. 2017, with rank for frequency).
 */
export function rankWeight(rank: number): number {
  return Math.min(1, Math.log(2 + rank) / 10);
}

const PARTS = [
  ['title', 't'],
  ['body', 'b'],
] as const;
const partText = (input: CredibilityInput, part: 'title' | 'body') =>
  part === 'title' ? (input.title ?? '') : input.text;

/** The tokens of a text that have a vector, with their rank and their weight in the mean. */
function knownTokens(text: string, index: Map<string, number>): Array<{ token: string; rank: number; weight: number }> {
  const out: Array<{ token: string; rank: number; weight: number }> = [];
  for (const token of meaningTokens(text)) {
    const rank = index.get(token);
    if (rank !== undefined) out.push({ token, rank, weight: rankWeight(rank) });
  }
  return out;
}

/** Training side: the weighted mean vector of each part, as features `t0…t99` and `b0…b99`. */
export function meaningFeatures(input: CredibilityInput, vectors: WordVectors, index: Map<string, number>): Features {
  const dims = vectors.vectors[0]?.length ?? 0;
  const out: Features = new Map();
  for (const [part, prefix] of PARTS) {
    const sum = new Float64Array(dims);
    let total = 0;
    for (const { rank, weight } of knownTokens(partText(input, part), index)) {
      const vector = at(vectors.vectors, rank);
      for (let d = 0; d < dims; d++) sum[d] = at(sum, d) + weight * at(vector, d);
      total += weight;
    }
    if (total > 0) for (let d = 0; d < dims; d++) out.set(`${prefix}${d}`, at(sum, d) / total);
  }
  return out;
}

/** Word → frequency rank, for vectors and for the lexicon distilled from them alike. */
export function vectorIndex(vectors: { words: string[] }): Map<string, number> {
  return new Map(vectors.words.map((word, rank) => [word, rank]));
}

/** Each word's pull, w·v, for headline and body; rounded so the file is small and byte-stable. */
export function distil(weights: LogisticWeights, vectors: WordVectors): MeaningLexicon {
  const dims = vectors.vectors[0]?.length ?? 0;
  const pull = (prefix: string, vector: ArrayLike<number>) => {
    let dot = 0;
    for (let d = 0; d < dims; d++) dot += (weights.weights.get(`${prefix}${d}`) ?? 0) * at(vector, d);
    return Number(dot.toPrecision(4));
  };
  return {
    bias: Number(weights.bias.toPrecision(6)),
    words: vectors.words,
    title: vectors.vectors.map((v) => pull('t', v)),
    body: vectors.vectors.map((v) => pull('b', v)),
  };
}

export type MeaningScore = { z: number; words: Array<[string, number]> };

/**
 * The lexicon as scoring reads it: a word's entry, and by entry its frequency rank and its pulls. From a
 * MeaningLexicon the entry is the rank; a pack (packed.ts) numbers its words in sorted order instead.
 */
export type MeaningTable = {
  bias: number;
  entry: Lookup;
  rank: ArrayLike<number>;
  title: ArrayLike<number>;
  body: ArrayLike<number>;
};

// Built once per lexicon: the Map from word to rank of 100k entries costs ~20 ms.
const indexes = new WeakMap<MeaningLexicon, Map<string, number>>();
const tables = new WeakMap<MeaningLexicon, MeaningTable>();

export function meaningTable(lexicon: MeaningLexicon): MeaningTable {
  let table = tables.get(lexicon);
  if (!table) {
    let index = indexes.get(lexicon);
    if (!index) indexes.set(lexicon, (index = vectorIndex(lexicon)));
    const rank = new Int32Array(lexicon.words.length);
    for (let k = 0; k < rank.length; k++) rank[k] = k;
    table = { bias: lexicon.bias, entry: index, rank, title: lexicon.title, body: lexicon.body };
    tables.set(lexicon, table);
  }
  return table;
}

/**
 * Scoring side: log-odds of legit from the distilled lexicon, equal (up to rounding) to the regression over
 * mean vectors, with each word's share so the explanation can quote the words that pulled hardest.
 */
export function meaningScore(lexicon: MeaningLexicon | MeaningTable, input: CredibilityInput): MeaningScore {
  const table = 'words' in lexicon ? meaningTable(lexicon) : lexicon;
  let z = table.bias;
  const words: Array<[string, number]> = [];
  for (const [part] of PARTS) {
    // Entries rather than {token, rank, weight} objects, and shares summed by word in the order first met: this runs
    // for every word of every article.
    const tokens: string[] = [];
    const entries: number[] = [];
    for (const token of meaningTokens(partText(input, part))) {
      const entry = table.entry.get(token);
      if (entry !== undefined) {
        tokens.push(token);
        entries.push(entry);
      }
    }
    const weights = entries.map((entry) => rankWeight(at(table.rank, entry)));
    let total = 0;
    for (const weight of weights) total += weight;
    const pulls = table[part];
    const shares = new Map<string, number>();
    for (const [k, entry] of entries.entries()) {
      const share = (at(weights, k) * at(pulls, entry)) / total;
      z += share;
      const token = at(tokens, k);
      shares.set(token, (shares.get(token) ?? 0) + share);
    }
    for (const [word, share] of shares) words.push([part === 'title' ? `headline: ${word}` : word, share]);
  }
  return { z, words };
}

/**
 * The shipped file is TSV, a word a line in rank order (`word<TAB>headline pull<TAB>body pull`), after `#` comment
 * lines and a `bias` line: 100k rows diff and load better as lines than as one JSON array.
 */
export function lexiconToTsv(lexicon: MeaningLexicon, comments: string[]): string {
  const lines = [...comments.map((c) => `# ${c}`), `bias\t${lexicon.bias}`];
  lexicon.words.forEach((word, i) => {
    if (/[\t\n\r]/.test(word))
      throw new Error(`word-meaning lexicon: the word ${JSON.stringify(word)} has a tab or newline`);
    lines.push(`${word}\t${lexicon.title[i]}\t${lexicon.body[i]}`);
  });
  return `${lines.join('\n')}\n`;
}

// 10^0 … 10^22: every one an exact double.
const POWERS = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * `Number(text.slice(from, to))` without the slice, for the 200k numbers of the word-meaning file (toPrecision's
 * "-0.001234", "5.6e-7"). A decimal with at most 15 digits is m × 10^-k with m an exact integer; for k ≤ 22, 10^k is
 * exact too, and one IEEE division (or product) rounds the exact value once, to the nearest double: what Number()
 * gives. Anything else (more digits, a large exponent, spaces, an empty field) is left to Number().
 */
export function decimalAt(text: string, from: number, to: number): number {
  let i = from;
  const negative = text.charCodeAt(i) === 45; // '-'
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let scale = 0;
  let point = false;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (point) scale++;
    } else if (c === 46 && !point) point = true;
    else break;
  }
  let exponent = 0;
  if (digits > 0 && i < to && (text.charCodeAt(i) === 101 || text.charCodeAt(i) === 69)) {
    const sign = text.charCodeAt(i + 1) === 45 ? -1 : 1;
    let j = text.charCodeAt(i + 1) === 45 || text.charCodeAt(i + 1) === 43 ? i + 2 : i + 1;
    const first = j;
    for (; j < to && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57 && j - first < 3; j++)
      exponent = exponent * 10 + (text.charCodeAt(j) - 48);
    i = j > first ? j : -1;
    exponent *= sign;
  }
  const k = scale - exponent;
  if (i !== to || digits === 0 || digits > 15 || k > 22 || k < -22) return Number(text.slice(from, to));
  const value = k >= 0 ? m / (POWERS[k] ?? 1) : m * (POWERS[-k] ?? 1);
  return negative ? -value : value;
}

export function lexiconFromTsv(tsv: string, file = 'word-meaning lexicon'): MeaningLexicon {
  const lexicon: MeaningLexicon = { bias: Number.NaN, words: [], title: [], body: [] };
  // Its index is built in the same pass (the scorer needs it at once). 100k lines: read by offsets rather than
  // split into arrays of strings, which took ~60 ms of every start of `rumourmill extract`.
  const index = new Map<string, number>();
  for (let start = 0, line = 1; start < tsv.length; line++) {
    let end = tsv.indexOf('\n', start);
    if (end < 0) end = tsv.length;
    const from = start;
    start = end + 1;
    if (end === from || (tsv.charCodeAt(from) === 35 && tsv.charCodeAt(from + 1) === 32)) continue; // '', '# …'
    // The first three fields, as line.split('\t') gives them (any further ones ignored).
    const tab1 = tsv.indexOf('\t', from);
    const word = tsv.slice(from, tab1 < 0 || tab1 > end ? end : tab1);
    const tab2 = tab1 < 0 || tab1 > end ? -1 : tsv.indexOf('\t', tab1 + 1);
    const hasA = tab1 >= 0 && tab1 < end;
    const hasB = tab2 >= 0 && tab2 < end;
    const tab3 = hasB ? tsv.indexOf('\t', tab2 + 1) : -1;
    const title = hasA ? decimalAt(tsv, tab1 + 1, hasB ? tab2 : end) : Number.NaN;
    const body = hasB ? decimalAt(tsv, tab2 + 1, tab3 < 0 || tab3 > end ? end : tab3) : Number.NaN;
    if (word === 'bias' && !hasB) lexicon.bias = title;
    else if (hasB && Number.isFinite(title) && Number.isFinite(body)) {
      index.set(word, lexicon.words.length);
      lexicon.words.push(word);
      lexicon.title.push(title);
      lexicon.body.push(body);
    } else
      throw new Error(
        `${file}: line ${line} is not "word<TAB>number<TAB>number": ${JSON.stringify(tsv.slice(from, end).slice(0, 80))}`,
      );
  }
  if (!Number.isFinite(lexicon.bias)) throw new Error(`${file}: no "bias" line`);
  indexes.set(lexicon, index);
  return lexicon;
}
