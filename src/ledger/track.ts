// Track records: how often each outlet's and each holder kind's reports on settled stories proved true, and how
// much that moves the weight of their next report.
import type { HolderKind } from '../extract/index.ts';
import type { TrackRecordTotal, ReportOutcome } from '../store/index.ts';
import { clamp, TRACK_RECORD } from './priors.ts';
import type { Factor } from './priors.ts';
import type { TrackRecordEntry, TrackRecordTable } from './types.ts';
import { trackRecordPrior, type OutcomeCounts, type Reliability } from './track-prior.ts';
import { at as atIndex } from '../invariant/index.ts';
import { round } from '../math/index.ts';

/** Settled reports tallied by outlet (source key), by holder kind, and over all outlets and all reports. */
export type TrackRecord = {
  outlets: Map<string, OutcomeCounts & { name: string }>;
  kinds: Map<HolderKind, OutcomeCounts>;
  allOutlets: OutcomeCounts;
  all: OutcomeCounts;
};

const isOutlet = (sourceKey: string): boolean => sourceKey.startsWith('outlet:');

function add(counts: OutcomeCounts, hit: boolean, sign: number): void {
  if (hit) counts.trueCount += sign;
  else counts.falseCount += sign;
}

/**
 * Adds (sign 1) or takes away (sign -1) outcomes; `into` is changed in place. An outlet's track record counts one
 * report per story, however many voices of its article(s) spoke (its own, "a source", the author): a miss if any of
 * them missed.
 * Taking away a story's outcomes must take all of that story's rows at once (as `without` does).
 */
function tallyInto(into: TrackRecord, outcomes: ReportOutcome[], sign: number): TrackRecord {
  const perStory = new Map<string, { sourceKey: string; sourceName: string; hit: boolean }>();
  for (const o of outcomes) {
    add(into.all, o.hit, sign);
    const kind = into.kinds.get(o.holderKind) ?? { trueCount: 0, falseCount: 0 };
    add(kind, o.hit, sign);
    into.kinds.set(o.holderKind, kind);
    if (!isOutlet(o.sourceKey)) continue;
    const key = `${o.story}|${o.sourceKey}`;
    const seen = perStory.get(key);
    if (seen) seen.hit &&= o.hit;
    else perStory.set(key, { sourceKey: o.sourceKey, sourceName: o.sourceName, hit: o.hit });
  }
  for (const o of perStory.values()) {
    add(into.allOutlets, o.hit, sign);
    const outlet = into.outlets.get(o.sourceKey) ?? { name: o.sourceName, trueCount: 0, falseCount: 0 };
    add(outlet, o.hit, sign);
    into.outlets.set(o.sourceKey, outlet);
  }
  return into;
}

const empty = (): TrackRecord => ({
  outlets: new Map(),
  kinds: new Map(),
  allOutlets: { trueCount: 0, falseCount: 0 },
  all: { trueCount: 0, falseCount: 0 },
});

/**
 * Outcomes known on `asOf`: settled by then, of a dated report (an undated one may be from any day; undated
 * settlements and reports count only when no date is asked); else all.
 */
export function knownOn(outcomes: ReportOutcome[], asOf: string | null): ReportOutcome[] {
  return asOf === null
    ? outcomes
    : outcomes.filter((o) => o.settledOn !== null && o.settledOn <= asOf && o.reportedOn !== null);
}

export function tally(outcomes: ReportOutcome[]): TrackRecord {
  return tallyInto(empty(), outcomes, 1);
}

function copyOf(total: TrackRecord): TrackRecord {
  return {
    outlets: new Map([...total.outlets].map(([k, v]) => [k, { ...v }])),
    kinds: new Map([...total.kinds].map(([k, v]) => [k, { ...v }])),
    allOutlets: { ...total.allOutlets },
    all: { ...total.all },
  };
}

/** `total` without `own`: what a story is scored with, so its own outcome never feeds its own score. */
export function without(total: TrackRecord, own: ReportOutcome[]): TrackRecord {
  return tallyInto(copyOf(total), own, -1);
}

/** A tally as the store keeps it (TrackRecordTotal rows). */
export function totalsOf(trackRecord: TrackRecord): TrackRecordTotal[] {
  return [
    ...[...trackRecord.outlets].map(([key, o]): TrackRecordTotal => ({ scope: 'outlet', key, ...o })),
    ...[...trackRecord.kinds].map(([key, c]): TrackRecordTotal => ({ scope: 'kind', key, name: key, ...c })),
    { scope: 'outlets', key: '', name: '', ...trackRecord.allOutlets },
    { scope: 'all', key: '', name: '', ...trackRecord.all },
  ];
}

/** The store's running totals as a tally; an outlet or kind whose reports all went again is left out. */
export function trackRecordOf(totals: TrackRecordTotal[]): TrackRecord {
  const trackRecord = empty();
  for (const { scope, key, name, trueCount, falseCount } of totals) {
    const counts = { trueCount, falseCount };
    if (scope === 'all') trackRecord.all = counts;
    else if (scope === 'outlets') trackRecord.allOutlets = counts;
    else if (trueCount + falseCount === 0) continue;
    else if (scope === 'outlet') trackRecord.outlets.set(key, { name, ...counts });
    else trackRecord.kinds.set(key as HolderKind, counts);
  }
  return trackRecord;
}

/** What replacing a story's settled reports `old` by `next` changes in the running totals. */
export function totalsDelta(old: ReportOutcome[], next: ReportOutcome[]): TrackRecordTotal[] {
  return totalsOf(tallyInto(tally(next), old, -1)).filter((t) => t.trueCount !== 0 || t.falseCount !== 0);
}

/**
 * The track record of every story but `story`, as known on a date (null: `total` without the story's own, `own`).
 * `settled` is every story's settled reports in order of settlement date; a date's track record is the tally of those
 * known then (knownOn), built by one sweep over them for the dates asked in increasing order (a story's history),
 * not one tally of every outcome per date.
 */
export function trackRecordsAsOf(
  total: TrackRecord,
  own: ReportOutcome[],
  settled: ReportOutcome[],
  story: string,
): (asOf: string | null) => TrackRecord {
  let now: TrackRecord | undefined;
  const dated = new Map<string, TrackRecord>();
  let running = empty();
  let at = 0;
  let upTo = '';
  return (asOf) => {
    if (asOf === null) return (now ??= without(total, own));
    const known = dated.get(asOf);
    if (known) return known;
    if (asOf < upTo) [running, at] = [empty(), 0];
    let end = at;
    for (; end < settled.length; end++) {
      const on = atIndex(settled, end).settledOn;
      if (on === null || on > asOf) break;
    }
    // A story's reports share one settlement date, so they are added in one slice (an outlet counts once per story).
    tallyInto(
      running,
      knownOn(settled.slice(at, end), asOf).filter((o) => o.story !== story),
      1,
    );
    [at, upTo] = [end, asOf];
    const trackRecord = copyOf(running);
    dated.set(asOf, trackRecord);
    return trackRecord;
  };
}

/** Settled reports that can count as of some date, in order of settlement date (for trackRecordsAsOf). */
export function inSettlementOrder(outcomes: ReportOutcome[]): ReportOutcome[] {
  return outcomes
    .filter((o): o is ReportOutcome & { settledOn: string } => o.settledOn !== null && o.reportedOn !== null)
    .sort((a, b) => a.settledOn.localeCompare(b.settledOn));
}

const KIND_NAMES: Record<HolderKind, string> = {
  principal: 'principals',
  outlet: 'outlets',
  anonymous: 'anonymous sources',
  'named-source': 'named sources',
  author: 'article authors',
  fans: 'fans',
};

const possessive = (name: string): string => (/s$/.test(name) ? `${name}'` : `${name}'s`);

export type TrackRecordFactor = Factor &
  Reliability & {
    holder: string;
    counts: OutcomeCounts;
    population: number;
  };

/**
 * How a holder's track record moves its weight: its reliability (the share of its settled reports that proved true,
 * shrunk toward the population rate by trackRecordPrior) over the population rate, kept within priors.trackRecord
 * [min, max]. A named outlet is judged on its own track record where it has one, against all outlets; otherwise the
 * holder's kind, against all reports. A ratio of rates, not of logits: a logit is ~0 where the rate is near 0.5 and
 * flips sign below it, so a ratio of logits would explode or invert there.
 * Null for a principal (no track record: statuses come from their word) and for a holder with no settled report yet.
 * @example trackRecordFactor(trackRecord, 'outlet', {key: 'outlet:daily mail'})?.why
 *   // "Daily Mail's record: 3 of 10 settled reports true, counts less (×0.69)"
 */
export function trackRecordFactor(
  trackRecord: TrackRecord | undefined,
  kind: HolderKind,
  source: { key: string },
): TrackRecordFactor | null {
  if (!trackRecord || kind === 'principal') return null;
  const outlet = isOutlet(source.key) ? trackRecord.outlets.get(source.key) : undefined;
  const own = outlet && outlet.trueCount + outlet.falseCount > 0 ? outlet : trackRecord.kinds.get(kind);
  if (!own || own.trueCount + own.falseCount === 0) return null;
  const named = own === outlet;
  const population = named ? trackRecord.allOutlets : trackRecord.all;
  const { strength, min, max } = TRACK_RECORD;
  const { reliability, low, high } = trackRecordPrior(own, population, { strength });
  // The population's own rate, as trackRecordPrior puts it (a track record of nothing).
  const rate = trackRecordPrior({ trueCount: 0, falseCount: 0 }, population, { strength }).reliability;
  // The factor as the why shows it (×0.69), to two places: the score applies what the journalist reads, and a refresh
  // rescores only the stories citing a holder whose shown factor moved (refresh.ts), not every story per settled report.
  const factor = Math.round(clamp(reliability / rate, min, max) * 100) / 100;
  const holder = named ? outlet.name : KIND_NAMES[kind];
  const settled = own.trueCount + own.falseCount;
  const verdict =
    factor === 1
      ? 'counts as usual'
      : factor < 1
        ? `counts less (×${factor.toFixed(2)})`
        : `counts more (×${factor.toFixed(2)})`;
  // The shrunk reliability and the population rate are in GET /api/track-record; the why keeps to the counts.
  // An outlet judged on all outlets' track record must not read as if it were its own. "Daily Mail's record" stays
  // as readers see it in a why (the possessive says whose; the web's plain words and the snapshot read it).
  const why =
    !named && isOutlet(source.key) && kind === 'outlet'
      ? `no settled reports of its own; ${holder} overall: ${own.trueCount} of ${settled} true, ${verdict}`
      : `${possessive(holder)} record: ${own.trueCount} of ${settled} settled report${settled === 1 ? '' : 's'} true, ${verdict}`;
  return {
    factor,
    why,
    holder,
    counts: { trueCount: own.trueCount, falseCount: own.falseCount },
    reliability,
    low,
    high,
    population: rate,
  };
}

function entry(name: string, f: TrackRecordFactor): TrackRecordEntry {
  return {
    name,
    ...f.counts,
    reliability: round(f.reliability),
    low: round(f.low),
    high: round(f.high),
    factor: round(f.factor),
  };
}

/**
 * Every factor a track record gives, by what a row's track record is looked up by: "outlet|<source key>" for an outlet
 * with settled reports of its own (whoever spoke in it: "a source told People" reads People's), "kind|<holder kind>"
 * for the others. Two tallies whose tables agree score every story that has no settled report of its own alike.
 */
export function factorTable(trackRecord: TrackRecord): Map<string, number> {
  const out = new Map<string, number>();
  for (const key of trackRecord.outlets.keys()) {
    const f = trackRecordFactor(trackRecord, 'outlet', { key });
    if (f) out.set(`outlet|${key}`, f.factor);
  }
  for (const kind of trackRecord.kinds.keys()) {
    const f = trackRecordFactor(trackRecord, kind, { key: '' });
    if (f) out.set(`kind|${kind}`, f.factor);
  }
  return out;
}

/** The whole track record as a journalist checks it (GET /api/track-record): most settled reports first. */
export function trackRecordTable(trackRecord: TrackRecord): TrackRecordTable {
  const settled = (e: TrackRecordEntry) => e.trueCount + e.falseCount;
  const order = (a: TrackRecordEntry, b: TrackRecordEntry) => settled(b) - settled(a) || a.name.localeCompare(b.name);
  const outlets = [...trackRecord.outlets].flatMap(([key, o]) => {
    const f = trackRecordFactor(trackRecord, 'outlet', { key });
    return f ? [entry(o.name, f)] : [];
  });
  const holders = [...trackRecord.kinds.keys()].flatMap((kind) => {
    const f = trackRecordFactor(trackRecord, kind, { key: '' });
    return f ? [{ kind, ...entry(KIND_NAMES[kind], f) }] : [];
  });
  return {
    outlets: outlets.sort(order),
    holders: holders.sort(order),
    population: { outlets: { ...trackRecord.allOutlets }, all: { ...trackRecord.all } },
  };
}

/**
 * What `rumourmill db check` reports about the running totals: every scope and key where the stored totals differ
 * from a fresh tally of the settled reports (they are moved by deltas, so a change that bypassed them would drift).
 */
export function totalsMismatches(stored: TrackRecordTotal[], outcomes: ReportOutcome[]): string[] {
  const label = (t: TrackRecordTotal) => `${t.scope}${t.key ? ` ${t.key}` : ''}`;
  const counts = (t: TrackRecordTotal | undefined) => `${t?.trueCount ?? 0} true / ${t?.falseCount ?? 0} false`;
  const expected = new Map(totalsOf(tally(outcomes)).map((t) => [label(t), t]));
  // Rows whose reports all went again stay in the store at zero: they match an absent key.
  const actual = new Map(
    stored
      .filter((t) => t.trueCount !== 0 || t.falseCount !== 0 || t.scope === 'all' || t.scope === 'outlets')
      .map((t) => [label(t), t]),
  );
  const problems: string[] = [];
  for (const key of new Set([...expected.keys(), ...actual.keys()])) {
    const [want, have] = [expected.get(key), actual.get(key)];
    if ((want?.trueCount ?? 0) !== (have?.trueCount ?? 0) || (want?.falseCount ?? 0) !== (have?.falseCount ?? 0)) {
      problems.push(`track-record totals for ${key}: stored ${counts(have)}, settled reports say ${counts(want)}`);
    }
  }
  return problems;
}
