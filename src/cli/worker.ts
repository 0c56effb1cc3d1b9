import type { Command } from 'commander';
import { workersOption } from './options.ts';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      'extract and store the articles `ingest --queue` queued in a PostgreSQL ledger; run as many as you like, anywhere',
    )
    .option('--db <url>', 'postgres:// URL of the ledger (default RUMOURMILL_DB)')
    .option('--drain', 'stop when no article is waiting or being worked on (for batches and tests)')
    .addOption(workersOption())
    .action(async (options: { db?: string; drain?: boolean; workers: number }) => {
      // The store and the queue are loaded here, not with the command: `rumourmill --help` needs neither.
      const url = (await import('../store/index.ts')).dbUrl(options.db);
      if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('worker needs a PostgreSQL ledger: give --db postgres://…');
      // SIGTERM or Ctrl-C: the jobs in hand are finished, then the worker stops (a second signal ends it at once).
      const stop = new AbortController();
      const onSignal = () => {
        if (stop.signal.aborted) process.exit(130);
        stop.abort();
      };
      process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
      try {
        const { runWorker } = await import('../queue/index.ts');
        const counts = await runWorker(url, {
          workers: options.workers,
          drain: options.drain === true,
          signal: stop.signal,
        });
        process.stdout.write(
          `extracted ${counts.extracted}, new ${counts.new}, duplicates ${counts.duplicates}, failed ${counts.failed}\n`,
        );
        if (counts.failed > 0) process.exitCode = 1;
      } finally {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      }
    });
}
