import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import hedges from '../../data/lexicons/hedges.json' with { type: 'json' };
import sensational from '../../data/lexicons/sensational.json' with { type: 'json' };
import { keptResults, parseData, provenance, words } from './data.ts';
import { must } from '../invariant/index.ts';
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

describe("while building, zod's result for each data file is kept", () => {
  it('keeps a plain-JSON result, the same for every parse, and nothing else', () => {
    const building = process.env.RUMOURMILL_BUILDING;
    process.env.RUMOURMILL_BUILDING = '1';
    try {
      const phrases = z.object({ ...provenance, phrases: words });
      // zod writes the schema's keys in its own order and drops the others (the hedge lexicon's frames).
      const reordered = { phrases: sensational.phrases, source: sensational.source };
      expect(JSON.parse(keptResults()['same.json'] ?? 'null')).toBeNull();
      parseData(phrases, reordered, 'same.json');
      parseData(phrases, reordered, 'same.json');
      expect(keptResults()['same.json']).toBe(JSON.stringify(parseData(phrases, reordered, 'same.json')));
      expect(Object.keys(JSON.parse(must(keptResults()['same.json'], 'kept')) as object)).toEqual([
        'source',
        'phrases',
      ]);
      parseData(schema, hedges, 'stripped.json');
      expect(JSON.parse(must(keptResults()['stripped.json'], 'kept'))).not.toHaveProperty('frames');
      // Two parses that disagree, and a result JSON cannot hold (a RegExp a transform made): not kept.
      parseData(phrases, sensational, 'twice.json');
      parseData(phrases, { ...sensational, phrases: ['other'] }, 'twice.json');
      parseData(z.object({ pattern: z.string().transform((p) => new RegExp(p)) }), { pattern: 'a+' }, 'regexp.json');
      expect(keptResults()).not.toHaveProperty('twice.json');
      expect(keptResults()).not.toHaveProperty('regexp.json');
    } finally {
      if (building === undefined) delete process.env.RUMOURMILL_BUILDING;
      else process.env.RUMOURMILL_BUILDING = building;
    }
  });
});
