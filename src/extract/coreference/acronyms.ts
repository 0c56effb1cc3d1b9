import { isIgnored, type Doc } from '../doc.ts';
import type { Entity } from '../types.ts';

// "the Federal Communications Commission (FCC) … how the FCC will rule" (bbc-entertainment-048), "the European
// Broadcasting Union, or EBU," (bbc 172), "the Music Managers' Forum (MMF) … The MMF's general secretary" (bbc 289):
// a body's initials set off right after its name define a short name, and every later use of it is that body.

const BODIES = new Set<Entity['type']>(['organization', 'outlet', 'group', 'event', 'place']);
// Right after the name: " (FCC)" or ", or EBU,".
const DEFINED = /^(?:\s*\(\s*(\p{Lu}{2,6})\s*\)|,\s+or\s+(\p{Lu}{2,6})\b)/u;
const SMALL = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', '&']);

/** True when `short` spells the initials of `name`'s words, small words left out or not ("BBC", "FCC", "MMF"). */
export function initialsOf(name: string, short: string): boolean {
  const words = name.split(/[\s-]+/).filter((w) => w !== '');
  const all = words.map((w) => w.charAt(0).toUpperCase()).join('');
  const capital = words
    .filter((w) => !SMALL.has(w.toLowerCase()))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
  return short === capital || short === all;
}

/** Adds each use of a body's defined initials to the body, as alias mentions, taking them from any other entity. */
export function linkAcronyms(doc: Doc, entities: Entity[]): Entity[] {
  const { text } = doc;
  const defined = new Map<string, Entity>();
  const torn = new Set<string>();
  for (const e of entities) {
    if (!BODIES.has(e.type)) continue;
    for (const m of e.mentions) {
      if (m.kind !== 'name') continue;
      const hit = DEFINED.exec(text.slice(m.end, m.end + 16));
      const short = hit?.[1] ?? hit?.[2];
      if (!short || !initialsOf(m.text.replace(/^the\s+/i, ''), short)) continue;
      // The same initials defined for two bodies say nothing.
      const earlier = defined.get(short);
      if (earlier && earlier !== e) torn.add(short);
      defined.set(short, e);
    }
  }
  for (const short of torn) defined.delete(short);
  if (defined.size === 0) return entities;
  const added = new Map<Entity, Entity['mentions']>();
  const taken = new Map<number, string>();
  for (const [short, body] of defined) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${short}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const start = m.index;
      const end = start + short.length;
      if (isIgnored(doc, start, end) || body.mentions.some((x) => x.start <= start && end <= x.end)) continue;
      const list = added.get(body) ?? [];
      const possessive = /^['’]s?\b/u.test(text.slice(end, end + 2));
      list.push({ text: short, start, end, kind: possessive ? 'possessive' : 'alias', rule: 'defined-initials' });
      added.set(body, list);
      taken.set(start, short);
    }
  }
  if (added.size === 0) return entities;
  return entities
    .map((e) => {
      const more = added.get(e) ?? [];
      // Another body's mention of the very same initials ("FCC" typed on its own) gives way to the body; a person's
      // is left to the people's walk, which has already run on it.
      const kept = e.mentions.filter((x) => added.has(e) || !BODIES.has(e.type) || taken.get(x.start) !== x.text);
      if (more.length === 0 && kept.length === e.mentions.length) return e;
      return { ...e, mentions: [...kept, ...more].sort((a, b) => a.start - b.start) };
    })
    .filter((e) => e.mentions.length > 0);
}
