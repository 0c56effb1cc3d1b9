import { describe, expect, it } from 'vitest';
import { scoreStory } from './score.ts';
import { tally } from './track.ts';
import { at } from '../invariant/index.ts';
import { rowMaker } from './adjustments/testing.ts';

// Sentences from the seed; the rows are what the ledger files for its claims.
const row = rowMaker(() => ({
  article: 'seed',
  published: '2025-05-07',
  holderKind: 'author',
  holderName: null,
  sourceKey: 'article:seed',
  sourceName: 'seed',
}));

describe('scoreStory', () => {
  it("counts an article's sightings once, however many of its claims cite them", () => {
    const once = scoreStory('relationship', [row({ stance: 'hedges', observations: 2 })], '2025-05-07');
    const twice = scoreStory(
      'relationship',
      [row({ stance: 'hedges', observations: 2 }), row({ holderKind: 'fans', stance: 'questions', observations: 2 })],
      '2025-05-07',
    );
    expect(at(twice.items, 1).why).not.toMatch(/observation/);
    expect(twice.score - once.score).toBeLessThan(0.02);
  });

  it('a principal saying "not confirmed" twice does not raise the score; it is no word on record, so a later confirmation supersedes nothing', () => {
    const quiet = row({ holderKind: 'principal', stance: 'unconfirmed' });
    const again = scoreStory(
      'relationship',
      [quiet, row({ holderKind: 'principal', stance: 'unconfirmed' })],
      '2025-05-07',
    );
    expect(at(again.items, 1).delta).toBeLessThanOrEqual(0);
    const confirmed = scoreStory(
      'relationship',
      [quiet, row({ holderKind: 'principal', stance: 'confirms', published: '2025-06-01' })],
      '2025-06-01',
    );
    expect(at(confirmed.items, 1).why).not.toMatch(/supersedes/);
    expect(confirmed.score).toBeGreaterThan(0.9);
  });

  it('old evidence moves the score less than fresh evidence', () => {
    const fresh = scoreStory('relationship', [row({ holderKind: 'outlet', holderName: 'Daily Mail' })], '2025-05-07');
    const old = scoreStory('relationship', [row({ holderKind: 'outlet', holderName: 'Daily Mail' })], '2027-05-07');
    expect(at(old.items, 0).delta).toBeLessThan(at(fresh.items, 0).delta / 2);
    expect(at(old.items, 0).why).toMatch(/730 days old/);
  });

  it('a denial on record by a principal outweighs a tabloid', () => {
    const s = scoreStory(
      'relationship',
      [
        row({ holderKind: 'outlet', holderName: 'Daily Mail' }),
        row({ holderKind: 'principal', stance: 'denies', sourceKey: 'outlet:people' }),
      ],
      '2025-05-07',
    );
    expect(s.score).toBeLessThan(0.1);
  });

  it('a report moves the score less from a low-credibility article than from a high-credibility one, and says so', () => {
    const report = (credibility: number) =>
      scoreStory('relationship', [row({ holderKind: 'outlet', holderName: 'Daily Mail', credibility })], '2025-05-07');
    const low = report(0.1);
    const high = report(0.9);
    expect(at(low.items, 0).delta).toBeGreaterThan(0);
    expect(at(low.items, 0).delta).toBeLessThan(at(high.items, 0).delta * 0.75);
    expect(at(low.items, 0).why).toMatch(/article credibility 0\.10: counts less \(×0\.60\)/);
    expect(at(high.items, 0).why).toMatch(/article credibility 0\.90: counts more \(×1\.40\)/);
    // A denial from a doubtful article is doubted as much as an assertion.
    const denial = (credibility: number) =>
      at(
        scoreStory('relationship', [row({ holderKind: 'anonymous', stance: 'denies', credibility })], '2025-05-07')
          .items,
        0,
      ).delta;
    expect(denial(0.1)).toBeGreaterThan(denial(0.9));
  });

  it("a principal on record and fans are not scaled by the article's credibility; an unscored article counts as neutral", () => {
    const principal = (credibility: number | null) =>
      scoreStory('relationship', [row({ holderKind: 'principal', stance: 'confirms', credibility })], '2025-05-07');
    expect(principal(0.05).score).toBe(principal(0.95).score);
    expect(at(principal(0.05).items, 0).why).not.toMatch(/credibility/);
    const fans = (credibility: number) =>
      scoreStory('relationship', [row({ holderKind: 'fans', stance: 'hedges', credibility })], '2025-05-07').score;
    expect(fans(0.05)).toBe(fans(0.95));
    const unscored = scoreStory(
      'relationship',
      [row({ holderKind: 'outlet', holderName: 'Daily Mail', credibility: null })],
      '2025-05-07',
    );
    const neutral = scoreStory(
      'relationship',
      [row({ holderKind: 'outlet', holderName: 'Daily Mail', credibility: 0.5 })],
      '2025-05-07',
    );
    expect(unscored.score).toBe(neutral.score);
    expect(at(unscored.items, 0).why).not.toMatch(/credibility/);
  });

  it("an outlet's track record on settled stories scales its weight: denied before, it counts less than one confirmed before", () => {
    const settled = (outlet: string, hit: boolean, i: number) => ({
      story: `old${outlet}${i}`,
      sourceKey: `outlet:${outlet.toLowerCase()}`,
      sourceName: outlet,
      holderKind: 'outlet' as const,
      hit,
      settledOn: '2025-01-01',
      reportedOn: '2024-12-01',
    });
    const trackRecord = tally([0, 1, 2].flatMap((i) => [settled('Daily Mail', false, i), settled('Mirror', true, i)]));
    const report = (outlet: string) =>
      scoreStory(
        'relationship',
        [
          row({
            holderKind: 'outlet',
            holderName: outlet,
            sourceKey: `outlet:${outlet.toLowerCase()}`,
            sourceName: outlet,
          }),
        ],
        '2025-05-07',
        undefined,
        trackRecord,
      );
    const mail = report('Daily Mail');
    const mirror = report('Mirror');
    expect(at(mail.items, 0).delta).toBeLessThan(at(mirror.items, 0).delta);
    expect(at(mail.items, 0).why).toMatch(/Daily Mail's record: 0 of 3 settled reports true/);
    expect(at(mirror.items, 0).why).toMatch(/Mirror's record: 3 of 3 settled reports true/);
    // Both are tabloids (priors.json): without track records they weigh the same.
    expect(
      scoreStory('relationship', [row({ holderKind: 'outlet', holderName: 'Daily Mail' })], '2025-05-07').score,
    ).toBe(scoreStory('relationship', [row({ holderKind: 'outlet', holderName: 'Mirror' })], '2025-05-07').score);
  });
});
