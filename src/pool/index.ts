// The pool stage's only door: extraction off the event loop, in worker threads, within a time budget.
// One pathological article ("at 3 PM on Saturday " × 10,000) kept the main thread busy for 90 s; in a worker it
// costs one thread until its budget runs out, and the server goes on answering everyone else.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Extraction } from '../extract/index.ts';
import type { Article } from '../read/index.ts';

/** The article took longer than its budget (the worker running it was stopped), or more memory than a worker has. */
export class ExtractOverBudget extends Error {}
/** Every worker is busy and the queue is full: try again shortly. */
export class PoolBusy extends Error {}

// Threads: one per core, at most 4 (the writer stays single, in the main thread). A worker that outgrows its heap
// is stopped instead of the server: the memory half of the budget.
const THREADS = Math.max(1, Math.min(4, availableParallelism()));
const WORKER_HEAP_MB = 1024;

let pool: Piscina<Article, Extraction> | undefined;

function thePool(): Piscina<Article, Extraction> {
  pool ??= new Piscina<Article, Extraction>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: 1,
    maxThreads: THREADS,
    // Warm workers are kept a minute: loading the extractor costs about a second per thread.
    idleTimeout: 60_000,
    maxQueue: THREADS * 16,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  return pool;
}

/**
 * extract(article) in a worker thread: the same Extraction, byte for byte, without blocking the caller's event loop.
 * The budget counts from the call (queueing included); past it the worker is stopped and ExtractOverBudget thrown.
 * @example const extraction = await extractInPool(article, { timeoutMs: 10_000 });
 */
export async function extractInPool(article: Article, options: { timeoutMs: number }): Promise<Extraction> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    return await thePool().run(article, { signal });
  } catch (error) {
    if (signal.aborted) throw new ExtractOverBudget(`extraction ran past its ${formatMs(options.timeoutMs)} budget`);
    const message = (error as Error).message ?? '';
    if (message === 'Task queue is at limit')
      throw new PoolBusy('every extraction worker is busy and the queue is full');
    if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      throw new ExtractOverBudget(`extraction ran past the ${WORKER_HEAP_MB} MB memory budget of a worker`);
    }
    throw error;
  }
}

/** Starts a worker and loads the extractor in it, so the first request's budget is not spent on start-up. */
export async function warmPool(): Promise<void> {
  await thePool().run({
    id: null,
    published: null,
    title: null,
    source: null,
    url: null,
    text: 'Warm-up.',
    origin: { file: 'pool' },
  });
}

/** Stops every worker; the next extractInPool starts a fresh pool. */
export async function closePool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
