// The seed through the whole extraction pipeline (real entities, times and hedges stages):
// what the spec says must come out of it for events and claims.
import { describe, expect, it } from 'vitest';
import { readHouse } from '../../../test/helpers/hand-doc.ts';
import { extract } from '../pipeline.ts';
import { must } from '../../invariant/index.ts';

describe('the seed through the pipeline', () => {
  const { text, published } = readHouse('seed.txt');
  const x = extract({
    id: 'seed',
    text,
    published,
    title: null,
    source: null,
    url: null,
    origin: { file: 'test/fixtures/seed.txt' },
  });
  const id = (name: string) => x.entities.find((e) => e.name === name)?.id;
  const tom = id('Tom Cruise');
  const ana = id('Ana de Armas');
  const couple = [tom, ana].sort();

  it('has the events of the spec (and of the gold) with their dates', () => {
    const byType = (type: string) => x.events.filter((e) => e.type === type);
    expect(
      byType('celebration').map((e) => [e.time?.value, e.place && x.entities.find((n) => n.id === e.place)?.name]),
    ).toEqual([['2025-05-03', 'Core restaurant']]);
    // The party is its host's (the gold spec); Tom's and Ana's presence are their appearances at it.
    expect(must(byType('celebration')[0], 'expected a celebration event').participants).toEqual([id('David Beckham')]);
    expect(byType('appearance').map((e) => e.time?.value)).toEqual(['2025-05-03', '2025-05-03']);
    expect(byType('sighting').map((e) => [e.time?.value, [...e.participants].sort()])).toEqual([
      ['2025-05-04T03:00', couple],
    ]);
    expect(byType('photo').map((e) => [...e.participants].sort())).toEqual([couple]);
    expect(byType('travel').map((e) => e.time?.value)).toEqual(['2025-W18']);
    expect(byType('post').map((e) => e.participants[0])).toEqual([id('Victoria Beckham'), ana]);
    expect(byType('post')[1]?.time?.value).toBe('2025-05-05');
    expect(byType('report').map((e) => [e.participants[0], e.time?.value])).toEqual([
      [id('Daily Mail'), '2025-W19'],
      [id('Daily Mail'), '2025-05'],
    ]);
    expect(x.events).toHaveLength(10);
  });

  it('has every holder and stance of the spec on Tom and Ana dating', () => {
    const daily = id('Daily Mail');
    const rows = x.claims.map((c) => [
      c.holder.kind,
      c.holder.entity === daily ? 'Daily Mail' : c.holder.entity,
      c.stance,
    ]);
    expect(rows).toEqual([
      ['outlet', 'Daily Mail', 'asserts'],
      ['author', null, 'hedges'],
      ['principal', null, 'unconfirmed'],
      ['principal', null, 'unconfirmed'],
      ['author', null, 'hedges'],
      ['author', null, 'hedges'],
      ['fans', null, 'questions'],
      ['outlet', 'Daily Mail', 'asserts'],
      ['anonymous', null, 'asserts'],
    ]);
    for (const c of x.claims)
      expect([c.type, c.value, [...c.subjects].sort()]).toEqual(['relationship', 'dating', couple]);
  });
});
