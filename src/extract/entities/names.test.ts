import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from './index.ts';

// Excerpts of development articles and GossipCop headlines (test/fixtures/dev-names.jsonl), not of the gold set.
const rows = readFileSync(new URL('../../../test/fixtures/dev-names.jsonl', import.meta.url), 'utf8')
  .trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
const names = (id: string, type = 'person'): string[] => {
  const text = rows.find((r) => r.id === id)!.text;
  return findEntities(makeDoc(text)).filter((e) => e.type === type).map((e) => e.name);
};

describe('a descriptor before a name is not part of it', () => {
  it('drops a faith, a profession or a panel word before a given name', () => {
    expect(names('celebrity-091fake')).toEqual(expect.arrayContaining(['Jenna Elfman', 'Katie Holmes']));
    expect(names('celebrity-172fake')).toContain('Jim Carrey');
    expect(names('bbc-entertainment-174')).toContain('Simon Cowell');
    expect(names('celebrity-059fake')).toContain('Roger Bowdler');
  });
  it('keeps a mid-sentence name whose first word is also a common word', () => {
    expect(names('celebrity-060legit')).not.toContain('Rose Speedway');
  });
});

describe('a title-case headline does not glue its verbs to a name', () => {
  it('stops a name at a headline word', () => {
    expect(names('gossipcop-travis')).toEqual(expect.arrayContaining(['Kylie Jenner', 'Travis Scott']));
    expect(names('gossipcop-gwen')).toEqual(expect.arrayContaining(['Gwen Stefani', 'Blake Shelton']));
    expect(names('gossipcop-kiss')).toEqual(expect.arrayContaining(['Gwen Stefani', 'Blake Shelton']));
  });
  it('keeps a title named after a person whole', () => {
    expect(names('bbc-entertainment-201', 'work')).toContain('The Catherine Tate Show');
  });
});
