// Names, short names, handles and pronouns on excerpts of development articles
// (test/fixtures/dev-aliases.jsonl: celebrity pairs 001–200, BBC 001–350, the development streams).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../tokens/index.ts';
import { findDebris } from '../debris/index.ts';
import { findEntities } from '../entities/index.ts';
import type { Entity } from '../types.ts';
import { resolveCoreference } from './index.ts';
import { must } from '../../invariant/index.ts';
import { extract } from '../pipeline.ts';

type Row = { id: string; title?: string | null; text: string };
const rows = readFileSync(new URL('../../../test/fixtures/dev-aliases.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Row);

/** Entities as the pipeline gives them: debris skipped, the title known. */
function entitiesOf(id: string): Entity[] {
  const row = must(
    rows.find((r) => r.id === id),
    'expected rows.find(…)',
  );
  const doc = {
    text: row.text,
    published: null,
    source: null,
    title: row.title ?? null,
    ...analyse(row.text),
    ignored: findDebris(row.text),
  };
  return resolveCoreference(doc, findEntities(doc));
}
const person = (entities: Entity[], name: string): Entity | undefined =>
  entities.find((e) => e.type === 'person' && e.name === name);
const texts = (e: Entity | undefined, kind?: string): string[] =>
  (e?.mentions ?? []).filter((m) => !kind || m.kind === kind).map((m) => m.text);

describe('gender for pronouns from a names list', () => {
  it('never gives "she" to a man whose given name is not in our own list (067legit: Piers Morgan)', () => {
    const entities = entitiesOf('celebrity-067legit');
    const morgan = person(entities, 'Piers Morgan');
    expect(morgan?.gender).toBe('male');
    expect(texts(morgan, 'pronoun').filter((p) => /^(?:she|her|hers|herself)$/i.test(p))).toEqual([]);
    expect(texts(morgan)).toContain('Morgan');
    // The actress's pronouns go to her once she is named; her full name comes from the title.
    expect(texts(person(entities, 'Lindsay Lohan'), 'pronoun').length).toBeGreaterThan(3);
  });
});

describe('surnames, titles of address and particles', () => {
  it('names a person the title-case headline gives on a given name beyond our list (rule headline-given-name, celebrity-124legit)', () => {
    const text =
      '"But Mel can direct," the friend finished. Like my two restroom pals, awards voters so far this season have ' +
      'been embracing Gibson. Hacksaw Ridge has landed on the AFI top 10 list.';
    const doc = {
      text,
      published: null,
      source: null,
      title: "Oscars: Mel Gibson, Casey Affleck and Hollywood's Sliding Scale of Moral Punishment",
      ...analyse(text),
      ignored: findDebris(text),
    };
    const gibson = person(resolveCoreference(doc, findEntities(doc)), 'Mel Gibson');
    expect(gibson?.gender).toBe('male');
    expect(texts(gibson)).toEqual(['Mel', 'Gibson']);
  });

  it('joins a bare surname to the person the title names in full (stream zendaya-tom-holland-01)', () => {
    const entities = entitiesOf('zendaya-tom-holland-01');
    expect(texts(person(entities, 'Tom Holland'))).toContain('Holland');
    expect(entities.some((e) => e.type === 'place' && e.name === 'Holland')).toBe(false);
  });

  it('reads a surname a place lexicon knows as the person, "turned to Holland" too (stream zendaya-tom-holland-02)', () => {
    const entities = entitiesOf('zendaya-tom-holland-02');
    expect(texts(person(entities, 'Tom Holland'))).toEqual(expect.arrayContaining(['Tom Holland', 'Holland']));
    expect(entities.filter((e) => e.name === 'Holland')).toEqual([]);
  });

  it('keeps the place where the text says it is one', () => {
    const doc = {
      text: 'Tom Holland flew home. Holland said he missed his family in Holland.',
      published: null,
      source: null,
      title: null,
      ignored: [],
    };
    const full = { ...doc, ...analyse(doc.text) };
    const entities = resolveCoreference(full, findEntities(full));
    expect(texts(person(entities, 'Tom Holland'))).toEqual(['Tom Holland', 'Holland', 'he', 'his']);
    expect(entities.find((e) => e.type === 'place')?.mentions.map((m) => m.start)).toEqual([
      doc.text.lastIndexOf('Holland'),
    ]);
  });

  it('gives a particle surname its particle (174legit: "de Rossi")', () => {
    expect(texts(person(entitiesOf('celebrity-174legit'), 'Portia de Rossi'))).toContain('de Rossi');
  });

  it('reads a feast day alone as the day, not as the surname of a part played (bbc-entertainment-036: "Father Christmas")', () => {
    const text =
      'The technique enables Hanks to play a number of roles, including Father Christmas. "Christmas is a special time ' +
      'of the year," added Tom Hanks.';
    const doc = { text, published: null, source: null, title: null, ...analyse(text), ignored: findDebris(text) };
    const entities = resolveCoreference(doc, findEntities(doc));
    expect(entities.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('Christmas');
  });
});

describe('handles', () => {
  it('links a handle that spells the name (026legit @AnnaKFaris; 174legit @PortiadeRossi)', () => {
    expect(texts(person(entitiesOf('celebrity-026legit'), 'Anna Faris'))).toContain('@AnnaKFaris');
    const entities = entitiesOf('celebrity-174legit');
    expect(texts(person(entities, 'Portia de Rossi'))).toEqual(
      expect.arrayContaining(['@PortiadeRossi', '@portiaderossi']),
    );
    // The show's account is not the host.
    expect(entities.flatMap((e) => texts(e))).not.toContain('@theellenshow');
  });

  it("links the handle and the name of an embedded tweet's attribution to its author (032legit)", () => {
    const lopez = person(entitiesOf('celebrity-032legit'), 'Jennifer Lopez');
    const row = must(
      rows.find((r) => r.id === 'celebrity-032legit'),
      'expected celebrity-032legit',
    );
    const handle = lopez?.mentions.find((m) => m.text === '@JLo');
    expect(handle).toMatchObject({ kind: 'alias' });
    expect(row.text.slice(must(handle, 'expected handle').start, must(handle, 'expected handle').end)).toBe('@JLo');
    expect(lopez?.mentions.filter((m) => m.text === 'Jennifer Lopez')).toHaveLength(2);
  });

  it('leaves an e-mail address and a handle no one in the article owns alone', () => {
    const text = 'Email us at tips@radaronline.com. Kim Kardashian thanked @KKHOfficial and @chrissyteigen.';
    const doc = { text, published: null, source: null, title: null, ignored: [], ...analyse(text) };
    const all = resolveCoreference(doc, findEntities(doc)).flatMap((e) => texts(e));
    expect(all.filter((t) => t.includes('@'))).toEqual([]);
  });
});

describe('titles of address', () => {
  const resolve = (text: string): Entity[] => {
    const doc = { text, published: null, source: null, title: null, ignored: [], ...analyse(text) };
    return resolveCoreference(doc, findEntities(doc));
  };

  it('joins "Mr X" to the man named in full, not "Ms X"', () => {
    const entities = resolve(
      'Ben Mendelsohn arrived with his wife. Ms Mendelsohn said she was happy. Mr Mendelsohn smiled.',
    );
    expect(texts(person(entities, 'Ben Mendelsohn'))).toEqual(['Ben Mendelsohn', 'his', 'Mr Mendelsohn']);
    expect(texts(person(entities, 'Mendelsohn'))).toEqual(['Ms Mendelsohn', 'she']);
  });

  it('gives a one-word person their bare name elsewhere ("Mr Pitt … Pitt")', () => {
    expect(texts(person(resolve('Mr Pitt arrived. Pitt smiled. Mr Pitt left.'), 'Pitt'))).toEqual([
      'Mr Pitt',
      'Pitt',
      'Mr Pitt',
    ]);
  });
});

describe('a titled surname among kin', () => {
  it('"Ben Mendelsohn\'s sister Carla Mendelsohn … Ms Mendelsohn said she was delighted": the title\'s gender picks the sister', () => {
    const text = "Ben Mendelsohn's sister Carla Mendelsohn joined the board. Ms Mendelsohn said she was delighted.";
    const x = extract({ id: 't', published: null, title: null, source: null, url: null, text, origin: { file: 't' } });
    const carla = x.entities.find((e) => e.name === 'Carla Mendelsohn');
    // "sister" before her name is hers too (resolve.ts apposedRelation), not her brother's.
    expect(carla?.mentions.map((m) => m.text)).toEqual(['sister', 'Carla Mendelsohn', 'Ms Mendelsohn', 'she']);
    expect(x.entities.map((e) => e.name)).not.toContain('Mendelsohn');
  });
});
