import { describe, expect, it } from 'vitest';
import { opening, untitled } from './article.ts';

// From the StyleCaster article of the Zendaya & Tom Holland development stream.
const TEXT =
  'GQ got what months of gossip could not: Tom Holland and Zendaya talking, on the record, about each other. ' +
  'He has always kept his private life private.';

describe('opening', () => {
  it("links a sentence by its first words, so a story's items on the article page tell apart", () => {
    expect(opening(TEXT, 0, 105)).toBe('“GQ got what months of gossip could not:…”');
    expect(opening(TEXT, 106, TEXT.length)).toBe('“He has always kept his private life private.”');
  });

  it('adds no quotation mark to a sentence that opens with its own, and makes quotes inside single', () => {
    // The seed article's anonymous source, and its second paragraph's quote inside a sentence.
    const source =
      '“She has been traveling with Tom to busy cities like London, but he always makes her feel safe,” a source noted.';
    expect(opening(source, 0, source.length)).toBe('“She has been traveling with Tom to busy…”');
    const inside = 'the Daily Mail called Ana de Armas “Tom Cruise’s girlfriend” in a new article.';
    expect(opening(inside, 0, inside.length, 20)).toBe(
      '“the Daily Mail called Ana de Armas ‘Tom Cruise’s girlfriend’ in a new article.”',
    );
    expect(untitled(source, null)).toBe(
      '“She has been traveling with Tom to busy cities like London, but he always makes her…”',
    );
  });

  it('keeps a link short even for one enormous word, and says "the sentence" of an empty span', () => {
    const word = 'Zendayaaaa'.repeat(2000);
    expect(opening(word, 0, word.length)).toHaveLength(83);
    expect(opening(TEXT, 5, 5)).toBe('the sentence');
  });
});
