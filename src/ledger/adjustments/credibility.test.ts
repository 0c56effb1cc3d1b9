import { describe, expect, it } from 'vitest';
import { credibility } from './credibility.ts';
import { holderWeight } from './holder.ts';
import { observations } from './observations.ts';
import { stance } from './stance.ts';
import { row, steps, why } from './testing.ts';
import { at } from '../../invariant/index.ts';

const all = [holderWeight, stance, observations, credibility];
const one = (over: Parameters<typeof row>[0]) => at(steps(all, [row(over)]), 0);
// kim-kardashian-pete-davidson-10 (Promiflash, scored 0.22): "New romance?"
const promiflash = {
  holderKind: 'author' as const,
  holderName: null,
  stance: 'questions' as const,
  sourceKey: 'outlet:promiflash',
  sourceName: 'Promiflash',
  text: 'New romance?',
};

describe('credibility', () => {
  it('Promiflash\'s "New romance?" at 0.22 counts less than the same question from an article scored 0.9, and says by how much', () => {
    const doubtful = one({ ...promiflash, credibility: 0.22 });
    const credible = one({ ...promiflash, credibility: 0.9 });
    expect(doubtful.value).toBeGreaterThan(0);
    expect(doubtful.value).toBeLessThan(credible.value);
    expect(why(doubtful)).toMatch(/article credibility 0\.22: counts less \(×0\.72\)$/);
    expect(why(credible)).toMatch(/article credibility 0\.90: counts more \(×1\.40\)$/);
  });

  it("a doubtful article's photos are doubted with the rest of it", () => {
    const photos = { ...promiflash, observations: 2 };
    expect(one({ ...photos, credibility: 0.22 }).value).toBeLessThan(one({ ...photos, credibility: 0.5 }).value);
  });

  it("a doubtful article's denial is doubted as much as its assertion", () => {
    expect(one({ stance: 'denies', credibility: 0.1 }).value).toBeGreaterThan(
      one({ stance: 'denies', credibility: 0.9 }).value,
    );
  });

  it("Hailey Bieber's \"I'm not pregnant\" is hers whatever the article's score; fans' guesses are no better in a credible article", () => {
    const hailey = {
      holderKind: 'principal' as const,
      holderName: 'Hailey Bieber',
      stance: 'denies' as const,
      value: 'pregnant',
    };
    expect(one({ ...hailey, credibility: 0.05 })).toEqual(one({ ...hailey, credibility: 0.95 }));
    expect(one({ holderKind: 'fans', holderName: null, credibility: 0.05 }).value).toBe(
      one({ holderKind: 'fans', holderName: null, credibility: 0.95 }).value,
    );
  });

  it('an article without a score, or a neutral one, changes nothing and says nothing', () => {
    expect(one({ credibility: null })).toEqual(one({ credibility: 0.5 }));
    expect(why(one({ credibility: null }))).not.toMatch(/credibility/);
  });
});
