import { describe, expect, it } from 'vitest';
import { fixture, makeDoc } from '../../../test/helpers/doc.ts';
import type { Entity } from '../types.ts';
import { findEntities } from './index.ts';
import { at, must } from '../../invariant/index.ts';

const seed = fixture('seed.txt');
const entities = findEntities(makeDoc(seed));
const named = (name: string): Entity | undefined => entities.find((e) => e.name === name);
const texts = (e: Entity | undefined): string[] => e?.mentions.map((m) => m.text) ?? [];

describe('findEntities on the seed', () => {
  it('finds the four people by their full names', () => {
    for (const name of ['Tom Cruise', 'Ana de Armas', 'David Beckham', 'Victoria Beckham']) {
      expect(named(name)?.type, name).toBe('person');
    }
  });

  it('knows the outlets, the agency and the platform, one entity each', () => {
    expect(named('Daily Mail')?.type).toBe('outlet');
    expect(named('Daily Mail')?.mentions).toHaveLength(3);
    expect(named('AFP')?.type).toBe('outlet');
    expect(named('Instagram')?.type).toBe('platform');
    expect(texts(named('Instagram'))).toEqual(['Instagram Stories', 'Instagram']);
  });

  it('types places, the venue and the dog', () => {
    for (const name of ['Notting Hill', 'London', 'Vermont']) expect(named(name)?.type, name).toBe('place');
    const venue = named('Core restaurant');
    expect(venue?.type).toBe('place');
    expect(texts(venue)).toEqual(['Core']);
    expect(named('Salsita')?.type).toBe('animal');
  });

  it('keeps possessives out of the span', () => {
    const ana = texts(named('Ana de Armas'));
    expect(ana).toEqual(['Ana de Armas', 'Ana de Armas']);
    const possessive = at(must(named('Ana de Armas'), 'expected Ana de Armas').mentions, 1);
    expect(seed.slice(possessive.start, possessive.end + 1)).toBe("Ana de Armas'");
    expect(possessive.kind).toBe('possessive');
    expect(texts(named('Ana'))).toContain('Ana');
  });

  it('makes no person of modifiers, adjectives, days or sentence-initial words', () => {
    const people = entities.filter((e) => e.type === 'person').map((e) => e.name);
    for (const junk of [
      'Hollywood',
      'Bond',
      'Beckham',
      'Bleary',
      'Fans',
      'Saturday',
      'Monday',
      'April',
      'Mission: Impossible',
      'Core',
    ]) {
      expect(people, junk).not.toContain(junk);
    }
    expect(entities.find((e) => e.name === 'Mission: Impossible')).toBeUndefined();
  });

  it('gives every mention its exact span', () => {
    for (const e of entities) for (const m of e.mentions) expect(seed.slice(m.start, m.end)).toBe(m.text);
  });

  it('adds nothing from ignored spans (debris like a headline line)', () => {
    const headline = 'Tom & Ana’s umbrella escape from Beckham party';
    const start = seed.indexOf(headline);
    const inside = findEntities(makeDoc(seed, [{ text: headline, start, end: start + headline.length }]))
      .flatMap((e) => e.mentions)
      .filter((m) => m.start >= start && m.end <= start + headline.length);
    expect(inside).toEqual([]);
  });

  it('still credits the agency in an ignored "(AFP)"', () => {
    const start = seed.indexOf('(AFP)');
    const afp = findEntities(makeDoc(seed, [{ text: '(AFP)', start, end: start + 5 }])).find((e) => e.name === 'AFP');
    expect(afp?.type).toBe('outlet');
    expect(afp?.mentions.map((m) => [m.start, m.end])).toEqual([[start + 1, start + 4]]);
  });
});

describe('findEntities on short sentences', () => {
  const find = (text: string): Entity[] => findEntities(makeDoc(text));
  it('reads a work title after a work noun, and a colon title', () => {
    expect(find('She starred in the film Titanic last year.').find((e) => e.name === 'Titanic')?.type).toBe('work');
    expect(find('He filmed Mission: Impossible in Norway.').find((e) => e.name === 'Mission: Impossible')?.type).toBe(
      'work',
    );
  });
  it('reads a person from a title and from a speech verb', () => {
    expect(find('Yesterday Mr Smith denied it.').find((e) => e.name === 'Smith')).toMatchObject({
      type: 'person',
      gender: 'male',
    });
    expect(find('It was over, Zendaya told reporters.').find((e) => e.name === 'Zendaya')?.type).toBe('person');
  });
  it('does not take May the month for a person', () => {
    expect(find('The film opens on May 5 in London.').filter((e) => e.type === 'person')).toEqual([]);
  });
});

// Rule "accents-folded" (find.ts sameName), on celebrity-016legit.
describe('one name with and without its accents', () => {
  it('keeps "Beyonce" and "Beyoncé" one person, under the name first written', () => {
    const text =
      "KIM Kardashian failed to share any reaction to Beyonce's record-breaking pregnancy announcement on her social media. " +
      'Model Hailey Baldwin said: "I feel like I\'m more excited for Beyoncé to be pregnant than I will be for my own child."';
    const people = findEntities(makeDoc(text)).filter((e) => /^Beyonc/.test(e.name));
    expect(people.map((e) => e.name)).toEqual(['Beyonce']);
    expect(texts(people[0])).toEqual(['Beyonce', 'Beyoncé']);
  });
});

// Rule "double surname as subject" (people.ts doubleSurnameSubject), on bbc-entertainment-324 and 314.
describe('a given name and two surnames opening a sentence', () => {
  it('is a person', () => {
    const people = (text: string) =>
      findEntities(makeDoc(text))
        .filter((e) => e.type === 'person')
        .map((e) => e.name);
    expect(
      people('Catalina Sandino Moreno has joined a rare group of actresses who have been nominated for an Oscar.'),
    ).toEqual(['Catalina Sandino Moreno']);
    expect(people('Douglas Fairbanks Sr was the first president and oversaw the first awards.')).toEqual([
      'Douglas Fairbanks Sr',
    ]);
  });
});
