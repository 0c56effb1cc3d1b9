// A worker: extracts any queued article (the costly part, spread over every worker), and, when it holds the writer's
// lock, writes articles into the ledger one at a time in the producer's order.
//
// Why one writer in order: the ledger is not the same in every ingest order. Of the 50 stories of 90 development
// articles, reversing them changed 6 and shuffling them 39 (src/ledger/resolve.ts: a lone "Swift" met before "Taylor
// Swift" becomes a person of its own; src/ledger/ingest.ts: a background-only claim is kept only if its story already
// exists; and the track records carry either into every other story's score). Written in the producer's order, many workers end with
// exactly the ledger one `rumourmill ingest` of the same inputs makes. Writes are one at a time anyway (the store's
// transaction lock); extraction, about four fifths of an ingest, is what runs in parallel.
import pg from 'pg';
import type { Extraction } from '../extract/index.ts';
import { openLedger } from '../ledger/index.ts';
import { batchExtractor } from '../pool/ordered.ts';
import type { Article } from '../read/index.ts';
import { isStoreError } from '../store/index.ts';
import { expireSeconds, openQueues, pending } from './boss.ts';
import type { ExtractData, WriteData } from './produce.ts';
import { at } from '../invariant/index.ts';

export type WorkerOptions = {
  /** Extraction threads (1: in the main thread). */
  workers: number;
  /** Stop when no job is waiting or running in either queue (for batches and tests); else run until `signal`. */
  drain: boolean;
  signal?: AbortSignal;
  log?: (line: string) => void;
};

export type WorkerCounts = { extracted: number; new: number; duplicates: number; failed: number };

/** How often an idle worker looks for work, ms. */
const POLL = 250;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const message = (error: unknown) => at(String((error as Error)?.message ?? error).split('\n'), 0);

/** The writer's lock: a session lock on its own connection, so it is let go the moment a writer dies (kill -9 too). */
async function writerLock(url: string): Promise<{ take(): Promise<boolean>; close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  // Losing this connection loses the lock: another worker may be writing already, so this one must stop.
  let lost: Error | undefined;
  client.on('error', (error) => {
    lost = error;
  });
  await client.connect();
  return {
    async take() {
      if (lost) throw new Error(`the writer's connection was lost (${message(lost)})`);
      const { rows } = await client.query<{ got: boolean }>(
        "SELECT pg_try_advisory_lock(hashtext('rumourmill-queue-writer:' || current_schema())) AS got",
      );
      return rows[0]?.got === true;
    },
    close: () => client.end().catch(() => undefined),
  };
}

/** Runs a worker on the ledger at `url` (a postgres:// URL) until it is stopped, or until the queues are empty with `drain`. */
export async function runWorker(url: string, options: WorkerOptions): Promise<WorkerCounts> {
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const counts: WorkerCounts = { extracted: 0, new: 0, duplicates: 0, failed: 0 };
  const q = await openQueues(url, { supervise: true });
  const ledger = await openLedger(url);
  const lock = await writerLock(url);
  const extractor = batchExtractor(options.workers);
  // Either loop failing stops the other: a worker that cannot write must not go on taking extract jobs for ever.
  const halt = new AbortController();
  options.signal?.addEventListener('abort', () => halt.abort(), { once: true });
  const stopped = () => halt.signal.aborted;
  /** Called when a loop found nothing to do: true when it should end (draining, and nothing is left), else it waits. */
  const idle = async (): Promise<boolean> => {
    if (options.drain && (await pending(q)) === 0) return true;
    await sleep(POLL);
    return false;
  };

  const extractLoop = async () => {
    while (!stopped()) {
      const jobs = await q.boss.fetch<ExtractData>(q.extract, { batchSize: options.workers });
      if (jobs.length === 0) {
        if (await idle()) return;
        continue;
      }
      await Promise.all(
        jobs.map(async (job) => {
          const write = await q.boss.getJobById<WriteData>(q.write, job.data.write, { includeArchive: true });
          // The article was queued again while its first jobs still waited: that write job carries it, not this one.
          if (!write) return q.boss.complete(q.extract, job.id, { skipped: 'no write job' });
          try {
            const extraction = await extractor.extract(JSON.parse(write.data.article) as Article);
            await q.boss.complete(q.extract, job.id, { extraction: JSON.stringify(extraction) });
            counts.extracted++;
          } catch (error) {
            await q.boss.fail(q.extract, job.id, { message: message(error) });
          }
        }),
      );
    }
  };

  /** The article's extraction from its extract job once done; extracted here when that job failed or takes too long. */
  const extractionOf = async (id: string, article: Article): Promise<Extraction> => {
    const deadline = Date.now() + (expireSeconds() * 1000) / 2;
    while (Date.now() < deadline && !stopped()) {
      const job = await q.boss.getJobById<ExtractData>(q.extract, id, { includeArchive: true });
      if (!job || job.state === 'failed' || job.state === 'cancelled') break;
      const output = job.output as { extraction?: string } | null;
      if (job.state === 'completed') {
        if (output?.extraction) return JSON.parse(output.extraction) as Extraction;
        break;
      }
      await sleep(50);
    }
    return extractor.extract(article);
  };

  let wrote = false;
  const writeLoop = async () => {
    let writer = false;
    while (!stopped()) {
      writer ||= await lock.take();
      // A write job running while this worker holds the lock is a dead writer's: it must be written before any after
      // it, so wait until pg-boss expires it and hands it out again (it keeps its place: first).
      const running = writer
        ? (await q.boss.getQueueSize(q.write, { before: 'completed' })) -
          (await q.boss.getQueueSize(q.write, { before: 'active' }))
        : 0;
      const [job] = writer && running === 0 ? await q.boss.fetch<WriteData>(q.write, { batchSize: 1 }) : [];
      if (!job) {
        if (await idle()) return;
        continue;
      }
      const article = JSON.parse(job.data.article) as Article;
      try {
        const outcome = await ledger.ingest(article, await extractionOf(job.data.extract, article));
        wrote = true;
        counts[outcome.status === 'new' ? 'new' : 'duplicates']++;
        // Not atomic with the ledger's commit: a worker killed between the two has its job written again, which the
        // ledger answers as a duplicate.
        await q.boss.complete(q.write, job.id, { status: outcome.status, id: outcome.id });
        const written = counts.new + counts.duplicates;
        if (written % 100 === 0) log(`worker: ${written} written, ${counts.new} new`);
      } catch (error) {
        // The database itself failing stops this worker (as it stops ingest); the job is retried by whoever is left.
        if (isStoreError(error)) {
          await q.boss.fail(q.write, job.id, { message: message(error) }).catch(() => undefined);
          throw error;
        }
        // One bad article is reported and skipped, as ingest does: its transaction rolled back, and trying it again
        // would fail the same way.
        await q.boss.complete(q.write, job.id, { failed: message(error) });
        counts.failed++;
        log(
          `rumourmill: ${article.origin.file}${article.origin.line ? `:${article.origin.line}` : ''}: ${message(error)}`,
        );
      }
    }
  };

  try {
    const loops = await Promise.allSettled(
      [extractLoop(), writeLoop()].map((loop) =>
        loop.catch((error: unknown) => {
          halt.abort();
          throw error;
        }),
      ),
    );
    const failure = loops.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
    // Stories that settled during the run change other stories' track records: rescored once, as ingest does.
    if (wrote && !stopped()) await ledger.refresh();
  } finally {
    await extractor.close().catch(() => undefined);
    await lock.close();
    await ledger.close().catch(() => undefined);
    await q.boss.stop({ graceful: false, wait: true }).catch(() => undefined);
  }
  return counts;
}
