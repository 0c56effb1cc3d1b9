import { describe, expect, it } from 'vitest';
import { dateTicks } from './axis.ts';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('dateTicks', () => {
  it('labels quarters with the year on January and on the first tick (Wilde & Styles, 2021-01 to 2022-11, 600 px)', () => {
    const ticks = dateTicks(day('2021-01-04'), day('2022-11-22'), 600);
    expect(ticks.map((t) => t.label)).toEqual(['Apr 2021', 'Jul', 'Oct', 'Jan 2022', 'Apr', 'Jul', 'Oct']);
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['Jan 2022']);
  });

  it('gives years when months would crowd (Zendaya & Holland, 2017 to 2025, 330 px)', () => {
    const labels = dateTicks(day('2017-07-14'), day('2025-10-07'), 330).map((t) => t.label);
    expect(labels.every((l) => /^\d{4}$/.test(l))).toBe(true);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels.length).toBeLessThanOrEqual(6);
  });

  it('gives days for a week, the year on the first', () => {
    expect(dateTicks(day('2025-05-01'), day('2025-05-08'), 600).map((t) => t.label).slice(0, 3)).toEqual(['1 May 2025', '2 May', '3 May']);
  });

  it('keeps every label at least 58 px from the next', () => {
    for (const [a, b, w] of [['2009-10-08', '2025-10-07', 340], ['2024-01-01', '2024-12-31', 340], ['2020-02-01', '2020-03-15', 640]] as const) {
      const ticks = dateTicks(day(a), day(b), w);
      const x = ticks.map((t) => ((t.t - day(a)) / (day(b) - day(a))) * w);
      for (let i = 1; i < x.length; i++) expect(x[i]! - x[i - 1]!).toBeGreaterThanOrEqual(58 * 0.8);
    }
  });
});
