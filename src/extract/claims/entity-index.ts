// The article's entities by id, built once per article, for the claim refiners (refine.ts and the own-act rules it
// runs) that ask for an entity, or its mentions in a span, for every claim.
import type { Entity, Time } from '../types.ts';
import type { RefineContext } from './refine.ts';
import { startingIn } from '../text/sorted.ts';
import { at as atIndex } from '../../invariant/index.ts';

/**
 * The article's entities by id, and which keep their mentions in text order, built once per article: some fifteen
 * refiners ask for an entity and its mentions in a span for every claim, and a scan of every entity's every mention
 * for each made a 2 MB article's refining quadratic (2.3 of its 12 CPU s).
 */
const ENTITY_INDEX = new WeakMap<Entity[], { byId: Map<string, Entity>; inOrder: Set<Entity> }>();
function entityIndex(ctx: RefineContext): { byId: Map<string, Entity>; inOrder: Set<Entity> } {
  let index = ENTITY_INDEX.get(ctx.entities);
  if (!index) {
    const byId = new Map<string, Entity>();
    const inOrder = new Set<Entity>();
    for (const e of ctx.entities) {
      if (!byId.has(e.id)) byId.set(e.id, e);
      if (e.mentions.every((m, i) => i === 0 || atIndex(e.mentions, i - 1).start <= m.start)) inOrder.add(e);
    }
    index = { byId, inOrder };
    ENTITY_INDEX.set(ctx.entities, index);
  }
  return index;
}
export const entityOf = (ctx: RefineContext, id: string | null) => (id ? entityIndex(ctx).byId.get(id) : undefined);
export function mentionsIn(ctx: RefineContext, id: string, start: number, end: number): Entity['mentions'] {
  const e = entityOf(ctx, id);
  if (!e) return [];
  const inSpan = (m: Entity['mentions'][number]) => m.start >= start && m.end <= end;
  // Mentions in text order: a search to the first that starts in the span (coreference sorts them; checked above).
  return entityIndex(ctx).inOrder.has(e)
    ? startingIn(e.mentions, start, end).filter(inSpan)
    : e.mentions.filter(inSpan);
}

/**
 * Every entity's own mentions, each with its entity, in text order (entity order, then mention order, on one start),
 * built once per article: refiners that ask which entities are named in a claim's sentence read the span from here
 * instead of scanning every mention of every entity for every claim (quadratic in a long article).
 */
export type EntityMention = { entity: Entity; mention: Entity['mentions'][number]; start: number };
const ALL_MENTIONS = new WeakMap<Entity[], EntityMention[]>();
function allMentions(ctx: RefineContext): EntityMention[] {
  let all = ALL_MENTIONS.get(ctx.entities);
  if (!all) {
    all = ctx.entities
      .flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention, start: mention.start })))
      .sort((a, b) => a.start - b.start);
    ALL_MENTIONS.set(ctx.entities, all);
  }
  return all;
}
export function allMentionsIn(ctx: RefineContext, start: number, end: number): EntityMention[] {
  return startingIn(allMentions(ctx), start, end + 1).filter((x) => x.mention.end <= end);
}
/** Every entity's own mentions that start in [from, to), in the same order. */
export const mentionsStartingIn = (ctx: RefineContext, from: number, to: number): EntityMention[] =>
  startingIn(allMentions(ctx), from, to);

/** The ids of the article's people: a refiner asks whether a claim's subject is one for every claim. */
const PERSON_IDS = new WeakMap<Entity[], Set<string>>();
export function isPerson(ctx: RefineContext, id: string): boolean {
  let ids = PERSON_IDS.get(ctx.entities);
  if (!ids) {
    ids = new Set(ctx.entities.filter((e) => e.type === 'person').map((e) => e.id));
    PERSON_IDS.set(ctx.entities, ids);
  }
  return ids.has(id);
}

/**
 * The times lying wholly in [start, end], in the order of `ctx.times`, from the times sorted by start (a search, then a
 * walk): the time rules looked through every time of the article for every claim (quadratic in a long article).
 */
type IndexedTime = { time: Time; start: number; order: number };
const TIMES_BY_START = new WeakMap<Time[], IndexedTime[]>();
export function timesIn(ctx: RefineContext, start: number, end: number): Time[] {
  let sorted = TIMES_BY_START.get(ctx.times);
  if (!sorted) {
    sorted = ctx.times.map((time, order) => ({ time, start: time.start, order })).sort((a, b) => a.start - b.start);
    TIMES_BY_START.set(ctx.times, sorted);
  }
  return startingIn(sorted, start, end + 1)
    .filter((x) => x.time.end <= end)
    .sort((a, b) => a.order - b.order)
    .map((x) => x.time);
}
