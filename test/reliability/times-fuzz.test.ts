// Fuzzing the times stage (issue 12: "fast-check properties on every reader, the times stage and every API
// parameter"). Random text made of the pieces real times are made of — weekdays, months, clock times, numbers,
// "last", "earlier that week", ordinals, punctuation, names — and of random characters, dated on random real days.
// Whatever the text: no throw, no hang (each input within a bound), and every time found is well-formed: its span
// is the text at its offsets, its type is a TIMEX3 type, a duration's value is a duration, a range runs forward
// between real days, and a DATE/TIME value is an ISO date or a TIMEX3 reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDebris } from '../../src/extract/debris/index.ts';
import type { Doc } from '../../src/extract/doc.ts';
import type { Time } from '../../src/extract/index.ts';
import { findTimes } from '../../src/extract/times/index.ts';
import { analyse } from '../../src/extract/tokens/index.ts';
import { envCount } from './harness.ts';

// RUMOURMILL_FUZZ_RUNS=<n> for a longer search.
const TIMES_FUZZ_RUNS = envCount('RUMOURMILL_FUZZ_RUNS', 300);

const PIECES = [
  'Saturday',
  'on Monday',
  'Tuesday night',
  'this week',
  'earlier that week',
  'last week',
  'next month',
  'last year',
  'earlier this month',
  'at 3 PM',
  'at 3 AM',
  '10:30',
  'noon',
  'midnight',
  'April 30th',
  'May 2017',
  '2 May',
  'in 2015',
  'from 2015 to 2017',
  'the 1990s',
  'two years ago',
  'for three months',
  'every Sunday',
  'weekly',
  'New Year’s Eve',
  'Christmas',
  'summer',
  'last summer',
  'the following day',
  'yesterday',
  'today',
  'tonight',
  'Now,',
  'recently',
  'since March',
  'until June',
  'in the spring of 2019',
  'ten days later',
  'a decade',
  '31',
  '1999',
  '0',
  '99',
  '2025-02-30',
  '2024-02-29',
  '30/02/2020',
  '12/25',
  'Q3',
  'FY2020',
  'Dec.',
  'Sept',
  'Tom',
  'Ana de Armas',
  'May',
  'March',
  'the Daily Mail',
  'Summer Walker',
  'Mission: Impossible',
  '“',
  '”',
  '—',
  '.',
  ',',
  '(',
  ')',
  '\n\n',
  '?',
  '!',
  '’s',
  '-',
  '–',
];
const text = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 400 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom('1', '2', '0', '9', ' ', '-', '/', ':', '.', 'A', 'M', 'P', 'y', 'May ', 'th', ','),
      maxLength: 200,
    }),
  },
);
// Real days from 1900 to 2099, leap days included, as the readers accept them.
const published = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const docOf = (body: string, day: string): Doc => ({
  text: body,
  published: day,
  source: null,
  title: null,
  ...analyse(body),
  ignored: findDebris(body),
});

/** A real day of the calendar, any year (an article of 1900 says "Saturday" of 1899: the readers' 1900 rule is theirs). */
const realDay = (day: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;

const TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);
// TIMEX3 values: a date down to a minute, a week, a season, a quarter or half, a decade or century, a reference,
// or an X-filled one (a weekday of an unknown week: XXXX-WXX-6).
const DATE_VALUE =
  /^(?:\d{1,4}|X{4}|\d{2,3}X{1,2})(?:-(?:\d{2}|XX|W\d{2}|WXX|SP|SU|FA|WI|Q[1-4]|H[12]|WE)(?:-(?:\d{1,2}|XX|WE)(?:T(?:\d{2}(?::\d{2})?|MO|AF|EV|NI|DT))?)?)?$|^(?:PRESENT|PAST|FUTURE)_REF$/;
// TIMEX3 durations: P10D, P1Y, PXW ("a few weeks"), PT1H.
const DURATION_VALUE = /^P(?=.)(?:(?:\d+(?:\.\d+)?|X)[YMWD])*(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?$/;

function wellFormed(body: string, time: Time): string | null {
  if (!(
    Number.isInteger(time.start) &&
    Number.isInteger(time.end) &&
    time.start >= 0 &&
    time.start < time.end &&
    time.end <= body.length
  ))
    return `offsets ${time.start}–${time.end}`;
  if (body.slice(time.start, time.end) !== time.text) return `text "${time.text}" is not the span`;
  if (!TYPES.has(time.type)) return `type ${time.type}`;
  if (!time.value || /\s/.test(time.value)) return `value "${time.value}"`;
  if (time.type === 'DURATION' && !DURATION_VALUE.test(time.value)) return `duration "${time.value}"`;
  if ((time.type === 'DATE' || time.type === 'TIME') && !DATE_VALUE.test(time.value))
    return `${time.type} value "${time.value}"`;
  // A set is a frequency (P1W: "weekly") or a repeating date (XXXX-WXX-7: "every Sunday").
  if (time.type === 'SET' && !DURATION_VALUE.test(time.value) && !DATE_VALUE.test(time.value))
    return `set "${time.value}"`;
  if (time.range) {
    const { start, end } = time.range;
    if (!realDay(start) || !realDay(end) || start > end) return `range ${start}…${end}`;
  }
  return null;
}

describe('the times stage on random text (fast-check)', () => {
  it(`never throws nor hangs, and every time it finds is well-formed (${TIMES_FUZZ_RUNS} inputs)`, () => {
    let found = 0;
    fc.assert(
      fc.property(text, published, (body, day) => {
        const started = performance.now();
        const times = findTimes(docOf(body, day));
        // Inputs are at most a few KB: the real stage reads 256 KB in ~0.1 s. A second is a hang, even on a busy machine.
        expect(performance.now() - started).toBeLessThan(1000);
        for (const time of times) expect(wellFormed(body, time), JSON.stringify({ time, day })).toBeNull();
        found += times.length;
      }),
      { numRuns: TIMES_FUZZ_RUNS },
    );
    // The generator is made of time words: the property ran over real finds, not only empty answers.
    expect(found).toBeGreaterThan(TIMES_FUZZ_RUNS);
  }, 120_000);
});
