import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import hedges from '../../data/lexicons/hedges.json' with { type: 'json' };
import { parseData, provenance, words } from './data.ts';
import { HEDGE_CATEGORIES } from './types.ts';

const schema = z.object({
  ...provenance,
  cues: z.array(z.object({ category: z.enum(HEDGE_CATEGORIES), forms: words })),
});

describe('data files are checked at load', () => {
  it('accepts the shipped hedge lexicon', () => {
    expect(parseData(schema, hedges, 'data/lexicons/hedges.json').cues.length).toBeGreaterThan(3);
  });

  it('names the file and the place of a mistake: a misspelt category, a missing source', () => {
    const misspelt = { ...hedges, cues: [{ category: 'modals', forms: ['could be'] }] };
    expect(() => parseData(schema, misspelt, 'data/lexicons/hedges.json')).toThrow(
      /data\/lexicons\/hedges\.json[\s\S]*cues\[0\]\.category/,
    );
    const { source: _source, ...unsourced } = hedges;
    expect(() => parseData(schema, unsourced, 'data/lexicons/hedges.json')).toThrow(/source/);
  });
});
