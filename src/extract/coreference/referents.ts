import { isIgnored, type Doc } from '../doc.ts';
import { cues, titles } from '../entities/index.ts';
import type { Entity, Mention } from '../types.ts';
import type { Referent } from './salience.ts';

/** A person mention found before the walk, waiting to be given to a referent in text order. */
export type Queued = {
  mention: Mention;
  /** Set for full names: the referent is known. */
  referent: Referent | null;
  /** For bare first names and surnames: the referents it could be. */
  candidates: Referent[];
};

const nameParts = (name: string): string[] => name.split(/\s+/).filter((w) => !cues.particles.has(w) && !titles.has(w) && !cues.suffixes.has(w));

function referentOf(entity: Entity): Referent {
  return {
    entity: { ...entity, mentions: [] },
    parts: new Set(nameParts(entity.name)),
    gender: entity.gender ?? null,
    count: 0, lastSentence: -99, lastStart: -1, lastWasSubject: false,
    modifiers: new Set(), roles: new Set(),
  };
}

/**
 * One referent per full name; single-word names become aliases of every full name containing
 * that word ("Beckham" → David or Victoria Beckham, chosen in the walk), or referents of their own.
 * Bare surnames the entity stage skipped ("Cruise" with no cue) are queued too.
 */
export function queuePeople(doc: Doc, people: Entity[], covered: Uint8Array, tokenAt: Map<number, number>): { referents: Referent[]; queue: Map<number, Queued> } {
  const referents: Referent[] = [];
  const byPart = new Map<string, Referent[]>();
  const queue = new Map<number, Queued>();
  const enqueue = (mention: Mention, q: Omit<Queued, 'mention'>): void => {
    const i = tokenAt.get(mention.start);
    if (i !== undefined) queue.set(i, { mention, ...q });
  };
  for (const e of people) {
    if (nameParts(e.name).length < 2) continue;
    const r = referentOf(e);
    referents.push(r);
    for (const part of r.parts) byPart.set(part, [...(byPart.get(part) ?? []), r]);
    for (const m of e.mentions) enqueue(m, { referent: r, candidates: [] });
  }
  for (const e of people) {
    const parts = nameParts(e.name);
    if (parts.length >= 2) continue;
    const candidates = byPart.get(parts[0] ?? '') ?? [];
    const own = candidates.length === 0 ? referentOf(e) : null;
    if (own) referents.push(own);
    for (const m of e.mentions) enqueue(m, { referent: own, candidates });
  }
  // A surname on its own, not a modifier ("the Beckham celebration" names no one).
  doc.tokens.forEach((t, i) => {
    const candidates = byPart.get(t.text);
    if (!candidates || covered[i] || t.pos !== 'PROPN' || isIgnored(doc, t.start, t.end)) return;
    const next = doc.tokens[i + 1]?.text.toLowerCase() ?? '';
    if (cues.events.has(next) || cues.families.has(next) || cues.works.has(next)) return;
    enqueue({ text: t.text, start: t.start, end: t.end, kind: 'alias', rule: 'bare-surname' }, { referent: null, candidates });
  });
  return { referents, queue };
}
