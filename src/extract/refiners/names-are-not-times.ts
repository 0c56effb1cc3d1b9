import type { Entity, Time } from '../types.ts';

// Names that hold a date word ("Brian May", "April Love Geary", "The Sunday Times") are names:
// the entities stage sees the whole capitalised run, the times stage only its date word.
const NAMED_TYPES = new Set(['person', 'outlet', 'work', 'organization', 'group', 'event']);

/** Drops a time found inside a longer name mention of a person, outlet, work or organization. */
export function dropTimesInsideNames(times: Time[], entities: Entity[]): Time[] {
  const names = entities
    .filter((entity) => NAMED_TYPES.has(entity.type))
    .flatMap((entity) => entity.mentions.filter((m) => m.kind === undefined || m.kind === 'name' || m.kind === 'alias' || m.kind === 'possessive'));
  return times.filter(
    (time) => !names.some((name) => name.start <= time.start && time.end <= name.end && name.end - name.start > time.end - time.start),
  );
}
