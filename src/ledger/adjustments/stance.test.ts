import { describe, expect, it } from 'vitest';
import { holderWeight } from './holder.ts';
import { stance } from './stance.ts';
import { row, steps, why } from './testing.ts';
import { at, must } from '../../invariant/index.ts';

const daily = (over: Parameters<typeof row>[0]) => at(steps([holderWeight, stance], [row(over)]), 0);

describe('stance', () => {
  it('the same tabloid: a confirmation counts more than an assertion, a hedge less, "New romance?" less still; a denial counts against', () => {
    const [confirms, asserts, hedges, questions, denies] = (
      ['confirms', 'asserts', 'hedges', 'questions', 'denies'] as const
    ).map((s) => daily({ stance: s }).value);
    expect(confirms).toBeGreaterThan(must(asserts, 'expected asserts'));
    expect(asserts).toBeGreaterThan(must(hedges, 'expected hedges'));
    expect(hedges).toBeGreaterThan(must(questions, 'expected questions'));
    expect(questions).toBeGreaterThan(0);
    expect(denies).toBeLessThan(0);
  });

  it('"Neither ever confirmed the relationship publicly" counts a little against it, far less than their denial', () => {
    const step = daily({
      stance: 'unconfirmed',
      holderKind: 'principal',
      holderName: null,
      text: 'Neither ever confirmed the relationship publicly in so many words.',
    });
    expect(step.value).toBeLessThan(0);
    expect(step.value).toBeGreaterThan(
      daily({ stance: 'denies', holderKind: 'principal', holderName: null }).value / 2,
    );
    expect(why(step)).toBe('a principal notes it is unconfirmed (dating)');
  });

  it('"TMZ: Grande and Davidson end five-month romance" counts against the pair, and the item says so', () => {
    const split = daily({ value: 'split', holderName: 'TMZ' });
    expect(split.value).toBeLessThan(0);
    expect(why(split)).toBe('a tabloid (TMZ) asserts it (split: counts against the pair being together)');
    // Denying the split counts for the pair.
    expect(why(daily({ value: 'split', stance: 'denies' }))).toMatch(/split: denying it counts for the pair/);
  });

  it("in the split stage's own rows the same report counts for the split", () => {
    const [split] = steps([holderWeight, stance], [row({ value: 'split', holderName: 'TMZ' })], { perStage: true });
    expect(must(split, 'expected split').value).toBeGreaterThan(0);
    expect(why(must(split, 'expected split'))).toBe('a tabloid (TMZ) asserts it (split)');
  });
});
