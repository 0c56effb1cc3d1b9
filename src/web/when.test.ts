import { describe, expect, it } from 'vitest';
import { dayRange, isoDay, spanOf } from './when.ts';

const days = (v: string) => dayRange(v)?.map(isoDay);

describe('dayRange', () => {
  it('places the seed party and the 3 AM exit on their days', () => {
    expect(days('2025-05-03')).toEqual(['2025-05-03', '2025-05-03']);
    expect(days('2025-05-04T03:00')).toEqual(['2025-05-04', '2025-05-04']);
  });
  it('draws a week and a month as intervals', () => {
    expect(days('2025-W19')).toEqual(['2025-05-05', '2025-05-11']);
    expect(days('2025-05')).toEqual(['2025-05-01', '2025-05-31']);
  });
  it('has no place for durations and vague references', () => {
    expect(dayRange('P3D')).toBeNull();
    expect(dayRange('PAST_REF')).toBeNull();
    expect(spanOf('PAST_REF', 'P3D')).toBeNull();
  });
});
