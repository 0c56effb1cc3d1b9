import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from './index.ts';
import { must } from '../../invariant/index.ts';
import type { Mention } from '../types.ts';

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
/** The groups of a text, each as its name and what `read` takes of each of its mentions. */
const groupsOf = <T>(text: string, read: (m: Mention) => T): [string, T[]][] =>
  findEntities(makeDoc(text))
    .filter((e) => e.type === 'group')
    .map((e) => [e.name, e.mentions.map(read)]);

describe('double acts', () => {
  it.each([
    ['bbc-entertainment-212', 'Ant and Dec'],
    ['bbc-entertainment-191', 'French and Saunders'],
    ['bbc-entertainment-124', 'Bruce & Terry'],
    ['bbc-entertainment-284', 'JK and Joel'],
  ])('names a duo by its pair of names (%s: %s)', (id, duo) => {
    expect(typed(id)).toContain(`group:${duo}`);
  });
  it('names a listed double act with no duo word before it (bbc-entertainment-274, -201)', () => {
    const text =
      "Deeley formerly co-hosted SM:tv, the children's show which airs before CD:UK on a Saturday morning, alongside hit presenters Ant and Dec. It was also a good night for Ant and Dec who clinched two awards.";
    expect(groupsOf(text, (m) => m.text)).toEqual([['Ant and Dec', ['Ant and Dec', 'Ant and Dec']]]);
  });
  it('keeps a duo of two full names as two people', () => {
    expect(typed('bbc-entertainment-253')).toEqual(
      expect.arrayContaining(['person:Matt Lucas', 'person:David Walliams']),
    );
  });
  it('joins the same pair elsewhere in the article', () => {
    const text = 'Presenting duo Ant and Dec came fifth. Ant and Dec said they were delighted.';
    expect(groupsOf(text, (m) => m.start)).toEqual([['Ant and Dec', [text.indexOf('Ant'), text.lastIndexOf('Ant')]]]);
  });
  it('is one duo written with "and" or "&" (bbc-entertainment-212 then -191)', () => {
    const text =
      "Other big risers included presenting duo Ant and Dec at five. Previous UK winners have included Ant & Dec's Saturday Night Takeaway.";
    expect(groupsOf(text, (m) => m.text)).toEqual([['Ant and Dec', ['Ant and Dec', 'Ant & Dec']]]);
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
