import { describe, expect, it } from 'vitest';
import type { EvidenceRow } from '../store/index.ts';
import { scoreStory } from './score.ts';

// Sentences from the seed; the rows are what the ledger files for its claims.
let n = 0;
function row(over: Partial<EvidenceRow>): EvidenceRow {
  return {
    id: `r${++n}`, story: 's', article: 'seed', published: '2025-05-07', value: 'dating', holderKind: 'author', holderName: null,
    sourceKey: 'article:seed', sourceName: 'seed', stance: 'asserts', text: `sentence ${n}`, start: 0, end: 1, observations: 0, timeline: [],
    ...over,
  };
}

describe('scoreStory', () => {
  it("counts an article's sightings once, however many of its claims cite them", () => {
    const once = scoreStory('relationship', [row({ stance: 'hedges', observations: 2 })], '2025-05-07');
    const twice = scoreStory('relationship', [row({ stance: 'hedges', observations: 2 }), row({ holderKind: 'fans', stance: 'questions', observations: 2 })], '2025-05-07');
    expect(twice.items[1]!.why).not.toMatch(/observation/);
    expect(twice.score - once.score).toBeLessThan(0.02);
  });

  it('a principal saying "not confirmed" twice does not raise the score; reversing to a confirmation supersedes it', () => {
    const quiet = row({ holderKind: 'principal', stance: 'unconfirmed' });
    const again = scoreStory('relationship', [quiet, row({ holderKind: 'principal', stance: 'unconfirmed' })], '2025-05-07');
    expect(again.items[1]!.delta).toBeLessThanOrEqual(0);
    const confirmed = scoreStory('relationship', [quiet, row({ holderKind: 'principal', stance: 'confirms', published: '2025-06-01' })], '2025-06-01');
    expect(confirmed.items[1]!.why).toMatch(/supersedes/);
    expect(confirmed.score).toBeGreaterThan(0.9);
  });

  it('old evidence moves the score less than fresh evidence', () => {
    const fresh = scoreStory('relationship', [row({ holderKind: 'outlet', holderName: 'Daily Mail' })], '2025-05-07');
    const old = scoreStory('relationship', [row({ holderKind: 'outlet', holderName: 'Daily Mail' })], '2027-05-07');
    expect(old.items[0]!.delta).toBeLessThan(fresh.items[0]!.delta / 2);
    expect(old.items[0]!.why).toMatch(/730 days old/);
  });

  it('a denial on record by a principal outweighs a tabloid', () => {
    const s = scoreStory('relationship', [row({ holderKind: 'outlet', holderName: 'Daily Mail' }), row({ holderKind: 'principal', stance: 'denies', sourceKey: 'outlet:people' })], '2025-05-07');
    expect(s.score).toBeLessThan(0.1);
  });
});
