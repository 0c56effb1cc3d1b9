import { describe, expect, it } from 'vitest';
import { UNDATED_UNATTRIBUTED_MAX } from '../priors.ts';
import { holderWeight } from './holder.ts';
import { stance } from './stance.ts';
import { row, steps, why } from './testing.ts';
import { undatedCap } from './undated-cap.ts';
import { must } from '../../invariant/index.ts';

const all = [holderWeight, stance, undatedCap];
// The celebrity fake-news corpus: bare texts, no date, no outlet, each its own "source" (celebrity-011fake and the like).
const bare = (i: number, over: Parameters<typeof row>[0] = {}) =>
  row({
    article: `celebrity-${i}`,
    published: null,
    holderKind: 'author',
    holderName: null,
    sourceKey: `article:celebrity-${i}`,
    sourceName: `celebrity-${i}`,
    stance: 'asserts',
    ...over,
  });
const total = (rows: Parameters<typeof steps>[1]) => steps(all, rows).reduce((sum, s) => sum + s.value, 0);

describe('undated-unattributed cap', () => {
  it('twenty undated articles with no outlet, all saying they are dating, add no more than the cap together', () => {
    const many = Array.from({ length: 20 }, (_, i) => bare(i, { holderKind: 'named-source', holderName: 'a friend' }));
    expect(total(many)).toBeLessThanOrEqual(UNDATED_UNATTRIBUTED_MAX + 1e-12);
    expect(
      steps(all, many).some((s) =>
        /capped: undated articles with no outlet add at most 1 in log-odds together$/.test(why(s)),
      ),
    ).toBe(true);
  });

  it('a second such article counts as a repeat of the first, not as an independent source', () => {
    const [one, two] = steps(all, [bare(1), bare(2)]);
    expect(must(two, 'expected two').value).toBeLessThan(must(one, 'expected one').value / 2);
    expect(why(must(two, 'expected two'))).toMatch(
      /undated with no outlet: not independent of the other such articles$/,
    );
    // More claims of the same article are not repeats of another article.
    const [, same] = steps(all, [
      bare(1),
      bare(1, { article: 'celebrity-1', holderKind: 'named-source', holderName: 'a friend' }),
    ]);
    expect(why(must(same, 'expected same'))).not.toMatch(/not independent/);
  });

  it('dated articles, or articles with an outlet, are not capped', () => {
    const dated = Array.from({ length: 10 }, (_, i) =>
      bare(i, { published: '2017-03-09', holderKind: 'named-source', holderName: 'a friend' }),
    );
    expect(total(dated)).toBeGreaterThan(UNDATED_UNATTRIBUTED_MAX * 2);
    const outlets = Array.from({ length: 10 }, (_, i) =>
      bare(i, { sourceKey: `outlet:o${i}`, holderKind: 'named-source', holderName: 'a friend' }),
    );
    expect(total(outlets)).toBeGreaterThan(UNDATED_UNATTRIBUTED_MAX * 2);
  });

  it('a principal on record in an undated article is not capped, and denials are never capped', () => {
    const principal = bare(3, { holderKind: 'principal', holderName: 'Zendaya', stance: 'confirms' });
    expect(steps(all, [bare(1), bare(2), principal])[2]).toEqual(steps([holderWeight, stance], [principal])[0]);
    const denials = Array.from({ length: 10 }, (_, i) =>
      bare(i, { stance: 'denies', holderKind: 'named-source', holderName: 'a friend' }),
    );
    expect(total(denials)).toBeCloseTo(
      steps([holderWeight, stance], denials).reduce((sum, s) => sum + s.value, 0),
      12,
    );
  });
});
