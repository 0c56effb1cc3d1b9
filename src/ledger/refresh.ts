// Stored scores brought up to date after other stories' outcomes changed (a story's score reads their track record).
import type {
  EvidenceRow,
  IdRange,
  ReportOutcome,
  Store,
  StoreTx,
  StoryRow,
  TrackRecordTotal,
} from '../store/index.ts';
import { outOfTrackRecords, stateOf } from './editorial.ts';
import { recompute } from './ingest.ts';
import { saveOutcomes, settledReports } from './outcomes.ts';
import { assemble, storedRow } from './story.ts';
import { factorTable, trackRecordOf, without, type TrackRecord } from './track.ts';
import { at } from '../invariant/index.ts';

function byStory<T extends { story: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.story);
    if (list) list.push(row);
    else out.set(row.story, [row]);
  }
  return out;
}

const sameStory = (a: StoryRow, b: StoryRow): boolean =>
  a.value === b.value &&
  a.status === b.status &&
  a.score === b.score &&
  a.firstSeen === b.firstSeen &&
  a.lastSeen === b.lastSeen &&
  JSON.stringify(a.summary) === JSON.stringify(b.summary);

/** Consecutive runs of `size` ids (in the database's order) as ranges. */
function rangesOf(ids: string[], size: number): IdRange[] {
  const out: IdRange[] = [];
  for (let i = 0; i < ids.length; i += size)
    out.push({ first: at(ids, i), last: at(ids, Math.min(i + size, ids.length) - 1) });
  return out;
}

/** Stories per transaction: each holds the write lock briefly, so a concurrent ingest waits well within busy_timeout. */
const CHUNK = 200;

/** Rebuilds a range's settled reports from its evidence (a database from before track records has none yet). */
async function rebuildOutcomes(tx: StoreTx, range: IdRange): Promise<void> {
  const evidence = byStory(await tx.allEvidence(range));
  const stored = byStory(await tx.outcomes(range));
  const desk = stateOf(await tx.editorialLog());
  let changed = false;
  for (const story of await tx.storiesIn(range)) {
    const mine = outOfTrackRecords(desk, story.id) ? [] : settledReports(story, evidence.get(story.id) ?? []);
    if (await saveOutcomes(tx, story.id, stored.get(story.id) ?? [], mine)) changed = true;
  }
  if (changed) await tx.outcomesChanged();
}

/** Rescores a story against the others' track record (the running totals less its own settled reports). */
async function rescoreOne(
  tx: StoreTx,
  total: TrackRecord,
  story: StoryRow,
  evidence: EvidenceRow[],
  outcomes: ReportOutcome[],
): Promise<void> {
  const own = without(total, outcomes);
  const assembled = assemble(story, evidence, { withHistory: false, trackRecords: () => own });
  if (!assembled) return;
  const next = storedRow(story, assembled);
  if (!sameStory(story, next)) await tx.putStory(next);
}

/** Rescores a range's stories (every story of the ledger, a range per transaction). */
async function rescore(tx: StoreTx, range: IdRange): Promise<void> {
  const total = trackRecordOf(await tx.trackRecordTotals());
  const evidence = byStory(await tx.allEvidence(range));
  const outcomes = byStory(await tx.outcomes(range));
  for (const story of await tx.storiesIn(range))
    await rescoreOne(tx, total, story, evidence.get(story.id) ?? [], outcomes.get(story.id) ?? []);
}

/** Rescores the stories `ids` (read for all of them at once: StoreTx.prefetch). */
async function rescoreIds(tx: StoreTx, ids: string[]): Promise<void> {
  const total = trackRecordOf(await tx.trackRecordTotals());
  await tx.prefetch(ids);
  for (const id of ids) {
    const [story, evidence, outcomes] = await Promise.all([tx.story(id), tx.evidence(id), tx.outcomes(id)]);
    if (story) await rescoreOne(tx, total, story, evidence, outcomes);
  }
}

/**
 * The stories whose stored scores a change of the running totals from `before` to `after` can move: those with a row
 * whose track-record factor changed (factorTable: by outlet, or by holder kind), and, when any total changed, those
 * with settled reports of their own (each is scored against the totals less its own, which no table shows). A story
 * is scored by its own evidence and these factors alone, so every other stored score stays as it is: one settled
 * report made a refresh rescore all 59,000 stories of a 50,000-article ledger (46 s).
 */
async function movedBy(store: Store, before: TrackRecordTotal[], after: TrackRecordTotal[]): Promise<string[]> {
  const [was, is] = [factorTable(trackRecordOf(before)), factorTable(trackRecordOf(after))];
  const changed = [...new Set([...was.keys(), ...is.keys()])].filter((k) => was.get(k) !== is.get(k));
  const sources = changed.filter((k) => k.startsWith('outlet|')).map((k) => k.slice('outlet|'.length));
  const kinds = changed.filter((k) => k.startsWith('kind|')).map((k) => k.slice('kind|'.length));
  const totalsMoved = JSON.stringify(sortedTotals(before)) !== JSON.stringify(sortedTotals(after));
  const ids = new Set(changed.length ? await store.storiesCiting(sources, kinds) : []);
  if (totalsMoved) for (const id of await store.storiesWithOutcomes()) ids.add(id);
  return [...ids].sort();
}

/** Totals in one order, rows that count nothing left out (a kind whose reports all went again stays at zero). */
const sortedTotals = (totals: TrackRecordTotal[]): TrackRecordTotal[] =>
  totals
    .filter((t) => t.trueCount !== 0 || t.falseCount !== 0)
    .map((t) => ({ ...t, name: '' }))
    .sort((a, b) => a.scope.localeCompare(b.scope) || a.key.localeCompare(b.key));

/**
 * Recomputes the stories a batched ingest left marked stale (src/ledger/batch.ts), `chunk` per transaction, each
 * reading under the write lock what it writes. @returns whether there were any.
 */
async function recomputeStale(store: Store, chunk: number): Promise<boolean> {
  // A plain read first: a read of a ledger with nothing stale takes no write lock (and works read-only).
  if ((await store.staleStories(1)).length === 0) return false;
  for (;;) {
    const more = await store.transaction(async (tx) => {
      const ids = await tx.staleStories(chunk);
      for (const id of ids) await recompute(tx, id);
      if (ids.length) await tx.clearStale(ids);
      return ids.length === chunk;
    });
    if (!more) return true;
  }
}

/**
 * Brings the stored scores up to date when the running totals of the track record moved since they were made current
 * (store.scoreState): rescores the stories the move can change (movedBy: those citing a holder whose factor changed,
 * and those with settled reports of their own) and those recomputed since at another outcomes version; or, when a
 * migration asks (`rebuild`), rebuilds every story's settled reports from its evidence and rescores every story.
 * Derived data only: either way gives the ledger a full rebuild gives. Ingest marks scores stale instead of rescoring
 * every story per article (that would make a big ingest quadratic); the listing calls this first, and the CLI ingest
 * once at its end. It runs in short transactions of `chunk` stories (each reading what it writes under the write
 * lock), so a big ledger never holds the lock for long; the scores are marked current only when no story's outcomes
 * changed meanwhile, else it goes round again (a few times at most: a later read finishes the job).
 * @returns whether anything had to be done.
 */
export async function refreshScores(store: Store, { chunk = CHUNK }: { chunk?: number } = {}): Promise<boolean> {
  const recomputed = await recomputeStale(store, chunk);
  for (let round = 0; round < 3; round++) {
    const state = await store.scoreState();
    if (state.outcomes === state.scored && !state.rebuild) return round > 0 || recomputed;
    if (state.rebuild) {
      // Asked by a migration (a ledger from before these rules): every settled report from the evidence, then every
      // story rescored. Otherwise recompute keeps each story's settled reports and the running totals in step.
      const ranges = rangesOf(await store.storyIds(), chunk);
      for (const range of ranges) await store.transaction((tx) => rebuildOutcomes(tx, range));
      const { outcomes: version } = await store.scoreState();
      const unscored = (await store.unscored()).map((u) => u.id);
      for (const range of ranges) await store.transaction((tx) => rescore(tx, range));
      if (await scoredAt(store, version, unscored, true)) return true;
      continue;
    }
    const version = state.outcomes;
    // Recomputed since the last refresh: current if scored at this version, else with totals that have moved on.
    const unscored = await store.unscored();
    const moved = new Set(await movedBy(store, await store.scoredTotals(), await store.trackRecordTotals()));
    for (const u of unscored) if (u.version !== version) moved.add(u.id);
    const ids = [...moved].sort();
    for (let i = 0; i < ids.length; i += chunk) {
      const part = ids.slice(i, i + chunk);
      await store.transaction((tx) => rescoreIds(tx, part));
    }
    if (
      await scoredAt(
        store,
        version,
        unscored.map((u) => u.id),
        false,
      )
    )
      return true;
  }
  return true;
}

/**
 * Marks the stored scores current at outcomes `version` (and the settled reports rebuilt, when they were), and the
 * recomputed stories `seen` as rescored, unless a settled report changed meanwhile: then the caller goes round again.
 * @returns whether they were marked.
 */
async function scoredAt(store: Store, version: number, seen: string[], rebuilt: boolean): Promise<boolean> {
  return store.transaction(async (tx) => {
    if ((await tx.scoreState()).outcomes !== version) return false;
    await tx.scoredWith(version);
    // Only the marks read before rescoring: one made since is another writer's, for the next refresh.
    await tx.clearUnscored(seen);
    if (rebuilt) await tx.outcomesRebuilt();
    return true;
  });
}
