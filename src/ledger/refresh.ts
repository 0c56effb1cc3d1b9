// Stored scores brought up to date after other stories' outcomes changed (a story's score reads their track record).
import type { IdRange, Store, StoreTx, StoryRow } from '../store/index.ts';
import { outOfTrackRecords, stateOf } from './editorial.ts';
import { recompute } from './ingest.ts';
import { saveOutcomes, settledReports } from './outcomes.ts';
import { assemble, storedRow } from './story.ts';
import { trackRecordOf, without } from './track.ts';
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

/** Rescores a range's stories against the others' track record (the running totals less each one's own). */
async function rescore(tx: StoreTx, range: IdRange): Promise<void> {
  const total = trackRecordOf(await tx.trackRecordTotals());
  const evidence = byStory(await tx.allEvidence(range));
  const outcomes = byStory(await tx.outcomes(range));
  for (const story of await tx.storiesIn(range)) {
    const own = without(total, outcomes.get(story.id) ?? []);
    const assembled = assemble(story, evidence.get(story.id) ?? [], { withHistory: false, trackRecords: () => own });
    if (!assembled) continue;
    const next = storedRow(story, assembled);
    if (!sameStory(story, next)) await tx.putStory(next);
  }
}

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
 * Rebuilds every story's settled reports from its evidence and rescores every story against the others' track
 * record, when the stored scores are behind (store.scoreState). Derived data only: rerunning it gives the same ledger.
 * Ingest marks scores stale instead of rescoring every story per article (that would make a big ingest quadratic);
 * the listing calls this first, and the CLI ingest once at its end. It runs in short transactions of `chunk` stories
 * (each reading what it writes under the write lock), so a big ledger never holds the lock for long; the scores are
 * marked current only when no story's outcomes changed meanwhile, else it goes round again (a few times at most:
 * a later read finishes the job).
 * @returns whether anything had to be done.
 */
export async function refreshScores(store: Store, { chunk = CHUNK }: { chunk?: number } = {}): Promise<boolean> {
  const recomputed = await recomputeStale(store, chunk);
  for (let round = 0; round < 3; round++) {
    const state = await store.scoreState();
    if (state.outcomes === state.scored) return round > 0 || recomputed;
    const ranges = rangesOf(await store.storyIds(), chunk);
    for (const range of ranges) await store.transaction((tx) => rebuildOutcomes(tx, range));
    const { outcomes: version } = await store.scoreState();
    for (const range of ranges) await store.transaction((tx) => rescore(tx, range));
    const current = await store.transaction(async (tx) => {
      if ((await tx.scoreState()).outcomes !== version) return false;
      await tx.scoredWith(version);
      return true;
    });
    if (current) return true;
  }
  return true;
}
