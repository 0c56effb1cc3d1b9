// Participants joined to an event by coordination the clause splitter used to read as a clause break, on real
// development sentences (the gold's development part, never its held-out ids).
import { describe, expect, it } from 'vitest';
import { runGold as run, told } from './told.test-helper.ts';

describe('rule as-well-as: "as well as" adds one more participant, as "and" does', () => {
  it('gives the Golden Globe of "…, as well as a prestigious Golden Globe" to the award (bbc-entertainment-073)', () => {
    const award = told(run('bbc-entertainment-073'), 'as well as a prestigious Golden Globe');
    expect(award).toHaveLength(1);
    expect(award[0]?.who).toContain('Golden Globes');
  });

  it('reunites the pop star with "boyfriend Blake Shelton as well as longtime coach Adam Levine" (celebrity-038legit)', () => {
    expect(told(run('celebrity-038legit'), 'as well as longtime coach Adam Levine')).toContainEqual({
      type: 'reconciliation',
      date: null,
      who: ['Adam Levine', 'Blake Shelton', 'Gwen Stefani'],
    });
  });
});
