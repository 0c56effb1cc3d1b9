import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import hedges from '../../data/lexicons/hedges.json' with { type: 'json' };
import sensational from '../../data/lexicons/sensational.json' with { type: 'json' };
import { parseData, provenance, unchangedByParsing, words } from './data.ts';
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

describe('while building, the data files that parse to themselves are noted', () => {
  it('notes a file only when every parse of it gave back what it holds, key for key', () => {
    const building = process.env.RUMOURMILL_BUILDING;
    process.env.RUMOURMILL_BUILDING = '1';
    try {
      const phrases = z.object({ ...provenance, phrases: words });
      parseData(phrases, sensational, 'same.json');
      parseData(phrases, sensational, 'same.json');
      // zod drops a key the schema lacks (the hedge lexicon's frames, a comment): that file is taken as it is nowhere.
      parseData(schema, hedges, 'stripped.json');
      parseData(phrases, sensational, 'once-stripped.json');
      parseData(phrases, { ...sensational, comment: 'not in the schema' }, 'once-stripped.json');
      expect(unchangedByParsing()).toEqual(expect.arrayContaining(['same.json']));
      expect(unchangedByParsing()).not.toContain('stripped.json');
      expect(unchangedByParsing()).not.toContain('once-stripped.json');
    } finally {
      if (building === undefined) delete process.env.RUMOURMILL_BUILDING;
      else process.env.RUMOURMILL_BUILDING = building;
    }
  });
});
