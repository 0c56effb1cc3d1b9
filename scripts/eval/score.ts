import type { Entity, Extraction } from '../../src/extract/index.ts';
import type { Gold, GoldClaim, GoldEvent } from '../../test/gold/index.ts';
import { alignEntities } from './entities.ts';
import { add, matchGreedy, overlaps, prf, spanKey } from './spans.ts';
import type { PRF } from './spans.ts';

/** Every count eval prints, summed over articles. */
export type Scores = {
  entities: PRF;
  entitiesByType: Map<string, PRF>;
  /** Gold mentions found on the system entity aligned to their own gold entity, by mention kind (recall). */
  mentions: Map<string, { right: number; total: number }>;
  /** The same both ways: a system mention is right only on the entity aligned to the gold entity that has it. */
  mentionsRight: PRF;
  timeExtent: PRF;
  timeValue: PRF;
  /** Secondary: same type (see sameType) and the same sentence. */
  eventsFound: PRF;
  eventsDated: { right: number; total: number };
  eventsParticipants: { right: number; total: number };
  /** What counts: found, and the date and every participant right. */
  eventsRight: PRF;
  /** Secondary: same type and subjects, anywhere in the article. */
  claimsFound: PRF;
  /** What counts: type, subjects, holder kind and entity, stance, and sentence all right. */
  claimsRight: PRF;
  hedges: PRF;
};

export function emptyScores(): Scores {
  return {
    entities: prf(),
    entitiesByType: new Map(),
    mentions: new Map(),
    mentionsRight: prf(),
    timeExtent: prf(),
    timeValue: prf(),
    eventsFound: prf(),
    eventsDated: { right: 0, total: 0 },
    eventsParticipants: { right: 0, total: 0 },
    eventsRight: prf(),
    claimsFound: prf(),
    claimsRight: prf(),
    hedges: prf(),
  };
}

// The contract's own lists must match exactly; beyond them the type is free wording ("award" vs
// "win", "career" vs "project"), so any open type matches any other open type.
const CORE_EVENTS = new Set([
  'appearance',
  'sighting',
  'travel',
  'post',
  'photo',
  'statement',
  'report',
  'celebration',
  'gift',
  'split',
  'engagement',
  'wedding',
  'birth',
]);
const CORE_CLAIMS = new Set(['relationship', 'pregnancy', 'casting', 'feud', 'health']);

function sameType(core: Set<string>, gold: string, system: string): boolean {
  return gold === system || (!core.has(gold) && !core.has(system));
}
const typeKey = (core: Set<string>, type: string) => (core.has(type) ? type : '(open)');

// A system value may be finer than gold ("2025-05-04T03:00" for gold "2025-05-04"), never coarser;
// an undated gold event wants an undated system event.
function sameWhen(gold: string | null, system: string | undefined): boolean {
  if (gold === null) return system === undefined;
  return system !== undefined && (system === gold || system.startsWith(`${gold}T`));
}

const sameSet = (a: string[], b: string[]) => {
  const x = new Set(a),
    y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
};

// "the Daily Mail" names the Daily Mail; "Ana’s" names Ana: case, a leading "the" and a possessive do not matter.
const bare = (name: string) =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/['’]s?$/, '');

/** The gold holder name is the system holder entity's name or the text of one of its mentions. */
function namesHolder(holderName: string, entity: Entity | undefined): boolean {
  if (!entity) return false;
  const want = bare(holderName);
  return bare(entity.name) === want || entity.mentions.some((m) => bare(m.text) === want);
}

function countPairs<T>(gold: T[], system: T[], key: (x: T) => string): PRF {
  const left = new Map<string, number>();
  for (const g of gold) left.set(key(g), (left.get(key(g)) ?? 0) + 1);
  let tp = 0;
  for (const s of system) {
    const n = left.get(key(s)) ?? 0;
    if (n > 0) {
      tp++;
      left.set(key(s), n - 1);
    }
  }
  return { tp, system: system.length, gold: gold.length };
}

/** Adds one article's comparison of system output against gold into `into`. */
export function scoreArticle(into: Scores, gold: Gold, out: Extraction): void {
  const align = alignEntities(gold.entities, out.entities);
  add(into.entities, align.overall);
  for (const [type, c] of align.byType) {
    let row = into.entitiesByType.get(type);
    if (!row) into.entitiesByType.set(type, (row = prf()));
    add(row, c);
  }
  for (const [kind, c] of align.mentions) {
    let row = into.mentions.get(kind);
    if (!row) into.mentions.set(kind, (row = { right: 0, total: 0 }));
    row.right += c.right;
    row.total += c.total;
  }
  const name = (id: string) => align.toGold.get(id) ?? `?${id}`;

  // Mentions both ways: a system mention of an entity aligned to no gold entity, or to another one, is
  // wrong; each gold mention is right at most once, so listing a span twice gains nothing.
  const unused = new Map(gold.entities.map((e) => [e.name, new Set(e.mentions.map(spanKey))] as const));
  let sysRight = 0,
    sysTotal = 0;
  for (const s of out.entities) {
    const keys = unused.get(name(s.id));
    for (const m of s.mentions) {
      sysTotal++;
      if (keys?.delete(spanKey(m))) sysRight++;
    }
  }
  add(into.mentionsRight, {
    tp: sysRight,
    system: sysTotal,
    gold: gold.entities.reduce((n, e) => n + e.mentions.length, 0),
  });

  // Times: relaxed extent (overlap), as TempEval scores extents; the value must then be exact.
  const times = matchGreedy(gold.times, out.times, overlaps);
  add(into.timeExtent, { tp: times.size, system: out.times.length, gold: gold.times.length });
  const valued = [...times].filter(([g, s]) => g.value === s.value).length;
  add(into.timeValue, { tp: valued, system: out.times.length, gold: gold.times.length });

  // Events. Found: same type, told in the same sentence (the evidence, or any sentence merged into the event).
  type SysEvent = Extraction['events'][number];
  const sentence = (g: GoldEvent, s: SysEvent) =>
    [s.evidence, ...(s.mentions ?? [])].some((m) => overlaps(g.evidence, m));
  const found = (g: GoldEvent, s: SysEvent) => sameType(CORE_EVENTS, g.type, s.type) && sentence(g, s);
  const dated = (g: GoldEvent, s: SysEvent) => sameWhen(g.date, s.time?.value);
  // Every participant: the gold ones all there, and none the gold does not name (an unaligned one is wrong too).
  const cast = (g: GoldEvent, s: SysEvent) => sameSet(g.participants, s.participants.map(name));
  const events = matchGreedy(gold.events, out.events, found);
  add(into.eventsFound, { tp: events.size, system: out.events.length, gold: gold.events.length });
  for (const [g, s] of events) {
    into.eventsDated.total++;
    if (dated(g, s)) into.eventsDated.right++;
    into.eventsParticipants.total++;
    if (cast(g, s)) into.eventsParticipants.right++;
  }
  const right = matchGreedy(gold.events, out.events, (g, s) => found(g, s) && dated(g, s) && cast(g, s));
  add(into.eventsRight, { tp: right.size, system: out.events.length, gold: gold.events.length });

  // Claims. Found: type and subjects. Right: also a relationship's value, holder kind, the named holder, stance and
  // sentence.
  type SysClaim = Extraction['claims'][number];
  const subjects = (names: string[]) => [...new Set(names)].sort().join(' & ');
  add(
    into.claimsFound,
    countPairs(
      gold.claims.map((c) => `${typeKey(CORE_CLAIMS, c.type)}|${subjects(c.subjects)}`),
      out.claims.map((c) => `${typeKey(CORE_CLAIMS, c.type)}|${subjects(c.subjects.map(name))}`),
      (k) => k,
    ),
  );
  const byId = new Map(out.entities.map((e) => [e.id, e] as const));
  // A relationship's stage is what a story is built from: "married" for a gold "split" is wrong, not found.
  const sameStage = (g: GoldClaim, s: SysClaim) => g.type !== 'relationship' || g.value === s.value;
  const claimRight = (g: GoldClaim, s: SysClaim) =>
    sameType(CORE_CLAIMS, g.type, s.type) &&
    sameStage(g, s) &&
    sameSet(g.subjects, s.subjects.map(name)) &&
    g.holder === s.holder.kind &&
    (g.holderName === undefined ||
      namesHolder(g.holderName, s.holder.entity === null ? undefined : byId.get(s.holder.entity))) &&
    g.stance === s.stance &&
    overlaps(g.evidence, s.evidence);
  const claims = matchGreedy(gold.claims, out.claims, claimRight);
  add(into.claimsRight, { tp: claims.size, system: out.claims.length, gold: gold.claims.length });

  const hedges = matchGreedy(gold.hedges, out.hedges, overlaps);
  add(into.hedges, { tp: hedges.size, system: out.hedges.length, gold: gold.hedges.length });
}
