import lexicon from '../../../data/lexicons/event-triggers.json' with { type: 'json' };
import { isIgnored, type Doc } from '../doc.ts';
import type { Entity, EventType, Time } from '../types.ts';
import { distinct, PARTICIPANT_TYPES, type Located, type SentenceIndex } from './mentions.ts';
import { PhraseMatcher } from './phrases.ts';

type Trigger = { type: EventType; anaphor: boolean; needs: string | null };
type TriggerGroup = { type: string; forms: string[]; anaphor?: boolean; needs?: string };

const matcher = new PhraseMatcher<Trigger>((lexicon.triggers as TriggerGroup[]).flatMap((g) =>
  g.forms.map((form) => ({ form, entry: { type: g.type, anaphor: g.anaphor === true, needs: g.needs ?? null } }))));

/** One event trigger in one sentence, with what the sentence says around it. */
export type EventMention = {
  type: EventType;
  anaphor: boolean;
  trigger: string;
  /** Every trigger phrase merged into this mention ("photo", "posted"). */
  words: string[];
  /** Who does it: the poster of a post, the host of a party (possessive before the trigger). */
  actor: Entity | null;
  sentence: number;
  first: number;
  last: number;
  participants: Entity[];
  place: Entity | null;
  time: Time | null;
  outlet: Entity | null;
  platform: Entity | null;
};

// A happening that the sentence negates is not an event ("they have not split").
const NEGATION = /^(not|n't|never|no|denied|deny|denies|almost|nearly)$/i;
// A time after these words dates a reference point, not the event ("ahead of her April 30th birthday").
const REFERENCE = /^(ahead|before|after|since|until|following|prior)$/i;
// "slammed divorce rumors", "engagement speculation": talk of an event is no event.
const RUMOUR = /^(rumou?rs?|speculation|reports|talk|gossip|whispers|chatter)$/i;
const rumoured = (doc: Doc, last: number): boolean => {
  const next = doc.tokens[last + 1];
  return next !== undefined && next.sentence === doc.tokens[last]!.sentence && RUMOUR.test(next.text);
};

// Photo and post triggers in one sentence are one event: a photo that someone posted.
const MEDIA: ReadonlySet<string> = new Set(['post', 'photo']);

export function sentenceMentions(doc: Doc, index: SentenceIndex, s: number): EventMention[] {
  const located = index.entities[s]!;
  const outlet = located.find((l) => l.entity.type === 'outlet')?.entity ?? null;
  const platform = located.find((l) => l.entity.type === 'platform')?.entity ?? null;
  const insideEntity = (start: number, end: number) => located.some((l) => start >= l.mention.start && end <= l.mention.end);
  const mentions: EventMention[] = [];
  for (const m of matcher.inSentence(doc, s)) {
    if (isIgnored(doc, m.start, m.end) || insideEntity(m.start, m.end)) continue;
    if (m.entry.needs === 'outlet' && !outlet) continue;
    const speaker = m.entry.needs === 'speaker' ? speakerOf(doc, located, m.first, m.last) : null;
    if (m.entry.needs === 'speaker' && !speaker) continue;
    // A saying verb is an outlet's report or someone's statement, by who says it.
    const kind = speaker ? (speaker.type === 'outlet' ? 'report' : 'statement') : m.entry.type;
    if (negated(doc, m.first) || rumoured(doc, m.last)) continue;
    const media = MEDIA.has(kind) ? mentions.find((x) => MEDIA.has(x.type)) : undefined;
    const same = media ?? mentions.find((x) => x.type === kind);
    const word = doc.text.slice(m.start, m.end);
    if (same) {
      if (media) same.type = 'post';
      same.words.push(word);
      same.actor ??= actorFor(doc, located, m.first, m.last, same.type);
      if (!m.entry.anaphor && (same.anaphor || m.end - m.start > same.trigger.length)) same.trigger = doc.text.slice(m.start, m.end);
      same.anaphor &&= m.entry.anaphor;
      continue;
    }
    const type = kind;
    const actor = actorFor(doc, located, m.first, m.last, type);
    mentions.push({
      type, anaphor: m.entry.anaphor, trigger: word, words: [word], actor, sentence: s, first: m.first, last: m.last,
      participants: participantsOf(type, speaker, actor, located), place: null, time: null,
      outlet: type === 'report' ? (speaker ?? outlet) : null, platform: MEDIA.has(type) ? platform : null,
    });
  }
  attachTimes(doc, index, s, mentions);
  attachPlaces(index, s, mentions);
  return mentions;
}

const SPEAKERS: ReadonlySet<string> = new Set(['outlet', 'person', 'organization', 'group']);

/** Who says it: named just before the verb ("the Daily Mail noted", "Pitt has revealed"), or after it in ", said X". */
function speakerOf(doc: Doc, located: Located[], first: number, last: number): Entity | null {
  const candidates = located.filter((l) => SPEAKERS.has(l.entity.type));
  if (/^[,”"]$/.test(doc.tokens[first - 1]?.text ?? '')) {
    const after = candidates.find((l) => l.token > last && l.token - last <= 3);
    if (after) return after.entity;
  }
  const start = doc.tokens[first]!.start;
  const before = candidates.filter((l) => l.mention.end <= start && start - l.mention.end <= 30
    && gapOk(doc.text.slice(l.mention.end, start))).at(-1);
  return before?.entity ?? null;
}

// Between a subject and its verb: auxiliaries and adverbs ("has since revealed"), or an age
// (", 53, said"); a comma or a quote mark means the name belongs to another clause.
const gapOk = (gap: string): boolean => !/[.;:,“”"]/.test(gap) || /^,\s*\d{1,3},\s*$/.test(gap);

const ACTOR_REACH = 8; // tokens between a possessive owner and its noun ("David Beckham's star-studded 50th birthday party")

function actorFor(doc: Doc, located: Located[], first: number, last: number, type: EventType): Entity | null {
  if (type !== 'post' && type !== 'photo' && type !== 'celebration' && type !== 'appearance') return null;
  const people = located.filter((l) => l.entity.type === 'person' || l.entity.type === 'group');
  const by = people.find((l) => l.token > last && l.token <= last + 2 && /^by$/i.test(doc.tokens[l.token - 1]!.text));
  if (by) return by.entity;
  // "Tom and Ana were photographed": the people before a photo are in it, not behind the camera.
  if (type === 'photo') return null;
  const before = people.filter((l) => l.token < first && first - l.token <= ACTOR_REACH);
  if (type !== 'celebration') return before.at(-1)?.entity ?? null;
  // A party's host is its possessor ("David Beckham's … party") or names it ("Beckham party").
  const host = before.filter((l) => {
    const end = doc.tokens.findIndex((t, i) => i >= l.token && t.end >= l.mention.end);
    return end >= 0 && (end + 1 === first || /^['’]s$/.test(doc.tokens[end + 1]?.text ?? ''));
  });
  return host.at(-1)?.entity ?? null;
}

// A statement is its speaker's, an appearance its subject's ("Ana's latest public appearance");
// other events take everyone the sentence names.
function participantsOf(type: EventType, speaker: Entity | null, actor: Entity | null, located: Located[]): Entity[] {
  if (type === 'statement' && speaker) return [speaker];
  if (type === 'appearance' && actor) return [actor];
  if (type === 'report' && speaker) return [speaker, ...distinct(located, PARTICIPANT_TYPES)];
  return distinct(located, PARTICIPANT_TYPES);
}

function negated(doc: Doc, first: number): boolean {
  const sentence = doc.tokens[first]!.sentence;
  for (let i = first - 1; i >= Math.max(0, first - 4); i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence) break;
    if (NEGATION.test(t.text)) return true;
  }
  return false;
}

// "for 14 years", "every week", "a day later": durations and sets say how long or how often, not when.
// Only a calendar point (2005-02-17, 2017-W45, 2016) or the present dates an event.
export const datesAnEvent = (time: Time): boolean =>
  (time.type === 'DATE' || time.type === 'TIME') && /^(\d{4}(?!\d)|PRESENT_REF$)/.test(time.value);

// A time belongs to the nearest trigger before it (English puts the time after the event it
// dates: "seen … at around 3 AM", "celebration on Saturday"), else to the nearest one after it.
function attachTimes(doc: Doc, index: SentenceIndex, s: number, mentions: EventMention[]): void {
  for (const { time, token } of index.times[s]!) {
    if (!datesAnEvent(time)) continue;
    const before = doc.tokens.slice(Math.max(0, token - 3), token).some((t) => REFERENCE.test(t.text));
    if (before) continue;
    const preceding = mentions.filter((m) => m.last < token && !m.anaphor);
    const pick = preceding.length > 0
      ? preceding.reduce((a, b) => (b.last > a.last ? b : a))
      : mentions.filter((m) => !m.anaphor).reduce<EventMention | undefined>((a, b) => (!a || b.first < a.first ? b : a), undefined);
    if (pick && !pick.time) pick.time = time;
  }
}

function attachPlaces(index: SentenceIndex, s: number, mentions: EventMention[]): void {
  for (const { entity, token } of index.entities[s]!) {
    if (entity.type !== 'place') continue;
    let best: EventMention | undefined;
    let distance = Infinity;
    for (const m of mentions) {
      const d = token > m.last ? token - m.last : m.first - token;
      if (d < distance) { best = m; distance = d; }
    }
    if (best && !best.place) best.place = entity;
  }
}
