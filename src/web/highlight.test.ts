import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segments } from './highlight.ts';

const seed = readFileSync(new URL('../../test/fixtures/seed.txt', import.meta.url), 'utf8').replace(
  /^\s*date \S+ /,
  '',
);

describe('segments', () => {
  it('keeps every character of the article, in order', () => {
    const at = seed.indexOf('Tom Cruise');
    const parts = segments(seed, [
      { kind: 'entity', start: at, end: at + 10 },
      { kind: 'claim', start: 0, end: 200 },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(seed);
  });

  it('marks an entity inside a claim sentence with both kinds', () => {
    const at = seed.indexOf('Tom Cruise');
    const parts = segments(seed, [
      { kind: 'entity', start: at, end: at + 10 },
      { kind: 'claim', start: 0, end: 200 },
    ]);
    const name = parts.find((p) => p.text === 'Tom Cruise');
    expect(name?.marks.map((m) => m.kind).sort()).toEqual(['claim', 'entity']);
    expect(parts[0]?.marks.map((m) => m.kind)).toEqual(['claim']);
  });

  it('drops spans that fall outside the text', () => {
    const parts = segments('short', [{ kind: 'time', start: 3, end: 99 }]);
    expect(parts).toEqual([{ text: 'short', start: 0, marks: [] }]);
  });
});
