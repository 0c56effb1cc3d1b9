// The peer baseline: what off-the-shelf parts give with no project rules. compromise finds
// people, places and organisations (one entity per exact name: no coreference, pronouns left
// alone); chrono-node finds dates, mapped naively to TIMEX3; hedges are a 10-word list;
// claims are a naive "dating" regex over sentences naming two people.
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import type { Entity, EntityType, Extraction, Span, Time } from '../../src/extract/index.ts';
import type { Gold } from '../../test/gold/index.ts';

const HEDGES = /\b(reportedly|allegedly|rumou?red|may|might|could|seems|appears|apparently|possibly)\b/gi;
const DATING = /\b(dating|romance|girlfriend|boyfriend|couple|relationship)\b/i;

type Found = { text: string; offset: { start: number; length: number } };

function entities(text: string): Entity[] {
  const doc = nlp(text);
  const groups: [EntityType, Found[]][] = [
    ['person', doc.people().json({ offset: true }) as Found[]],
    ['place', doc.places().json({ offset: true }) as Found[]],
    ['organization', doc.organizations().json({ offset: true }) as Found[]],
  ];
  const byName = new Map<string, Entity>();
  for (const [type, found] of groups) {
    for (const f of found) {
      const span: Span = {
        text: text.slice(f.offset.start, f.offset.start + f.offset.length),
        start: f.offset.start,
        end: f.offset.start + f.offset.length,
      };
      const key = `${type}|${span.text.replace(/['’]s?$|[^\p{L}\p{N}]+$/u, '')}`;
      let entity = byName.get(key);
      if (!entity)
        byName.set(
          key,
          (entity = { id: `b${byName.size + 1}`, name: span.text, type, mentions: [], rule: 'baseline:compromise' }),
        );
      entity.mentions.push({ ...span, kind: 'name', rule: 'baseline:compromise' });
    }
  }
  return [...byName.values()];
}

const pad = (n: number) => String(n).padStart(2, '0');

function times(text: string, published: string): Time[] {
  return chrono.parse(text, new Date(`${published}T12:00:00`)).map((r) => {
    const d = r.start.date();
    const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const timed = r.start.isCertain('hour');
    return {
      text: r.text,
      start: r.index,
      end: r.index + r.text.length,
      value: timed ? `${day}T${pad(d.getHours())}:${pad(d.getMinutes())}` : day,
      type: timed ? 'TIME' : 'DATE',
      rule: 'baseline:chrono',
    };
  });
}

export function baseline(gold: Gold): Extraction {
  const { id, published, title, text } = gold.article;
  const found = entities(text);
  const people = found.filter((e) => e.type === 'person');
  const claims: Extraction['claims'] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]*/g)) {
    const start = m.index,
      end = m.index + m[0].length;
    if (!DATING.test(m[0])) continue;
    const named = people.filter((p) => p.mentions.some((x) => x.start >= start && x.end <= end)).slice(0, 2);
    if (named.length < 2) continue;
    claims.push({
      id: `c${claims.length + 1}`,
      type: 'relationship',
      value: 'dating',
      subjects: named.map((p) => p.id),
      holder: { kind: 'author', entity: null },
      stance: 'asserts',
      evidence: { text: m[0], start, end },
      supports: [],
      rule: 'baseline:dating-sentence',
    });
  }
  return {
    article: { id, published, title, source: null, url: null, credibility: { score: 0.5, signals: [] } },
    entities: found,
    times: times(text, published),
    events: [],
    claims,
    hedges: [...text.matchAll(HEDGES)].map((m) => ({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      rule: 'baseline:hedge-word',
    })),
  };
}
