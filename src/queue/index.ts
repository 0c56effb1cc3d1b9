// The queue stage's only door: many `rumourmill worker` processes, on one machine or many, share one PostgreSQL
// ledger through pg-boss. A producer queues articles; workers extract them in any order and write them in the
// producer's order (work.ts says why), so they end with the ledger one process would have made.
import type { Article } from '../read/index.ts';
import { openQueues } from './boss.ts';
import { producer } from './produce.ts';

export { runWorker, type WorkerCounts, type WorkerOptions } from './work.ts';

/** Something that queues articles for the workers of the ledger at a postgres:// URL. */
export type ArticleQueue = {
  /** Queues one article (sent in batches). */
  add(article: Article): Promise<void>;
  /** Sends the last batch and lets go of the database; returns how many articles were queued, and how many were waiting already. */
  close(): Promise<{ queued: number; waiting: number }>;
};

/**
 * Opens the queues of the ledger at `url` (creating pg-boss's schema and the queues on first use).
 * @example const queue = await openArticleQueue('postgres://localhost/news'); await queue.add(article); await queue.close();
 */
export async function openArticleQueue(url: string): Promise<ArticleQueue> {
  const q = await openQueues(url, { supervise: false });
  const jobs = producer(q);
  return {
    add: (article) => jobs.add(article),
    async close() {
      try {
        return await jobs.finish();
      } finally {
        await q.boss.stop({ graceful: false, wait: true });
      }
    },
  };
}
