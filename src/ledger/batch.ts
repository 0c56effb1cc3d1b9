// Articles filed in batches: one transaction (one COMMIT) per `size` articles, each touched story recomputed once at
// the batch's end rather than once per article. A busy story (thousands of rows) was re-read and rescored for every
// article that touched it, so the ingest rate fell as the ledger grew. A crash loses at most the open batch, whole
// articles only; a rerun finds the committed ones known and files the rest.
import type { Article } from '../read/index.ts';
import type { Extraction } from '../extract/index.ts';
import type { Store, StoreTx } from '../store/index.ts';
import { fileArticle, recompute } from './ingest.ts';
import type { IngestOutcome } from './types.ts';

type Filed = { article: Article; extraction: Extraction | undefined };
type Open = {
  tx: StoreTx;
  since: number;
  timer?: ReturnType<typeof setTimeout>;
  dirty: Map<string, number>;
  filed: Filed[];
  end: (commit: boolean) => void;
  done: Promise<void>;
};

/** Thrown inside the batch's transaction to roll it back; never seen outside. */
class Rollback extends Error {}

export type Batcher = {
  ingest(article: Article, extraction?: Extraction): Promise<IngestOutcome>;
  /** Recomputes the open batch's stories and commits it; a no-op when none is open. */
  flush(): Promise<void>;
};

export type BatchOptions = {
  /** A batch is committed once it holds `size` articles or has been open `ms` milliseconds, whichever comes first. */
  size: number;
  ms: number;
  /**
   * A story of at least `deferFrom` rows whose rows added since it was last recomputed are under `share` of them is
   * not recomputed at the batch's end but marked stale (store.markStale) in the same transaction; the next read, or
   * the batch that takes it past `share`, recomputes it. Each row then costs a bounded number of row reads however
   * big its story is: recomputing the busiest stories at every batch made the rate fall as the ledger grew.
   */
  deferFrom?: number;
  share?: number;
};

export function batcher(store: Store, { size, ms, deferFrom = 200, share = 0.1 }: BatchOptions): Batcher {
  let open: Open | null = null;
  // A commit the timer made that failed: the next call hears of it.
  let failed: unknown;
  const rethrow = () => {
    if (failed === undefined) return;
    const error = failed;
    failed = undefined;
    // Stores reject with Errors; anything else is wrapped so the caller still gets one.
    throw error instanceof Error ? error : new Error('a batch commit failed', { cause: error });
  };
  // Each story's rows when it was last recomputed, and the rows added since. Kept in memory for the stories this
  // process has seen; a story it has not is looked up in the store (storySizes), whose stale marks keep the rows at
  // the last recompute: a new process leaves a busy story stale as the one before it would have, instead of
  // recomputing every busy story its first batch touches.
  const sizes = new Map<string, { rows: number; pending: number }>();
  /** Notes in `sizes` what the store says of the batch's stories this process has not seen yet. */
  async function lookUp(tx: StoreTx, dirty: Map<string, number>): Promise<void> {
    const unseen = [...dirty.keys()].filter((id) => !sizes.has(id));
    if (unseen.length === 0) return;
    const stored = await tx.storySizes(unseen);
    for (const id of unseen) {
      const size = stored.get(id);
      // The rows it had before this batch added its own.
      const before = (size?.rows ?? 0) - (dirty.get(id) ?? 0);
      if (!size || before <= 0) continue;
      // Not stale: its stored row is its evidence's, as last recomputed. Stale: behind by the rows since its count.
      if (!size.stale) sizes.set(id, { rows: before, pending: 0 });
      else if (size.stale.recomputedRows !== null && size.stale.recomputedRows <= before)
        sizes.set(id, { rows: size.stale.recomputedRows, pending: before - size.stale.recomputedRows });
      // A mark that does not say (written before the count was kept): recomputed, which is always right.
    }
  }
  // One caller at a time: an ingest, a flush and another ingest never interleave inside the open transaction.
  let turn: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = turn.then(fn);
    turn = run.catch(() => undefined);
    return run;
  };

  /** Opens a transaction that stays open until `end` is called; resolves once it has begun. */
  async function begin(): Promise<Open> {
    let started!: (tx: StoreTx) => void;
    let end!: (commit: boolean) => void;
    const ready = new Promise<StoreTx>((resolve) => {
      started = resolve;
    });
    const ended = new Promise<boolean>((resolve) => {
      end = resolve;
    });
    const dirty = new Map<string, number>();
    const done = store.transaction(async (tx) => {
      started(tx);
      if (!(await ended)) throw new Rollback();
      // Sorted: the same stories recomputed in the same order whatever order the batch touched them in.
      const recomputed: string[] = [];
      const deferred = new Map<string, number>();
      await lookUp(tx, dirty);
      for (const [storyId, added] of [...dirty].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const known = sizes.get(storyId);
        if (known && known.rows >= deferFrom && known.pending + added < known.rows * share) {
          known.pending += added;
          deferred.set(storyId, known.rows);
        } else recomputed.push(storyId);
      }
      // What recompute reads of each story, read for all of them at once: on PostgreSQL the batch's end was three
      // round trips per story, a third of an ingest's round trips.
      await tx.prefetch(recomputed);
      for (const storyId of recomputed) sizes.set(storyId, { rows: await recompute(tx, storyId), pending: 0 });
      // With each one's rows at its last recompute, for the next process to go on from.
      if (deferred.size) await tx.markStale([...deferred.keys()], deferred);
      if (recomputed.length) await tx.clearStale(recomputed);
    });
    // A transaction that cannot begin (database gone, read-only) rejects `done` before `ready` resolves.
    const tx = await Promise.race([
      ready,
      done.then(() => {
        throw new Error('batch transaction ended before it began');
      }),
    ]);
    const batch: Open = { tx, since: performance.now(), dirty, filed: [], end, done };
    // Committed on time even while the caller waits (a long article extracting): the batch holds the write lock.
    batch.timer = setTimeout(() => {
      serial(async () => {
        if (open === batch) await commit();
      }).catch((error: unknown) => {
        failed = error;
      });
    }, ms);
    batch.timer.unref();
    return batch;
  }

  async function commit(): Promise<void> {
    const batch = open;
    if (!batch) return;
    open = null;
    clearTimeout(batch.timer);
    batch.end(true);
    await batch.done;
  }

  async function fileOne(article: Article, extraction: Extraction | undefined): Promise<IngestOutcome> {
    rethrow();
    open ??= await begin();
    const batch = open;
    try {
      const outcome = await fileArticle(batch.tx, article, extraction, batch.dirty);
      batch.filed.push({ article, extraction });
      if (batch.filed.length >= size || performance.now() - batch.since >= ms) await commit();
      return outcome;
    } catch (error) {
      if (open !== batch) throw error; // the commit itself failed: the batch is gone, and the caller hears why
      // One bad article must cost only itself: the batch is rolled back and the articles filed before it in this
      // batch are filed again in a new one (the same articles give the same rows), then its error is thrown.
      open = null;
      clearTimeout(batch.timer);
      batch.end(false);
      await batch.done.catch(() => undefined);
      for (const earlier of batch.filed) {
        open ??= await begin();
        await fileArticle(open.tx, earlier.article, earlier.extraction, open.dirty);
        open.filed.push(earlier);
      }
      throw error;
    }
  }

  return {
    ingest: (article, extraction) => serial(() => fileOne(article, extraction)),
    flush: () =>
      serial(async () => {
        rethrow();
        await commit();
      }),
  };
}
