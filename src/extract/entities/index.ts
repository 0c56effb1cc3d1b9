import type { Doc } from '../doc.ts';
import type { Entity } from '../types.ts';

/** Named entities with their name mentions. */
export function findEntities(_doc: Doc): Entity[] {
  return [];
}
