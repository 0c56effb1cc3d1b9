import { describe, expect, it } from 'vitest';
import { fixture, makeDoc } from '../../../test/helpers/doc.ts';
import { findDebris } from '../debris/index.ts';
import { findEntities } from '../entities/index.ts';
import type { Entity, Mention } from '../types.ts';
import { resolveCoreference } from './index.ts';
import { mentionsOf, named } from '../entities/typed.test-helper.ts';

const seed = fixture('seed.txt');
const doc = makeDoc(seed);
const entities = resolveCoreference(doc, findEntities(doc));
const people = entities.filter((e) => e.type === 'person');
const person = (name: string): Entity => {
  const e = people.find((p) => p.name === name);
  if (!e) throw new Error(`no person ${name} in ${people.map((p) => p.name).join(', ')}`);
  return e;
};
/** Who the mention at the n-th occurrence of `text` (after `after`) belongs to. */
function ownerOf(text: string, after = ''): string[] {
  const at = seed.indexOf(text, after ? seed.indexOf(after) : 0);
  return people.filter((p) => p.mentions.some((m: Mention) => m.start === at && m.text === text)).map((p) => p.name);
}

describe('resolveCoreference on the seed', () => {
  it('leaves exactly the four people, named in full', () => {
    expect(people.map((p) => p.name).sort()).toEqual([
      'Ana de Armas',
      'David Beckham',
      'Tom Cruise',
      'Victoria Beckham',
    ]);
    expect(person('Tom Cruise').gender).toBe('male');
    expect(person('Ana de Armas').gender).toBe('female');
  });

  it('links first names, with possessives kept out of the span', () => {
    expect(ownerOf('Tom', 'her quiet exit')).toEqual(['Tom Cruise']);
    expect(ownerOf('Ana', 'While neither')).toEqual(['Ana de Armas']);
    expect(ownerOf('David', 'the Bond girl')).toEqual(['David Beckham']);
    expect(ownerOf('Tom', 'Bleary-eyed')).toEqual(['Tom Cruise']);
    const toms = person('Tom Cruise').mentions.find((m) => m.start === seed.indexOf('Tom’s closest'));
    expect(toms).toMatchObject({ text: 'Tom', kind: 'possessive' });
  });

  it('links the epithets to the right person', () => {
    expect(ownerOf('the Bond girl')).toEqual(['Ana de Armas']);
    expect(ownerOf('the Mission: Impossible star')).toEqual(['Tom Cruise']);
    expect(ownerOf('The Hollywood legend')).toEqual(['Tom Cruise']);
    expect(ownerOf('the birthday boy')).toEqual(['David Beckham']);
  });

  it('links he/him/his to Tom Cruise and she/her to Ana de Armas', () => {
    expect(ownerOf('him', 'Bleary-eyed')).toEqual(['Tom Cruise']);
    const quote = seed.indexOf('“She has been');
    const inQuote = (p: Entity, word: string): number =>
      p.mentions.filter((m) => m.start > quote && m.text.toLowerCase() === word).length;
    expect(inQuote(person('Tom Cruise'), 'he')).toBe(4);
    expect(inQuote(person('Tom Cruise'), 'his')).toBe(1);
    expect(inQuote(person('Ana de Armas'), 'she')).toBe(3);
    expect(inQuote(person('Ana de Armas'), 'her')).toBe(2);
    expect(ownerOf('she', 'letting her hair')).toEqual(['Ana de Armas']);
    expect(ownerOf('her', 'ahead of')).toEqual(['Ana de Armas']);
  });

  it('gives they/their to the pair just named, as a joint mention of each, a mention of neither', () => {
    // Said of two people at once, these are each one's jointMentions (see resolve.ts, JOINT_RULES).
    const jointOwners = (text: string, after: string): string[] => {
      const at = seed.indexOf(text, seed.indexOf(after));
      return people.filter((p) => p.jointMentions?.some((m) => m.start === at && m.text === text)).map((p) => p.name);
    };
    for (const [text, after] of [
      ['their', 'tight-lipped'],
      ['they', 'capturing him'],
      ['the pair', 'suggests'],
      ['the pair', 'confirmed'],
    ] as const) {
      expect(jointOwners(text, after).sort()).toEqual(['Ana de Armas', 'Tom Cruise']);
      expect(ownerOf(text, after)).toEqual([]);
    }
  });

  it('makes no person mention of "Hollywood star", "Beckham party" or "the Beckham celebration"', () => {
    const all = people.flatMap((p) => p.mentions);
    for (const phrase of ['Hollywood star', 'Beckham party', 'Beckham celebration']) {
      const at = seed.indexOf(phrase);
      expect(
        all.filter((m) => m.start < at + phrase.length && m.end > at),
        phrase,
      ).toEqual([]);
    }
  });

  it('keeps non-people and numbers entities in order of first mention', () => {
    expect(entities.map((e) => e.id)).toEqual(entities.map((_, k) => `e${k + 1}`));
    expect(entities.find((e) => e.name === 'Instagram')?.type).toBe('platform');
    for (const e of entities) for (const m of e.mentions) expect(seed.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('resolveCoreference on the seed with its debris ignored, as the pipeline runs it', () => {
  it('still gives the epithets to the right people when the headline line adds no mentions', () => {
    const withDebris = makeDoc(seed, findDebris(seed));
    const out = resolveCoreference(withDebris, findEntities(withDebris));
    const owner = (text: string): string | undefined => out.find((e) => e.mentions.some((m) => m.text === text))?.name;
    expect(owner('the Bond girl')).toBe('Ana de Armas');
    expect(owner('the Mission: Impossible star')).toBe('Tom Cruise');
    expect(owner('The Hollywood legend')).toBe('Tom Cruise');
    expect(owner('the birthday boy')).toBe('David Beckham');
  });
});

describe('resolveCoreference on short texts', () => {
  const resolve = (text: string): Entity[] => {
    const d = makeDoc(text);
    return resolveCoreference(d, findEntities(d));
  };
  it('sends a bare shared surname to the most recent of the two', () => {
    const out = resolve('David Beckham arrived first. Victoria Beckham followed later. Beckham smiled at the cameras.');
    expect(mentionsOf(out, 'Victoria Beckham')).toContain('Beckham');
    expect(named(out, 'David Beckham').mentions).toHaveLength(1);
  });
  it('binds a descriptor to the name it stands before', () => {
    const out = resolve('The actress Jennifer Aniston was there. Later the actress left.');
    const jen = named(out, 'Jennifer Aniston');
    expect(jen.mentions.filter((m) => m.text.toLowerCase() === 'the actress')).toHaveLength(2);
  });
  it('sends "the 67-year-old" to the person given that age', () => {
    const out = resolve('Kris Jenner, 67, and Tom Hanks, 68, attended. The 67-year-old wore red.');
    expect(mentionsOf(out, 'Kris Jenner')).toContain('The 67-year-old');
  });
});

describe('a stage name that opens on a number', () => {
  it('is "50 Cent" at every mention, the number and all (bbc 282)', () => {
    const text =
      'US rap star 50 Cent has said he has thrown protege The Game out of his G-Unit gang. In a radio interview on ' +
      'Monday, 50 Cent said the newcomer was disloyal. A man was shot while 50 Cent was on air.';
    const doc = makeDoc(text);
    const cent = resolveCoreference(doc, findEntities(doc)).filter((e) => /Cent/.test(e.name));
    expect(cent.map((e) => e.name)).toEqual(['50 Cent']);
    expect(cent[0]?.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text)).toEqual([
      '50 Cent',
      '50 Cent',
      '50 Cent',
    ]);
  });
});

describe('a profile titled with a name the text never gives', () => {
  it('gives the he or she no one else takes to the person of the title (celebrity-057fake)', () => {
    const doc = makeDoc(
      "Films include 'The Mask,' 'Charlie's Angels,' 'Shrek,' and 'Annie (2014)'\nDated Justin Timberlake\n" +
        "Why she might be annoying\nShe's an airhead\nIn high school she got so drunk she almost died.",
    );
    const titled = { ...doc, title: 'Cameron Diaz' };
    const diaz = resolveCoreference(titled, findEntities(titled)).find((e) => e.name === 'Cameron Diaz');
    expect(diaz?.mentions.map((m) => m.text)).toEqual(['she', 'She', 'she', 'she']);
    expect(diaz?.gender).toBe('female');
  });
});

describe('coordinated epithets of two people (celebrity-072legit)', () => {
  const text =
    'Heidi Klum and Seal were the epitome of friendly exes at the 2016 Billboard Music Awards Sunday night. Klum, 42, ' +
    'and Seal, 53, were all smiles while they caught up with each other. Both the supermodel and the British singer ' +
    'have moved on in their personal lives, as Klum has dated Vito Schnabel since 2014 and Seal has been linked to ' +
    'Erica Packer. Packer opened up to Australia\'s Today show and gushed about her relationship with the "Kissed by ' +
    'a Rose" singer.';
  const doc = makeDoc(text);
  const out = resolveCoreference(doc, findEntities(doc));
  it('gives the epithet after "and" to the other of the two, not again to the first', () => {
    expect(mentionsOf(out, 'Heidi Klum')).toContain('the supermodel');
    expect(mentionsOf(out, 'Seal')).toContain('the British singer');
  });
  it('gives "the <song> singer" to the one singer the text has', () => {
    expect(mentionsOf(out, 'Seal')).toContain('the "Kissed by a Rose" singer');
  });
});
