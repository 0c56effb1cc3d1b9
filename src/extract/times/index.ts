import type { Doc } from '../doc.ts';
import type { Time } from '../types.ts';

/** Temporal expressions with TIMEX3 values anchored on the publication date. */
export function findTimes(_doc: Doc): Time[] {
  return [];
}
