import type { Entity } from '../../src/extract/index.ts';
import type { GoldEntity } from '../../test/gold/index.ts';
import { spanKey } from './spans.ts';
import type { PRF } from './spans.ts';

export type Alignment = {
  /** System entity id → gold entity name, for entities that share a mention span (any type). */
  toGold: Map<string, string>;
  /** Entities that match by type + a shared mention span, counted overall and by type. */
  byType: Map<string, PRF>;
  overall: PRF;
  /** Gold mentions found on the entity aligned to their own gold entity, by mention kind. */
  mentions: Map<string, { right: number; total: number }>;
};

function shared(g: GoldEntity, s: Entity): number {
  const keys = new Set(g.mentions.map(spanKey));
  return s.mentions.filter((m) => keys.has(spanKey(m))).length;
}

/** Pairs gold and system entities by the most shared mention spans, one to one. */
function pair(gold: GoldEntity[], system: Entity[], sameType: boolean): Map<GoldEntity, Entity> {
  const candidates = gold
    .flatMap((g) => system.map((s) => ({ g, s, n: shared(g, s) })))
    .filter((c) => c.n > 0 && (!sameType || c.g.type === c.s.type))
    .sort((a, b) => b.n - a.n);
  const out = new Map<GoldEntity, Entity>();
  const used = new Set<Entity>();
  for (const c of candidates) {
    if (out.has(c.g) || used.has(c.s)) continue;
    out.set(c.g, c.s);
    used.add(c.s);
  }
  return out;
}

export function alignEntities(gold: GoldEntity[], system: Entity[]): Alignment {
  const typed = pair(gold, system, true);
  const byType = new Map<string, PRF>();
  const bucket = (t: string): PRF => {
    let b = byType.get(t);
    if (!b) byType.set(t, (b = { tp: 0, system: 0, gold: 0 }));
    return b;
  };
  for (const g of gold) bucket(g.type).gold++;
  for (const s of system) bucket(s.type).system++;
  for (const g of typed.keys()) bucket(g.type).tp++;
  const overall = { tp: typed.size, system: system.length, gold: gold.length };

  const loose = pair(gold, system, false);
  const toGold = new Map([...loose].map(([g, s]) => [s.id, g.name] as const));
  const owner = new Map(system.flatMap((s) => s.mentions.map((m) => [spanKey(m), s.id] as const)));
  const mentions = new Map<string, { right: number; total: number }>();
  for (const g of gold) {
    for (const m of g.mentions) {
      let row = mentions.get(m.kind);
      if (!row) mentions.set(m.kind, (row = { right: 0, total: 0 }));
      row.total++;
      const id = owner.get(spanKey(m));
      if (id !== undefined && toGold.get(id) === g.name) row.right++;
    }
  }
  return { toGold, byType, overall, mentions };
}
