import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDebris } from './debris/index.ts';
import { isIgnored, type Doc } from './doc.ts';
import { analyse } from './tokens/index.ts';
import type { Span } from './types.ts';

const docOf = (text: string, ignored: Span[]): Doc => ({
  text,
  published: null,
  source: null,
  title: null,
  ...analyse(text),
  ignored,
});
/** The definition, read literally: some ignored span holds [start, end). */
const literal = (ignored: Span[], start: number, end: number): boolean =>
  ignored.some((s) => start >= s.start && end <= s.end);

describe('isIgnored', () => {
  it('answers as a scan of every span would, for every token and sentence of real articles with debris', () => {
    const rows = ['celebrity-dev', 'bbc-dev'].flatMap((file) =>
      readFileSync(new URL(`../../test/fixtures/debris/${file}.jsonl`, import.meta.url), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { text: string }),
    );
    let ignoredTokens = 0;
    for (const { text } of rows) {
      const doc = docOf(text, findDebris(text));
      for (const span of [...doc.tokens, ...doc.sentences]) {
        expect(isIgnored(doc, span.start, span.end)).toBe(literal(doc.ignored, span.start, span.end));
        if (isIgnored(doc, span.start, span.end)) ignoredTokens++;
      }
    }
    expect(ignoredTokens).toBeGreaterThan(20);
  });

  it('handles spans that nest, overlap or come out of order', () => {
    const text = 'x'.repeat(40);
    const ignored: Span[] = [
      { start: 20, end: 30 },
      { start: 2, end: 25 },
      { start: 5, end: 8 },
      { start: 30, end: 31 },
    ].map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
    const doc = docOf(text, ignored);
    for (let start = 0; start < 40; start++) {
      for (let end = start + 1; end <= 40; end++)
        expect(isIgnored(doc, start, end), `[${start}, ${end})`).toBe(literal(ignored, start, end));
    }
  });
});
