import type { Doc } from '../doc.ts';
import type { Claim, Entity, Event, Hedge } from '../types.ts';

/** Claims (relationship, pregnancy…) with holder and stance. */
export function findClaims(_doc: Doc, _entities: Entity[], _events: Event[], _hedges: Hedge[]): Claim[] {
  return [];
}
