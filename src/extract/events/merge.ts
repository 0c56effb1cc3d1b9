import type { Entity, Time } from '../types.ts';
import { EPITHET_SAYING, SOURCE_TOLD_OUTLET, type EventMention } from './triggers.ts';
import { at } from '../../invariant/index.ts';

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
  const index = new GroupIndex();
  let party: EventGroup | undefined;
  // Parties first: an appearance may name the party after itself ("her appearance at the party").
  const parties = mentions.filter((m) => m.type === 'celebration');
  const rest = mentions.filter((m) => m.type !== 'celebration');
  for (const m of [...parties, ...rest]) {
    if (m.type === 'appearance' && party && anchored(m, party, index)) {
      // Each guest's appearance is its own event (the party's people are its host), and tells where it was.
      const place = m.place;
      if (place && !party.places.some((q) => q.id === place.id)) party.places.push(place);
      const same = index.guests(party).find((g) => overlaps(g.participants, m.participants));
      if (same) index.add(same, m);
      else {
        const guest = index.open({ ...empty(m.type), anchor: party }, m);
        index.guests(party).push(guest);
        groups.push(guest);
      }
      continue;
    }
    const target = targetFor(m, index, party);
    if (target) index.add(target, m);
    else if (!m.anaphor) {
      const group = index.open(empty(m.type), m);
      groups.push(group);
      if (group.type === 'celebration') party = group;
    }
  }
  const position = (g: EventGroup) => Math.min(...g.mentions.map((m) => m.first));
  return groups.sort((a, b) => position(a) - position(b));
}

/**
 * The groups made so far, looked up by what a new mention must share with its group (an outlet, a speaker, a poster,
 * a participant), each list in the order the groups were made: scanning every earlier group for every mention made the
 * events stage grow with the square of the text.
 */
class GroupIndex {
  private readonly order = new Map<EventGroup, number>();
  private readonly lists = new Map<string, EventGroup[]>();
  private readonly guestsOf = new Map<EventGroup, EventGroup[]>();
  private readonly sentencesOf = new Map<EventGroup, Set<number>>();

  open(group: EventGroup, m: EventMention): EventGroup {
    this.order.set(group, this.order.size);
    this.register(`type|${group.type}`, group);
    return this.add(group, m);
  }

  /** The statement group a mention was last added to: the speaker whose words the article is telling. */
  lastStatement: EventGroup | undefined;

  add(group: EventGroup, m: EventMention): EventGroup {
    if (group.type === 'statement') this.lastStatement = group;
    const firstBefore = group.participants[0];
    const known = new Set(group.participants.map((p) => p.id));
    add(group, m);
    for (const p of group.participants)
      if (!known.has(p.id) && AGENTS.has(p.type)) this.register(`${group.type}|agent|${p.id}`, group);
    const first = group.participants[0];
    if (first && first !== firstBefore) this.register(`${group.type}|first|${first.id}`, group);
    if (m.actor) this.register(`${group.type}|actor|${m.actor.id}`, group);
    this.sentencesOf.get(group)?.add(m.sentence);
    return group;
  }

  /** The groups under `key`, oldest first. */
  list(key: string): EventGroup[] {
    return this.lists.get(key) ?? [];
  }

  guests(party: EventGroup): EventGroup[] {
    let list = this.guestsOf.get(party);
    if (!list) this.guestsOf.set(party, (list = []));
    return list;
  }

  /** The sentences a group was told in. */
  sentences(group: EventGroup): Set<number> {
    let set = this.sentencesOf.get(group);
    if (!set) this.sentencesOf.set(group, (set = new Set(group.mentions.map((m) => m.sentence))));
    return set;
  }

  /** The oldest of the groups under any of `keys`. */
  oldest(keys: string[], fits: (g: EventGroup) => boolean): EventGroup | undefined {
    let best: EventGroup | undefined;
    let rank = Infinity;
    for (const key of keys) {
      const found = this.list(key).find(fits);
      const r = found ? (this.order.get(found) ?? Infinity) : Infinity;
      if (found && r < rank) {
        best = found;
        rank = r;
      }
    }
    return best;
  }

  private register(key: string, group: EventGroup): void {
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = []));
    if (list.includes(group)) return;
    // Kept oldest first: a group may come under a key late (its first participant named by a later mention).
    const rank = this.order.get(group) ?? Infinity;
    let k = list.length;
    while (k > 0 && (this.order.get(at(list, k - 1)) ?? Infinity) > rank) k--;
    list.splice(k, 0, group);
  }
}

function targetFor(m: EventMention, index: GroupIndex, party: EventGroup | undefined): EventGroup | undefined {
  switch (m.type) {
    case 'celebration':
      return party && compatible(party.time, m.time) ? party : undefined;
    case 'report':
      // One outlet's reports are one event unless dated apart ("this week" vs "earlier this month") or told as
      // the outlet's earlier one ("as The ENQUIRER has reported").
      if (m.earlier) return undefined;
      // "Now, a source told Radar, …" and later "…," the insider told Radar (celebrity-038fake): each time a source
      // tells the outlet is a report of its own, as each time someone speaks on record is a statement.
      if (m.rule === SOURCE_TOLD_OUTLET) return undefined;
      return index.list('type|report').find((g) => g.outlet?.id === m.outlet?.id && compatible(g.time, m.time));
    case 'statement': {
      // Each time someone speaks is a statement of its own ("Osbourne said…", later "Ozzy said…"), but
      // "He added…" or "…, she said" soon after goes on with the last one.
      const speaker = m.participants[0];
      // ("The feminist writer and broadcaster said…" goes on with the statement just told: triggers.ts.)
      if (m.rule === EPITHET_SAYING) {
        const run = index.lastStatement;
        return run && m.sentence - Math.max(...run.mentions.map((x) => x.sentence)) <= CONTINUATION_REACH
          ? run
          : undefined;
      }
      // Each saying of a named speaker that does not go on from the one before ("Kapranos said" twice, a quote
      // between) is a statement of its own, as the gold counts them: "“I'm really glad it was almost comical…,”
      // Kapranos said" (bbc-entertainment-236) is one, the saying two sentences earlier another.
      if (!m.continues) return undefined;
      const last = speaker
        ? index
            .list(`statement|first|${speaker.id}`)
            .filter((g) => g.participants[0]?.id === speaker.id)
            .at(-1)
        : index
            .list('type|statement')
            .filter((g) => g.participants[0] === undefined)
            .at(-1);
      return last && m.sentence - Math.max(...last.mentions.map((x) => x.sentence)) <= CONTINUATION_REACH
        ? last
        : undefined;
    }
    case 'post': {
      // "The comedian tweeted Tuesday that…" and "'…,' Hart tweeted." soon after: one tweet, quoted.
      const actor = m.actor;
      if (!actor) return undefined;
      return index
        .list(`post|actor|${actor.id}`)
        .find(
          (g) =>
            g.mentions.some((x) => x.actor === actor && m.sentence - x.sentence <= POST_REACH) &&
            compatible(g.time, m.time),
        );
    }
    case 'photo':
      return undefined;
    default:
      // A retelling names the same doers, and the same work if both name one: "Slater is stepping into the
      // role of Tom" and "Slater won rave reviews for his performance in One Flew Over…" are two events.
      return index.oldest(
        m.participants.filter((x) => AGENTS.has(x.type)).map((x) => `${m.type}|agent|${x.id}`),
        (g) =>
          g.type === m.type &&
          compatible(g.time, m.time) &&
          overlaps(g.participants, m.participants) &&
          (!m.clausal || (sameWorks(g.participants, m.participants) && !m.also && !laterOwn(g, m))),
      );
  }
}

// Sentences within which a verb telling of no work may still retell an event that named its work.
const RETELL_REACH = 3;

/**
 * "the band released their third album, The Holy Bible, in October 1994" and, paragraphs later, "The Manic Street
 * Preachers release their first music since Edwards' disappearance" (bbc-entertainment-244): a verb that names no work,
 * told far from an event of the same doers that named one, is another happening of the same kind, not a retelling.
 */
// ("The band play their first concerts since Edwards' disappearance" and, paragraphs on, "The band play a concert in the
// Cuban capital, Havana", bbc-entertainment-244: two verbs told far apart are two performances, as two releases are.)
function laterOwn(g: EventGroup, m: EventMention): boolean {
  const last = Math.max(...g.mentions.map((x) => x.sentence));
  if (m.sentence - last <= RETELL_REACH) return false;
  const named = g.participants.some((e) => e.type === 'work');
  if (named && !m.participants.some((e) => e.type === 'work')) return true;
  const verb = (x: EventMention) => x.rule?.startsWith('event-verb:') === true;
  return REPEATED.has(m.type) && verb(m) && g.mentions.every(verb);
}
// Happenings a career repeats: a verb telling one again far on is another.
const REPEATED: ReadonlySet<string> = new Set(['performance', 'release', 'tour', 'chart', 'star']);

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

function anchored(m: EventMention, party: EventGroup, index: GroupIndex): boolean {
  const told = index.sentences(party);
  let near = false;
  for (let back = 0; back <= SCENE_WINDOW && !near; back++) near = told.has(m.sentence - back);
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
