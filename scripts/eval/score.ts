import type { Extraction } from '../../src/extract/index.ts';
import type { Gold, GoldClaim, GoldEvent } from '../../test/gold/index.ts';
import { alignEntities } from './entities.ts';
import { add, matchGreedy, overlaps, prf } from './spans.ts';
import type { PRF } from './spans.ts';

/** Every count eval prints, summed over articles. */
export type Scores = {
  entities: PRF;
  entitiesByType: Map<string, PRF>;
  mentions: Map<string, { right: number; total: number }>;
  timeExtent: PRF;
  timeValue: PRF;
  events: PRF;
  eventsDated: { right: number; total: number };
  eventsParticipants: { right: number; total: number };
  eventsAllRight: PRF;
  claimsFound: PRF;
  claimsRight: PRF;
  hedges: PRF;
};

export function emptyScores(): Scores {
  return {
    entities: prf(), entitiesByType: new Map(), mentions: new Map(), timeExtent: prf(), timeValue: prf(),
    events: prf(), eventsDated: { right: 0, total: 0 }, eventsParticipants: { right: 0, total: 0 }, eventsAllRight: prf(),
    claimsFound: prf(), claimsRight: prf(), hedges: prf(),
  };
}

// A system value may be finer than gold ("2025-05-04T03:00" for gold "2025-05-04"), never coarser.
const sameWhen = (gold: string, system: string | undefined) =>
  system !== undefined && (system === gold || system.startsWith(`${gold}T`));

function countPairs<T>(gold: T[], system: T[], key: (x: T) => string): PRF {
  const left = new Map<string, number>();
  for (const g of gold) left.set(key(g), (left.get(key(g)) ?? 0) + 1);
  let tp = 0;
  for (const s of system) {
    const n = left.get(key(s)) ?? 0;
    if (n > 0) { tp++; left.set(key(s), n - 1); }
  }
  return { tp, system: system.length, gold: gold.length };
}

/** Adds one article's comparison of system output against gold into `into`. */
export function scoreArticle(into: Scores, gold: Gold, out: Extraction): void {
  const align = alignEntities(gold.entities, out.entities);
  add(into.entities, align.overall);
  for (const [type, c] of align.byType) add(into.entitiesByType.get(type) ?? into.entitiesByType.set(type, prf()).get(type)!, c);
  for (const [kind, c] of align.mentions) {
    const row = into.mentions.get(kind) ?? into.mentions.set(kind, { right: 0, total: 0 }).get(kind)!;
    row.right += c.right; row.total += c.total;
  }
  const name = (id: string) => align.toGold.get(id) ?? `?${id}`;

  // Times: relaxed extent (overlap), as TempEval scores extents; the value must then be exact.
  const times = matchGreedy(gold.times, out.times, overlaps);
  add(into.timeExtent, { tp: times.size, system: out.times.length, gold: gold.times.length });
  const valued = [...times].filter(([g, s]) => g.value === s.value).length;
  add(into.timeValue, { tp: valued, system: out.times.length, gold: gold.times.length });

  // Events: same type, and the same sentence or a shared participant.
  const evFits = (g: GoldEvent, s: Extraction['events'][number]) =>
    g.type === s.type && (overlaps(g.evidence, s.evidence) || s.participants.some((p) => g.participants.includes(name(p))));
  const events = matchGreedy(gold.events, out.events, evFits);
  add(into.events, { tp: events.size, system: out.events.length, gold: gold.events.length });
  let allRight = 0;
  for (const [g, s] of events) {
    const dated = g.date === null || sameWhen(g.date, s.time?.value);
    if (g.date !== null) { into.eventsDated.total++; if (dated) into.eventsDated.right++; }
    const names = new Set(s.participants.map(name));
    const people = g.participants.every((p) => names.has(p));
    into.eventsParticipants.total++;
    if (people) into.eventsParticipants.right++;
    if (dated && people) allRight++;
  }
  add(into.eventsAllRight, { tp: allRight, system: out.events.length, gold: gold.events.length });

  // Claims: found = same type and subjects; right = also the same holder kind and stance.
  const subjects = (names: string[]) => [...names].sort().join(' & ');
  const goldClaims = gold.claims.map((c: GoldClaim) => ({ found: `${c.type}|${subjects(c.subjects)}`, holder: c.holder, stance: c.stance }));
  const sysClaims = out.claims.map((c) => ({ found: `${c.type}|${subjects(c.subjects.map(name))}`, holder: c.holder.kind, stance: c.stance }));
  add(into.claimsFound, countPairs(goldClaims, sysClaims, (c) => c.found));
  add(into.claimsRight, countPairs(goldClaims, sysClaims, (c) => `${c.found}|${c.holder}|${c.stance}`));

  const hedges = matchGreedy(gold.hedges, out.hedges, overlaps);
  add(into.hedges, { tp: hedges.size, system: out.hedges.length, gold: gold.hedges.length });
}
