import type { Doc } from '../doc.ts';
import type { Entity, Event, Time } from '../types.ts';
import { indexSentences } from '../text/index.ts';
import { mergeMentions, type EventGroup } from './merge.ts';
import { summarise } from './summary.ts';
import { quotedSpans, quotesBySentence } from './clauses.ts';
import { articleMentions } from './roles.ts';
import { datesAnEvent, sentenceMentions } from './triggers.ts';
import { at } from '../../invariant/index.ts';

// Venues beat districts: "the Core restaurant" says more about where a party was than "Notting Hill".
const VENUE =
  /\b(restaurant|hotel|club|bar|pub|venue|hall|arena|theat(?:re|er)|stadium|house|mansion|studio|caf[eé]|lounge)\b/i;

/**
 * Events (parties, sightings, posts, reports, statements, and career, legal, money and family
 * happenings: awards, releases, directing, lawsuits, arrests, deaths…) with participants, place,
 * time and evidence. Per sentence: the lexicon's triggers (data/lexicons/event-triggers.json), each
 * read in its own clause (clauses.ts) — a verb's subject and objects (roles.ts), a noun's owner or
 * the verb it is the object of — unless a guard says it tells no event (guards.ts: questions,
 * wishes, plots…); the clause's time dates it. Then mentions of one event across the article are
 * merged, and an event with no time of its own takes the time of the party it happened at.
 * @example findEvents(doc, entities, times)[0] // {id:'v1', type:'report', summary:'Daily Mail reports', …}
 */
export function findEvents(doc: Doc, entities: Entity[], times: Time[]): Event[] {
  const index = indexSentences(doc, entities, times);
  const quotes = quotesBySentence(doc, quotedSpans(doc.text));
  const article = articleMentions(doc, index.entities);
  const mentions = doc.sentences.flatMap((_, s) =>
    sentenceMentions(doc, index, s, { quotes: at(quotes, s), times, article }),
  );
  // An event needs someone in it: a named participant, the outlet of a report, a party's time or
  // place, or a couple the story is about ("the couple got engaged in May 2012").
  const groups = mergeMentions(mentions).filter(
    (g) =>
      g.participants.length > 0 ||
      g.outlet ||
      (g.type === 'celebration' && (g.time || g.places.length)) ||
      g.mentions.some((m) => m.rule?.includes('(couple)')),
  );
  const party = groups.find((g) => g.type === 'celebration' && g.time);
  const partySentences = new Set(party?.mentions.map((m) => m.sentence));
  const byTime = index.times.map((list) => list.map((t) => t.time));
  return groups.map((g, i) => toEvent(doc, g, i, party, partySentences, byTime));
}

// What happens at a party takes its date: arriving, being seen, performing, giving a gift, proposing.
const PARTY_TYPES: ReadonlySet<string> = new Set([
  'appearance',
  'sighting',
  'performance',
  'gift',
  'engagement',
  'celebration',
]);
const NARRATIVE_TYPES: ReadonlySet<string> = new Set([
  'appearance',
  'sighting',
  'travel',
  'post',
  'photo',
  'celebration',
  'gift',
  'split',
  'engagement',
  'wedding',
  'birth',
  'death',
  'arrest',
  'performance',
  'resignation',
]);
// Sentences back an undated event may look for the narrative's current date.
const NARRATIVE_REACH = 1;
// Speech, the present and a date of the sentence's own (even one that only anchors, "since 2012") leave the narrative.
const OFF_NARRATIVE =
  /^["“‘']|\b(now|currently|today|these days|always|never|since|says|tells|writes|claims|reveals)\b/i;

/**
 * "On Friday, the singer arrived in Paris. She posed with fans outside the hotel.": an event with
 * no date of its own happens at the narrative's current time, the last calendar date told in the
 * same paragraph just before it (TimeML's narrative anchoring). A paragraph break resets it.
 */
function narrativeTime(doc: Doc, byTime: Time[][], s: number): Time | undefined {
  const sentence = at(doc.sentences, s);
  if (OFF_NARRATIVE.test(sentence.text) || at(byTime, s).some((t) => t.end <= sentence.end)) return undefined;
  // (The times of the sentences just before, by the sentence index: not a scan of the article's every time.)
  const told = byTime
    .slice(Math.max(0, s - NARRATIVE_REACH), s)
    .flat()
    .filter((t) => t.end <= sentence.start && datesAnEvent(t) && /^\d{4}/.test(t.value))
    .at(-1);
  if (!told || doc.text.slice(told.end, sentence.start).includes('\n')) return undefined;
  return told;
}

function toEvent(
  doc: Doc,
  g: EventGroup,
  i: number,
  party: EventGroup | undefined,
  partySentences: ReadonlySet<number>,
  byTime: Time[][],
): Event {
  const place = g.places.find((p) => VENUE.test(p.name)) ?? g.places[0] ?? null;
  const actor = g.mentions.find((m) => m.actor)?.actor ?? (g.type === 'report' ? g.outlet : null);
  // A party with a known host is the host's ("David Beckham's birthday party"); its guests have appearances of their own.
  // ("Ariel Winter celebrated her anniversary with boyfriend Levi Meaden": whoever celebrates, celebrates together.)
  const hosted = g.type === 'celebration' && !g.mentions.some((m) => m.rule?.startsWith('event-verb:celebration'));
  const participants =
    hosted && actor ? [actor] : actor ? [actor, ...g.participants.filter((p) => p.id !== actor.id)] : g.participants;
  const evidenceMention = g.mentions.find((m) => m.time) ?? g.mentions.find((m) => !m.anaphor) ?? at(g.mentions, 0);
  const sentence = at(doc.sentences, evidenceMention.sentence);
  let time: Event['time'] = g.time ? timeOf(g.time) : null;
  let rule = g.mentions.find((m) => m.rule)?.rule ?? `event-lexicon:${g.type}`;
  if (!time && g.anchor?.time) {
    time = timeOf(g.anchor.time);
    rule += '+party-time';
  }
  // A photo from the party was taken there, but it is posted or published when it is: the party does not date it.
  // ("a new photo from the event": the event's sentence names the party.)
  if (
    !time &&
    party?.time &&
    party !== g &&
    g.mentions.some((m) => partySentences.has(m.sentence)) &&
    PARTY_TYPES.has(g.type)
  ) {
    time = timeOf(party.time);
    rule += '+party-time';
  }
  // The narrative carries the story's own happenings (where they went, who they were seen with); a
  // statement is dated by its own words, and career history by its own clause ("Foxx has starred in Ray").
  const narrative =
    time || !NARRATIVE_TYPES.has(g.type) ? undefined : narrativeTime(doc, byTime, evidenceMention.sentence);
  if (!time && narrative) {
    time = timeOf(narrative);
    rule += '+narrative-time';
  }
  // An outlet's report with no time of its own stays undated: "BuzzFeed reports that…" may be from any day
  // before the article (the gold leaves such reports undated).
  return {
    id: `v${i + 1}`,
    type: g.type,
    summary: summarise({ ...g, participants }, place, actor),
    participants: participants.map((p) => p.id),
    place: place?.id ?? null,
    time,
    evidence: { text: sentence.text, start: sentence.start, end: sentence.end },
    mentions: g.mentions
      .map((m) => at(doc.sentences, m.sentence))
      .filter((s, k, all) => all.indexOf(s) === k)
      .map((s) => ({ text: s.text, start: s.start, end: s.end })),
    rule,
  };
}

function timeOf(t: Time): NonNullable<Event['time']> {
  return t.range ? { value: t.value, text: t.text, range: t.range } : { value: t.value, text: t.text };
}
