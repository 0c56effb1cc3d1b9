import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { createApp, listen } from '../api/index.ts';
import { openLedger } from '../ledger/index.ts';
import type { Ledger } from '../ledger/types.ts';
import { readInputs } from '../read/index.ts';
import { ensureWebBuild } from '../web/index.ts';

const SAMPLES = fileURLToPath(new URL('../../data/samples/', import.meta.url));

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('JSON API and web UI over the ledger')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .option('--db <url>', 'SQLite path or postgres:// URL (default ./rumourmill.db, or RUMOURMILL_DB)')
    .option('--no-samples', 'do not ingest the bundled sample articles into an empty ledger')
    .action(async (options: { port: string; host: string; db?: string; samples: boolean }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${options.port}: give a port number 0–65535`);
      const ledger = await openLedger(options.db ?? process.env.RUMOURMILL_DB);
      if (options.samples) await ingestSamplesIfEmpty(ledger);
      const webDir = await ensureWebBuild();
      const server = await listen(createApp(ledger, { webDir }), { port, host: options.host });
      process.stdout.write(`rumourmill: serving ${server.url} (Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => void server.close().then(() => ledger.close()).then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

/** First run: an empty ledger gets the bundled samples, so a new user sees real stories at once. */
export async function ingestSamplesIfEmpty(ledger: Ledger, dir = SAMPLES): Promise<number> {
  const { stories } = await ledger.stories({ limit: 1 });
  if (stories.length > 0) return 0;
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
  let stored = 0;
  for await (const result of readInputs(files)) {
    if (!result.ok) {
      process.stderr.write(`rumourmill: sample ${result.failure.file}: ${result.failure.message}\n`);
      continue;
    }
    if ((await ledger.ingest(result.article)).status === 'new') stored++;
  }
  if (stored > 0) process.stdout.write(`rumourmill: first run, ingested ${stored} sample article(s) from ${dir}\n`);
  return stored;
}
