// Who stands behind a claim: outlets named side by side are one source each; a chain of citing is one.
import { describe, expect, it } from 'vitest';
import type { Claim, Entity, Extraction } from '../extract/index.ts';
import { claimSource, sourceKeys } from './sources.ts';

const SENTENCE =
  'E! and the Los Angeles Times went further, presenting the news as confirmed by people close to the couple.';

function outlet(id: string, name: string, text: string, sentence: string): Entity {
  const start = sentence.indexOf(text);
  return {
    id,
    name,
    type: 'outlet',
    rule: 'test',
    mentions: [{ text, start, end: start + text.length, kind: 'name', rule: 'test' }],
  };
}

function claimIn(sentence: string, holder: string): Claim {
  return {
    id: 'c1',
    type: 'relationship',
    subjects: [],
    value: 'split',
    holder: { kind: 'outlet', entity: holder },
    stance: 'asserts',
    evidence: { text: sentence, start: 0, end: sentence.length },
    supports: [],
    rule: 'test',
  };
}

const extraction = (entities: Entity[]): Extraction =>
  ({
    article: { id: 'a1', source: 'HuffPost France', url: null, title: null, published: '2022-08-06' },
    entities,
    times: [],
    events: [],
    claims: [],
    hedges: [],
  }) as unknown as Extraction;

describe('claimSource', () => {
  it('counts "E! and the Los Angeles Times went further" as two sources (HuffPost France, 2022)', () => {
    const x = extraction([
      outlet('o1', 'E! News', 'E!', SENTENCE),
      outlet('o2', 'Los Angeles Times', 'Los Angeles Times', SENTENCE),
    ]);
    const source = claimSource(claimIn(SENTENCE, 'o1'), x);
    expect(sourceKeys(source.key)).toEqual(['outlet:e! news', 'outlet:los angeles times']);
    expect(source.name).toBe('E! News and Los Angeles Times');
  });

  it('keeps "People, citing Us Weekly" one chain of reporting', () => {
    const sentence = 'People, citing a report in Us Weekly, said the couple had split.';
    const x = extraction([
      outlet('o1', 'People', 'People', sentence),
      outlet('o2', 'Us Weekly', 'Us Weekly', sentence),
    ]);
    expect(sourceKeys(claimSource(claimIn(sentence, 'o1'), x).key)).toHaveLength(1);
  });
});
