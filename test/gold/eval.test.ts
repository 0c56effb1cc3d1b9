// The scorer behind `npm run eval`, checked on the gold itself: gold read back as a system's
// output must score 100 everywhere, and a pipeline that finds nothing must score 0.
import { describe, expect, it } from 'vitest';
import { emptyScores, scoreArticle } from '../../scripts/eval/score.ts';
import { f1 } from '../../scripts/eval/spans.ts';
import { spanKey } from '../../scripts/eval/spans.ts';
import type { Extraction } from '../../src/extract/index.ts';
import { loadGold } from './index.ts';
import type { Gold } from './index.ts';

function asExtraction(g: Gold): Extraction {
  const id = (name: string) => `e${g.entities.findIndex((e) => e.name === name) + 1}`;
  return {
    article: { id: g.article.id, published: g.article.published, title: null, source: null, url: null, credibility: { score: 0, signals: [] } },
    entities: g.entities.map((e) => ({ id: id(e.name), name: e.name, type: e.type, mentions: e.mentions })),
    times: g.times,
    events: g.events.map((v, i) => ({
      id: `v${i}`, type: v.type, summary: v.summary, participants: v.participants.map(id), place: null,
      time: v.date ? { value: v.date, text: '' } : null, evidence: v.evidence,
    })),
    claims: g.claims.map((c, i) => ({
      id: `c${i}`, type: c.type, subjects: c.subjects.map(id), value: c.value, holder: { kind: c.holder, entity: null },
      stance: c.stance, evidence: c.evidence, supports: [],
    })),
    hedges: g.hedges,
  };
}

const gold = loadGold();

describe('eval scorer', () => {
  it('scores the gold against itself as perfect', () => {
    const s = emptyScores();
    for (const g of gold) scoreArticle(s, g, asExtraction(g));
    for (const c of [s.entities, s.timeExtent, s.timeValue, s.events, s.eventsAllRight, s.claimsFound, s.claimsRight, s.hedges]) {
      expect(f1(c).f).toBe(1);
    }
    for (const m of s.mentions.values()) expect(m.right).toBe(m.total);
  });

  it('scores an empty output as zero recall', () => {
    const s = emptyScores();
    for (const g of gold) scoreArticle(s, g, { ...asExtraction(g), entities: [], times: [], events: [], claims: [], hedges: [] });
    expect(f1(s.entities).r).toBe(0);
    expect(f1(s.timeValue).r).toBe(0);
    expect(s.entities.gold).toBeGreaterThan(100);
  });

  it('counts a wrong time value and a wrong stance as misses', () => {
    const seed = gold.find((g) => g.article.id === 'seed')!;
    const out = asExtraction(seed);
    out.times = out.times.map((t) => (t.text === 'Saturday' ? { ...t, value: '2025-05-10' } : t));
    out.claims = out.claims.map((c) => (c.holder.kind === 'fans' ? { ...c, stance: 'asserts' } : c));
    const s = emptyScores();
    scoreArticle(s, seed, out);
    expect(s.timeValue.tp).toBe(seed.times.length - 1);
    expect(s.timeExtent.tp).toBe(seed.times.length);
    expect(s.claimsRight.tp).toBe(seed.claims.length - 1);
    expect(s.claimsFound.tp).toBe(seed.claims.length);
  });

  it('forgives a possessive or a leading "the" in a mention span, nothing more', () => {
    const text = 'the Daily Mail called Ana’s bluff';
    expect(spanKey({ text: 'Ana’s', start: 22, end: 27 })).toBe(spanKey({ text: 'Ana', start: 22, end: 25 }));
    expect(spanKey({ text: 'the Daily Mail', start: 0, end: 14 })).toBe(spanKey({ text: 'Daily Mail', start: 4, end: 14 }));
    expect(spanKey({ text: text.slice(0, 9), start: 0, end: 9 })).not.toBe(spanKey({ text: 'Daily Mail', start: 4, end: 14 }));
  });
});
