import { describe, expect, it } from 'vitest';
import type { Entity, Time } from '../types.ts';
import { dropTimesInsideNames } from './names-are-not-times.ts';

const time = (text: string, start: number): Time => ({
  text,
  start,
  end: start + text.length,
  value: 'XXXX',
  type: 'DATE',
  rule: 'hand',
});
const entity = (type: Entity['type'], text: string, start: number): Entity => ({
  id: 'e1',
  name: text,
  type,
  mentions: [{ text, start, end: start + text.length, kind: 'name', rule: 'hand' }],
  rule: 'hand',
});

describe('dropTimesInsideNames', () => {
  it("drops the month inside a person's name and the weekday inside an outlet's", () => {
    const text = 'Brian May told The Sunday Times on Monday.';
    const times = [time('May', 6), time('Sunday', 19), time('Monday', 35)];
    const entities = [entity('person', 'Brian May', 0), entity('outlet', 'The Sunday Times', 15)];
    expect(text.slice(35, 41)).toBe('Monday');
    expect(dropTimesInsideNames(times, entities).map((t) => t.text)).toEqual(['Monday']);
  });

  it('keeps a time that is the whole of a mention, or inside a place name', () => {
    const times = [time('May', 0), time('Christmas', 0)];
    const entities = [entity('person', 'May', 0), entity('place', 'Christmas Island', 0)];
    expect(dropTimesInsideNames(times, entities)).toHaveLength(2);
  });

  it('drops exactly the times held by a longer name, as comparing every pair would', () => {
    // Spans that nest, share a start or an end, or coincide: the cases a sweep can get wrong.
    let seed = 7;
    const random = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 200; round++) {
      const times = Array.from({ length: random(12) }, () => time('x'.repeat(1 + random(4)), random(30)));
      const entities = Array.from({ length: random(6) }, () =>
        entity('person', 'y'.repeat(1 + random(10)), random(30)),
      );
      const literal = times.filter(
        (t) =>
          !entities.some((e) =>
            e.mentions.some((m) => m.start <= t.start && t.end <= m.end && m.end - m.start > t.end - t.start),
          ),
      );
      expect(dropTimesInsideNames(times, entities)).toEqual(literal);
    }
  });
});
