import { describe, expect, it } from 'vitest';
import { isCalendarDay, toDay } from './date.ts';

describe('isCalendarDay', () => {
  it('accepts real days, leap days included, and refuses impossible ones', () => {
    expect(['2025-05-07', '2024-02-29', '2000-02-29'].map(isCalendarDay)).toEqual([true, true, true]);
    expect(['2025-02-30', '2025-02-29', '1900-02-29', '2025-13-01', '2025-5-7', '07/05/2025'].map(isCalendarDay)).toEqual([false, false, false, false, false, false]);
  });
});

describe('toDay', () => {
  it('keeps the day as written in the writer’s own offset', () => {
    expect(toDay('2025-05-07T23:30:00-04:00')).toBe('2025-05-07');
    expect(toDay('Wed, 07 May 2025 23:30:00 -0400')).toBe('2025-05-07');
    expect(toDay('2017-11-04T05:15:00Z')).toBe('2017-11-04');
    expect(toDay('2 Dec 04 09:30 GMT')).toBe('2004-12-02');
  });

  it('returns null for what is not a date', () => {
    expect([toDay('yesterday'), toDay('2025-02-30T10:00:00Z'), toDay(''), toDay(null), toDay('31 Smarch 2025')]).toEqual([null, null, null, null, null]);
  });
});
