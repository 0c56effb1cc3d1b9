// The scorer behind `npm run eval`, checked on the gold itself: gold read back as a system's
// output must score 100 everywhere, a pipeline that finds nothing must score 0, and each strict
// criterion (date, participants, holder, stance, sentence) must be able to fail on its own.
import { describe, expect, it } from 'vitest';
import { emptyScores, scoreArticle } from '../../scripts/eval/score.ts';
import { f1 } from '../../scripts/eval/spans.ts';
import { spanKey } from '../../scripts/eval/spans.ts';
import type { Extraction } from '../../src/extract/index.ts';
import { goldIds, heldOutIds, loadGold } from './index.ts';
import type { Gold } from './index.ts';
import { at, must } from '../../src/invariant/index.ts';

function asExtraction(g: Gold): Extraction {
  const id = (name: string) => `e${g.entities.findIndex((e) => e.name === name) + 1}`;
  return {
    article: { id: g.article.id, published: g.article.published, title: null, source: null, url: null, credibility: { score: 0, signals: [] } },
    entities: g.entities.map((e) => ({ id: id(e.name), name: e.name, type: e.type, mentions: e.mentions.map((m) => ({ ...m, rule: 'gold' })), rule: 'gold' })),
    times: g.times.map((t) => ({ ...t, rule: 'gold' })),
    events: g.events.map((v, i) => ({
      id: `v${i}`, type: v.type, summary: v.summary, participants: v.participants.map(id), place: null,
      time: v.date ? { value: v.date, text: '' } : null, evidence: v.evidence, rule: 'gold',
    })),
    claims: g.claims.map((c, i) => ({
      id: `c${i}`, type: c.type, subjects: c.subjects.map(id), value: c.value,
      holder: { kind: c.holder, entity: c.holderName ? id(c.holderName) : null },
      stance: c.stance, evidence: c.evidence, supports: [], rule: 'gold',
    })),
    hedges: g.hedges.map((h) => ({ ...h, rule: 'gold' })),
  };
}

const gold = loadGold();
const seed = must(gold.find((g) => g.article.id === 'seed'), 'expected seed');
const score = (g: Gold, out: Extraction) => {
  const s = emptyScores();
  scoreArticle(s, g, out);
  return s;
};

describe('eval scorer', () => {
  it('scores the gold against itself as perfect', () => {
    const s = emptyScores();
    for (const g of gold) scoreArticle(s, g, asExtraction(g));
    for (const c of [s.entities, s.mentionsRight, s.timeExtent, s.timeValue, s.eventsFound, s.eventsRight, s.claimsFound, s.claimsRight, s.hedges]) {
      expect(f1(c).f).toBe(1);
    }
    for (const m of s.mentions.values()) expect(m.right).toBe(m.total);
  });

  it('scores an empty output as zero recall', () => {
    const s = emptyScores();
    for (const g of gold) scoreArticle(s, g, { ...asExtraction(g), entities: [], times: [], events: [], claims: [], hedges: [] });
    for (const c of [s.entities, s.mentionsRight, s.timeValue, s.eventsRight, s.claimsRight, s.hedges]) expect(f1(c).r).toBe(0);
    expect(s.entities.gold).toBeGreaterThan(100);
  });

  it('counts a wrong time value and a wrong stance as misses', () => {
    const out = asExtraction(seed);
    out.times = out.times.map((t) => (t.text === 'Saturday' ? { ...t, value: '2025-05-10' } : t));
    out.claims = out.claims.map((c) => (c.holder.kind === 'fans' ? { ...c, stance: 'asserts' } : c));
    const s = score(seed, out);
    expect(s.timeValue.tp).toBe(seed.times.length - 1);
    expect(s.timeExtent.tp).toBe(seed.times.length);
    expect(s.claimsRight.tp).toBe(seed.claims.length - 1);
    expect(s.claimsFound.tp).toBe(seed.claims.length);
  });

  it('counts a relationship claim with the wrong stage as a miss', () => {
    const out = asExtraction(seed);
    const i = out.claims.findIndex((c) => c.type === 'relationship' && c.value === 'dating');
    out.claims = out.claims.map((c, j) => (j === i ? { ...c, value: 'married' } : c));
    const s = score(seed, out);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(s.claimsRight.tp).toBe(seed.claims.length - 1);
    expect(s.claimsFound.tp).toBe(seed.claims.length);
  });

  it('counts an event right only with its date and exactly its participants', () => {
    const out = asExtraction(seed);
    const beckham = must(out.entities.find((e) => e.name === 'David Beckham'), 'expected David Beckham').id;
    // The taxi sighting (Tom, Ana, 3 AM): add Beckham to it; undate the party; date the undated post.
    out.events = out.events.map((v) => {
      if (v.type === 'sighting') return { ...v, participants: [...v.participants, beckham] };
      if (v.type === 'celebration') return { ...v, time: null };
      if (v.type === 'post' && v.time === null) return { ...v, time: { value: '2025-05-07', text: '' } };
      return v;
    });
    const s = score(seed, out);
    expect(s.eventsFound.tp).toBe(seed.events.length);
    expect(s.eventsRight.tp).toBe(seed.events.length - 3);
    expect(s.eventsParticipants.right).toBe(seed.events.length - 1);
  });

  it('wants the named holder: the outlet itself, by its name or one of its mentions', () => {
    const out = asExtraction(seed);
    const mail = must(out.entities.find((e) => e.name === 'Daily Mail'), 'expected Daily Mail');
    const instagram = must(out.entities.find((e) => e.name === 'Instagram'), 'expected Instagram').id;
    const mailClaims = seed.claims.filter((c) => c.holderName === 'Daily Mail').length;
    expect(mailClaims).toBeGreaterThan(0);
    // Renamed "the Daily Mail": still the holder, by name (case and "the" aside).
    mail.name = 'the daily mail';
    expect(score(seed, out).claimsRight.tp).toBe(seed.claims.length);
    // Renamed to something else: still the holder by its mention "Daily Mail".
    mail.name = 'DM';
    expect(score(seed, out).claimsRight.tp).toBe(seed.claims.length);
    // Instagram as the holder of the Daily Mail's claims: the kind is right, the holder is not.
    out.claims = out.claims.map((c) => (c.holder.entity === mail.id ? { ...c, holder: { kind: 'outlet', entity: instagram } } : c));
    const s = score(seed, out);
    expect(s.claimsRight.tp).toBe(seed.claims.length - mailClaims);
    expect(s.claimsFound.tp).toBe(seed.claims.length);
  });

  it('wants a claim in its own sentence and the core types exact; open types match each other', () => {
    const out = asExtraction(seed);
    const first = at(seed.claims, 0);
    out.claims = out.claims.map((c, i) => (i === 0 ? { ...c, evidence: at(seed.events, 0).evidence } : c));
    expect(score(seed, out).claimsRight.tp).toBe(seed.claims.length - 1);

    const opened = { ...asExtraction(seed), claims: [{ ...at(asExtraction(seed).claims, 0), type: 'romance' }] };
    const only = { ...seed, claims: [{ ...first, type: 'career' }] };
    expect(score(only, opened).claimsRight.tp).toBe(1);
    expect(score(seed, opened).claimsRight.tp).toBe(0);
  });

  it('counts a system mention on the wrong entity against precision', () => {
    const out = asExtraction(seed);
    const [tom, ana] = [at(out.entities, 0), at(out.entities, 1)];
    // Ana's pronouns given to Tom: Tom's entity still aligns to Tom, so they are wrong both ways.
    const hers = ana.mentions.filter((m) => /^(she|her)$/i.test(m.text));
    ana.mentions = ana.mentions.filter((m) => !hers.includes(m));
    tom.mentions = [...tom.mentions, ...hers];
    const s = score(seed, out);
    expect(s.mentionsRight.gold - s.mentionsRight.tp).toBe(hers.length);
    expect(s.mentionsRight.system - s.mentionsRight.tp).toBe(hers.length);
  });

  it('forgives a possessive or a leading "the" in a mention span, nothing more', () => {
    const text = 'the Daily Mail called Ana’s bluff';
    expect(spanKey({ text: 'Ana’s', start: 22, end: 27 })).toBe(spanKey({ text: 'Ana', start: 22, end: 25 }));
    expect(spanKey({ text: 'the Daily Mail', start: 0, end: 14 })).toBe(spanKey({ text: 'Daily Mail', start: 4, end: 14 }));
    expect(spanKey({ text: text.slice(0, 9), start: 0, end: 9 })).not.toBe(spanKey({ text: 'Daily Mail', start: 4, end: 14 }));
  });
});

describe('gold parts', () => {
  it('splits the gold into development and held-out articles, every article in exactly one', () => {
    const dev = loadGold('dev').map((g) => g.article.id);
    const held = loadGold('heldout').map((g) => g.article.id);
    expect([...dev, ...held].sort()).toEqual(goldIds());
    expect(dev.filter((id) => held.includes(id))).toEqual([]);
    expect(dev).toContain('seed');
    for (const id of held) expect(heldOutIds()).toContain(id);
    for (const id of dev) expect(heldOutIds()).not.toContain(id);
  });

  it('lists well-formed corpus ids in HELDOUT, the seed not among them', () => {
    const ids = [...heldOutIds()];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^(celebrity-\d{3}(fake|legit)|bbc-entertainment-\d{3})$/);
    expect(ids).not.toContain('seed');
  });
});
