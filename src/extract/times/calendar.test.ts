import { describe, expect, it } from 'vitest';
import { isoWeek, parseDay, rangeOf } from './calendar.ts';
import { must } from '../../invariant/index.ts';

describe('calendar', () => {
  it('numbers ISO weeks by their Thursday, across year ends', () => {
    expect(isoWeek(must(parseDay('2025-05-07'), 'expected 2025-05-07'))).toBe('2025-W19');
    expect(isoWeek(must(parseDay('2025-05-03'), 'expected 2025-05-03'))).toBe('2025-W18');
    expect(isoWeek(must(parseDay('2021-01-03'), 'expected 2021-01-03'))).toBe('2020-W53');
    expect(isoWeek(must(parseDay('2024-12-30'), 'expected 2024-12-30'))).toBe('2025-W01');
  });

  it('rejects impossible dates', () => {
    expect(parseDay('2025-02-30')).toBeNull();
  });

  it('gives the interval a TIMEX3 value covers', () => {
    expect(rangeOf('2025-W18')).toEqual({ start: '2025-04-28', end: '2025-05-04' });
    expect(rangeOf('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(rangeOf('2013-Q1')).toEqual({ start: '2013-01-01', end: '2013-03-31' });
    expect(rangeOf('199')).toEqual({ start: '1990-01-01', end: '1999-12-31' });
    expect(rangeOf('199X')).toEqual({ start: '1990-01-01', end: '1999-12-31' });
    expect(rangeOf('2025-05-04T03:00')).toEqual({ start: '2025-05-04', end: '2025-05-04' });
    expect(rangeOf('PAST_REF')).toBeNull();
    expect(rangeOf('P3D')).toBeNull();
  });
});
