import { describe, expect, it } from 'vitest';
import { holderWeight } from './holder.ts';
import { row, steps } from './testing.ts';
import { at, must } from '../../invariant/index.ts';

// zendaya-tom-holland-03 (KIIS FM), kim-kardashian-pete-davidson-01 (Daily Mail), harry-styles-olivia-wilde-09 (People's sources).
const zendaya = row({
  holderKind: 'principal',
  holderName: 'Zendaya',
  stance: 'denies',
  sourceKey: 'outlet:kiis fm',
  sourceName: 'KIIS FM',
  text: '"It\'s friendship, no romance," she said of the two of them',
});
const people = row({
  holderName: 'People',
  sourceKey: 'outlet:people',
  sourceName: 'People',
  text: 'Harry Styles and Olivia Wilde are reported to be "taking a break," according to People.',
});
const mail = row({
  text: 'Fresh from holding hands at a California theme park, Kim Kardashian and Pete Davidson have both turned up in Manhattan.',
});
const insider = row({
  holderKind: 'anonymous',
  holderName: 'the insider',
  text: '"They remain great friends," the insider said',
});
const fans = row({
  holderKind: 'fans',
  holderName: null,
  text: "Fans aren't convinced, and they note that both happen to be single",
});

describe('holder weight', () => {
  it('Zendaya on record outweighs People, People the Daily Mail, the Daily Mail an insider, and fans count least', () => {
    const weights = steps([holderWeight], [zendaya, people, mail, insider, fans]).map((s) => s.value);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(new Set(weights).size).toBe(5);
  });

  it('says who holds it: an outlet by its tier and name, an anonymous source without the name the article gives it', () => {
    expect(steps([holderWeight], [zendaya, people, mail, insider, fans]).map((s) => s.who)).toEqual([
      'a principal (Zendaya)',
      'a magazine (People)',
      'a tabloid (Daily Mail)',
      'an anonymous source',
      'fans',
    ]);
    // An outlet not in data/priors.json's tiers weighs as an outlet of unknown standing, named as such.
    const [celebitchy] = steps([holderWeight], [row({ holderName: 'Celebitchy' })]);
    expect(must(celebitchy, 'expected celebitchy').who).toBe('an outlet (Celebitchy)');
    expect(must(celebitchy, 'expected celebitchy').value).toBeGreaterThan(at(steps([holderWeight], [mail]), 0).value);
  });
});
