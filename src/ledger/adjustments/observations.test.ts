import { describe, expect, it } from 'vitest';
import { holderWeight } from './holder.ts';
import { observations } from './observations.ts';
import { stance } from './stance.ts';
import { row, steps, why } from './testing.ts';
import { at, must } from '../../invariant/index.ts';

const all = [holderWeight, stance, observations];
// kim-kardashian-pete-davidson-01 (Daily Mail): the Knott's Berry Farm photos back its report.
const photographed = {
  article: 'kim-kardashian-pete-davidson-01',
  observations: 1,
  text: "On Friday night the two were photographed on a ride at Knott's Berry Farm in Southern California",
};

describe('observations', () => {
  it('a report backed by photos counts more than the same report without, and says what backs it', () => {
    const [backed] = steps(all, [row(photographed)]);
    const [bare] = steps(all, [row({ ...photographed, observations: 0 })]);
    expect(must(backed, 'expected backed').value).toBeGreaterThan(must(bare, 'expected bare').value);
    expect(why(must(backed, 'expected backed'))).toMatch(/backed by 1 observation \(sighting\/photo\)$/);
  });

  it("an article's photos count once, however many of its claims cite them", () => {
    const [first, second] = steps(all, [
      row(photographed),
      row({ ...photographed, stance: 'hedges', holderKind: 'author', holderName: null }),
    ]);
    const [alone] = steps(all, [
      row({ ...photographed, stance: 'hedges', holderKind: 'author', holderName: null, observations: 0 }),
    ]);
    expect(must(first, 'expected first').reasons).toHaveLength(1);
    expect(must(second, 'expected second').value).toBe(must(alone, 'expected alone').value);
    expect(why(must(second, 'expected second'))).not.toMatch(/observation/);
  });

  it('more photos count more, up to a limit: a gallery is not a hundred sightings', () => {
    const value = (n: number) => at(steps(all, [row({ ...photographed, observations: n })]), 0).value;
    expect(value(2)).toBeGreaterThan(value(1));
    expect(value(100)).toBe(value(2));
  });

  it('a denial is not backed by the photos it denies', () => {
    const [denial] = steps(all, [row({ ...photographed, stance: 'denies' })]);
    const [plain] = steps(all, [row({ ...photographed, stance: 'denies', observations: 0 })]);
    expect(must(denial, 'expected denial').value).toBe(must(plain, 'expected plain').value);
  });

  it('photos of a split (apart at the airport) count against the pair with the report they back', () => {
    const [split] = steps(all, [row({ ...photographed, value: 'split' })]);
    const [bare] = steps(all, [row({ ...photographed, value: 'split', observations: 0 })]);
    expect(must(split, 'expected split').value).toBeLessThan(must(bare, 'expected bare').value);
  });
});
