import { describe, expect, it } from 'vitest';
import { prefixEnd } from './stories.ts';

describe('prefixEnd', () => {
  it('is the first string after every string that starts with the prefix, in code point order', () => {
    expect(prefixEnd('award:win@')).toBe('award:winA');
    expect(prefixEnd('café')).toBe('cafê');
    expect(prefixEnd('a\u{d7ff}')).toBe('a\u{e000}');
    expect(prefixEnd('x\u{1f600}')).toBe('x\u{1f601}');
    expect(prefixEnd('')).toBeNull();
    expect(prefixEnd('a\u{10ffff}')).toBeNull();
  });
});
