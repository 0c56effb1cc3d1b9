import { describe, expect, it } from 'vitest';
import { holderWeight } from './holder.ts';
import { stance } from './stance.ts';
import { supersession } from './supersession.ts';
import { row, steps, why } from './testing.ts';
import { must } from '../../invariant/index.ts';

const all = [holderWeight, stance, supersession];
// zendaya-tom-holland-03 (2017): "It's friendship, no romance"; zendaya-tom-holland-06 (2021, GQ): they talk about each other as a couple.
const denial = (published: string | null = '2017-08-09') =>
  row({
    holderKind: 'principal',
    holderName: 'Zendaya',
    stance: 'denies',
    published,
    text: '"It\'s friendship, no romance," she said of the two of them',
  });
const confirmation = (published: string | null = '2021-11-17') =>
  row({
    holderKind: 'principal',
    holderName: 'Tom Holland',
    stance: 'confirms',
    published,
    text: 'Tom Holland and Zendaya talking, on the record, about each other',
  });
const total = (rows: Parameters<typeof steps>[1]) => steps(all, rows).reduce((sum, s) => sum + s.value, 0);

describe('supersession', () => {
  it("a principal's later confirmation supersedes their earlier denial: the denial stops counting", () => {
    const [, later] = steps(all, [denial(), confirmation()]);
    expect(why(must(later, 'expected later'))).toMatch(/supersedes the principals' earlier statement$/);
    expect(total([denial(), confirmation()])).toBeCloseTo(total([confirmation()]), 12);
  });

  it("a principal's later denial supersedes their earlier confirmation", () => {
    expect(total([confirmation('2017-08-09'), denial('2021-11-17')])).toBeCloseTo(total([denial('2021-11-17')]), 12);
    expect(total([confirmation('2017-08-09'), denial('2021-11-17')])).toBeLessThan(0);
  });

  it('saying the same again supersedes nothing: both count', () => {
    const [, again] = steps(all, [denial(), denial('2019-06-20')]);
    expect(why(must(again, 'expected again'))).not.toMatch(/supersedes/);
    expect(total([denial(), denial('2019-06-20')])).toBeLessThan(total([denial()]));
  });

  it('undated statements cannot be ordered: neither supersedes the other, both count, and the item says why', () => {
    const [, undated] = steps(all, [denial(), confirmation(null)]);
    expect(why(must(undated, 'expected undated'))).toMatch(
      /the principals' statements cannot be ordered \(undated\): both count$/,
    );
    expect(total([denial(), confirmation(null)])).toBeCloseTo(total([denial()]) + total([confirmation(null)]), 12);
  });

  it('"Neither has confirmed it" is no word on record: it supersedes nothing, and a later confirmation has nothing to supersede', () => {
    const unconfirmed = row({
      holderKind: 'principal',
      holderName: null,
      stance: 'unconfirmed',
      text: 'Neither ever confirmed the relationship publicly in so many words.',
    });
    const [quiet, confirmed] = steps(all, [unconfirmed, confirmation()]);
    expect(why(must(quiet, 'expected quiet'))).not.toMatch(/supersedes/);
    expect(why(must(confirmed, 'expected confirmed'))).not.toMatch(/supersedes/);
  });

  it("a tabloid's word is not a principal's: it neither supersedes nor is superseded", () => {
    const [, , later] = steps(all, [
      confirmation('2017-01-01'),
      row({ stance: 'denies', published: '2017-08-09' }),
      confirmation(),
    ]);
    expect(why(must(later, 'expected later'))).not.toMatch(/supersedes/);
  });
});

describe('a principal who hedges after confirming', () => {
  it('has not turned: the hedge supersedes nothing and the confirmation keeps counting', () => {
    const hedge = row({
      holderKind: 'principal',
      holderName: 'Tom Holland',
      stance: 'hedges',
      published: '2022-01-10',
      text: 'Holland said they might take a break from filming together',
    });
    const [, later] = steps(all, [confirmation(), hedge]);
    expect(why(must(later, 'expected later'))).not.toMatch(/supersedes/);
    expect(total([confirmation(), hedge])).toBeGreaterThan(total([confirmation()]));
  });
});
