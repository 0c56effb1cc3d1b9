import type { Doc } from '../doc.ts';
import type { Entity, Event, Time } from '../types.ts';

/** Events (sightings, posts, parties…) with participants, place, time and evidence. */
export function findEvents(_doc: Doc, _entities: Entity[], _times: Time[]): Event[] {
  return [];
}
