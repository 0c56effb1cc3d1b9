import { describe, expect, it } from 'vitest';
import priors from '../../data/priors.json' with { type: 'json' };
import { parseData } from '../extract/data.ts';
import { banded, statusBands } from './story.ts';

const check = (value: unknown) => parseData(statusBands, value, 'data/priors.json statusBands');

describe('status bands (data/priors.json statusBands), checked at load', () => {
  it('reads the shipped bands, and keeps a score inside its status band', () => {
    expect(check(priors.statusBands).confirmed).toEqual([0.85, 0.99]);
    expect(banded(0.04, 'confirmed')).toEqual({
      score: 0.85,
      calibration: 'the evidence gives 0.04; confirmed keeps it within 0.85–0.99',
    });
    expect(banded(0.5, 'reported')).toEqual({ score: 0.5, calibration: null });
  });

  it('refuses a status left out, a status it does not know, a band upside down, and a band without its reason', () => {
    const { ended: _ended, ...noEnded } = priors.statusBands;
    expect(() => check(noEnded)).toThrow(/data\/priors\.json statusBands[\s\S]*ended/);
    expect(() => check({ ...priors.statusBands, rumoured: [0.1, 0.2] })).toThrow(/rumoured/);
    expect(() => check({ ...priors.statusBands, denied: [0.2, 0.01] })).toThrow(/a band is \[low, high\][\s\S]*denied/);
    const { reason: _reason, ...unreasoned } = priors.statusBands;
    expect(() => check(unreasoned)).toThrow(/reason/);
  });
});
