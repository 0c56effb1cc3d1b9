import type { Doc } from '../doc.ts';
import type { Entity, EntityType, Mention, Time } from '../types.ts';

export type Located = { entity: Entity; mention: Mention; token: number };
export type LocatedTime = { time: Time; token: number };

/**
 * Entity mentions and times grouped by sentence, each with the index of its first token:
 * one sort and one sweep, so later passes look up a sentence's people in O(1).
 */
export type SentenceIndex = { entities: Located[][]; times: LocatedTime[][] };

export function indexSentences(doc: Doc, entities: Entity[], times: Time[]): SentenceIndex {
  const out: SentenceIndex = { entities: doc.sentences.map(() => []), times: doc.sentences.map(() => []) };
  const spans = entities.flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })));
  spans.sort((a, b) => a.mention.start - b.mention.start);
  for (const { entity, mention } of spans) {
    const token = tokenIndexAt(doc, mention.start);
    if (token >= 0) out.entities[doc.tokens[token]!.sentence]!.push({ entity, mention, token });
  }
  for (const time of [...times].sort((a, b) => a.start - b.start)) {
    const token = tokenIndexAt(doc, time.start);
    if (token >= 0) out.times[doc.tokens[token]!.sentence]!.push({ time, token });
  }
  return out;
}

/** Index of the token covering (or first after) `offset`, or -1. */
export function tokenIndexAt(doc: Doc, offset: number): number {
  const { tokens } = doc;
  let lo = 0;
  let hi = tokens.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else { best = mid; hi = mid - 1; }
  }
  return best;
}

export const PARTICIPANT_TYPES: ReadonlySet<EntityType> = new Set(['person', 'group', 'animal']);

/** Distinct entities of the given types, in order of first mention. */
export function distinct(located: Located[], types: ReadonlySet<EntityType>): Entity[] {
  const seen = new Map<string, Entity>();
  for (const l of located) if (types.has(l.entity.type) && !seen.has(l.entity.id)) seen.set(l.entity.id, l.entity);
  return [...seen.values()];
}
