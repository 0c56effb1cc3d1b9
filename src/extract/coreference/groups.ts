import { isIgnored, tokenEndingAt, tokenStartingAt, type Doc } from '../doc.ts';
import { cues } from '../names/index.ts';
import { firstIndex, firstStartingAt } from '../text/index.ts';
import type { Entity } from '../types.ts';
import { findQuotations } from './speakers.ts';
import { at } from '../../invariant/index.ts';

// The nouns that stand for a named band, or a named body: "the band" after U2; "Bookmaker William Hill has stopped
// taking bets … The firm closed the book on Friday".
const DESCRIPTOR_NOUNS = new Map<string, Entity['type']>([
  ['band', 'group'],
  ['group', 'group'],
  ['duo', 'group'],
  ['trio', 'group'],
  ['quartet', 'group'],
  ['firm', 'organization'],
  ['company', 'organization'],
  ['bookmaker', 'organization'],
  ['bookmakers', 'organization'],
  ['label', 'organization'],
  ['studio', 'organization'],
  ['charity', 'organization'],
]);

type Located = { e: Entity; m: Entity['mentions'][number] };

/** Index of the first of `list` (sorted by start) starting at or after `offset`. */
const firstFrom = (list: ReadonlyArray<{ m: { start: number } }>, offset: number): number =>
  firstIndex(list.length, (k) => at(list, k).m.start >= offset);

/** The last mention starting before `offset`; of several at the same start, the first listed. */
function lastBefore(list: Located[], offset: number): Located | undefined {
  let k = firstFrom(list, offset) - 1;
  const start = list[k]?.m.start;
  while (k > 0 && list[k - 1]?.m.start === start) k--;
  return list[k];
}

/**
 * "the band" after U2 is named, "the firm" after William Hill: a descriptor mention of the last band (or body) named
 * before it. They are few per article, so the most recent one is the reading a reader takes.
 */
export function linkGroupDescriptors(doc: Doc, entities: Entity[]): Entity[] {
  if (!entities.some((e) => e.type === 'group' || e.type === 'organization')) return entities;
  const added = new Map<Entity, Entity['mentions']>();
  const { tokens } = doc;
  // Each type's mentions in text order (entity order for the same start), searched, not scanned, per descriptor.
  const byType = new Map<Entity['type'], Located[]>();
  const mentionsOfType = (type: Entity['type']): Located[] => {
    let list = byType.get(type);
    if (!list) {
      list = entities
        .filter((e) => e.type === type)
        .flatMap((e) => e.mentions.map((m) => ({ e, m })))
        .sort((a, b) => a.m.start - b.m.start);
      byType.set(type, list);
    }
    return list;
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const the = at(tokens, i);
    if (the.text.toLowerCase() !== 'the') continue;
    const last = descriptorEnd(doc, i);
    const noun = at(tokens, last);
    const type = last > i + 1 ? 'group' : DESCRIPTOR_NOUNS.get(noun.text);
    const after = tokens[last + 1];
    if (!type || after?.pos === 'NOUN') continue;
    // "the Finnish group Varttina", "The four-piece Leicester band": an introduction or a longer phrase, not a short name.
    if (last > i + 1 && after !== undefined && /^\p{Lu}/u.test(after.text)) continue;
    // "the company of actors": a noun with its own complement is no short name.
    if (type === 'organization' && after?.text === 'of') continue;
    if (isIgnored(doc, the.start, noun.end)) continue;
    const latest = lastBefore(mentionsOfType(type), the.start)?.e ?? null;
    if (!latest) continue;
    const list = added.get(latest) ?? [];
    list.push({
      text: doc.text.slice(the.start, noun.end),
      start: the.start,
      end: noun.end,
      kind: 'descriptor',
      rule: `${type}-descriptor`,
    });
    added.set(latest, list);
  }
  return entities.map((e) => {
    const more = added.get(e);
    return more ? { ...e, mentions: [...e.mentions, ...more].sort((a, b) => a.start - b.start) } : e;
  });
}

const PIECES = /^(?:two|three|four|five|six|seven|eight|nine)$/i;

/**
 * Rule group-descriptor-described: where a band's descriptor starting at "the" (token i) ends, or i when there is none
 * longer than "the band". "The Geordie duo also secured best comedy entertainment programme" after Ant and Dec, "The
 * Welsh band, whose hits include…" after the Manic Street Preachers: one capitalised word of where the band is from
 * before a band noun; "The four-piece met two years ago" after Franz Ferdinand: a band told by its size (bbc-236).
 */
function descriptorEnd(doc: Doc, i: number): number {
  const { tokens } = doc;
  const [a, b, c] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!a) return i;
  if (b?.text === '-' && c?.text === 'piece' && PIECES.test(a.text) && a.end === b.start && b.end === c.start)
    return i + 3;
  const from = /^\p{Lu}\p{Ll}+$/u.test(a.text) && b !== undefined && b.sentence === a.sentence;
  if (from && DESCRIPTOR_NOUNS.get(b.text) === 'group') return i + 2;
  return i + 1;
}

const VERBAL = new Set(['VERB', 'AUX']);
const BAND_PRONOUNS = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const BODIES = new Set<Entity['type']>(['organization', 'outlet']);
const NAMING = new Set(['name', 'possessive', 'alias']);
const PAIR_RULE = 'pronoun-pair';
// "Ladbrokes said it would continue", not the "it" of "Police said it appeared a man used a ladder".
const WILLS = new Set(['would', 'will', 'could', 'can', 'had', 'has', 'planned', 'plans', 'hoped', 'hopes', 'intends']);

/**
 * "Belle & Sebastian … They were the surprise winners", "The bookmaker said its suspicions", "Bookmaker Ladbrokes said
 * it would": a plural pronoun no person took is the band named last, within this sentence or the one before; "its"
 * is the body (organisation, outlet) named last, and so is "it" straight after that body's saying verb.
 */
export function linkGroupPronouns(doc: Doc, entities: Entity[]): Entity[] {
  if (!entities.some((e) => e.type === 'group' || BODIES.has(e.type))) return entities;
  const { tokens } = doc;
  // A "they" given to the last two people as a pair is still the band's when the band was named after them
  // ("Heavy metal band Metallica's … tour helped push their 2004 earnings", after Prince and Madonna).
  const taken = new Set(entities.flatMap((e) => e.mentions.filter((m) => m.rule !== PAIR_RULE).map((m) => m.start)));
  const moved = new Set<number>();
  // People count too: "May wrote on his website. They teamed up again" is no band's "they".
  // Not a name that modifies a noun: "The Black Eyed Peas singer and actor confirmed … that they" is about two people.
  const modifier = (m: Entity['mentions'][number]): boolean => {
    const next = tokens[(tokenEndingAt(doc, m.end) ?? -2) + 1];
    return next !== undefined && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text);
  };
  const named = entities
    .flatMap((e) => e.mentions.filter((m) => NAMING.has(m.kind) && !modifier(m)).map((m) => ({ e, m })))
    .sort((a, b) => a.m.start - b.m.start);
  // "Franz Ferdinand … the band … have won … in Japan, Europe and the US. By September the album had sold 500,000 in
  // the States. They have been nominated…" (bbc-entertainment-236): a "they" no two people share is the band named
  // or called "the band" last, within two sentences, places and single people named since or not.
  const added = new Map<Entity, Entity['mentions']>();
  // Not inside a quotation: "Every member would have to travel to London to have their visas processed".
  const quotes = findQuotations(doc.text);
  // Inside a quotation when one that starts before reaches past it: the furthest end so far, by start.
  const reach: number[] = [];
  quotes.forEach((q, k) => reach.push(Math.max(q.end, reach[k - 1] ?? -1)));
  const quoted = (start: number): boolean => (reach[firstStartingAt(quotes, start) - 1] ?? -1) > start;
  const jointly = new Set(entities.flatMap((e) => (e.jointMentions ?? []).map((m) => m.start)));
  const groupMentions = entities
    .filter((e) => e.type === 'group')
    // Nor a band named inside one: '"…going on in [Free hit] All Right Now…," May wrote'.
    .flatMap((e) => e.mentions.filter((m) => m.kind !== 'pronoun' && !quoted(m.start)).map((m) => ({ e, m })))
    .sort((a, b) => a.m.start - b.m.start);
  const groupsStartingAt = (offset: number): Located[] => {
    const out: Located[] = [];
    for (let k = firstFrom(groupMentions, offset); groupMentions[k]?.m.start === offset; k++)
      out.push(at(groupMentions, k));
    return out;
  };
  // Two people named since are the likelier "they": "May performed with Rodgers … May wrote on his website. They
  // teamed up again" (bbc-entertainment-138); one is not: "…," Kapranos said. They signed with independent label…".
  const people = named.filter((x) => x.e.type === 'person' && x.m.kind !== 'possessive');
  // "Many fans camped on the streets … to ensure they were first in line" (bbc-entertainment-140): a plural noun
  // with its verb earlier in the sentence is the likelier "they".
  const pluralSubjectBefore = (i: number): boolean => {
    for (let k = i - 1; k > 0 && at(tokens, k).sentence === at(tokens, i).sentence; k--) {
      const noun = at(tokens, k - 1);
      if (noun.pos === 'NOUN' && /^\p{Ll}+s$/u.test(noun.text) && VERBAL.has(at(tokens, k).pos)) return true;
    }
    return false;
  };
  // The band's own "they" carries it on: "they have been one of the main attractions … They have also found…".
  let chained: Located | undefined;
  const lastGroup = (before: number, sentence: number): Entity | null => {
    // The last band named or called "they" before: found by search, not by sorting them all for each pronoun.
    const k = firstFrom(groupMentions, before) - 1;
    const named = groupMentions[k];
    const x = chained && chained.m.start < before && (!named || chained.m.start >= named.m.start) ? chained : named;
    const token = x ? (tokenStartingAt(doc, x.m.start) ?? -1) : -1;
    if (!x || token < 0 || sentence - at(tokens, token).sentence > 2) return null;
    const since = new Set<Entity>();
    for (let j = firstFrom(people, x.m.start + 1); j < people.length && (people[j]?.m.start ?? before) < before; j++)
      since.add(at(people, j).e);
    if (since.size >= 2) return null;
    return subjectOverObject(x, token, sentence) ?? x.e;
  };
  // "Queen went to number one … sung by boy band 5ive and they have also played with Robbie Williams"
  // (bbc-entertainment-138): a band named inside a phrase ("by", "with", "of" …) of the pronoun's own sentence is not
  // its "they" when that sentence opens on another band, its subject.
  const subjectOverObject = (x: { e: Entity }, token: number, sentence: number): Entity | null => {
    if (at(tokens, token).sentence !== sentence || !insidePhrase(token)) return null;
    const first = at(doc.sentences, sentence).firstToken;
    const opens = first + (tokens[first]?.pos === 'DET' ? 1 : 0);
    // The band mentions starting at that token, by search: a long article names hundreds of bands.
    const at0 = tokens[opens]?.start ?? -1;
    const opening = groupsStartingAt(at0).find((g) => g.e !== x.e && tokenStartingAt(doc, g.m.start) === opens);
    return opening?.e ?? null;
  };
  // The band's name follows a preposition, over the words that describe it ("by boy band 5ive", "with the group Blur").
  const insidePhrase = (token: number): boolean => {
    let k = token - 1;
    while (k >= 0 && /^(?:NOUN|ADJ|DET)$/.test(at(tokens, k).pos) && /^\p{Ll}/u.test(at(tokens, k).text)) k--;
    return k >= 0 && at(tokens, k).pos === 'ADP';
  };
  // "The American Film Institute (AFI) hailed … as inspiring national debate. It claimed both film-makers…"
  // (bbc-entertainment-048): an "It" that opens a sentence and says something is the body that was the subject of the
  // sentence before, whatever was named after it there; a saying verb takes a speaker, and a body speaks.
  const bodyOpeningPrevious = (i: number): Entity | null => {
    const t = at(tokens, i);
    const sentence = doc.sentences[t.sentence];
    const previous = doc.sentences[t.sentence - 1];
    if (!sentence || !previous || sentence.firstToken !== i || quoted(t.start)) return null;
    if (!cues.speech.has(tokens[i + 1]?.text.toLowerCase() ?? '')) return null;
    const first = previous.firstToken + (tokens[previous.firstToken]?.pos === 'DET' ? 1 : 0);
    // The first thing named at that token, by search (named is by start): not a scan of every name for each "It".
    const opening = named[firstFrom(named, tokens[first]?.start ?? -1)];
    if (!opening || tokenStartingAt(doc, opening.m.start) !== first) return null;
    return BODIES.has(opening.e.type) && !modifier(opening.m) ? opening.e : null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = at(tokens, i);
    const word = t.text.toLowerCase();
    const band = BAND_PRONOUNS.has(word);
    if ((!band && word !== 'its' && word !== 'it') || taken.has(t.start) || isIgnored(doc, t.start, t.end)) continue;
    // The last thing named before the pronoun, in its sentence or the one before.
    const last = named[firstFrom(named, t.start) - 1];
    if (band && !jointly.has(t.start) && !quoted(t.start) && !pluralSubjectBefore(i)) {
      const group = lastGroup(t.start, t.sentence);
      if (group) {
        const list = added.get(group) ?? [];
        const mention = { text: t.text, start: t.start, end: t.end, kind: 'pronoun' as const, rule: 'pronoun-group' };
        list.push(mention);
        added.set(group, list);
        if (group.type === 'group') chained = { e: group, m: mention };
        moved.add(t.start);
        continue;
      }
    }
    const body = word === 'it' ? bodyOpeningPrevious(i) : null;
    if (body) {
      const list = added.get(body) ?? [];
      list.push({ text: t.text, start: t.start, end: t.end, kind: 'pronoun', rule: `pronoun-${body.type}` });
      added.set(body, list);
      moved.add(t.start);
      continue;
    }
    if (!last) continue;
    const lastToken = tokenStartingAt(doc, last.m.start) ?? -1;
    if (lastToken < 0 || t.sentence - at(tokens, lastToken).sentence > 1) continue;
    const fits = band
      ? last.e.type === 'group'
      : BODIES.has(last.e.type) &&
        (word === 'its' ||
          (cues.speech.has(tokens[i - 1]?.text.toLowerCase() ?? '') &&
            tokens[i - 2]?.end === last.m.end &&
            WILLS.has(tokens[i + 1]?.text.toLowerCase() ?? '')));
    if (!fits) continue;
    const owner = band ? (subjectOverObject(last, lastToken, t.sentence) ?? last.e) : last.e;
    const list = added.get(owner) ?? [];
    const mention = {
      text: t.text,
      start: t.start,
      end: t.end,
      kind: 'pronoun' as const,
      rule: `pronoun-${owner.type}`,
    };
    list.push(mention);
    added.set(owner, list);
    if (owner.type === 'group') chained = { e: owner, m: mention };
    moved.add(t.start);
  }
  return entities.map((e) => {
    const more = added.get(e) ?? [];
    const kept = e.mentions.filter((m) => !(m.rule === PAIR_RULE && moved.has(m.start)));
    // A pair's shared "they" (jointMentions) that went to the band is no longer the pair's either.
    const joint = e.jointMentions?.filter((m) => !moved.has(m.start));
    const sameJoint = joint === undefined || joint.length === e.jointMentions?.length;
    if (more.length === 0 && kept.length === e.mentions.length && sameJoint) return e;
    const out: Entity = { ...e, mentions: [...kept, ...more].sort((a, b) => a.start - b.start) };
    if (joint?.length) out.jointMentions = joint;
    else delete out.jointMentions;
    return out;
  });
}
