import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGold, loadGold, resolveSpec } from './index.ts';
import { SHARED_DATA } from '../../scripts/shared-data.ts';
import type { Span } from '../../src/extract/index.ts';
import { at } from '../../src/invariant/index.ts';

const gold = loadGold();
const SHARED = `${SHARED_DATA}/`;
const TIMEX = /^(\d{2,4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?|-W\d{2}|-(SP|SU|FA|WI))?|P(\d+|X)[YMWDH]|PT(\d+|X)[HMS]|PRESENT_REF|PAST_REF|FUTURE_REF|XXXX-WXX-\dT[A-Z]{2})$/;

function expectSlices(text: string, span: Span, where: string): void {
  expect(text.slice(span.start, span.end), where).toBe(span.text);
}

describe('gold set', () => {
  it('covers the seed and at least 15 development articles', () => {
    expect(gold.map((g) => g.article.id)).toContain('seed');
    expect(gold.filter((g) => g.article.id !== 'seed').length).toBeGreaterThanOrEqual(15);
  });

  it('slices every mention, time, hedge and evidence span to its text', () => {
    for (const g of gold) {
      const { id, text } = g.article;
      for (const e of g.entities) for (const m of e.mentions) expectSlices(text, m, `${id} ${e.name}`);
      for (const t of g.times) expectSlices(text, t, `${id} time`);
      for (const h of g.hedges) expectSlices(text, h, `${id} hedge`);
      for (const v of [...g.events, ...g.claims]) expectSlices(text, v.evidence, `${id} evidence`);
    }
  });

  it('gives no span of text to two entities', () => {
    for (const g of gold) {
      const spans = g.entities.flatMap((e) => e.mentions.map((m) => `${m.start}-${m.end}`));
      expect(new Set(spans).size, g.article.id).toBe(spans.length);
    }
  });

  it('names only annotated entities as participants, subjects and holders', () => {
    for (const g of gold) {
      const names = new Set(g.entities.map((e) => e.name));
      for (const v of g.events) for (const p of v.participants) expect(names, `${g.article.id}: ${p}`).toContain(p);
      for (const c of g.claims) {
        for (const s of c.subjects) expect(names, `${g.article.id}: ${s}`).toContain(s);
        if (c.holderName) expect(names).toContain(c.holderName);
      }
    }
  });

  it('writes every time value as a TIMEX3 value and every date as YYYY-MM-DD', () => {
    for (const g of gold) {
      expect(g.article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const t of g.times) expect(t.value, `${g.article.id} ${t.text}`).toMatch(TIMEX);
      for (const v of g.events) if (v.date) expect(v.date, `${g.article.id} ${v.summary}`).toMatch(TIMEX);
    }
  });

  it('is what the specs build to (nobody edited offsets by hand)', () => {
    for (const g of gold) expect(buildGold(g.article.id), g.article.id).toEqual(g);
  });

  it.skipIf(!existsSync(SHARED))('keeps each text verbatim from its source corpus', () => {
    for (const g of gold) {
      const content = readFileSync(SHARED + g.article.source, 'utf8');
      if (g.article.source.endsWith('.jsonl')) {
        const row = content.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string }).find((r) => r.id === g.article.id);
        expect(row?.text, g.article.id).toBe(g.article.text);
      } else {
        expect(content.replace(/^\s*date \d{4}-\d{2}-\d{2} /, '')).toBe(g.article.text);
      }
    }
  });
});

describe('resolveSpec', () => {
  const spec = { id: 't', published: '2025-05-07', source: 'x', title: null, events: [], claims: [], hedges: [] };

  it('lets a longer name keep its words from a shorter one and counts #n from 1', () => {
    const text = 'Tom Cruise smiled; he left, he said, and Tom waved.';
    const gold = resolveSpec({ ...spec, times: [], entities: [{ name: 'Tom Cruise', type: 'person', mentions: ['Tom Cruise', 'Tom', 'he#2'] }] }, text);
    expect(at(gold.entities, 0).mentions.map((m) => [m.text, m.start, m.kind])).toEqual([
      ['Tom Cruise', 0, 'name'], ['he', text.indexOf('he said'), 'pronoun'], ['Tom', text.lastIndexOf('Tom'), 'alias'],
    ]);
  });

  it('refuses a name that is not in the text, so a typo cannot vanish from gold', () => {
    expect(() => resolveSpec({ ...spec, times: [], entities: [{ name: 'X', type: 'person', mentions: ['Tom Crusie'] }] }, 'Tom Cruise')).toThrow(/not in the text/);
  });

  it('does not match inside a longer word ("Ray" is not in "Rayleigh")', () => {
    expect(() => resolveSpec({ ...spec, entities: [], times: [{ text: 'May', value: '2025-05', type: 'DATE' }] }, 'Mayday in Rayleigh')).toThrow();
  });
});
