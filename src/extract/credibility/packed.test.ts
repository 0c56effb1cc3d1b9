import { describe, expect, it } from 'vitest';
import type { CredibilityInput } from './cues.ts';
import { scoreWithModel } from './explain.ts';
import { fixturePairs, seedText } from './fixtures.test-helper.ts';
import type { CredibilityModel } from './model.ts';
import { packModel, readPack } from './packed.ts';
import { shippedModel } from './shipped.ts';
import { at, must } from '../../invariant/index.ts';

// The build's pack (scripts/build.js → build/extract/credibility/credibility.pack) is packModel(shippedModel()): the
// built CLI scores with what readPack gives, the sources with the model's Maps. They must agree to the bit.
describe('the credibility pack', () => {
  const model = shippedModel();
  const packed = readPack(packModel(model));

  it('finds every word-model weight, bit for bit, and nothing the model lacks', () => {
    const keys = Object.keys(model.text.weights);
    expect(keys.length).toBeGreaterThan(20_000);
    expect(keys.filter((key) => !Object.is(packed.text.weights.get(key), model.text.weights[key]))).toEqual([]);
    expect(packed.text.bias).toBe(model.text.bias);
    // Near misses: a prefix, an extension, another case, the key before the first and after the last.
    for (const key of ['t:', 'rumour', 'rumourz', 'Rumour', '', '\u0000', '\uffff', 'source close'])
      if (!(key in model.text.weights)) expect(packed.text.weights.get(key), key).toBeUndefined();
  });

  it("gives every word of the lexicon its rank and pulls, as the lexicon's own table does", () => {
    const lexicon = must(model.meaning, 'the shipped model has a word-meaning lexicon');
    const table = must(packed.meaning, 'the pack has the word-meaning lexicon');
    expect(table.bias).toBe(lexicon.bias);
    // Collected, then compared once: 100k expect() calls take seconds.
    const wrong = lexicon.words.filter((word, rank) => {
      const entry = table.entry.get(word);
      return (
        entry === undefined ||
        at(table.rank, entry) !== rank ||
        !Object.is(at(table.title, entry), at(lexicon.title, rank)) ||
        !Object.is(at(table.body, entry), at(lexicon.body, rank))
      );
    });
    expect(wrong).toEqual([]);
    expect(table.entry.get('qxzvkjw')).toBeUndefined();
  });

  it('scores real articles exactly as the model read from data/model/ does', () => {
    const inputs: CredibilityInput[] = [
      ...fixturePairs(),
      { title: 'Brad Pitt Dating Again? | Celeb Dirty Laundry', text: seedText(), source: null },
      { title: null, text: 'EXCLUSIVE: Kim’s ex is NOT dating her! Kim’s ex said so?!', source: 'E! News' },
      { title: '', text: '', source: null },
    ];
    for (const input of inputs) expect(scoreWithModel(packed, input)).toEqual(scoreWithModel(model, input));
  });

  it('reads a pack that does not start on an 8-byte boundary in memory (copying its numbers)', () => {
    const bytes = packModel(model);
    const shifted = Buffer.alloc(bytes.length + 1).subarray(1);
    bytes.copy(shifted);
    expect(shifted.byteOffset % 8).not.toBe(0);
    const input = fixturePairs()[0];
    expect(scoreWithModel(readPack(shifted), must(input, 'a pair'))).toEqual(
      scoreWithModel(packed, must(input, 'a pair')),
    );
  });

  it('refuses what it cannot hold or read: an empty key or one with a newline, a file that is no pack', () => {
    for (const key of ['two\nlines', '']) {
      const broken: CredibilityModel = { ...model, text: { bias: 0, weights: { [key]: 1 } } };
      expect(() => packModel(broken)).toThrow(/newline|empty/);
    }
    expect(() => readPack(Buffer.from('{"text": {}}'), 'credibility.pack')).toThrow(/credibility\.pack: not a/);
  });
});
