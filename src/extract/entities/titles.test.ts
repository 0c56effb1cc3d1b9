import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from './index.ts';
import { must } from '../../invariant/index.ts';

// Excerpts of development articles (test/fixtures/dev-titles.jsonl), not of the gold set.
const rows = readFileSync(new URL('../../../test/fixtures/dev-titles.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { id: string; text: string });
const works = (id: string): string[] => {
  const text = must(
    rows.find((r) => r.id === id),
    'expected rows.find(…)',
  ).text;
  return findEntities(makeDoc(text))
    .filter((e) => e.type === 'work')
    .map((e) => e.name);
};

describe('titles keep their small words', () => {
  it('reaches back from a bracketed year, not past a possessive owner', () => {
    expect(works('bbc-entertainment-102')).toEqual([
      'In The Name Of The Father',
      'The Crucible',
      'The Boxer',
      'Gangs Of New York',
    ]);
  });
  it('stops at "in" after an actor', () => {
    expect(works('bbc-entertainment-314')).toEqual(
      expect.arrayContaining(['Casablanca', 'Singing in the Rain', '12 Angry Men']),
    );
    expect(works('bbc-entertainment-314')).not.toContain('Gene Kelly in Singing in the Rain');
  });
  it('grows a work-noun title over small words and sequel numbers, not into a date or a name', () => {
    expect(works('celebrity-098fake')).toEqual(expect.arrayContaining(['Cut Bank', 'Paranoia', 'Bangerz']));
    expect(works('celebrity-103fake')).toContain('Hot in Cleveland');
    expect(works('celebrity-124fake')).toEqual(['Daddy’s Home 2']);
  });
  it('reads a title after "role in", "star of", "appeared on"', () => {
    expect(works('bbc-entertainment-075')).toContain('Girl with a Pearl Earring');
    expect(works('bbc-entertainment-008')).toContain('Notes on Falling Leaves');
    // "roles in Closer and Hotel Rwanda" lists two films.
    expect(works('bbc-entertainment-323b').some((w) => w.includes(' and '))).toBe(false);
    expect(works('bbc-entertainment-323')).toEqual(['Eternal Sunshine of the Spotless Mind']);
    expect(works('bbc-entertainment-070')).toEqual(['Playschool']);
  });
  it.each([
    ['bbc-entertainment-034', 'Bridget Jones: The Edge of Reason'],
    ['bbc-entertainment-012', 'Star Wars: The Phantom Menace'],
    ['bbc-entertainment-285', 'Confessions'],
    ['bbc-entertainment-061', 'Masterpiece'],
  ])("keeps a subtitle after a colon, and reads an owner's named work (%s: %s)", (id, work) => {
    expect(works(id)).toContain(work);
  });
  it('leaves demonyms and title-case phrases with an org word inside alone', () => {
    expect(works('celebrity-144legit-neg')).not.toContain('Cambodian');
    const seminar = must(
      rows.find((r) => r.id === 'bbc-entertainment-266-neg'),
      'expected bbc-entertainment-266-neg',
    ).text;
    const types = findEntities(makeDoc(seminar))
      .filter((e) => e.name === 'Getting Your Music Online')
      .map((e) => e.type);
    expect(types).not.toContain('organization');
  });
  it('reads title case mid-sentence', () => {
    expect(works('celebrity-113fake')).toEqual(
      expect.arrayContaining(['Keeping Up With The Kardashians', 'Kocktails With Khloe', 'Botched']),
    );
  });
  it('leaves a quoted title inside an epithet to the epithet', () => {
    expect(works('celebrity-021fake')).not.toContain('Wildest Dreams');
  });
  it('takes a quoted title whole', () => {
    const text = 'She sang “Genie in a Bottle” and “Why Is This Happening?” but said “It is over, honey.”';
    const names = findEntities(makeDoc(text))
      .filter((e) => e.type === 'work')
      .map((e) => e.name);
    expect(names).toEqual(['Genie in a Bottle', 'Why Is This Happening']);
  });
});
