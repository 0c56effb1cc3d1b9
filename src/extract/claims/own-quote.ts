// A principal's own quoted words about the article's news put that news on record: "Pixies, Foo Fighters and Iron Maiden
// will headline this summer's Leeds and Reading festivals. … "We are all very excited to be going back to Reading …,"
// said Iron Maiden's Bruce Dickinson" (bbc-entertainment-322). The claim finder reads the news sentence as the article's
// assertion and the quotation as a statement of its own; these ordered, named rules give the news to the principal when
// a quotation of theirs, somewhere in the same article, speaks of the same thing (the same work, prize, event or deal).
// Who counts as the principal: a subject of the claim, their representative, or one who speaks for a subject band or
// company (a member, named with it: "Iron Maiden's Bruce Dickinson", "Linkin Park singer Chester Bennington").
// Relationships, feuds, pregnancies and health stay out: a star's quote about their film says nothing of their romance.
import { cues as nameCues, MONTHS_DAYS } from '../names/index.ts';
import type { Doc } from '../doc.ts';
import { sentenceIndexAt } from '../doc.ts';
import { endingIn, escapeRegExp, execAll, lyingIn, matchesNotAfter, startingIn, type Located } from '../text/index.ts';
import { at as atIndex } from '../../invariant/index.ts';
import type { Claim, Entity } from '../types.ts';
import { cues } from './lexicon.ts';
import { inflect, statesOpenClaim } from './open.ts';
import { findQuotes, mentionsWithin, outsideQuotes, QUOTED, type Quote } from './quotes.ts';
import type { ClaimRefiner, RefineContext } from './refine.ts';
import { entityOf, mentionsIn } from './entity-index.ts';

/** Claim types a quotation about the same work or event can put on record: a public act, not a private life. */
const PUBLIC_ACTS = new Set(['award', 'career', 'casting', 'money', 'legal', 'chart', 'news']);

// What depends only on the article, or on the article and a claim's subjects, is read once per document: a long
// article has thousands of claims about the same few people, and a 1 MB one spent 12 of its 27 CPU s here when every
// claim re-read every quotation and re-searched the text for each of its group's mentions.
const members = new WeakMap<Doc, Map<string, boolean>>();
const quotesFor = new WeakMap<Doc, Map<string, OwnQuote[]>>();
const wordsFor = new WeakMap<Doc, Map<string, OwnQuote[]>>();
const quotedSpans = new WeakMap<Doc, RegExpExecArray[]>();
/** What `cache` holds under `key` for `owner` (an article's document or its entities), read once. */
function memo<O extends object, V>(cache: WeakMap<O, Map<string, V>>, owner: O, key: string, read: () => V): V {
  let known = cache.get(owner);
  if (!known) {
    known = new Map();
    cache.set(owner, known);
  }
  if (!known.has(key)) known.set(key, read());
  return known.get(key) as V;
}
/** What `cache` holds for the article under `key`, read once. */
const remember = <V>(cache: WeakMap<Doc, Map<string, V>>, ctx: RefineContext, key: string, read: () => V): V =>
  memo(cache, ctx.doc, key, read);
/** Computed once per document and list of subjects (in order: speaksFor reads the first group that fits). */
const bySubjects = (
  cache: WeakMap<Doc, Map<string, OwnQuote[]>>,
  c: Claim,
  ctx: RefineContext,
  read: () => OwnQuote[],
) => remember(cache, ctx, [...c.subjects, '|', ...sidesOf(c, ctx)].join('\u0000'), read);
/** Every quoted span of the text (QUOTED), in order. */
function quotedIn(ctx: RefineContext): RegExpExecArray[] {
  let spans = quotedSpans.get(ctx.doc);
  if (!spans) {
    spans = execAll(QUOTED, ctx.doc.text);
    quotedSpans.set(ctx.doc, spans);
  }
  return spans;
}

/** The article's quotations with their speakers, read once per document. */
const quotesOf = new WeakMap<Doc, Quote[]>();
function articleQuotes(ctx: RefineContext): Quote[] {
  const known = quotesOf.get(ctx.doc);
  if (known) return known;
  const located: Located[] = ctx.entities
    // The token index is not read by the speaker finder (holders.ts speakerIn): offsets are.
    .flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention, token: 0 })))
    .sort((a, b) => a.mention.start - b.mention.start);
  const quotes = findQuotes(ctx.doc, mentionsWithin(located));
  quotesOf.set(ctx.doc, quotes);
  return quotes;
}

const isDescriptor = (w: string): boolean => nameCues.descriptors.has(w.toLowerCase());
// "Eminem's group, D12": a person's own band, named after them (the band nouns of entities/rules/names.ts).
const OWN_GROUP = /^['’]s?\s+(?:band|group|duo|trio|quartet),?\s+$/i;
const MEMBER_OF = /^,?\s+(?:(?:the|a|an)\s+)?(?:([\p{Ll}-]+)\s+)?of\s+(?:the\s+)?$/u;

/**
 * Whether the article names `person` as one of `group` (a band or a company) anywhere: "Iron Maiden's Bruce Dickinson",
 * "Linkin Park singer Chester Bennington", "Warner producer Jeff Robinov" (up to two descriptors of
 * data/lexicons/cues.json between), "Bruce Dickinson of Iron Maiden", "Eminem's group, D12". One who speaks as a
 * member speaks for the group.
 */
function memberOf(ctx: RefineContext, person: Entity, group: Entity): boolean {
  return remember(members, ctx, `${person.id}\u0000${group.id}`, () => namedMember(ctx, person, group));
}

/**
 * The group's mentions, and those of a short form the entities stage keeps apart: "Warner producer Jeff Robinov" in an
 * article that names "Hollywood studio Warner Brothers" (bbc-entertainment-028), the group's name less its last words.
 */
function groupMentions(ctx: RefineContext, group: Entity): Entity['mentions'] {
  const { byName } = namingIndex(ctx);
  const short = [...group.name.matchAll(/ /g)].flatMap((space) => byName.get(group.name.slice(0, space.index)) ?? []);
  return [
    ...group.mentions,
    ...short.filter((e) => e !== group).flatMap((e) => e.mentions.filter((m) => m.kind === 'name')),
  ];
}

/**
 * Per article: the non-person, non-place entities by name (the short forms groupMentions asks for), and each entity's
 * mentions that can name it beside another (not pronouns or descriptors: groupMentions' for a group), by start and by
 * end. memberOf is asked for every quoted person and subject group, thousands of pairs in a long article: scanning
 * every entity for short forms and every pair of mentions for each pair made the 1 MB bench article quadratic.
 */
type Naming = { byStart: Entity['mentions']; byEnd: Entity['mentions'] };
type NamingIndex = { byName: Map<string, Entity[]>; people: Map<Entity, Naming>; groups: Map<Entity, Naming> };
const NAMING = new WeakMap<Entity[], NamingIndex>();
function namingIndex(ctx: RefineContext): NamingIndex {
  let known = NAMING.get(ctx.entities);
  if (!known) {
    const byName = new Map<string, Entity[]>();
    for (const e of ctx.entities) {
      if (e.type === 'person' || e.type === 'place') continue;
      byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
    }
    known = { byName, people: new Map(), groups: new Map() };
    NAMING.set(ctx.entities, known);
  }
  return known;
}
function naming(ctx: RefineContext, e: Entity, asGroup: boolean): Naming {
  const index = namingIndex(ctx);
  const cache = asGroup ? index.groups : index.people;
  let known = cache.get(e);
  if (!known) {
    const naming = (asGroup ? groupMentions(ctx, e) : e.mentions).filter(
      (m) => m.kind !== 'pronoun' && m.kind !== 'descriptor',
    );
    known = {
      byStart: [...naming].sort((a, b) => a.start - b.start),
      byEnd: naming.sort((a, b) => a.end - b.end),
    };
    cache.set(e, known);
  }
  return known;
}

function namedMember(ctx: RefineContext, person: Entity, group: Entity): boolean {
  const groups = naming(ctx, group, true);
  const people = naming(ctx, person, false);
  // From the shorter list, only the other's mentions close enough to be named with it: a member named within 40
  // characters after the group, or ending within 30 before it.
  if (people.byStart.length < groups.byStart.length)
    return people.byStart.some((s) =>
      [...endingIn(groups.byEnd, s.start - 40, s.start + 1), ...startingIn(groups.byStart, s.end, s.end + 31)].some(
        (g) => namedWith(ctx.doc.text, g, s),
      ),
    );
  return groups.byStart.some((g) =>
    [...startingIn(people.byStart, g.end, g.end + 41), ...endingIn(people.byEnd, g.start - 30, g.start + 1)].some((s) =>
      namedWith(ctx.doc.text, g, s),
    ),
  );
}

/** Whether the person's mention `s` names them one of the group named by `g`, the two named together. */
function namedWith(text: string, g: Entity['mentions'][number], s: Entity['mentions'][number]): boolean {
  if (s.start >= g.end && s.start - g.end <= 40) {
    const gap = text.slice(g.end, s.start);
    const possessed = /^['’]s?\s/.test(gap);
    const words = gap
      .replace(/^['’]s?/, '')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    return words.length <= 2 && words.every(isDescriptor) && (possessed || words.length > 0);
  } else if (g.start >= s.end && g.start - s.end <= 30) {
    const gap = text.slice(s.end, g.start);
    const of = MEMBER_OF.exec(gap);
    if (of && (of[1] === undefined || isDescriptor(of[1]))) return true;
    return s.kind === 'possessive' && OWN_GROUP.test(gap);
  }
  return false;
}

/** Claims with two sides, the person and the work or company: a casting, a deal. */
const TWO_SIDED = new Set(['casting', 'money']);

/**
 * The other side of a casting or a deal, the work's side (EVAL-STORIES.md: a casting's subjects are the person and the
 * work): the work it implies, and a company or work named in its sentence ("a three-year deal with Hollywood studio
 * Warner Brothers, according to Variety", bbc-entertainment-028). Not the outlet that reports it, nor a place.
 */
function sidesOf(c: Claim, ctx: RefineContext): string[] {
  if (!TWO_SIDED.has(c.type)) return [];
  const { names, rank } = sideNames(ctx);
  const named = [
    ...new Set(
      lyingIn(names, c.evidence.start, c.evidence.end)
        .filter((n) => n.id !== c.holder.entity)
        .map((n) => n.id),
    ),
  ].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  return [...new Set([...(c.implied ?? []), ...named])].filter((id) => !c.subjects.includes(id));
}

/**
 * The names of the entities that can be a work's or a company's side (not people, places or outlets), in text order,
 * with each entity's place in the article's list (the order sidesOf gives them in), read once per document: asking
 * every entity for its mentions in the claim's sentence, for every claim and quotation, made a long article quadratic.
 */
type SideNames = { names: Array<{ start: number; end: number; id: string }>; rank: Map<string, number> };
const SIDE_NAMES = new WeakMap<Entity[], SideNames>();
function sideNames(ctx: RefineContext): SideNames {
  let known = SIDE_NAMES.get(ctx.entities);
  if (!known) {
    const sides = ctx.entities.filter((e) => e.type !== 'person' && e.type !== 'place' && e.type !== 'outlet');
    const names = sides
      .flatMap((e) =>
        e.mentions.filter((m) => m.kind === 'name').map((m) => ({ start: m.start, end: m.end, id: e.id })),
      )
      .sort((a, b) => a.start - b.start);
    const rank = new Map<string, number>();
    ctx.entities.forEach((e, i) => {
      if (!rank.has(e.id)) rank.set(e.id, i);
    });
    known = { names, rank };
    SIDE_NAMES.set(ctx.entities, known);
  }
  return known;
}

/**
 * The subject `person` speaks for: themselves, a subject band or company the article names them a member of, or, for a
 * casting or a deal, the work's side they are named a member of ("Warner producer Jeff Robinov").
 */
function speaksFor(c: Claim, ctx: RefineContext, person: string): string | null {
  if (c.subjects.includes(person)) return person;
  const who = entityOf(ctx, person);
  if (!who || who.type !== 'person') return null;
  for (const id of [...c.subjects, ...sidesOf(c, ctx)]) {
    const group = entityOf(ctx, id);
    if (group && group.type !== 'person' && memberOf(ctx, who, group)) return id;
  }
  return null;
}

/** A principal's quotation: its words' span, its attribution's, who speaks and for which subject. */
type OwnQuote = {
  start: number;
  end: number;
  attribution: { start: number; end: number };
  principal: string;
  speaker: string;
  text: string;
};

/** The subject a quotation's speaker is on record for, or null: the subject themselves, their rep, or a member. */
function principalOf(c: Claim, ctx: RefineContext, q: Quote): string | null {
  const { speaker } = q;
  if (speaker.kind === 'rep') return speaker.entity && c.subjects.includes(speaker.entity) ? speaker.entity : null;
  return speaker.kind === 'person' ? speaksFor(c, ctx, speaker.entity) : null;
}

const SAYING = new RegExp(`^\\s*,?\\s*(?:${cues.saying.source})\\b[^“”"\\n.!?]{0,40}?[:,]?\\s*$`, 'i');
const SAYING_WORD = new RegExp(`^(?:${cues.saying.source})$`, 'i');
// Right after the speaker: an adverb at most, the saying verb, then up to 60 characters of what is said about
// ("said their win for best alternative act was"), then the quotation.
const OPENING_QUOTE = /^\s+(?:\p{Ll}+ly\s+)?(\p{L}+)\b[^“”"\n.!?]{0,60}?[:,]?\s*(“[^”]{2,3000}”|"[^"\n]{2,3000}")/u;

/**
 * A member's quotation the quote finder leaves unattributed, the member named with their group right before or after
 * it: "“We are all very excited to be going back to Reading …,” said Iron Maiden's Bruce Dickinson", "Muse singer Matt
 * Bellamy said: “There needs to be more European bands.”". The group, then "'s" or up to two descriptors, then the name.
 */
function memberQuotes(c: Claim, ctx: RefineContext): OwnQuote[] {
  const text = ctx.doc.text;
  const out: OwnQuote[] = [];
  for (const id of c.subjects) {
    const group = entityOf(ctx, id);
    if (!group || group.type === 'person') continue;
    for (const g of group.mentions) {
      if (g.kind === 'pronoun' || g.kind === 'descriptor') continue;
      // The speaker's name: a member named right after the group ("Iron Maiden's Bruce Dickinson"), else the group's.
      const lead = /^(?:['’]s?)?(?:\s+[\p{Ll}-]+){0,2}\s+/u.exec(text.slice(g.end, g.end + 40));
      const at = g.end + (lead?.[0].length ?? 0);
      const member = lead
        ? peopleAt(ctx)
            .get(at)
            ?.find((e) => !c.subjects.includes(e.id))
        : undefined;
      const name = member && memberOf(ctx, member, group) ? member.mentions.find((m) => m.start === at) : undefined;
      // A possessive names a member after it, never the group speaking ("Muse's new album").
      const speaker = name ? member?.id : g.kind === 'possessive' ? undefined : id;
      const end = name?.end ?? g.end;
      if (speaker === undefined) continue;
      const said = { principal: id, speaker, text: text.slice(g.start, end) };
      // After: "Muse singer Matt Bellamy said: “…”", "Muse said their win for best alternative act was “…”".
      const after = OPENING_QUOTE.exec(text.slice(end, end + 3100));
      if (after?.[1] && SAYING_WORD.test(after[1])) {
        const quoteEnd = end + after.index + after[0].length;
        const start = quoteEnd - (after[2]?.length ?? 0);
        out.push({ start, end: quoteEnd, attribution: { start: g.start, end: start }, ...said });
        continue;
      }
      // Before: "“…,” said Iron Maiden's Bruce Dickinson".
      const spans = quotedIn(ctx);
      // Quoted spans do not overlap, so their ends are in order: the first ending at most 30 characters before.
      for (let i = firstEndingFrom(spans, g.start - 30); i < spans.length; i++) {
        const q = atIndex(spans, i);
        const qEnd = q.index + q[0].length;
        if (qEnd > g.start) break;
        if (!SAYING.test(text.slice(qEnd, g.start))) continue;
        out.push({ start: q.index, end: qEnd, attribution: { start: qEnd, end }, ...said });
      }
    }
  }
  return out;
}

/**
 * The people named (not in the possessive) at each offset, in the article's order of entities, read once per article:
 * memberQuotes asked every person for every mention at each mention of a subject group.
 */
const PEOPLE_AT = new WeakMap<Entity[], Map<number, Entity[]>>();
function peopleAt(ctx: RefineContext): Map<number, Entity[]> {
  let known = PEOPLE_AT.get(ctx.entities);
  if (!known) {
    known = new Map();
    for (const e of ctx.entities) {
      if (e.type !== 'person') continue;
      for (const m of e.mentions) {
        if (m.kind === 'possessive') continue;
        const here = known.get(m.start) ?? [];
        if (here[here.length - 1] !== e) here.push(e);
        known.set(m.start, here);
      }
    }
    PEOPLE_AT.set(ctx.entities, known);
  }
  return known;
}

/** The index of the first span ending at or after `from` (binary search). */
function firstEndingFrom(spans: RegExpExecArray[], from: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const q = atIndex(spans, mid);
    if (q.index + q[0].length < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The article's quotations by their speaker's entity, each speaker with the quotations' places in article order, and the
 * people who speak. Speed (issue 14): reading every quotation of the article for each claim's subjects was quadratic
 * in a long article (a 2 MB article: 0.8 s); a principal speaks as a subject, or as a member of a subject or side.
 */
type Speakers = { byEntity: Map<string, number[]>; people: Set<string>; members: Map<string, number[]> };
const SPEAKERS = new WeakMap<Doc, Speakers>();
function speakers(ctx: RefineContext): Speakers {
  let known = SPEAKERS.get(ctx.doc);
  if (!known) {
    known = { byEntity: new Map(), people: new Set(), members: new Map() };
    for (const [k, q] of articleQuotes(ctx).entries()) {
      if (q.speaker.entity === null) continue;
      const places = known.byEntity.get(q.speaker.entity);
      if (places) places.push(k);
      else known.byEntity.set(q.speaker.entity, [k]);
      if (q.speaker.kind === 'person') known.people.add(q.speaker.entity);
    }
    SPEAKERS.set(ctx.doc, known);
  }
  return known;
}

/** The places of the quotations spoken by a person the article names a member of `group` (a non-person entity). */
function memberPlaces(ctx: RefineContext, group: Entity): number[] {
  const known = speakers(ctx);
  let places = known.members.get(group.id);
  if (!places) {
    places = [];
    for (const id of known.people) {
      const who = entityOf(ctx, id);
      if (who && who.type === 'person' && memberOf(ctx, who, group)) places.push(...(known.byEntity.get(id) ?? []));
    }
    known.members.set(group.id, places);
  }
  return places;
}

/**
 * The quotations whose speaker may be on record for the claim (principalOf is null for every other): a subject's own,
 * and a member's of a subject or side group, in article order.
 */
function quotesPrincipalsMaySpeak(c: Claim, ctx: RefineContext): Quote[] {
  const { byEntity } = speakers(ctx);
  const places = new Set<number>();
  for (const id of c.subjects) for (const k of byEntity.get(id) ?? []) places.add(k);
  for (const id of [...c.subjects, ...sidesOf(c, ctx)]) {
    const group = entityOf(ctx, id);
    if (group && group.type !== 'person') for (const k of memberPlaces(ctx, group)) places.add(k);
  }
  const quotes = articleQuotes(ctx);
  return [...places].sort((a, b) => a - b).map((k) => atIndex(quotes, k));
}

/** Every quotation of the article a principal of the claim speaks. */
function principalQuotes(c: Claim, ctx: RefineContext): OwnQuote[] {
  return bySubjects(quotesFor, c, ctx, () => readPrincipalQuotes(c, ctx));
}
function readPrincipalQuotes(c: Claim, ctx: RefineContext): OwnQuote[] {
  const found: OwnQuote[] = [];
  for (const q of quotesPrincipalsMaySpeak(c, ctx)) {
    const principal = principalOf(c, ctx, q);
    if (principal === null) continue;
    found.push({
      start: q.start,
      end: q.end,
      attribution: q.attribution,
      principal,
      speaker: q.speaker.entity ?? principal,
      text: q.speaker.text,
    });
  }
  return [...found, ...memberQuotes(c, ctx)];
}

/**
 * The claim's value word, inflected as open.ts inflects verbs: "injunction", "deal", "won", "writing". Not every form of
 * the open claim: those read their object in the sentence, and a quotation's "it changes your voice" is no casting.
 */
const valueWords = new Map<string, RegExp>();
// Not after a letter: tested apart (matchesNotAfter), as a pattern that opens on a lookbehind is tried at every position.
const LETTER = /\p{L}/u;
function statesNews(c: Claim, text: string): boolean {
  let words = valueWords.get(c.value);
  if (!words) {
    const forms = [c.value, ...inflect(c.value).map(([form]) => form)].filter((f) => /^[\p{L} -]+$/u.test(f));
    words = new RegExp(`(?:${forms.map(escapeRegExp).join('|') || '(?!)'})(?![\\p{L}])`, 'giu');
    valueWords.set(c.value, words);
  }
  return matchesNotAfter(words, LETTER, text).length > 0;
}

/** The sentence(s) a span lies in, from the first one's start to the last one's end. */
function sentencesOf(doc: Doc, start: number, end: number): { start: number; end: number } {
  const first = doc.sentences[sentenceIndexAt(doc, start)];
  const last = doc.sentences[sentenceIndexAt(doc, Math.max(start, end - 1))];
  return { start: first?.start ?? start, end: last?.end ?? end };
}

// Capitalised words that name nothing by themselves.
const COMMON =
  /^(?:I'm|I've|I'll|I'd|The|An|It|It's|We|We're|He|She|They|This|That|There|But|And|So|Mr|Mrs|Ms|Dr|Sir|UK|US|TV)$/;

// First person: the principal speaks of their own doing ("we were granted the injunction", "a real surprise for us").
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I['’]m|I['’]ve|me|my|we|we['’]re|we['’]ve|us|our)(?![\p{L}'’])/iu;
// A place the news happens in ("starting in York on July 1") says where, not what: a quote naming it may be about
// anything else there ("I want to be buried in York").
const LOCATIVE = /\b(?:in|at|from|near|outside|around|across)\s+(?:the\s+)?$/i;
// Words told long before the news ("she told MTV at the time"): about what was news then.
const BACK_THEN = /\b(?:at the time|back then|years ago|in (?:19|20)\d\d)\b/i;
// Shared runs of three words that are only grammar ("one of the", "to be the").
const GRAMMAR_RUN = /^(?:\p{L}+ )?(?:of|the|a|to|in|and|for|be|is|was|it) (?:the|a|an|be|of|to)$/u;

/** A capitalised word (not a day or month, which names a time) not opening a sentence nor after a locative preposition: "Reading" in "Leeds and Reading festivals". */
function capitalsIn(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.matchAll(/([^\s.!?])\s+(\p{Lu}[\p{L}'’-]+)/gu)) {
    const w = m[2] ?? '';
    const at = m.index + m[0].length - w.length;
    if (w.length > 1 && !COMMON.test(w) && !MONTHS_DAYS.test(w) && !LOCATIVE.test(s.slice(0, at))) out.add(w);
  }
  return out;
}

function wordRuns(s: string): Set<string> {
  const words = s.toLowerCase().match(/\p{L}+/gu) ?? [];
  return new Set(
    words
      .slice(2)
      .map((w, i) => `${words[i]} ${words[i + 1]} ${w}`)
      .filter((t) => !GRAMMAR_RUN.test(t)),
  );
}

/**
 * Per article, in text order, each with its entity's id: the names (and aliases) of what is not a person or a place, the
 * work, event or company a quotation and the news may share (sameNews's `named`), and every mention of a person (what
 * it blanks). sameNews asked every entity for its mentions in the news sentence and the quotation, for every claim and
 * quotation: quadratic in a long article.
 */
type NewsNames = { things: Array<{ start: number; end: number; id: string }>; people: Entity['mentions'] };
const NEWS_NAMES = new WeakMap<Entity[], NewsNames>();
function newsNames(ctx: RefineContext): NewsNames {
  let known = NEWS_NAMES.get(ctx.entities);
  if (!known) {
    known = { things: [], people: [] };
    for (const e of ctx.entities) {
      // An id's mentions are its first entity's (entityOf), as mentionsIn reads them.
      const mentions = entityOf(ctx, e.id)?.mentions ?? [];
      if (e.type === 'person') known.people.push(...mentions);
      else if (e.type !== 'place')
        for (const m of mentions)
          if (m.kind === 'name' || m.kind === 'alias') known.things.push({ start: m.start, end: m.end, id: e.id });
    }
    known.things.sort((a, b) => a.start - b.start);
    known.people.sort((a, b) => a.start - b.start);
    NEWS_NAMES.set(ctx.entities, known);
  }
  return known;
}

/**
 * The quotation speaks of the claim's news: what is said and the words saying it (not the rest of their sentence: "X,
 * who won an Oscar, said: …") name what the claim's sentence names, other than the people the claim is about and the
 * speaker: the same work, event or company (an entity named, not a place: "Hollywood was calling" is not about a star on
 * Hollywood Boulevard; nor another person: "a song about [West]" in 2010 is not the 2017 song about him), the same
 * capitalised name ("Reading"), the same run of three words ("best alternative act"), or, in the first person, the
 * claim's own word, in the news sentence too ("has gained a court injunction" … "we were granted the injunction").
 */
function sameNews(c: Claim, ctx: RefineContext, q: OwnQuote): boolean {
  const { principal } = q;
  const said = { start: Math.min(q.start, q.attribution.start), end: Math.max(q.end, q.attribution.end) };
  const news = newsWords(ctx, principal, c.evidence);
  if (!news) return false;
  const span = sentencesOf(ctx.doc, said.start, said.end);
  if (span.start <= c.evidence.start && c.evidence.end <= span.end) return false; // the news sentence itself
  const text = ctx.doc.text;
  if (BACK_THEN.test(text.slice(q.attribution.start, q.attribution.end))) return false;
  if (FIRST_PERSON.test(text.slice(q.start, q.end)) && statesNews(c, text.slice(said.start, said.end)))
    if (statesNews(c, c.evidence.text)) return true;
  const quote = saidWords(ctx, principal, said);
  return shares(quote.named, news.named) || shares(quote.caps, news.caps) || shares(quote.runs, news.runs);
}

/** What sameNews compares on either side: the names of things, the capitalised words and the runs of three words. */
type NewsWords = { named: Set<string>; caps: Set<string>; runs: Set<string> };
const shares = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));
// Each side is read once per article (its entities), principal and span: in a long article every claim about a star met
// every quotation of theirs, and both were re-read, blanked and split into words for each pair.
const newsFor = new WeakMap<Entity[], Map<string, NewsWords | null>>();
const saidFor = new WeakMap<Entity[], Map<string, NewsWords>>();
/** What `cache` holds for the article's entities under `key`, read once. */
const once = <V>(cache: WeakMap<Entity[], Map<string, V>>, ctx: RefineContext, key: string, read: () => V): V =>
  memo(cache, ctx.entities, key, read);

/**
 * The news sentence's words, or null where it does not name the principal (a name, a pronoun: "They won best group"): a
 * subject carried there from another sentence may not be who the news is about. Its own quotations are blanked too
 * (someone's words, not the news: "Size … said gun use was "nothing to be glamorised"").
 */
function newsWords(ctx: RefineContext, principal: string, at: { start: number; end: number }): NewsWords | null {
  return once(newsFor, ctx, `${principal}\u0000${at.start}\u0000${at.end}`, () => {
    const inNewsSentence = (m: { start: number; end: number }) => m.start >= at.start && m.end <= at.end;
    const who = entityOf(ctx, principal);
    if (!who || ![...who.mentions, ...(who.jointMentions ?? [])].some(inNewsSentence)) return null;
    return wordsOf(ctx, principal, at, outsideQuotes);
  });
}
/** The quotation's words and the words saying who said it (not the rest of their sentence). */
function saidWords(ctx: RefineContext, principal: string, said: { start: number; end: number }): NewsWords {
  return once(saidFor, ctx, `${principal}\u0000${said.start}\u0000${said.end}`, () =>
    wordsOf(ctx, principal, said, (s) => s),
  );
}
function wordsOf(
  ctx: RefineContext,
  principal: string,
  { start, end }: { start: number; end: number },
  keep: (s: string) => string,
): NewsWords {
  const { things, people } = newsNames(ctx);
  const named = new Set(
    lyingIn(things, start, end)
      .filter((n) => n.id !== principal)
      .map((n) => n.id),
  );
  // People's names and the principal's say who, not what: blanked.
  let s = ctx.doc.text.slice(start, end);
  for (const m of [...lyingIn(people, start, end), ...mentionsIn(ctx, principal, start, end)])
    s = s.slice(0, m.start - start) + ' '.repeat(m.end - m.start) + s.slice(m.end - start);
  const words = keep(s);
  return { named, caps: capitalsIn(words), runs: wordRuns(words) };
}

/**
 * The work's side is on record only in words that name the news itself: "“This deal will give us the opportunity to
 * collaborate with Alfonso …,” said Mr Robinov" (bbc-entertainment-028), not the same executive's "“We had a wonderful
 * experience with Alfonso on Harry Potter”", which shares only names with the deal. A subject's own quotation is
 * judged by sameNews alone.
 */
function sideStatesNews(c: Claim, ctx: RefineContext, q: OwnQuote): boolean {
  return c.subjects.includes(q.principal) || statesNews(c, ctx.doc.text.slice(q.start, q.end));
}

export const OWN_QUOTE_ON_NEWS: ClaimRefiner = {
  // "…will headline this summer's Leeds and Reading festivals" + ""We are all very excited to be going back to Reading
  // …," said Iron Maiden's Bruce Dickinson" (bbc-entertainment-322): the band's headlining is on its own record.
  name: 'own-quote-on-news',
  apply: (c, ctx) => {
    if (!PUBLIC_ACTS.has(c.type) || c.stance !== 'asserts') return c;
    if (c.holder.kind !== 'author' && c.holder.kind !== 'outlet') return c;
    for (const q of principalQuotes(c, ctx)) {
      if (!sameNews(c, ctx, q) || !sideStatesNews(c, ctx, q)) continue;
      return {
        ...c,
        holder: { kind: 'principal', entity: q.principal, text: q.text },
        stance: 'confirms',
        rule: `${c.rule ?? 'claim'}+act:own-quote`,
      };
    }
    return c;
  },
};

export const MEMBER_SPEAKS: ClaimRefiner = {
  // "Eminem's group, D12, were surprise winners … Eminem told the crowd: "D12 finally won an award, thank you very
  // much."" (bbc-entertainment-153): a member's own words about their group's news are the group's on record, not a
  // named source's.
  name: 'member-speaks-for-group',
  apply: (c, ctx) => {
    if (!PUBLIC_ACTS.has(c.type) || c.stance !== 'asserts' || c.holder.kind !== 'named-source') return c;
    const speaker = c.holder.entity;
    if (speaker === null || c.subjects.includes(speaker)) return c;
    const group = speaksFor(c, ctx, speaker);
    return group === null
      ? c
      : {
          ...c,
          holder: { ...c.holder, kind: 'principal', entity: group },
          stance: 'confirms',
          rule: `${c.rule ?? 'claim'}+act:member-speaks`,
        };
  },
};

// A principal's words told as reported speech, after their name: the finite own-word verbs of speech.json ("Holmes
// said", "told GMA", "explained", "opened up", "talked") or a participle clause of saying hung on the sentence's subject
// ("…, explaining why she decided …", "…, saying the award …"). The participles are not speech.json uses the claims
// stage reads (its `statement` use has denials too): the four that report one's own word, written here once.
const OWN_WORD = new RegExp(`^\\s+(?:\\p{Ll}+ly\\s+)?(?:${cues.onRecord.source})\\b(?:\\s+(?:about|of)\\b)?`, 'iu');
const SAYING_PARTICIPLE = /,\s+(?:[^,;:“”"\n]{0,80}?\s)?(?:saying|explaining|revealing|admitting)\b/iu;
// "…, with the label saying the album was due": the participle has a subject of its own, not the sentence's.
const OWN_SUBJECT = /\bwith\s/i;
// The subject opens its sentence: up to three words before it ("R&B singer Usher", "Then Holmes").
const OPENS_SENTENCE = /^\s*(?:[\p{L}&'’.-]+\s+){0,3}$/u;
// The news taken back in the same sentence by its own noun, definite: "saying the award "means so much to me"".
// Said words that open on a quotation the quote finder left unread ("He said: "This is a hugely exciting …").
const QUOTE_OPENS = /^\s*[:,]?\s*[“"]/;
const NEWS_ANAPHOR =
  /\b(?:the|this|that)\s+(?:award|prize|honou?r|trophy|accolade|role|part|lawsuit|suit|case|deal|contract|tour|album)\b/i;

/** What a principal is reported to have said: the complement's span and the words that say who said it. */
function reportedWords(c: Claim, ctx: RefineContext): OwnQuote[] {
  return bySubjects(wordsFor, c, ctx, () => readReportedWords(c, ctx));
}
function readReportedWords(c: Claim, ctx: RefineContext): OwnQuote[] {
  const text = ctx.doc.text;
  const out: OwnQuote[] = [];
  const others = ctx.entities.filter((e) => e.type === 'person' && !c.subjects.includes(e.id));
  for (const principal of c.subjects) {
    const who = entityOf(ctx, principal);
    for (const m of who?.mentions ?? []) {
      if (m.kind === 'possessive') continue;
      const sentence = ctx.doc.sentences[sentenceIndexAt(ctx.doc, m.start)];
      if (!sentence) continue;
      const rest = text.slice(m.end, sentence.end);
      let from = -1;
      const finite = OWN_WORD.exec(rest);
      if (finite) from = m.end + finite[0].length;
      else if (OPENS_SENTENCE.test(text.slice(sentence.start, m.start))) {
        const clause = SAYING_PARTICIPLE.exec(rest);
        const at = clause ? m.end + clause.index : -1;
        // No other person between the subject and the participle: "…, beating Nelly, saying …" may be another's word.
        const between = (e: Entity) => mentionsIn(ctx, e.id, m.end, at).length > 0;
        if (clause && !OWN_SUBJECT.test(clause[0]) && !others.some(between))
          from = m.end + clause.index + clause[0].length;
      }
      if (from < 0 || sentence.end - from < 8) continue;
      out.push({
        start: from,
        end: sentence.end,
        attribution: { start: m.start, end: from },
        principal,
        speaker: principal,
        text: text.slice(m.start, m.end),
      });
    }
  }
  return out;
}

/**
 * The reported words are about the claim's news: in the news sentence itself, they say it ("explaining why she decided
 * to step into the famous first lady's shoes again") or take it back by its noun ("saying the award …"); elsewhere, when
 * they name it or quote, as a quotation is (sameNews). Denied or long-past words are no confirmation.
 */
function reportsNews(c: Claim, ctx: RefineContext, w: OwnQuote): boolean {
  const said = ctx.doc.text.slice(w.start, w.end);
  if (cues.negation.test(said) || cues.denies.test(said) || BACK_THEN.test(said)) return false;
  const states = statesNews(c, said) || NEWS_ANAPHOR.test(said);
  const inNews = w.start >= c.evidence.start && w.end <= c.evidence.end + 1;
  // In the news sentence, any form of the claim's predicate (its object there already): "step into … shoes".
  if (inNews) return states || statesOpenClaim(c.type, c.value, said);
  // Elsewhere, a paraphrase sharing a name with the news is not enough ("Weinstein says he will sue the New York
  // Times" is no word on a verdict the news sentence names beside the Times): it names the news's value or noun, or
  // it quotes.
  return (states || QUOTE_OPENS.test(said)) && sameNews(c, ctx, w);
}

export const OWN_WORDS_REPORTED: ClaimRefiner = {
  // "Spears was named best female, sending a message of thanks on video saying the award "means so much to me""
  // (bbc-entertainment-153): the winner's own word on her prize, told in reported speech, puts it on record.
  name: 'own-words-reported',
  apply: (c, ctx) => {
    if (!PUBLIC_ACTS.has(c.type) || c.stance !== 'asserts') return c;
    if (c.holder.kind !== 'author' && c.holder.kind !== 'outlet') return c;
    const words = reportedWords(c, ctx).find((w) => reportsNews(c, ctx, w));
    return words
      ? {
          ...c,
          holder: { kind: 'principal', entity: words.principal, text: words.text },
          stance: 'confirms',
          rule: `${c.rule ?? 'claim'}+act:reported-words`,
        }
      : c;
  },
};

/** In order: a member's own claim first, then a principal's quotation elsewhere on the same news, then their reported
 * words on it. */
export const OWN_QUOTES: ClaimRefiner[] = [MEMBER_SPEAKS, OWN_QUOTE_ON_NEWS, OWN_WORDS_REPORTED];
