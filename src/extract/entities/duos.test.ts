import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from './index.ts';
import { must } from '../../invariant/index.ts';

// Excerpts of development articles (test/fixtures/dev-duos.jsonl), not of the gold set.
const rows = readFileSync(new URL('../../../test/fixtures/dev-duos.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { id: string; text: string });
const typed = (id: string): string[] =>
  findEntities(
    makeDoc(
      must(
        rows.find((r) => r.id === id),
        'expected rows.find(…)',
      ).text,
    ),
  ).map((e) => `${e.type}:${e.name}`);

describe('double acts', () => {
  it('names a duo by its pair of names', () => {
    expect(typed('bbc-entertainment-212')).toContain('group:Ant and Dec');
    expect(typed('bbc-entertainment-191')).toContain('group:French and Saunders');
    expect(typed('bbc-entertainment-124')).toContain('group:Bruce & Terry');
    expect(typed('bbc-entertainment-284')).toContain('group:JK and Joel');
  });
  it('keeps a duo of two full names as two people', () => {
    expect(typed('bbc-entertainment-253')).toEqual(
      expect.arrayContaining(['person:Matt Lucas', 'person:David Walliams']),
    );
  });
  it('joins the same pair elsewhere in the article', () => {
    const text = 'Presenting duo Ant and Dec came fifth. Ant and Dec said they were delighted.';
    const duo = findEntities(makeDoc(text)).find((e) => e.name === 'Ant and Dec');
    expect(duo?.mentions.map((m) => m.start)).toEqual([text.indexOf('Ant'), text.lastIndexOf('Ant')]);
  });
  it('is one duo written with "and" or "&" (bbc-entertainment-212 then -191)', () => {
    const text =
      "Other big risers included presenting duo Ant and Dec at five. Previous UK winners have included Ant & Dec's Saturday Night Takeaway.";
    const duos = findEntities(makeDoc(text)).filter((e) => e.type === 'group');
    expect(duos.map((e) => [e.name, e.mentions.length])).toEqual([['Ant and Dec', 2]]);
  });
});

// Excerpts of development articles (test/fixtures/dev-groups.jsonl): a plural verb after a name
// inside a longer subject says nothing about a band.
describe('plural verbs', () => {
  const groups = readFileSync(new URL('../../../test/fixtures/dev-groups.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; text: string });
  for (const row of groups) {
    it(`no band in ${row.id}`, () => {
      expect(findEntities(makeDoc(row.text)).filter((e) => e.type === 'group')).toEqual([]);
    });
  }
});
