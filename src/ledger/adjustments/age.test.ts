import { describe, expect, it } from 'vitest';
import { age } from './age.ts';
import { holderWeight } from './holder.ts';
import { stance } from './stance.ts';
import { row, steps, why } from './testing.ts';
import { at } from '../../invariant/index.ts';

const all = [holderWeight, stance, age];
// brad-pitt-jennifer-aniston-reunion-01 (Celebuzz, 2009-10-08): Aniston's rep says the New York get-together "never took place".
const rep = {
  holderKind: 'principal' as const,
  holderName: 'Jennifer Aniston',
  stance: 'denies' as const,
  published: '2009-10-08',
  text: 'Aniston\'s representative has now told Us Weekly, in so many words, that the get-together "never took place."',
};
const asOf = (day: string) => at(steps(all, [row(rep)], { asOf: day }), 0);

describe('age', () => {
  it('an article 400 days old counts less than a fresh one, and says how old it is', () => {
    const fresh = asOf('2009-10-08');
    const old = asOf('2010-11-12');
    expect(Math.abs(old.value)).toBeLessThan(Math.abs(fresh.value) * 0.5);
    expect(Math.abs(old.value)).toBeGreaterThan(0);
    expect(why(old)).toMatch(/400 days old$/);
  });

  it('the older, the less: twelve years on the denial says next to nothing about the pair in 2021', () => {
    expect(Math.abs(asOf('2021-06-23').value)).toBeLessThan(Math.abs(asOf('2010-11-12').value) / 100);
  });

  it('under a month nothing fades and nothing is said', () => {
    expect(asOf('2009-11-06')).toEqual(asOf('2009-10-08'));
    expect(why(asOf('2009-11-06'))).not.toMatch(/days old/);
  });

  it('an undated article cannot be aged, and a score asked for no day ages nothing', () => {
    expect(steps(all, [row({ ...rep, published: null })], { asOf: '2021-06-23' })[0]).toEqual(asOf('2009-10-08'));
    expect(steps(all, [row(rep)])[0]).toEqual(asOf('2009-10-08'));
  });
});
