import { describe, expect, it } from 'vitest';
import { dayProblem, isCalendarDay, readDay, toDay } from './date.ts';
import { readInputs, readText } from './index.ts';
import { readJsonlLine } from './jsonl.ts';

describe('isCalendarDay', () => {
  it('accepts real days, leap days included, and refuses impossible ones', () => {
    expect(['2025-05-07', '2024-02-29', '2000-02-29'].map(isCalendarDay)).toEqual([true, true, true]);
    expect(
      ['2025-02-30', '2025-02-29', '1900-02-29', '2025-13-01', '2025-5-7', '07/05/2025'].map(isCalendarDay),
    ).toEqual([false, false, false, false, false, false]);
  });
});

describe('toDay', () => {
  it('keeps the day as written in the writer’s own offset', () => {
    const written = {
      '2025-05-07T23:30:00-04:00': '2025-05-07',
      'Wed, 07 May 2025 23:30:00 -0400': '2025-05-07',
      '2017-11-04T05:15:00Z': '2017-11-04',
      '2 Dec 04 09:30 GMT': '2004-12-02',
    };
    for (const [date, day] of Object.entries(written)) expect(toDay(date), date).toBe(day);
  });

  it('returns null for what is not a date', () => {
    expect([
      toDay('yesterday'),
      toDay('2025-02-30T10:00:00Z'),
      toDay(''),
      toDay(null),
      toDay('31 Smarch 2025'),
    ]).toEqual([null, null, null, null, null]);
  });
});

describe('one rule for years: none before 1900, in every reader, --date and the API alike', () => {
  it('refuses years 0000-1899 with a reason, where Date had read 0050 as 1950', () => {
    expect(['0000-01-01', '0050-01-01', '0099-12-31', '0100-05-07', '1899-12-31'].map(isCalendarDay)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['1900-01-01', '2025-05-07'].map(isCalendarDay)).toEqual([true, true]);
    expect(dayProblem('0050-01-01')).toBe('year 0050 is before 1900: check the year');
    expect(dayProblem('2025-02-30')).toBe('no such day in the calendar');
    expect(readDay('0025-05-07T10:00:00Z')).toEqual({
      kind: 'impossible',
      why: 'year 0025 is before 1900: check the year',
    });
  });

  it('the same in --date, a pasted date, a JSONL `published` and a feed date', async () => {
    const refused: string[] = [];
    for await (const r of readInputs(['unused.txt'], { date: '0050-01-01' }))
      if (!r.ok) refused.push(r.failure.message);
    expect(refused).toEqual(['impossible date "0050-01-01" (year 0050 is before 1900: check the year)']);
    expect(await readText('Tom Cruise left.', { name: 'body', date: '0099-05-07' })).toMatchObject([
      { ok: false, failure: { message: expect.stringMatching(/before 1900/) } },
    ]);
    expect(readJsonlLine('{"text": "Tom.", "published": "0099-05-07"}', 'c.jsonl', 1)).toMatchObject({
      ok: false,
      failure: { message: expect.stringMatching(/before 1900/) },
    });
  });

  it('reads two-digit RFC 822 years as RFC 2822 does: 00-49 are 2000s, 50-99 are 1900s', () => {
    expect([toDay('Sat, 02 Dec 04 09:30 GMT'), toDay('Fri, 03 Dec 99 09:30 GMT')]).toEqual([
      '2004-12-02',
      '1999-12-03',
    ]);
  });
});
