import { isIgnored, type Doc } from '../doc.ts';
import { cues } from '../names/index.ts';
import type { Entity } from '../types.ts';
import { findQuotations } from './speakers.ts';
import { firstStartingAt, startingIn } from '../text/index.ts';

// "We", "us" and "our" in a quotation a body speaks are the body: `A US Embassy spokesman said: "We are aware that
// entertainers require visas …"` (bbc-entertainment-289), `…," a spokeswoman for the label said`. The person who
// speaks for it is nobody the article names; the body is.

const BODIES = new Set<Entity['type']>(['organization', 'outlet', 'group']);
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
// Who speaks for a body, after its name ("the Embassy's spokesman") or before "for" and its name.
const VOICE = String.raw`(?:spokes(?:wo)?man|spokesperson|spokespeople|representative|rep|statement|source|insider)`;
// A speech verb, from cues.json, built once.
const SPEECH = new RegExp(String.raw`\b(?:${[...cues.speech].join('|')})\b`);

type Named = { entity: Entity; start: number; end: number };
const STOPS = '.!?\n“"';

/** Ordered rules: each finds, in the words of an attribution, the body that speaks, or null. */
type VoiceRule = { name: string; find: (words: string, from: number, bodies: Named[]) => Named | null };

// `bodies` are in text order: the ones starting in [from, to] by a binary search, not a scan of all for each quotation.
const within = (bodies: Named[], from: number, to: number): Named[] =>
  startingIn(bodies, from, to + 1).filter((b) => b.end <= to);

// The rules' patterns, made once rather than for every quotation and body.
const VOICE_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+${VOICE}\b`, 'u');
const VOICE_FOR = new RegExp(String.raw`\b${VOICE}\s+for\s+(?:the\s+)?$`, 'iu');

export const VOICE_RULES: VoiceRule[] = [
  {
    // "A Department for Media, Culture and Sport spokeswoman said:", "the Embassy's spokesman added" (bbc 289).
    name: 'body-voice',
    find: (words, from, bodies) => {
      const hits = within(bodies, from, from + words.length).filter((b) => VOICE_AFTER.test(words.slice(b.end - from)));
      return hits.length === 1 ? (hits[0] ?? null) : null;
    },
  },
  {
    // "a spokesman for the Musicians' Union said", "said a representative for Universal".
    name: 'voice-for-body',
    find: (words, from, bodies) => {
      const hits = within(bodies, from, from + words.length).filter((b) =>
        VOICE_FOR.test(words.slice(0, b.start - from)),
      );
      return hits.length === 1 ? (hits[0] ?? null) : null;
    },
  },
];

/** The body speaking a quotation: the attribution before it (to its sentence's start) or after it (to a stop). */
function voiceOf(doc: Doc, start: number, end: number, bodies: Named[]): Named | null {
  const { text } = doc;
  const before = text.slice(Math.max(0, start - 160), start);
  const lead = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf('”')) + 1);
  // Up to the first stop within 120 characters, as /^[^.!?\n“"]*/ reads it, without a pattern run for each quotation.
  let stop = end;
  while (stop < Math.min(text.length, end + 120) && !STOPS.includes(text.charAt(stop))) stop++;
  const tail = text.slice(end, stop);
  const sides: Array<[string, number]> = [];
  // `…: "We …"` or `…, "We …"` opens on its attribution; `"…," a spokesman for X said` closes on it.
  if (/[:,]\s*$/.test(lead) && SPEECH.test(lead)) sides.push([lead, start - lead.length]);
  if (/^\s*,?\s*\S/.test(tail) && SPEECH.test(tail) && /[,!?]\s*$/.test(text.slice(start, end - 1))) {
    sides.push([tail, end]);
  }
  for (const [words, from] of sides)
    for (const rule of VOICE_RULES) {
      const hit = rule.find(words, from, bodies);
      if (hit) return hit;
    }
  return null;
}

/** Gives "we", "us" and "our" in a body's quotations to the body, as pronoun mentions. */
export function linkBodyVoices(doc: Doc, entities: Entity[]): Entity[] {
  const bodies: Named[] = entities
    .filter((e) => BODIES.has(e.type))
    .flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  if (bodies.length === 0) return entities;
  const taken = new Set(entities.flatMap((e) => e.mentions.map((m) => m.start)));
  const quotes = findQuotations(doc.text);
  const added = new Map<Entity, Entity['mentions']>();
  let previous: { entity: Entity; end: number } | null = null;
  for (const q of quotes) {
    const hit = voiceOf(doc, q.start, q.end, bodies);
    // `… "We are doing everything we can …" "We are aware of …," he added.`: the next quotation, with nothing but
    // punctuation before it, goes on in the same voice.
    const voice: Entity | null =
      hit?.entity ?? (previous && /^[\s.,!?]*$/.test(doc.text.slice(previous.end, q.start)) ? previous.entity : null);
    previous = voice ? { entity: voice, end: q.end } : null;
    if (!voice) continue;
    for (let i = firstStartingAt(doc.tokens, q.start); i < doc.tokens.length; i++) {
      const t = doc.tokens[i];
      if (!t || t.start <= q.start) continue;
      if (t.end >= q.end) break;
      // "We're" may be one token: the mention is its "We".
      const word = /^we['’](?:re|ll|ve|d)$/i.test(t.text) ? t.text.slice(0, 2) : t.text;
      if (!FIRST_PLURAL.has(word.toLowerCase()) || taken.has(t.start) || isIgnored(doc, t.start, t.end)) continue;
      const list = added.get(voice) ?? [];
      const end = t.start + word.length;
      list.push({ text: word, start: t.start, end, kind: 'pronoun', rule: 'pronoun-body-voice' });
      added.set(voice, list);
      taken.add(t.start);
    }
  }
  if (added.size === 0) return entities;
  return entities.map((e) => {
    const more = added.get(e);
    return more ? { ...e, mentions: [...e.mentions, ...more].sort((a, b) => a.start - b.start) } : e;
  });
}
