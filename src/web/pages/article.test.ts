import { describe, expect, it } from 'vitest';
import { opening } from './article.ts';

// From the StyleCaster article of the Zendaya & Tom Holland development stream.
const TEXT =
  'GQ got what months of gossip could not: Tom Holland and Zendaya talking, on the record, about each other. ' +
  'He has always kept his private life private.';

describe('opening', () => {
  it("links a sentence by its first words, so a story's items on the article page tell apart", () => {
    expect(opening(TEXT, 0, 105)).toBe('“GQ got what months of gossip could not:…”');
    expect(opening(TEXT, 106, TEXT.length)).toBe('“He has always kept his private life private.”');
  });

  it('keeps a link short even for one enormous word, and says "the sentence" of an empty span', () => {
    const word = 'Zendayaaaa'.repeat(2000);
    expect(opening(word, 0, word.length)).toHaveLength(83);
    expect(opening(TEXT, 5, 5)).toBe('the sentence');
  });
});
