// Test helpers for the hedges/events/claims stages: a Doc from real text, and Entity[]/Time[]
// fixtures written by hand (names and values typed by a person, offsets found in the text),
// so these stages can be tested before and independently of the entities and times stages.
import { readFileSync } from 'node:fs';
import type { Doc } from '../../src/extract/doc.ts';
import { parseHouse } from '../../src/read/house.ts';
import { makeDoc as docOf } from './doc.ts';
import type { Entity, EntityType, Mention, Time, TimeType } from '../../src/extract/types.ts';
import { guessedKind } from '../../src/store/migrations.ts';

/** A house-format fixture file: `date YYYY-MM-DD text`. */
export function readHouse(name: string): { text: string; published: string } {
  const parsed = parseHouse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
  if (!parsed) throw new Error(`test fixture ${name}: missing "date YYYY-MM-DD " header`);
  return parsed;
}

export function makeDoc(text: string, published: string | null = null): Doc {
  return docOf(text, [], published);
}

export type HandEntity = { id: string; type: EntityType; name: string; mentions: string[] };

/**
 * Every occurrence of each mention string, longest strings first so "Tom Cruise" is not also
 * counted as "Tom"; a string is matched only at word boundaries. A mention's kind is what its text says ("she" a
 * pronoun, "the Bond girl" an epithet, "Cruise" a name), by the store's one fallback for mentions stored without one.
 */
export function handEntities(text: string, specs: HandEntity[]): Entity[] {
  const taken: Array<[number, number]> = [];
  const all = specs.flatMap((spec) => spec.mentions.map((m) => ({ spec, m }))).sort((a, b) => b.m.length - a.m.length);
  const found = new Map<string, Mention[]>();
  for (const { spec, m } of all) {
    const re = new RegExp(`(?<![\\p{L}])${m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const hit of text.matchAll(re)) {
      const start = hit.index;
      const end = start + m.length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const list = found.get(spec.id) ?? [];
      list.push({ text: m, start, end, kind: guessedKind(m), rule: 'hand' });
      found.set(spec.id, list);
    }
  }
  return specs.map((spec) => ({
    id: spec.id,
    name: spec.name,
    type: spec.type,
    mentions: (found.get(spec.id) ?? []).sort((a, b) => a.start - b.start),
    rule: 'hand',
  }));
}

/** A Time at the first occurrence of `text` (or the nth, counting from 0). */
export function handTime(source: string, text: string, value: string, type: TimeType = 'DATE', nth = 0): Time {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = source.indexOf(text, start + 1);
  if (start < 0) throw new Error(`handTime: "${text}" not found`);
  return { text, start, end: start + text.length, value, type, rule: 'hand' };
}
