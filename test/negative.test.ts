// Bait that must NOT match, in the spirit of chrono's negative cases. Each case also checks a
// real item in the same sentence, so a pipeline that finds nothing cannot pass it.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import type { Extraction, Span } from '../src/extract/index.ts';
import { must } from '../src/invariant/index.ts';

const PUBLISHED = '2025-05-07';

function run(text: string): Extraction {
  return extract({
    id: null,
    published: PUBLISHED,
    title: null,
    source: null,
    url: null,
    text,
    origin: { file: 'negative.test.ts' },
  });
}

const at = (text: string, phrase: string, nth = 1): Span => {
  let start = -1;
  for (let i = 0; i < nth; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`bad case: "${phrase}" not in "${text}"`);
  return { text: phrase, start, end: start + phrase.length };
};
const overlapping = <T extends Span>(a: Span, list: T[]): T[] => list.filter((b) => a.start < b.end && b.start < a.end);
const person = (x: Extraction, name: string) => x.entities.some((e) => e.type === 'person' && e.name === name);

describe('names are not dates', () => {
  it.each([
    ['Designer Tom Ford unveiled his new collection on Friday.', 'Tom Ford', 'Friday', '2025-05-02'],
    ['Brian May said on Monday that Queen toured Japan in March.', 'Brian May', 'March', '2025-03'],
    [
      'April Love Geary posted a photo with Robin Thicke on April 30th.',
      'April Love Geary',
      'April 30th',
      '2025-04-30',
    ],
    ['Singer Summer Walker performed on Saturday.', 'Summer Walker', 'Saturday', '2025-05-03'],
  ])('%s', (text, name, real, value) => {
    const x = run(text);
    expect(overlapping(at(text, name), x.times)).toEqual([]);
    expect(person(x, name)).toBe(true);
    const [phrase, nth] = real.split('#');
    expect(
      overlapping(at(text, must(phrase, 'expected phrase'), Number(nth ?? 1)), x.times).map((t) => t.value),
    ).toContain(value);
  });

  it('"The Sunday Times" is an outlet, not a Sunday', () => {
    const text = 'The Sunday Times reported on Tuesday that the couple had split.';
    const x = run(text);
    expect(overlapping(at(text, 'Sunday Times'), x.times)).toEqual([]);
    expect(x.entities.some((e) => e.type === 'outlet' && e.mentions.some((m) => m.text.includes('Sunday Times')))).toBe(
      true,
    );
    expect(x.times.map((t) => t.value)).toContain('2025-05-06');
  });

  it('"50th birthday" is an age, not a date', () => {
    const text = 'David Beckham celebrated his 50th birthday on Saturday.';
    const x = run(text);
    expect(overlapping(at(text, '50th'), x.times)).toEqual([]);
    expect(x.times.map((t) => t.value)).toContain('2025-05-03');
  });
});

describe('discourse words are not times', () => {
  it('"Now," opening a sentence is not a time', () => {
    const text = 'Now, a new photo from the party on Saturday shows the pair together.';
    const x = run(text);
    expect(overlapping(at(text, 'Now'), x.times)).toEqual([]);
    expect(x.times.map((t) => t.value)).toContain('2025-05-03');
  });

  it('the modal "may" is a hedge, not the month', () => {
    const text = 'The couple may be engaged, a friend said in March.';
    const x = run(text);
    expect(overlapping(at(text, 'may'), x.times)).toEqual([]);
    expect(overlapping(at(text, 'may'), x.hedges).length).toBe(1);
    expect(x.times.map((t) => t.value)).toContain('2025-03');
  });
});

describe('words that are not people, places or hedges', () => {
  it('"Hollywood star" is not a person', () => {
    const text = 'While neither Hollywood star has confirmed it, Tom Cruise was seen with Ana de Armas.';
    const x = run(text);
    expect(
      x.entities
        .filter((e) => e.type === 'person')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Ana de Armas', 'Tom Cruise']);
    expect(
      x.entities.filter((e) => e.type === 'person').flatMap((e) => overlapping(at(text, 'Hollywood star'), e.mentions)),
    ).toEqual([]);
  });

  it('"Will" in "Will Smith" is not a modal hedge', () => {
    const text = 'Will Smith said he was thrilled, though the film may be delayed.';
    const x = run(text);
    expect(overlapping(at(text, 'Will'), x.hedges)).toEqual([]);
    expect(overlapping(at(text, 'may'), x.hedges).length).toBe(1);
    expect(person(x, 'Will Smith')).toBe(true);
  });

  it('"Paris" in "Paris Hilton" is not a place', () => {
    const text = 'Paris Hilton arrived in London on Sunday.';
    const x = run(text);
    expect(x.entities.filter((e) => e.type === 'place').map((e) => e.name)).toEqual(['London']);
    expect(person(x, 'Paris Hilton')).toBe(true);
  });
});
