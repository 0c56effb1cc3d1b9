// Chart news told by verbs of arriving in a chart, on real development sentences (the gold's development part, never
// its held-out ids).
import { describe, expect, it } from 'vitest';
import { runGold as run, told } from './told.test-helper.ts';

describe('rule chart-arrival-verbs: scoring a number one or going straight into a chart is chart news', () => {
  it('finds Elvis scoring "his 19th number one single in the UK charts" with Jailhouse Rock (bbc-entertainment-234)', () => {
    expect(
      told(run('bbc-entertainment-234'), 'has scored his 19th number one').filter((e) => e.type === 'chart'),
    ).toEqual([{ type: 'chart', date: null, who: ['Elvis Presley', 'Jailhouse Rock'] }]);
  });

  it('finds Vertigo going "straight into the UK singles chart at number one" (bbc-entertainment-262)', () => {
    const chart = told(run('bbc-entertainment-262'), 'went straight into the UK singles chart').filter(
      (e) => e.type === 'chart',
    );
    expect(chart).toHaveLength(1);
    expect(chart[0]?.who).toContain('Vertigo');
  });
});
