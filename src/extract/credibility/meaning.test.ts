import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CredibilityInput } from './cues.ts';
import { fixturePairs } from './fixtures.test-helper.ts';
import { shippedModel } from './shipped.ts';
import { must } from '../../invariant/index.ts';
import { logit } from './logistic.ts';
import {
  decimalAt,
  distil,
  lexiconFromTsv,
  lexiconToTsv,
  type MeaningLexicon,
  meaningFeatures,
  meaningScore,
  meaningTokens,
  rankWeight,
  vectorIndex,
} from './meaning.ts';

// Four words in "frequency order", three dimensions: enough to check that the distillate scores as the model does.
const vectors = {
  words: ['the', '"', 'slammed', 'confirmed'],
  vectors: [
    [0.1, 0.2, 0.0],
    [0.5, -0.5, 0.3],
    [-1.0, 0.4, 0.9],
    [0.8, 0.1, -0.7],
  ],
};
const weights = {
  bias: 0.3,
  weights: new Map([
    ['t0', 1.5],
    ['t1', -0.5],
    ['t2', 0.25],
    ['b0', 2.0],
    ['b1', 0.75],
    ['b2', -1.25],
  ]),
};
const input = {
  title: 'Star SLAMMED',
  text: 'The agent confirmed it: "the rumour is false." Unknownword.',
  source: null,
};

describe('the word-meaning model', () => {
  it('tokenises lower-case words and keeps quotes and exclamation marks, which have vectors', () => {
    expect(meaningTokens('She’s BACK! "Really?"')).toEqual(["she's", 'back', '!', '"', 'really', '?', '"']);
  });

  it('counts frequent words less than rare ones', () => {
    expect(rankWeight(0)).toBeLessThan(rankWeight(100));
    expect(rankWeight(100)).toBeLessThan(rankWeight(10_000));
    expect(rankWeight(1_000_000)).toBe(1);
  });

  it('distils to one pull per word that scores exactly as the regression over mean vectors', () => {
    const features = meaningFeatures(input, vectors, vectorIndex(vectors));
    const lexicon = distil(weights, vectors);
    const distilled = meaningScore(lexicon, input);
    expect(distilled.z).toBeCloseTo(logit(weights, features).z, 3);
    // Each word's share is quoted, headline words marked as such; unknown words have none.
    const words = new Map(distilled.words);
    expect([...words.keys()].sort()).toEqual(['"', 'confirmed', 'headline: slammed', 'the']);
    expect([...words.values()].reduce((a, b) => a + b, lexicon.bias)).toBeCloseTo(distilled.z, 9);
  });

  it('gives the bias alone when no word is known', () => {
    const lexicon = distil(weights, vectors);
    expect(meaningScore(lexicon, { title: null, text: 'Zzyzx qwerty.', source: null })).toEqual({
      z: lexicon.bias,
      words: [],
    });
  });

  it('writes and reads its TSV file without loss, and names a broken line', () => {
    const lexicon = distil(weights, vectors);
    const tsv = lexiconToTsv(lexicon, ['a comment']);
    expect(tsv.split('\n')[0]).toBe('# a comment');
    expect(lexiconFromTsv(tsv)).toEqual(lexicon);
    const broken = tsv.replace('slammed\t', 'slammed ');
    expect(() => lexiconFromTsv(broken, 'word-meaning.tsv')).toThrow(/word-meaning\.tsv: line 5 is not/);
    expect(() => lexiconFromTsv('the\t1\t2\n')).toThrow(/no "bias" line/);
  });
});

describe('meaningScore on the shipped lexicon', () => {
  // The scorer as first written, word by word: the faster one must give the same bits.
  const reference = (lexicon: MeaningLexicon, input: CredibilityInput) => {
    const index = vectorIndex(lexicon);
    let z = lexicon.bias;
    const shares = new Map<string, number>();
    for (const part of ['title', 'body'] as const) {
      const found = meaningTokens(part === 'title' ? (input.title ?? '') : input.text).flatMap((token) => {
        const rank = index.get(token);
        return rank === undefined ? [] : [{ token, rank, weight: rankWeight(rank) }];
      });
      const total = found.reduce((sum, t) => sum + t.weight, 0);
      for (const { token, rank, weight } of found) {
        const share = (weight * (lexicon[part][rank] ?? Number.NaN)) / total;
        z += share;
        const key = part === 'title' ? `headline: ${token}` : token;
        shares.set(key, (shares.get(key) ?? 0) + share);
      }
    }
    return { z, words: [...shares] };
  };

  it('gives every development pair the same log-odds and word shares, bit for bit, as the word-by-word scorer', () => {
    const lexicon = must(shippedModel().meaning, 'the shipped model has a word-meaning lexicon');
    const items = [
      ...fixturePairs(),
      { title: 'He said “yes”! Yes!', text: 'YES. He said yes, she said no.', source: null },
    ];
    for (const item of items) expect(meaningScore(lexicon, item)).toEqual(reference(lexicon, item));
  });
});

describe('decimalAt', () => {
  const read = (text: string) => decimalAt(`x\t${text}\ty`, 2, 2 + text.length);

  it('reads every number of the shipped word-meaning file as Number() does, to the bit', () => {
    const tsv = readFileSync(new URL('../../../data/model/word-meaning.tsv', import.meta.url), 'utf8');
    const fields = tsv.split('\n').flatMap((line) => (line.startsWith('# ') ? [] : line.split('\t').slice(1)));
    expect(fields.length).toBeGreaterThan(100_000);
    for (const field of fields) expect(Object.is(read(field), Number(field)), field).toBe(true);
  });

  it('agrees with Number() on what toPrecision and toString write, and on odd fields', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 1, max: 21 }), (x, p) => {
        for (const text of [x.toPrecision(p), String(x)]) expect(Object.is(read(text), Number(text)), text).toBe(true);
      }),
      { numRuns: 5000 },
    );
    for (const text of [
      '',
      '-',
      '.',
      '1.',
      '.5',
      '-0',
      '+5',
      ' 2',
      '2\r',
      '1e',
      '1e-',
      '7E+3',
      '1e400',
      '0x10',
      'nan',
      '1234567890123456789',
    ])
      expect(Object.is(read(text), Number(text)), JSON.stringify(text)).toBe(true);
  });
});
