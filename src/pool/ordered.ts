// Many extractions at once, one writer, the input's order: what `ingest` and `extract` need from the pool.
// The window bounds memory: a directory of a million articles is read as the writer catches up, never all at once.
import { availableParallelism } from 'node:os';
import type { Piscina } from 'piscina';
import { extract } from '../extract/index.ts';
import type { Extraction } from '../extract/index.ts';
import type { Article } from '../read/index.ts';
import { must } from '../invariant/index.ts';

/** extract() for a batch command: in `workers` worker threads, or in the main thread when there is one worker. */
export interface Extractor {
  readonly workers: number;
  /** How many articles may be read ahead of the writer (extracting or extracted, not yet written). */
  readonly window: number;
  extract(article: Article): Promise<Extraction>;
  close(): Promise<void>;
}

/** One worker per core by default (os.availableParallelism()). */
export const defaultWorkers = (): number => availableParallelism();

/**
 * `workers` 1 extracts in the main thread (no start-up cost, the serial run); more starts that many threads, all at
 * once, when a second article comes: each loads the extractor (about a second) while the first articles are read.
 */
export function batchExtractor(workers: number): Extractor {
  if (workers <= 1) {
    return { workers: 1, window: 1, extract: async (article) => extract(article), close: async () => undefined };
  }
  // The threads start with the second article: one article (`extract seed.txt`) never pays their start-up (~1 s);
  // the first is extracted here meanwhile. Extraction is per document, so where it runs changes nothing.
  // piscina itself loads only then too (~15 ms of every one-article `extract`).
  let pool: Promise<Piscina<Article, Extraction>> | null = null;
  let seen = 0;
  const open = async (): Promise<Piscina<Article, Extraction>> => {
    const { Piscina } = await import('piscina');
    const threads = new Piscina<Article, Extraction>({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: workers,
      maxThreads: workers,
      // The window bounds the queue; piscina's own limit would only turn a full window into an error.
      maxQueue: Number.POSITIVE_INFINITY,
      idleTimeout: 1_000,
    });
    // An answer arriving after close (an ingest stopped on a full disk while articles were in flight) is emitted as
    // an 'error' on the pool, which would kill the process after its one-line message; each task's own promise
    // already carries any failure that matters.
    threads.on('error', () => undefined);
    return threads;
  };
  return {
    workers,
    window: 4 * workers,
    extract: (article) => {
      if (seen++ === 0) return Promise.resolve().then(() => extract(article));
      pool ??= open();
      return pool.then((threads) => threads.run(article));
    },
    close: async () => {
      await (await pool)?.destroy();
    },
  };
}

/**
 * Starts `start(item)` for up to `window` items ahead and yields each item with its settled result, strictly in
 * input order. Nothing is started while the consumer is busy with a yielded item, so a single writer never
 * interleaves with `start`'s own reads of the store.
 * @example for await (const { item, result } of inOrder(readInputs(paths), (r) => pool.extract(r), 8)) write(item, result);
 */
export async function* inOrder<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  start: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<{ item: T; result: PromiseSettledResult<R> }> {
  const settle = (item: T): Promise<PromiseSettledResult<R>> => {
    try {
      return start(item).then(
        (value) => ({ status: 'fulfilled', value }),
        (reason: unknown) => ({ status: 'rejected', reason }),
      );
    } catch (reason) {
      return Promise.resolve({ status: 'rejected', reason });
    }
  };
  const queue: Array<{ item: T; result: Promise<PromiseSettledResult<R>> }> = [];
  for await (const item of items) {
    queue.push({ item, result: settle(item) });
    while (queue.length >= Math.max(1, window)) {
      const head = must(queue.shift(), 'the loop runs while the queue holds at least one item');
      yield { item: head.item, result: await head.result };
    }
  }
  for (let head = queue.shift(); head; head = queue.shift()) {
    yield { item: head.item, result: await head.result };
  }
}
