import { describe, expect, it } from 'vitest';
import { readHouse } from '../../../test/helpers/hand-doc.ts';
import { analyse } from '../tokens/index.ts';
import { findTimes, findTimesIn } from './index.ts';
import { must } from '../../invariant/index.ts';

// The seed article, published Wednesday 2025-05-07: every time in it must come out right.
const { text, published } = readHouse('seed.txt');
const times = findTimes({
  text,
  published,
  source: null,
  title: null,
  ...analyse(text),
  ignored: [],
});
const at = (phrase: string) => times.find((t) => t.text === phrase);

describe('findTimes on the seed article', () => {
  it.each([
    ['this week', '2025-W19', 'DATE'],
    ['Saturday', '2025-05-03', 'DATE'],
    ['around 3 AM', '2025-05-04T03:00', 'TIME'],
    ['Monday', '2025-05-05', 'DATE'],
    ['Earlier that week', '2025-W18', 'DATE'],
    ['April 30th', '2025-04-30', 'DATE'],
    ['earlier this month', '2025-05', 'DATE'],
  ])('"%s" → %s', (phrase, value, type) => {
    expect(at(phrase), `"${phrase}" not found`).toMatchObject({ value, type });
  });

  it('reports exact offsets into the text', () => {
    for (const t of times) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps "earlier that week" as the interval of the party\'s week', () => {
    expect(must(at('Earlier that week'), 'expected Earlier that week').range).toEqual({
      start: '2025-04-28',
      end: '2025-05-04',
    });
  });

  it('does not take the birthday, the discourse "Now," or the Daily Mail for times', () => {
    expect(times.some((t) => /50th|birthday/.test(t.text))).toBe(false);
    expect(times.some((t) => t.start === text.indexOf('Now,'))).toBe(false);
    expect(times.some((t) => t.text === 'Daily')).toBe(false);
  });
});

describe('direction and narrative', () => {
  const dct = '2025-05-07'; // a Wednesday
  const married = 'They married on March 3, 2024. The next day they flew to Paris, having partied the night before.';
  // Each row: what it shows, a sentence, a time phrase in it, the phrase's TIMEX3 value, and the publication date
  // when it is not the Wednesday above (null: unknown).
  it.each<[why: string, sentence: string, phrase: string, value: string, published?: string | null]>([
    ['a weekday in a past report is the last one', 'She flew to Rome on Friday.', 'Friday', '2025-05-02'],
    ['a weekday in an announcement is the next one', 'She will fly to Rome on Friday.', 'Friday', '2025-05-09'],
    ['"next Friday" is the next one', 'The premiere is scheduled for next Friday.', 'next Friday', '2025-05-09'],
    ['"the next day" is anchored on the date just told', married, 'The next day', '2024-03-04'],
    ['"the night before" is anchored on the date just told', married, 'the night before', '2024-03-03TNI'],
    ['relative units count from publication', 'They split three years ago.', 'three years ago', '2022'],
    ['relative units count from publication', 'They met last month.', 'last month', '2025-04'],
    ['a decade named by its years', 'He moved there in the 1990s.', 'the 1990s', '199'],
    ['a holiday is the last one', 'She wore it at Christmas.', 'Christmas', '2024-12-25'],
    ['a quarter is the last one', 'Sales rose in the third quarter.', 'the third quarter', '2024-Q3'],
    ['a duration', 'They dated for a decade.', 'a decade', 'P10Y'],
    // Found by the fuzz test: the narrative rule once wrote "P1DE", which no TIMEX3 reader takes.
    ['a duration before "later"', 'They met again a decade later.', 'a decade later', 'P10Y'],
    ['a duration before "after"', 'They married two years after their split.', 'two years', 'P2Y'],
    ['a set', 'He posts every Friday.', 'every Friday', 'XXXX-WXX-5'],
    ['a duration in minutes', 'The show ran for 90 minutes.', '90 minutes', 'PT90M'],
    ['no publication date: a weekday stays underspecified', 'She left on Saturday.', 'Saturday', 'XXXX-WXX-6', null],
    ['no publication date: "last month" is past', 'They met last month.', 'last month', 'PAST_REF', null],
    ['no publication date: a full date is read', 'She was born on May 3, 1990.', 'May 3, 1990', '1990-05-03', null],
  ])('%s: "%s" → %s', (_why, sentence, phrase, value, published = dct) => {
    expect(findTimesIn(sentence, published).find((t) => t.text === phrase)?.value).toBe(value);
  });

  it('draws extents as TimeML does for the usual news expressions', () => {
    const cases: Array<[string, string, string]> = [
      ['It was the last week of term.', 'the last week', '2025-W18'],
      ['He was big in the 1990s.', 'the 1990s', '199'],
      ['They holidayed there in the summer.', 'the summer', '2024-SU'],
      ['They married in early 2017.', 'early 2017', '2017'],
      ['She was in Paris in mid-March.', 'mid-March', '2025-03'],
    ];
    for (const [s, phrase, v] of cases)
      expect(findTimesIn(s, dct).map((t) => [t.text, t.value])).toEqual([[phrase, v]]);
  });

  it('reads "three-quarters" as a fraction, not a time', () => {
    expect(findTimesIn('About three-quarters of fans agreed.', dct)).toEqual([]);
  });
});
