import type { Entity } from '../types.ts';
import type { EventGroup } from './merge.ts';

const names = (people: Entity[]): string => {
  const list = people.map((p) => p.name);
  return list.length <= 1 ? (list[0] ?? 'someone') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
};

/** A short readable line for the timeline ("Victoria Beckham posts a photo on Instagram"). */
export function summarise(g: EventGroup, place: Entity | null, actor: Entity | null): string {
  const at = place ? ` at ${place.name}` : '';
  const rest = g.participants.filter((p) => p.id !== actor?.id);
  switch (g.type) {
    case 'celebration': {
      const what = longestTrigger(g) ?? 'celebration';
      return `${actor ? `${actor.name}'s ${what}` : `A ${what}`}${at}${rest.length ? ` with ${names(rest)}` : ''}`;
    }
    case 'sighting':
      return `${names(g.participants)} seen${g.participants.length > 1 ? ' together' : ''}${at}`;
    case 'travel':
      return `${names(g.participants)} travel${g.participants.length > 1 ? '' : 's'}${place ? ` to ${place.name}` : ''}`;
    case 'photo':
      if (!actor) return `Photo of ${names(g.participants)}${g.platform ? ` on ${g.platform.name}` : ''}`;
    // falls through: a photo someone took or shared reads like their post
    case 'post':
      return `${actor?.name ?? names(g.participants)} ${g.mentions.some((m) => m.words.some((w) => /photo|picture|snap|video|selfie/i.test(w))) ? 'posts a photo' : 'shares a post'}${g.platform ? ` on ${g.platform.name}` : ''}${rest.length && actor ? ` showing ${names(rest)}` : ''}`;
    case 'report':
      return `${g.outlet?.name ?? 'An outlet'} reports${rest.length ? ` on ${names(rest)}` : ''}`;
    case 'statement':
      return `${names(g.participants.slice(0, 1))} speaks on record`;
    case 'death':
      return `${names(g.participants.slice(0, 1))} dies`;
    case 'appearance':
      return `${names(g.participants)} appear${g.participants.length > 1 ? '' : 's'}${place ? ` at ${place.name}` : ''}`;
    default:
      return `${names(g.participants)}: ${g.type}${at}`;
  }
}

function longestTrigger(g: EventGroup): string | undefined {
  return g.mentions
    .filter((m) => !m.anaphor)
    .map((m) => m.trigger.toLowerCase())
    .sort((a, b) => b.length - a.length)[0];
}
