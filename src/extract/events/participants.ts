import type { Located } from '../text/index.ts';
import type { Entity, EntityType } from '../types.ts';

export const PARTICIPANT_TYPES: ReadonlySet<EntityType> = new Set(['person', 'group', 'animal']);

/** Distinct entities of the given types, in order of first mention. */
export function distinct(located: Located[], types: ReadonlySet<EntityType>): Entity[] {
  const seen = new Map<string, Entity>();
  for (const l of located) if (types.has(l.entity.type) && !seen.has(l.entity.id)) seen.set(l.entity.id, l.entity);
  return [...seen.values()];
}
