import { describe, expect, it } from 'vitest';
import { trackRecordPrior } from './track-prior.ts';

const population = { trueCount: 60, falseCount: 40 };

describe('trackRecordPrior', () => {
  it('starts a new outlet at the population rate', () => {
    const prior = trackRecordPrior({ trueCount: 0, falseCount: 0 }, population);
    expect(prior.reliability).toBeCloseTo(61 / 102, 5);
    expect(prior.evidence).toBe(0);
  });

  it('does not call an outlet perfect on one lucky story, but moves toward its track record as stories settle', () => {
    const one = trackRecordPrior({ trueCount: 1, falseCount: 0 }, population).reliability;
    const many = trackRecordPrior({ trueCount: 40, falseCount: 0 }, population).reliability;
    expect(one).toBeLessThan(0.75);
    expect(one).toBeGreaterThan(0.6);
    expect(many).toBeGreaterThan(0.9);
  });

  it('ranks a tabloid that is usually wrong below the population, with a narrower interval as evidence grows', () => {
    const few = trackRecordPrior({ trueCount: 1, falseCount: 3 }, population);
    const lots = trackRecordPrior({ trueCount: 10, falseCount: 30 }, population);
    expect(lots.reliability).toBeLessThan(few.reliability);
    expect(lots.reliability).toBeLessThan(0.35);
    expect(lots.high - lots.low).toBeLessThan(few.high - few.low);
    for (const p of [few, lots]) expect(p.low <= p.reliability && p.reliability <= p.high).toBe(true);
  });

  it('uses a given base rate over the population when told to', () => {
    expect(trackRecordPrior({ trueCount: 0, falseCount: 0 }, population, { baseRate: 0.3 }).reliability).toBeCloseTo(
      0.3,
    );
  });
});
