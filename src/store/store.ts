// The Store over any Connection: the queries are the same SQL on both databases.
import { aggregateQueries } from './aggregates.ts';
import { articleQueries } from './articles.ts';
import { editorialLogsOf, editorialQueries, type EditorialAction } from './editorial.ts';
import { isStoreError } from './errors.ts';
import { entityQueries, HeldEntityWrites } from './entities.ts';
import { listingQueries } from './listing.ts';
import { outcomeQueries, outcomesOfStories } from './outcomes.ts';
import type { Connection } from './sql.ts';
import { evidenceOfStories, HeldStoryWrites, storiesById, storyQueries } from './stories.ts';
import type { EvidenceRow, ReportOutcome, Store, StoreTx, StoryRow } from './types.ts';

const queriesOver = (db: Connection): StoreTx => ({
  ...articleQueries(db),
  ...entityQueries(db),
  ...storyQueries(db),
  ...outcomeQueries(db),
  ...editorialQueries(db),
  ...listingQueries(db),
  ...aggregateQueries(db),
  // Outside a transaction another writer may change anything at any time: nothing is kept.
  prefetch: async () => undefined,
});

/**
 * The transaction's methods that leave what `prefetch` read as it was: reads, and writes to tables it does not read
 * (running totals, versions, stale marks, held background rows). Any other method forgets it all before it runs, a
 * method added later included; putStory and putOutcomes forget only their own story's.
 */
const KEEPS_PREFETCHED: ReadonlySet<string> = new Set<keyof StoreTx>([
  'hasArticle',
  'findArticle',
  'articleStories',
  'article',
  'articlesOf',
  'articleBriefs',
  'entitiesByAlias',
  'warmAliases',
  'storyByKey',
  'stories',
  'entities',
  'entity',
  'appearances',
  'articleEntities',
  'articleEntitiesOf',
  'storiesOf',
  'storyKeysOf',
  'searchArticles',
  'trackRecordTotals',
  'addToTotals',
  'scoreState',
  'outcomesChanged',
  'scoredWith',
  'scoredTotals',
  'outcomesRebuilt',
  'storiesCiting',
  'storiesWithOutcomes',
  'markUnscored',
  'unscored',
  'clearUnscored',
  'allEvidence',
  'storyIds',
  'storiesIn',
  'markStale',
  'storySizes',
  'staleStories',
  'clearStale',
  'holdEvidence',
  'takeHeldEvidence',
  'check',
  'counts',
  'storyStates',
  'entityListing',
  'storyListing',
  'entityNames',
  'appearancePage',
  'appearanceDays',
  'storiesOfPage',
  'namesBackfill',
  'namesBackfilledTo',
  'articlesInSeq',
  'storyRead',
  'storyReadItems',
  'putStoryRead',
  'evidenceCount',
]);

/**
 * What `prefetch` read, each answer given once (recompute asks once per story) and forgotten by any write that may
 * change it. `generation` moves on with every forgetting, so a prefetch that a write overtook keeps nothing.
 */
class Prefetched {
  generation = 0;
  stories = new Map<string, StoryRow | null>();
  evidence = new Map<string, EvidenceRow[]>();
  outcomes = new Map<string, ReportOutcome[]>();
  editorial = new Map<string, EditorialAction[]>();

  forget(story?: string): void {
    this.generation++;
    if (story === undefined) {
      this.stories.clear();
      this.evidence.clear();
      this.outcomes.clear();
      this.editorial.clear();
    }
  }

  /** The kept answer for `key`, once; undefined when none is kept. */
  static take<T>(map: Map<string, T>, key: string): T | undefined {
    const value = map.get(key);
    map.delete(key);
    return value;
  }
}

/** `queries` answering from what `prefetch` read, and forgetting it on writes (KEEPS_PREFETCHED). */
function withPrefetch(queries: StoreTx, db: Connection): StoreTx {
  const kept = new Prefetched();
  const out: Record<string, unknown> = { ...queries };
  for (const [name, op] of Object.entries(queries)) {
    if (KEEPS_PREFETCHED.has(name) || typeof op !== 'function') continue;
    const write = op as (...args: unknown[]) => Promise<unknown>;
    out[name] = (...args: unknown[]) => {
      kept.forget();
      return write.apply(queries, args);
    };
  }
  const wrapped = out as unknown as StoreTx;
  return {
    ...wrapped,
    async prefetch(ids) {
      const stories = [...new Set(ids)];
      if (stories.length === 0) return;
      const generation = kept.generation;
      // Asked together: one round trip on PostgreSQL.
      const [rows, evidence, outcomes, editorial] = await Promise.all([
        storiesById(db, stories),
        evidenceOfStories(db, stories),
        outcomesOfStories(db, stories),
        editorialLogsOf(db, stories),
      ]);
      if (kept.generation !== generation) return;
      for (const id of stories) {
        kept.stories.set(id, rows.get(id) ?? null);
        kept.evidence.set(id, evidence.get(id) ?? []);
        kept.outcomes.set(id, outcomes.get(id) ?? []);
        kept.editorial.set(id, editorial.get(id) ?? []);
      }
    },
    story: (id) => {
      const row = Prefetched.take(kept.stories, id);
      return row === undefined ? queries.story(id) : Promise.resolve(row);
    },
    evidence: (story) => {
      const rows = Prefetched.take(kept.evidence, story);
      return rows === undefined ? queries.evidence(story) : Promise.resolve(rows);
    },
    outcomes: (story) => {
      const rows = typeof story === 'string' ? Prefetched.take(kept.outcomes, story) : undefined;
      return rows === undefined ? queries.outcomes(story) : Promise.resolve(rows);
    },
    editorialLog: (query = {}) => {
      // Only a story's whole log, as recompute asks for it.
      const only = Object.keys(query).length === 1 && query.subject !== undefined;
      const log = only && query.subject !== undefined ? Prefetched.take(kept.editorial, query.subject) : undefined;
      // Copies: an action between two stories (a merge) is in both logs.
      return log === undefined ? queries.editorialLog(query) : Promise.resolve(log.map((a) => ({ ...a })));
    },
    putStory: (row) => {
      kept.forget(row.id);
      kept.stories.delete(row.id);
      return queries.putStory(row);
    },
    putOutcomes: (story, rows) => {
      kept.forget(story);
      kept.outcomes.delete(story);
      return queries.putOutcomes(story, rows);
    },
  };
}

/**
 * The queries of one transaction: they keep what they read where only they write it, and hold entity and story rows
 * back to write them together (HeldEntityWrites, HeldStoryWrites), sent before any other statement of the transaction. `settle` sends what
 * is still held; the transaction calls it before its COMMIT.
 */
function transactionQueries(tx: Connection): { queries: StoreTx; settle: () => Promise<void> } {
  const held = new HeldEntityWrites();
  const heldStories = new HeldStoryWrites();
  // Entities first: a story's subjects name them. Callers at the same moment (reads asked together) share one
  // sending, and each waits until everything held is sent, not only what was held when it asked.
  let settling: Promise<void> | null = null;
  const sendHeld = async () => {
    while (!(held.empty && heldStories.empty)) {
      await held.send(tx);
      await heldStories.send(tx);
    }
  };
  const settle = (): Promise<void> =>
    (settling ??= sendHeld().finally(() => {
      settling = null;
    }));
  // Synchronous when nothing is held: reads asked for together must still reach the connection in one tick.
  const after =
    <A extends unknown[], R>(op: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      held.empty && heldStories.empty ? op(...args) : settle().then(() => op(...args));
  const ordered: Connection = {
    ...tx,
    all: after((sql: string, params?: unknown[]) => tx.all(sql, params)),
    run: after((sql: string, params?: unknown[]) => tx.run(sql, params)),
    indexText: after((id: string, title: string | null, text: string) => tx.indexText(id, title, text)),
    search: after((q: string, limit: number) => tx.search(q, limit)),
  };
  const inTransaction = true;
  return {
    queries: withPrefetch(
      {
        ...articleQueries(ordered),
        ...entityQueries(ordered, { inTransaction, held }),
        ...storyQueries(ordered, { held: heldStories }),
        ...outcomeQueries(ordered, { inTransaction }),
        ...editorialQueries(ordered, { inTransaction }),
        ...listingQueries(ordered),
        ...aggregateQueries(ordered),
        prefetch: async () => undefined,
      },
      ordered,
    ),
    settle,
  };
}

/** `fn` on a transaction's queries, with what they hold sent before the COMMIT. */
async function inTransaction<T>(tx: Connection, fn: (t: StoreTx) => Promise<T>): Promise<T> {
  const { queries, settle } = transactionQueries(tx);
  const result = await fn(queries);
  await settle();
  return result;
}

/** Transactions that may share one COMMIT, at most: each answers only when the shared commit is done. */
const GROUP_LIMIT = 16;

type Job = {
  fn: (tx: StoreTx) => Promise<unknown>;
  shareCommit: boolean;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};

export function storeOver(db: Connection): Store {
  // A transaction's statements go to its own connection (`tx`): on PostgreSQL a pooled one, so reads outside it
  // never see its uncommitted rows, and a read that fails never aborts it. Transactions of this process wait their
  // turn here (the database's write lock orders them across processes), so they hold one connection at a time.
  const waiting: Job[] = [];
  let idle: Promise<void> = Promise.resolve();
  let draining = false;

  /** One job in its own transaction. */
  const alone = async (job: Job) => {
    try {
      job.resolve(await db.transaction((tx) => inTransaction(tx, job.fn)));
    } catch (error) {
      job.reject(error);
    }
  };

  /**
   * Jobs that share a COMMIT (PostgreSQL), one after another in one transaction, each under a savepoint: one that
   * throws is rolled back to its savepoint alone and the others go on. Under load the ledger's writer is the
   * bottleneck, and each transaction's BEGIN, lock and COMMIT (with its flush to disk) were round trips of their own
   * for every article. Each job is answered only once the COMMIT is done: nothing is reported stored that is not.
   * A write is sent with the next read, so one job's failing write can surface in the next job's read: when the
   * shared transaction fails, each job is run again alone, and a failure is only ever the failing job's own. When the
   * database is unreachable (a StoreError), they all fail with that error, as one transaction would.
   */
  const together = async (jobs: Job[]) => {
    const outcomes: Array<{ value: unknown } | { error: unknown }> = [];
    try {
      await db.transaction(async (tx) => {
        for (const [i, job] of jobs.entries()) {
          // Sent with the job's first statement (writes wait for the next read on PostgreSQL): no round trip.
          await tx.run(`SAVEPOINT rumourmill_${i}`);
          try {
            outcomes.push({ value: await inTransaction(tx, job.fn) });
          } catch (error) {
            await tx.run(`ROLLBACK TO SAVEPOINT rumourmill_${i}`);
            outcomes.push({ error });
          }
          await tx.run(`RELEASE SAVEPOINT rumourmill_${i}`);
        }
      });
    } catch (error) {
      if (isStoreError(error)) {
        for (const job of jobs) job.reject(error);
        return;
      }
      for (const job of jobs) await alone(job);
      return;
    }
    jobs.forEach((job, i) => {
      const outcome = outcomes[i];
      if (outcome && 'value' in outcome) job.resolve(outcome.value);
      else job.reject(outcome?.error);
    });
  };

  const drain = async () => {
    draining = true;
    try {
      while (waiting.length > 0) {
        const first = waiting.shift();
        if (!first) break;
        const group = [first];
        // Only PostgreSQL: SQLite commits in-process, in well under a millisecond.
        while (db.kind === 'postgres' && first.shareCommit && waiting[0]?.shareCommit && group.length < GROUP_LIMIT)
          group.push(waiting.shift() as Job);
        await (group.length === 1 ? alone(first) : together(group));
      }
    } finally {
      draining = false;
    }
  };

  return {
    ...queriesOver(db),
    kind: db.kind,
    transaction<T>(fn: (t: StoreTx) => Promise<T>, options: { shareCommit?: boolean } = {}): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push({
          fn,
          shareCommit: options.shareCommit === true,
          resolve: resolve as (v: unknown) => void,
          reject,
        });
        if (!draining) idle = drain();
      });
    },
    close: async () => {
      await idle;
      await db.close();
    },
  };
}
