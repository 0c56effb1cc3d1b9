import type { Doc } from '../doc.ts';
import type { Hedge } from '../types.ts';

/** Hedge cues ("reportedly", "seems", "could it be"). */
export function findHedges(_doc: Doc): Hedge[] {
  return [];
}
