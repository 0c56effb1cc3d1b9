// Bait that must not match: capitalised words that look like names and are not people.
import { describe, expect, it } from 'vitest';
import { fixture, makeDoc } from '../../../test/helpers/doc.ts';
import { resolveCoreference } from '../coreference/index.ts';
import type { Entity } from '../types.ts';
import { findEntities } from './index.ts';
import { mentionsOf, named } from './typed.test-helper.ts';

const entities = (text: string): Entity[] => {
  const d = makeDoc(text);
  return resolveCoreference(d, findEntities(d));
};
const people = (text: string): string[] =>
  entities(text)
    .filter((e) => e.type === 'person')
    .map((e) => e.name);

describe('not people', () => {
  it.each([
    ['a month or a weekday', 'The film opens on May 5 and closes on Sunday.'],
    ['a sentence-initial common noun', 'Things continued to heat up between the two stars.'],
    ['a place used as a modifier', 'While neither Hollywood star has spoken, fans are sure.'],
    ['a designer label before a noun', 'She wore a custom Alice Roi coatdress to the lawn.'],
    ['a city used as a modifier', 'He was shaken after the Paris robbery last year.'],
    ['a stadium with a particle', 'The band played the Stade de France in June.'],
    ['a show title with a demonym', 'Kanye is in talks to judge American Idol next year.'],
    ['a headline label before a colon', 'PHOTOS: Celebs at the beach'],
    ['a title alone', 'The Bishop said the book was fiction.'],
    // celebrity-168legit: a poem in a father's post.
    ['an invocation', 'He posted a poem: “May God’s peace surround you.” Thank God it is over.'],
    // celebrity-200fake: "Duchess" twice without a name after it, yet a peerage, not a stage name.
    [
      'a peerage shared by a couple',
      'Kate Middleton and Prince William are in Paris. In fact, the Duke and Duchess of Cambridge tried to convince ' +
        'everyone they are in love. The Duke and Duchess first fell in love while studying art history.',
    ],
  ])('%s', (_, text) => {
    expect(people(text).filter((n) => !['Kanye', 'Kate Middleton', 'William', 'Prince William'].includes(n))).toEqual(
      [],
    );
  });

  it('a capitalised "The American Boy" is a title, not an epithet of the last man named', () => {
    const out = entities('Andrew Taylor wrote The American Boy last year.');
    expect(mentionsOf(out, 'Andrew Taylor')).toEqual(['Andrew Taylor']);
    expect(out.find((e) => e.name === 'The American Boy')?.type).toBe('work');
  });

  it('a role word at a sentence start is not part of the name', () => {
    expect(people('Novelist Andrea Levy won the prize.')).toEqual(['Andrea Levy']);
  });

  it('a theatre after a foreign article is not the start of the name after it (bbc-entertainment-273)', () => {
    // "At La Fenice Viotti was widely acclaimed for his production of … Thais"
    const text = fixture('bbc-entertainment-273.json');
    const out = entities(text);
    expect(out.filter((e) => e.type === 'person').map((e) => e.name)).not.toContain('La Fenice Viotti');
    const viotti = named(out, 'Marcello Viotti');
    // Every "Viotti" not inside "Marcello Viotti" is him.
    const alone = [...text.matchAll(/(?<!Marcello )\bViotti\b/g)].map((m) => m.index);
    expect(alone.length).toBeGreaterThan(3);
    expect(viotti.mentions.filter((m) => m.text === 'Viotti').map((m) => m.start)).toEqual(alone);
  });

  it('a headline colon does not swallow the name after it', () => {
    const out = entities('Paris: Kim Kardashian returns home');
    expect(out.find((e) => e.name === 'Kim Kardashian')?.type).toBe('person');
    expect(out.filter((e) => e.name.includes(':'))).toEqual([]);
  });
});
