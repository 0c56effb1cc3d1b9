import type { Entity, Span, Time } from '../types.ts';
import { at } from '../../invariant/index.ts';

// Names that hold a date word ("Brian May", "April Love Geary", "The Sunday Times") are names:
// the entities stage sees the whole capitalised run, the times stage only its date word.
const NAMED_TYPES = new Set(['person', 'outlet', 'work', 'organization', 'group', 'event']);

/** Drops a time found inside a longer name mention of a person, outlet, work or organization. */
export function dropTimesInsideNames(times: Time[], entities: Entity[]): Time[] {
  const names: Span[] = entities
    .filter((entity) => NAMED_TYPES.has(entity.type))
    .flatMap((entity) =>
      entity.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias' || m.kind === 'possessive'),
    )
    .sort((a, b) => a.start - b.start);
  // A name holds a time and is longer when it starts before the time and ends at or after it, or
  // starts at or before it and ends after it. One sweep in order of start keeps the furthest end of
  // the names begun so far (comparing every time with every name was quadratic).
  const order = times.map((_, i) => i).sort((a, b) => at(times, a).start - at(times, b).start);
  const inside = new Array<boolean>(times.length).fill(false);
  let before = 0;
  let atOrBefore = 0;
  let endBefore = -1; // the furthest end of the names starting before the time
  let endAtOrBefore = -1; // …starting at or before it
  for (const i of order) {
    const time = at(times, i);
    while (before < names.length && at(names, before).start < time.start)
      endBefore = Math.max(endBefore, at(names, before++).end);
    while (atOrBefore < names.length && at(names, atOrBefore).start <= time.start)
      endAtOrBefore = Math.max(endAtOrBefore, at(names, atOrBefore++).end);
    inside[i] = endBefore >= time.end || endAtOrBefore > time.end;
  }
  return times.filter((_, i) => !inside[i]);
}
