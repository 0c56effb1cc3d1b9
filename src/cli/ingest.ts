import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
// articleId from its own module: the extract stage's door loads the whole extractor (see src/ledger/ingest.ts).
import { articleId } from '../extract/id.ts';
import type { Extraction } from '../extract/index.ts';
// What the command's options need, from their own modules; the readers, the store and the ledger are loaded when it
// runs: `rumourmill --help` needs none of them (nor PostgreSQL's client, which the store's door loads).
import { FORMATS, isFormat } from '../read/detect.ts';
import type { Article, ReadFailure, ReadResult } from '../read/index.ts';
import { isStoreError, type StoreError } from '../store/errors.ts';
import type { Ledger } from '../ledger/index.ts';
import { workersOption } from './options.ts';

/** file:// URLs become paths; other URLs are refused here: this machine has no network. */
export function localInputs(inputs: string[]): { paths: string[]; failures: ReadFailure[] } {
  const paths: string[] = [];
  const failures: ReadFailure[] = [];
  for (const input of inputs) {
    if (/^file:\/\//i.test(input)) paths.push(fileURLToPath(input));
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input))
      failures.push({
        file: input,
        message: 'cannot fetch URLs (no network access); download the page and ingest the file, or use a file:// URL',
      });
    else paths.push(input);
  }
  return { paths, failures };
}

const where = (f: ReadFailure): string => (f.line ? `${f.file}:${f.line}` : f.file);

/**
 * One article into the ledger. A lost PostgreSQL connection fails the transaction it cut; the article is tried once
 * more (the store waits for the server to come back; ingest is idempotent, so a commit that did land is a duplicate).
 */
async function ingestOne(ledger: Ledger, article: Article, extraction?: Extraction) {
  try {
    return await ledger.ingest(article, extraction);
  } catch (error) {
    if (isStoreError(error) && error.problem === 'unavailable') return ledger.ingest(article, extraction);
    throw error;
  }
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract, store and merge articles into stories (idempotent)')
    .argument('<inputs...>', 'files, directories or file:// URLs')
    .option('--db <url>', 'SQLite path or postgres:// URL (default RUMOURMILL_DB or ./rumourmill.db)')
    .option('--date <YYYY-MM-DD>', 'publication date for plain text without one')
    .option('--format <format>', `read every input as this format (${FORMATS.join(', ')})`)
    .addOption(workersOption())
    .option('--queue', 'only queue the articles for `rumourmill worker`s (PostgreSQL ledger)')
    .action(
      async (
        inputs: string[],
        options: { db?: string; date?: string; format?: string; workers: number; queue?: boolean },
      ) => {
        if (options.format !== undefined && !isFormat(options.format))
          throw new Error(`unknown format "${options.format}"; use one of ${FORMATS.join(', ')}`);
        const { paths, failures: refused } = localInputs(inputs);
        // The extractor, the job queue and the progress bar are loaded here, not with the command: `--help` and the
        // other commands never need them.
        if (options.queue)
          return (await import('./enqueue.ts')).enqueueInputs(paths, refused, {
            db: options.db,
            date: options.date,
            format: options.format,
          });
        const [
          { batchExtractor, inOrder },
          { SingleBar },
          { readInputs },
          { openStore },
          { ledgerOver },
          { knownArticle },
        ] = await Promise.all([
          import('../pool/ordered.ts'),
          import('cli-progress'),
          import('../read/index.ts'),
          import('../store/index.ts'),
          import('../ledger/ledger.ts'),
          import('../ledger/ingest.ts'),
        ]);
        const failures: ReadFailure[] = [];
        const counts = { read: 0, new: 0, duplicates: 0 };
        const store = await openStore(options.db);
        // One transaction per article: its count is true the moment it is printed, and a database that goes away
        // stops the run at the article it was filing. (Batches, `ledgerOver(store, { batch })`, are faster on a big
        // ledger, but their failures surface only at the batch's commit, after its articles were counted as new.)
        const ledger = ledgerOver(store);
        const extractor = batchExtractor(options.workers);
        const tty = process.stderr.isTTY === true;
        const started = performance.now();
        const rate = () => (counts.read / Math.max(0.001, (performance.now() - started) / 1000)).toFixed(1);
        const bar = tty
          ? new SingleBar({ format: '{value} articles | {rate} articles/s | {status}', stream: process.stderr })
          : null;
        bar?.start(0, 0, { rate: '0', status: '' });
        const fail = (failure: ReadFailure) => {
          failures.push(failure);
          if (!tty) process.stderr.write(`rumourmill: ${where(failure)}: ${failure.message}\n`);
        };
        for (const failure of refused) fail(failure);
        // A problem with the database itself (disk full, database gone, read-only) stops the run with one message:
        // every following article would fail the same way (disk full printed the same error once per article).
        let stopped: StoreError | undefined;
        try {
          // Extractions run ahead in the pool, a window of them; this loop is the one writer, in input order.
          // A known article is not sent to the pool (nor one repeating an article still in the window): the ledger
          // answers it from the store when its turn comes.
          const pending = new Map<string, number>();
          const keysOf = (article: Article): string[] =>
            [...new Set([article.id ?? '', articleId(article.text)])].filter(Boolean);
          const extractUnlessKnown = async (result: ReadResult): Promise<Extraction | undefined> => {
            if (!result.ok) return undefined;
            const keys = keysOf(result.article);
            const repeat = keys.some((k) => pending.has(k));
            for (const k of keys) pending.set(k, (pending.get(k) ?? 0) + 1);
            if (repeat || (await knownArticle(store, result.article))) return undefined;
            return extractor.extract(result.article);
          };
          const written = (article: Article) => {
            for (const k of keysOf(article)) {
              const n = (pending.get(k) ?? 1) - 1;
              if (n > 0) pending.set(k, n);
              else pending.delete(k);
            }
          };
          for await (const { item: result, result: extracted } of inOrder(
            readInputs(paths, { date: options.date, format: options.format }),
            extractUnlessKnown,
            extractor.window,
          )) {
            if (!result.ok) {
              fail(result.failure);
              continue;
            }
            written(result.article);
            counts.read++;
            try {
              if (extracted.status === 'rejected') throw extracted.reason;
              const outcome = await ingestOne(ledger, result.article, extracted.value);
              if (outcome.status === 'new') counts.new++;
              else counts.duplicates++;
            } catch (error) {
              if (isStoreError(error)) {
                stopped = error;
                counts.read--;
                break;
              }
              // One bad article is reported and skipped; its transaction rolled back, nothing else is touched.
              fail({
                file: result.article.origin.file,
                line: result.article.origin.line,
                message: (error as Error).message,
              });
            }
            if (bar)
              bar.update(counts.read, {
                rate: rate(),
                status: `${counts.new} new, ${counts.duplicates} duplicates, ${failures.length} failed`,
              });
            else if (counts.read % 100 === 0)
              process.stderr.write(`ingest: ${counts.read} read, ${counts.new} new (${rate()} articles/s)\n`);
          }
          // Stories that settled during the run change other stories' track records: rescore once, here, not per article.
          if (!stopped)
            await ledger.refresh().catch((error: unknown) => {
              if (!isStoreError(error)) throw error;
              stopped = error;
            });
        } finally {
          bar?.stop();
          await extractor.close().catch(() => undefined);
          await ledger.close().catch(() => undefined);
        }
        if (tty)
          for (const failure of failures) process.stderr.write(`rumourmill: ${where(failure)}: ${failure.message}\n`);
        if (stopped)
          process.stderr.write(
            `rumourmill: ${stopped.message}\nrumourmill: ingest stopped; what was stored is kept, and rerunning skips it\n`,
          );
        process.stdout.write(
          `read ${counts.read}, new ${counts.new}, duplicates ${counts.duplicates}, failed ${failures.length}${stopped ? ', stopped' : ''} (${rate()} articles/s)\n`,
        );
        if (failures.length > 0 || stopped) process.exitCode = 1;
      },
    );
}
