import type { Entity, Time } from '../types.ts';
import type { EventMention } from './triggers.ts';

/** Mentions of one real-world event, merged across sentences. */
export type EventGroup = {
  type: string;
  mentions: EventMention[];
  participants: Entity[];
  places: Entity[];
  time: Time | null;
  outlet: Entity | null;
  platform: Entity | null;
  /** The party an appearance happened at: it lends its time, and takes the appearance's people and place. */
  anchor?: EventGroup;
};

// An article tells of one party, one exit, one report by an outlet many times over
// ("the birthday party", "the Notting Hill celebration", "the event"). These rules say
// which later mention is the same event as an earlier one.
// Sentences an appearance may look back for the party it happened at (photo captions and
// embedded headlines often sit between the party and the arrival).
const SCENE_WINDOW = 4;

// Sentences after a statement that "he added" may still be part of it.
const CONTINUATION_REACH = 8;
// Sentences between a post and its quotation.
const POST_REACH = 3;

export function mergeMentions(mentions: EventMention[]): EventGroup[] {
  const groups: EventGroup[] = [];
  const lastCelebration = (): EventGroup | undefined => groups.filter((g) => g.type === 'celebration').at(-1);

  // Parties first: an appearance may name the party after itself ("her appearance at the party").
  const parties = mentions.filter((m) => m.type === 'celebration');
  const rest = mentions.filter((m) => m.type !== 'celebration');
  for (const m of [...parties, ...rest]) {
    const party = lastCelebration();
    if (m.type === 'appearance' && party && anchored(m, party)) {
      // Each guest's appearance is its own event (the party's people are its host), and tells where it was.
      const place = m.place;
      if (place && !party.places.some((q) => q.id === place.id)) party.places.push(place);
      const same = groups.find(
        (g) => g.type === 'appearance' && g.anchor === party && overlaps(g.participants, m.participants),
      );
      if (same) add(same, m);
      else groups.push(add({ ...empty(m.type), anchor: party }, m));
      continue;
    }
    const target = targetFor(m, groups, party);
    if (target) add(target, m);
    else if (!m.anaphor) groups.push(add(empty(m.type), m));
  }
  const position = (g: EventGroup) => Math.min(...g.mentions.map((m) => m.first));
  return groups.sort((a, b) => position(a) - position(b));
}

function targetFor(m: EventMention, groups: EventGroup[], party: EventGroup | undefined): EventGroup | undefined {
  switch (m.type) {
    case 'celebration':
      return party && compatible(party.time, m.time) ? party : undefined;
    case 'report':
      // One outlet's reports are one event unless dated apart ("this week" vs "earlier this month").
      return groups.find((g) => g.type === 'report' && g.outlet?.id === m.outlet?.id && compatible(g.time, m.time));
    case 'statement': {
      // Each time someone speaks is a statement of its own ("Osbourne said…", later "Ozzy said…"), but
      // "He added…" or "…, she said" soon after goes on with the last one.
      if (!m.continues) return undefined;
      const last = groups
        .filter((g) => g.type === 'statement' && g.participants[0]?.id === m.participants[0]?.id)
        .at(-1);
      return last && m.sentence - Math.max(...last.mentions.map((x) => x.sentence)) <= CONTINUATION_REACH
        ? last
        : undefined;
    }
    case 'post':
      // "The comedian tweeted Tuesday that…" and "'…,' Hart tweeted." soon after: one tweet, quoted.
      return groups.find(
        (g) =>
          g.type === 'post' &&
          m.actor &&
          g.mentions.some((x) => x.actor === m.actor && m.sentence - x.sentence <= POST_REACH) &&
          compatible(g.time, m.time),
      );
    case 'photo':
      return undefined;
    default:
      // A retelling names the same doers, and the same work if both name one: "Slater is stepping into the
      // role of Tom" and "Slater won rave reviews for his performance in One Flew Over…" are two events.
      return groups.find(
        (g) =>
          g.type === m.type &&
          compatible(g.time, m.time) &&
          overlaps(g.participants, m.participants) &&
          (!m.clausal || (sameWorks(g.participants, m.participants) && !m.also)),
      );
  }
}

function sameWorks(a: Entity[], b: Entity[]): boolean {
  const works = (x: Entity[]) => x.filter((e) => e.type === 'work' || e.type === 'event');
  const wa = works(a);
  const wb = works(b);
  return wa.length === 0 || wb.length === 0 || wb.some((x) => wa.includes(x));
}

const empty = (type: string): EventGroup => ({
  type,
  mentions: [],
  participants: [],
  places: [],
  time: null,
  outlet: null,
  platform: null,
});

function anchored(m: EventMention, party: EventGroup): boolean {
  const near = party.mentions.some((p) => m.sentence - p.sentence >= 0 && m.sentence - p.sentence <= SCENE_WINDOW);
  return near && compatible(party.time, m.time);
}

function add(group: EventGroup, m: EventMention): EventGroup {
  group.mentions.push(m);
  // "a photo from the event posted by Victoria": the people of an anaphor's sentence belong to the photo.
  if (!m.anaphor)
    for (const p of m.participants) if (!group.participants.some((q) => q.id === p.id)) group.participants.push(p);
  const place = m.place;
  if (place && !group.places.some((q) => q.id === place.id)) group.places.push(place);
  group.time ??= m.time;
  group.outlet ??= m.outlet;
  group.platform ??= m.platform;
  return group;
}

function compatible(a: Time | null, b: Time | null): boolean {
  return !a || !b || a.value === b.value || a.value.startsWith(b.value) || b.value.startsWith(a.value);
}

// Two mentions are of one event when they share someone who takes part in it: sharing only a work or
// an award ("nominated for a pair of Brit Awards") does not make two bands' nominations one.
const AGENTS: ReadonlySet<string> = new Set(['person', 'group', 'animal', 'organization', 'outlet']);
function overlaps(a: Entity[], b: Entity[]): boolean {
  return b.some((x) => AGENTS.has(x.type) && a.some((y) => y.id === x.id));
}
