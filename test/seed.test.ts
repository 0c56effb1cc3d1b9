// The seed spec, point by point: what the seed article (data/samples/seed.txt, published
// 2025-05-07) must give. Written against CONTRACT.md; it fails until the stages land.
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import type { Entity, Extraction } from '../src/extract/index.ts';
import { readInputs } from '../src/read/index.ts';

let x: Extraction;
let text: string;

beforeAll(async () => {
  for await (const result of readInputs([new URL('../data/samples/seed.txt', import.meta.url).pathname])) {
    if (!result.ok) throw new Error(result.failure.message);
    text = result.article.text;
    x = extract(result.article);
  }
});

const byName = (name: string): Entity | undefined => x.entities.find((e) => e.name === name);
const id = (name: string): string => byName(name)?.id ?? `missing ${name}`;
const owner = (mention: string): string | undefined =>
  x.entities.find((e) => e.mentions.some((m) => m.text === mention))?.name;
const names = (ids: string[]): string[] => ids.map((i) => x.entities.find((e) => e.id === i)?.name ?? i);

describe('seed: entities', () => {
  it('finds Tom Cruise, Ana de Armas, David Beckham and Victoria Beckham as the four people', () => {
    expect(
      x.entities
        .filter((e) => e.type === 'person')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Ana de Armas', 'David Beckham', 'Tom Cruise', 'Victoria Beckham']);
  });

  it.each([
    ['the Bond girl', 'Ana de Armas'],
    ['the Mission: Impossible star', 'Tom Cruise'],
    ['The Hollywood legend', 'Tom Cruise'],
    ['the birthday boy', 'David Beckham'],
  ])('links the epithet "%s" to %s', (mention, name) => {
    expect(owner(mention)).toBe(name);
  });

  it('gives every mention its exact span in the text', () => {
    expect(x.entities.length).toBeGreaterThan(0);
    for (const e of x.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('seed: times', () => {
  it.each([
    ['Saturday', '2025-05-03'],
    ['Monday', '2025-05-05'],
    ['Earlier that week', '2025-W18'],
    ['April 30th', '2025-04-30'],
    ['this week', '2025-W19'],
    ['earlier this month', '2025-05'],
  ])('resolves "%s" to %s', (phrase, value) => {
    const time = x.times.find((t) => t.text.toLowerCase() === phrase.toLowerCase());
    expect(time?.value).toBe(value);
  });

  it('puts "around 3 AM" in the night after the Saturday party', () => {
    const time = x.times.find((t) => t.text === 'around 3 AM' || t.text === '3 AM');
    expect(time?.value).toBe('2025-05-04T03:00');
  });

  it('gives every time its exact span in the text', () => {
    expect(x.times.length).toBeGreaterThan(0);
    for (const t of x.times) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('seed: events', () => {
  const withPeople = (type: string[], people: string[]) =>
    x.events.filter((v) => type.includes(v.type) && people.every((p) => names(v.participants).includes(p)));

  it('finds the birthday party at the Core restaurant in Notting Hill on 2025-05-03', () => {
    const party = x.events.filter(
      (v) => ['celebration', 'appearance'].includes(v.type) && v.time?.value === '2025-05-03',
    );
    expect(party.map((v) => names(v.place ? [v.place] : []).join())).toEqual(
      expect.arrayContaining([expect.stringMatching(/Core|Notting Hill/)]),
    );
  });

  it('finds Tom and Ana leaving together in a taxi', () => {
    const exit = withPeople(['sighting'], ['Tom Cruise', 'Ana de Armas']);
    expect(exit.map((v) => v.time?.value)).toEqual(expect.arrayContaining([expect.stringMatching(/^2025-05-04/)]));
  });

  it('finds Victoria Beckham’s Instagram Stories photo', () => {
    expect(withPeople(['post', 'photo'], ['Victoria Beckham']).length).toBeGreaterThan(0);
  });

  it('finds Ana joining Tom in London', () => {
    expect(withPeople(['travel'], ['Ana de Armas', 'Tom Cruise']).length).toBeGreaterThan(0);
  });

  it('finds Ana’s Monday post with Salsita, dated 2025-05-05', () => {
    expect(withPeople(['post'], ['Ana de Armas']).map((v) => v.time?.value)).toContain('2025-05-05');
  });

  it('finds the Daily Mail’s article as a report', () => {
    expect(withPeople(['report'], ['Daily Mail']).length).toBeGreaterThan(0);
  });

  it('gives every event its evidence span in the text', () => {
    expect(x.events.length).toBeGreaterThan(0);
    for (const v of x.events) expect(text.slice(v.evidence.start, v.evidence.end)).toBe(v.evidence.text);
  });
});

describe('seed: claims on the relationship of Tom Cruise and Ana de Armas', () => {
  const about = () =>
    x.claims.filter(
      (c) =>
        c.type === 'relationship' &&
        [...c.subjects].sort().join() === [id('Tom Cruise'), id('Ana de Armas')].sort().join(),
    );
  const count = (kind: string, stance: string) =>
    about().filter((c) => c.holder.kind === kind && c.stance === stance).length;

  it('has the Daily Mail asserting it at least twice', () => {
    const outlet = about().filter((c) => c.holder.kind === 'outlet' && c.stance === 'asserts');
    expect(outlet.length).toBeGreaterThanOrEqual(2);
    for (const c of outlet) expect(c.holder.entity).toBe(id('Daily Mail'));
  });

  it.each([
    ['anonymous', 'asserts'],
    ['author', 'hedges'],
    ['principal', 'unconfirmed'],
    ['fans', 'questions'],
  ])('has a claim held by %s with stance %s', (kind, stance) => {
    expect(count(kind, stance)).toBeGreaterThan(0);
  });

  it('calls it dating and gives each claim its evidence span', () => {
    expect(about().length).toBeGreaterThan(0);
    for (const c of about()) {
      expect(c.value).toBe('dating');
      expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    }
  });
});
