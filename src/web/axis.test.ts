import { describe, expect, it } from 'vitest';
import { at } from '../invariant/index.ts';
import { dateTicks, padded } from './axis.ts';

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

  it('gives days for a week, a month by its name, the year on the first', () => {
    expect(
      dateTicks(day('2025-05-01'), day('2025-05-08'), 600)
        .map((t) => t.label)
        .slice(0, 3),
    ).toEqual(['May 2025', '2 May', '3 May']);
  });

  it('names the month and year of a ten-day span, as wide or as narrow as the chart (Zendaya & Holland married, 2025-01-10 to 01-19)', () => {
    const [min, max] = padded(day('2025-01-10'), day('2025-01-19'));
    expect(dateTicks(min, max, 588).map((t) => t.label)).toEqual(['Jan 2025', '8 Jan', '15 Jan', '22 Jan', 'Feb']);
    expect(dateTicks(min, max, 288).map((t) => t.label)).toEqual(['Jan 2025', 'Feb']);
  });

  it('names a month even for a single day', () => {
    for (const one of ['2024-07-02', '2024-02-14', '2023-12-31']) {
      const [min, max] = padded(day(one), day(one));
      for (const w of [288, 588])
        expect(
          dateTicks(min, max, w)
            .map((t) => t.label)
            .some((l) => /^[A-Z][a-z]{2}( \d{4})?$/.test(l)),
          `${one} at ${w}`,
        ).toBe(true);
    }
  });

  it('keeps every label at least 58 px from the next', () => {
    for (const [a, b, w] of [
      ['2009-10-08', '2025-10-07', 340],
      ['2024-01-01', '2024-12-31', 340],
      ['2020-02-01', '2020-03-15', 640],
      ['2025-01-10', '2025-01-19', 588],
      ['2025-01-29', '2025-03-02', 288],
    ] as const) {
      const ticks = dateTicks(day(a), day(b), w);
      const x = ticks.map((t) => ((t.t - day(a)) / (day(b) - day(a))) * w);
      for (let i = 1; i < x.length; i++) expect(at(x, i) - at(x, i - 1)).toBeGreaterThanOrEqual(58 * 0.8);
    }
  });
});
