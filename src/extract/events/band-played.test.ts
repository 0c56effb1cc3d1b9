// A band that plays with other acts performs with them, on a real development sentence (the gold's development part,
// never its held-out ids).
import { describe, expect, it } from 'vitest';
import { runGold as run, told } from './told.test-helper.ts';

describe('rule band-played-with: a band that played with singers performed with them', () => {
  it('finds Queen playing "with Robbie Williams, Will Young and Bob Geldof" (bbc-entertainment-138)', () => {
    expect(
      told(run('bbc-entertainment-138'), 'they have also played with').filter((e) => e.type === 'performance'),
    ).toEqual([{ type: 'performance', date: null, who: ['Bob Geldof', 'Queen', 'Robbie Williams', 'Will Young'] }]);
  });

  it('finds Queen playing "with many different singers" since 1991 (bbc-entertainment-138)', () => {
    expect(
      told(run('bbc-entertainment-138'), 'Queen have played with').filter((e) => e.type === 'performance'),
    ).toHaveLength(1);
  });
});
