import { describe, expect, it } from 'vitest';
import { beyondStage } from './beyond-stage.ts';
import { holderWeight } from './holder.ts';
import { repetition } from './repetition.ts';
import { stance } from './stance.ts';
import { row, steps, why } from './testing.ts';
import { must } from '../../invariant/index.ts';

// celebrity-137fake: Miley Cyrus, engaged to Liam Hemsworth, "had no wedding plans".
const sun = {
  sourceKey: 'outlet:the sun',
  sourceName: 'The Sun',
  holderKind: 'principal' as const,
  holderName: 'Miley Cyrus',
};
const noMarriage = () =>
  row({
    ...sun,
    value: 'married',
    stance: 'denies',
    text: '"I don’t envision marriage," Miley Cyrus told The Sun on Sunday about Liam Hemsworth.',
  });
const all = [holderWeight, beyondStage, stance, repetition];

describe('beyond the stage', () => {
  it('"I don\'t envision marriage" from an engaged star moves nothing and says it bears on marriage only', () => {
    const [step] = steps(all, [noMarriage()], { stage: 'engaged' });
    expect(must(step, 'expected step').value).toBe(0);
    expect(why(must(step, 'expected step'))).toBe(
      "a principal (Miley Cyrus) denies married, a stage beyond the story's (engaged): it bears on that stage only, not on the pair",
    );
  });

  it('a denial of the stage the story is at still counts against it', () => {
    const [step] = steps(all, [row({ ...sun, value: 'engaged', stance: 'denies' })], { stage: 'engaged' });
    expect(must(step, 'expected step').value).toBeLessThan(0);
    expect(why(must(step, 'expected step'))).not.toMatch(/beyond/);
  });

  it('is not heard: the same source speaking next is its first word, not a repeat', () => {
    const [, next] = steps(all, [noMarriage(), row({ ...sun, value: 'engaged', stance: 'confirms' })], {
      stage: 'engaged',
    });
    expect(why(must(next, 'expected next'))).toMatch(/first from The Sun/);
  });

  it("a stage's own rows (stage null) are all about that stage: nothing is set aside", () => {
    const [step] = steps(all, [noMarriage()], { stage: null, perStage: true });
    expect(must(step, 'expected step').value).toBeLessThan(0);
  });
});
