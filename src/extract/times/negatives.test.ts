import { describe, expect, it } from 'vitest';
import { findTimesIn } from './index.ts';

// Bait that must NOT be read as a time (chrono's and naive regexes' usual mistakes in celebrity news).
const bait: Array<[string, string]> = [
  ['Tom Ford designed the dress.', 'a designer named Ford'],
  ['May Calamawy joined the cast.', 'May the person'],
  ['Fans may see them together.', 'the modal verb'],
  ['Now, a new photo shows Ana dancing.', 'Now, as a discourse marker'],
  ['He celebrated his 50th birthday in style.', 'an ordinal birthday'],
  ['The Daily Mail called her his girlfriend.', 'the Daily Mail'],
  ['Her 6-year-old daughter was there.', 'an age'],
  ['The actress will march in the parade.', 'march the verb'],
  ['They paid $2000 for the table.', 'money'],
  ['About 2000 people attended.', 'a count'],
  ['Prices fall as sales spring back.', 'fall and spring as verbs'],
];

describe('bait that is not a time', () => {
  it.each(bait)('%s (%s)', (sentence) => {
    expect(findTimesIn(sentence, '2025-05-07')).toEqual([]);
  });
});
