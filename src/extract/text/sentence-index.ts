import type { Doc } from '../doc.ts';
import type { Entity, Mention, Time } from '../types.ts';
import { firstIndex } from './sorted.ts';
import { at } from '../../invariant/index.ts';

export type Located = { entity: Entity; mention: Mention; token: number };
export type LocatedTime = { time: Time; token: number };

/**
 * Entity mentions and times grouped by sentence, each with the index of its first token:
 * one sort and one sweep, so later passes look up a sentence's people in O(1).
 */
export type SentenceIndex = { entities: Located[][]; times: LocatedTime[][] };

export function indexSentences(doc: Doc, entities: Entity[], times: Time[]): SentenceIndex {
  const out: SentenceIndex = { entities: doc.sentences.map(() => []), times: doc.sentences.map(() => []) };
  const spans = entities.flatMap((entity) =>
    [...entity.mentions, ...(entity.jointMentions ?? [])].map((mention) => ({ entity, mention })),
  );
  spans.sort((a, b) => a.mention.start - b.mention.start);
  for (const { entity, mention } of spans) {
    const token = tokenIndexAt(doc, mention.start);
    if (token >= 0) at(out.entities, at(doc.tokens, token).sentence).push({ entity, mention, token });
  }
  for (const time of [...times].sort((a, b) => a.start - b.start)) {
    const token = tokenIndexAt(doc, time.start);
    if (token >= 0) at(out.times, at(doc.tokens, token).sentence).push({ time, token });
  }
  return out;
}

/** Index of the token covering (or first after) `offset`, or -1. */
export function tokenIndexAt(doc: Doc, offset: number): number {
  const { tokens } = doc;
  const i = firstIndex(tokens.length, (k) => at(tokens, k).end > offset);
  return i < tokens.length ? i : -1;
}
