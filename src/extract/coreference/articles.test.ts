// Straight news and gossip from the development parts of /work/shared/data (copied to
// test/fixtures): what a reader would check in the entity list, and the junk it must not hold.
import { describe, expect, it } from 'vitest';
import { fixture, makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from '../entities/index.ts';
import type { Entity } from '../types.ts';
import { resolveCoreference } from './index.ts';
import { must } from '../../invariant/index.ts';

function entitiesOf(name: string): { text: string; entities: Entity[] } {
  const text = fixture(name);
  const doc = makeDoc(text);
  return { text, entities: resolveCoreference(doc, findEntities(doc)) };
}
const byName = (entities: Entity[], name: string): Entity | undefined => entities.find((e) => e.name === name);
const mentionTexts = (e: Entity | undefined): string[] => e?.mentions.map((m) => m.text) ?? [];
const JUNK =
  /^(?:The|A|An|While|When|But|However|It|He|She|They|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

const articles = [
  'bbc-entertainment-140.json',
  'bbc-entertainment-228.json',
  'celebrity-001fake.json',
  'celebrity-028fake.json',
];

describe.each(articles)('%s', (name) => {
  const { text, entities } = entitiesOf(name);
  it('has no sentence-initial words, months or weekdays as people', () => {
    for (const p of entities.filter((e) => e.type === 'person')) {
      expect(p.name, p.name).not.toMatch(JUNK);
      for (const word of p.name.split(' ')) expect(word, p.name).not.toMatch(JUNK);
    }
  });
  it('gives every mention its exact span, and no span to two entities of the same kind of name', () => {
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const names = entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => m.start));
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('straight news (BBC)', () => {
  it('U2 article: "Mr Green" and "he said" are Justin Green; U2 is a band; the places are places', () => {
    const { entities } = entitiesOf('bbc-entertainment-140.json');
    const green = byName(entities, 'Justin Green');
    expect(green?.type).toBe('person');
    expect(mentionTexts(green)).toEqual(['Justin Green', 'Mr Green', 'he']);
    expect(byName(entities, 'U2')?.type).toBe('group');
    // "bombarded by U2 fans": the band's name, now the groups list knows it.
    // "U2 have smashed Irish box office records with ticket sales for their Dublin concerts": the band's "their".
    expect(mentionTexts(byName(entities, 'U2'))).toEqual(['U2', 'their', 'The band', 'U2', 'the band']);
    for (const place of ['Dublin', 'San Diego', 'Lisbon', 'Ireland'])
      expect(byName(entities, place)?.type, place).toBe('place');
  });

  it('Joy Division article: the band is a group; "Mr Wilson" and "the musician" go to the right men', () => {
    const { text, entities } = entitiesOf('bbc-entertainment-228.json');
    expect(byName(entities, 'Joy Division')?.type).toBe('group');
    expect(byName(entities, 'New Order')?.type).toBe('group');
    const curtis = must(byName(entities, 'Ian Curtis'), 'expected Ian Curtis');
    const wilson = must(byName(entities, 'Tony Wilson'), 'expected Tony Wilson');
    expect(mentionTexts(curtis)).toContain('The musician');
    expect(mentionTexts(wilson).filter((t) => t === 'Mr Wilson')).toHaveLength(2);
    expect(mentionTexts(wilson)).toContain('his');
    const attribution = text.indexOf('he told the BBC');
    expect(wilson.mentions.some((m) => m.start === attribution && m.text === 'he')).toBe(true);
    expect(byName(entities, 'Cannes Film Festival')?.type).toBe('event');
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).not.toContain('Joy Division');
  });
});

describe('gossip (celebrity pairs)', () => {
  it('Aniston article: "The actress", "she", the "I" of her quote and "Aniston" are Jennifer Aniston; the outlets are outlets', () => {
    const { entities } = entitiesOf('celebrity-001fake.json');
    expect(mentionTexts(byName(entities, 'Jennifer Aniston'))).toEqual([
      'Jennifer Aniston',
      'The actress',
      'she',
      'I', // "The only thing I can think of doing is …," Aniston said
      'Aniston',
    ]);
    expect(byName(entities, 'NBC')?.type).toBe('outlet');
    expect(byName(entities, 'New York Post')?.type).toBe('outlet');
    expect(entities.filter((e) => e.type === 'person')).toHaveLength(1);
  });

  it('Trump article: a designer label is no person; Melania and Donald stay two people', () => {
    const { text, entities } = entitiesOf('celebrity-028fake.json');
    const people = entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).not.toContain('Alice Roi');
    expect(people).toEqual(expect.arrayContaining(['Melania Trump', 'Donald']));
    const melania = must(byName(entities, 'Melania Trump'), 'expected Melania Trump');
    expect(melania.gender).toBe('female');
    expect(mentionTexts(melania)).toContain('the 46-year-old Slovenia-born stunner');
    const tower = text.indexOf('Trump Tower');
    expect(entities.flatMap((e) => e.mentions).filter((m) => m.start === tower && m.text === 'Trump')).toEqual([]);
    expect(byName(entities, 'Palm Beach')?.type).toBe('place');
    expect(byName(entities, 'Us Weekly')?.type).toBe('outlet');
  });
});
