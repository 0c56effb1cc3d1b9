// `ingest --queue`: the producer. Articles are read and queued for `rumourmill worker`s; nothing is extracted here.
import { knownArticle } from '../ledger/ingest.ts';
import { openArticleQueue } from '../queue/index.ts';
import { readInputs, type Format, type ReadFailure } from '../read/index.ts';
import { dbUrl, openStore } from '../store/index.ts';

export type EnqueueOptions = { db?: string; date?: string; format?: Format };

/** Queues the articles of `paths` (after `refused`, inputs that could not be read at all); sets the exit code. */
export async function enqueueInputs(paths: string[], refused: ReadFailure[], options: EnqueueOptions): Promise<void> {
  const url = dbUrl(options.db);
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new Error('--queue needs a PostgreSQL ledger: give --db postgres://… (workers on other machines share it)');
  const failures = [...refused];
  const counts = { read: 0, queued: 0, waiting: 0, known: 0 };
  // The store is opened first: it creates the ledger's tables, and a known article is not queued at all.
  const store = await openStore(url);
  try {
    const queue = await openArticleQueue(url);
    try {
      for await (const result of readInputs(paths, { date: options.date, format: options.format })) {
        if (!result.ok) {
          failures.push(result.failure);
          continue;
        }
        counts.read++;
        if (await knownArticle(store, result.article)) counts.known++;
        else await queue.add(result.article);
      }
    } finally {
      Object.assign(counts, await queue.close());
    }
  } finally {
    await store.close();
  }
  for (const f of failures)
    process.stderr.write(`rumourmill: ${f.line ? `${f.file}:${f.line}` : f.file}: ${f.message}\n`);
  process.stdout.write(
    `read ${counts.read}, queued ${counts.queued}, already queued ${counts.waiting}, already in the ledger ${counts.known}, failed ${failures.length}\n`,
  );
  if (failures.length > 0) process.exitCode = 1;
}
