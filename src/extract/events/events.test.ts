import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Gold } from '../../../test/gold/index.ts';
import { handEntities, makeDoc, type HandEntity } from '../../../test/helpers/hand-doc.ts';
import { seedFixture } from '../../../test/helpers/seed-fixture.ts';
import type { EntityType, Event } from '../types.ts';
import { findEvents } from './index.ts';
import { at } from '../../invariant/index.ts';

describe('findEvents on the seed (hand-made entities and times)', () => {
  const { doc, entities, times, text } = seedFixture();
  const events = findEvents(doc, entities, times);
  const ofType = (type: string): Event[] => events.filter((e) => e.type === type);
  const one = (type: string): Event => {
    const found = ofType(type);
    expect(found, type).toHaveLength(1);
    return at(found, 0);
  };

  it('tells of ten events, as the gold does, not one per verb', () => {
    // The seed's gold (test/gold/seed.gold.json) lists the ten: two appearances, a celebration, a photo, two posts,
    // two reports, a sighting and a trip.
    const gold = (
      JSON.parse(readFileSync(new URL('../../../test/gold/seed.gold.json', import.meta.url), 'utf8')) as Gold
    ).events;
    expect(gold).toHaveLength(10);
    expect(events.map((e) => e.type).sort()).toEqual(gold.map((e) => e.type).sort());
  });

  it("dates each guest's appearance by the party it was at", () => {
    const arrivals = ofType('appearance');
    expect(arrivals.map((e) => e.participants[0])).toEqual(['e2', 'e1']);
    for (const e of arrivals) expect(e.time?.value).toBe('2025-05-03');
    expect(at(arrivals, 1).place).toBe('e9');
  });

  it("finds David Beckham's party at the Core restaurant on Saturday 3 May, his own: the guests have appearances of their own", () => {
    const party = one('celebration');
    expect(party.time?.value).toBe('2025-05-03');
    expect(party.place).toBe('e9');
    // The gold (test/gold/spec/seed.json) gives the party its host only; Tom and Ana are there by their appearances.
    expect(party.participants).toEqual(['e3']);
    expect(party.summary).toMatch(/David Beckham's birthday party/);
  });

  it('finds the 3 AM taxi exit as a sighting, and the paparazzi shots of them leaving as a photo', () => {
    const exit = one('sighting');
    expect(exit.participants.sort()).toEqual(['e1', 'e2']);
    expect(exit.time).toEqual({ value: '2025-05-04T03:00', text: 'around 3 AM' });
    expect(exit.evidence.text).toContain('bundling Ana into a taxi');
    const shots = one('photo');
    expect(shots.evidence.text).toContain('photographed leaving together');
    expect(shots.participants.sort()).toEqual(['e1', 'e2']);
    expect(shots.time).toBeNull();
  });

  it("finds Victoria Beckham's Instagram photo from the party as her post, not dated by the party it shows", () => {
    // "a new photo from the event posted by Victoria Beckham … shows Ana …": who the photo shows is not who posts it,
    // and it was posted when it was, not at the party.
    const photo = ofType('post').find((e) => e.participants[0] === 'e4');
    expect(photo?.summary).toBe('Victoria Beckham posts a photo on Instagram');
    expect(photo?.participants).toEqual(['e4']);
    expect(photo?.time).toBeNull();
  });

  it('finds Ana joining Tom in London earlier that week, not dated by her birthday', () => {
    const trip = one('travel');
    expect(trip.participants).toEqual(['e2', 'e1']);
    expect(trip.place).toBe('e10');
    expect(trip.time?.value).toBe('2025-W18');
  });

  it("finds Ana's Monday post; the dog it features is what it shows, not a poster", () => {
    const post = ofType('post').find((e) => e.participants[0] === 'e2');
    expect(post?.time?.value).toBe('2025-05-05');
    expect(post?.participants).toEqual(['e2']);
  });

  it('finds the Daily Mail reporting this week and, separately, earlier this month', () => {
    const reports = ofType('report');
    expect(reports.map((e) => [e.participants[0], e.time?.value])).toEqual([
      ['e5', '2025-W19'],
      ['e5', '2025-05'],
    ]);
    expect(at(reports, 0).summary).toMatch(/^Daily Mail reports/);
    expect(at(reports, 0).mentions?.some((m) => m.text.includes('the Daily Mail noted'))).toBe(true);
  });

  it('gives evidence spans that slice back to whole sentences', () => {
    for (const e of events) expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
  });
});

/** The events of a text whose entities are given by hand (no times), published on `published`. */
const handEvents = (text: string, published: string, spec: HandEntity[]): Event[] =>
  findEvents(makeDoc(text, published), handEntities(text, spec), []);

/** Hand entities numbered e1, e2… in the order given: [type, name, its one mention when that is not the name]. */
const cast = (...list: Array<[EntityType, string, string?]>): HandEntity[] =>
  list.map(([type, name, mention], i) => ({ id: `e${i + 1}`, type, name, mentions: [mention ?? name] }));

describe('findEvents bait', () => {
  const text =
    'Jen and Brad have not split, a rep said. Nobody was seen. The Washington Post ran a photo caption. She is spotted in the photo smiling.';
  const events = handEvents(
    text,
    '2020-01-01',
    cast(['person', 'Jen'], ['person', 'Brad'], ['outlet', 'Washington Post', 'The Washington Post']),
  );

  it('emits no split that is negated, no sighting of nobody, no post inside an outlet name', () => {
    const types = events.map((e) => e.type);
    expect(types).not.toContain('split');
    expect(types).not.toContain('sighting');
    expect(types).not.toContain('post');
  });
});

describe('findEvents: who speaks', () => {
  const text =
    '"Of course it was real," Tom Hiddleston told GQ magazine. The Sun reported the split. Brad Pitt, 53, said he was sorry.';
  const events = handEvents(
    text,
    '2017-06-01',
    cast(['person', 'Tom Hiddleston'], ['outlet', 'GQ', 'GQ magazine'], ['outlet', 'The Sun'], ['person', 'Brad Pitt']),
  );

  it('makes the one who tells a statement and the outlet that reports a report, never the audience', () => {
    expect(events.filter((e) => e.type === 'statement').map((e) => e.participants)).toEqual([['e1'], ['e4']]);
    expect(events.filter((e) => e.type === 'report').map((e) => e.summary)).toEqual(['The Sun reports']);
  });
});
