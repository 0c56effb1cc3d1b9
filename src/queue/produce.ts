// The producer: articles in, two jobs per article out, in the order given. Nothing is extracted here.
// From its own module, not the stage's door: the door loads the whole extractor, which queueing never runs.
import { articleId } from '../extract/id.ts';
import type { Article } from '../read/index.ts';
import { BOSS_SCHEMA, orderedId, type Queues } from './boss.ts';

/** What a write job carries: the article (as JSON text: jsonb refuses a lone surrogate that JSON.stringify writes) and its extract job. */
export type WriteData = { article: string; extract: string };
/** What an extract job carries: the write job that holds its article. */
export type ExtractData = { write: string };

/** Articles per INSERT: one round trip for many jobs, and a batch is small enough to lose nothing big on a crash. */
const BATCH = 100;

export type Producer = {
  add(article: Article): Promise<void>;
  /** Sends what is still buffered; returns how many articles were queued, and how many were waiting in the queue already. */
  finish(): Promise<{ queued: number; waiting: number }>;
};

/**
 * Each article becomes a write job (the ledger is written in the order of these: it is not the same in every order,
 * see work.ts) and an extract job (any worker, any order). Both go in one INSERT, so neither exists without the other.
 * The singleton key is the article's id: the `short` queues keep one waiting job per key, so a rerun adds no copy.
 */
export function producer(q: Queues): Producer {
  let buffer: Article[] = [];
  const counts = { queued: 0, waiting: 0 };
  const flush = async () => {
    if (buffer.length === 0) return;
    const jobs = buffer.flatMap((article) => {
      const key = article.id ?? articleId(article.text);
      const write = orderedId();
      const extract = orderedId();
      return [
        {
          name: q.write,
          id: write,
          singletonKey: key,
          data: { article: JSON.stringify(article), extract } satisfies WriteData,
        },
        { name: q.extract, id: extract, singletonKey: key, data: { write } satisfies ExtractData },
      ];
    });
    buffer = [];
    await q.boss.insert(jobs);
    // A write job left out (pg-boss's insert says nothing) was already waiting: found by its id, which is ours.
    const writes = jobs.filter((job) => job.name === q.write).map((job) => job.id);
    const { rows } = await q.boss
      .getDb()
      .executeSql(`SELECT COUNT(*)::int AS n FROM ${BOSS_SCHEMA}.job WHERE name = $1 AND id = ANY($2::uuid[])`, [
        q.write,
        writes,
      ]);
    const added = Number((rows[0] as { n?: number } | undefined)?.n ?? 0);
    counts.queued += added;
    counts.waiting += writes.length - added;
  };
  return {
    async add(article) {
      buffer.push(article);
      if (buffer.length >= BATCH) await flush();
    },
    async finish() {
      await flush();
      return counts;
    },
  };
}
