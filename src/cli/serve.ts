import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { AppOptions } from '../api/index.ts';
// isLoopback from its own module: the API's door, the ledger, the pool and the web build are loaded when the command
// runs, not with it (`rumourmill --help` needs none of them).
import { isLoopback } from '../api/guard.ts';
import type { Ledger } from '../ledger/types.ts';

const SAMPLES = fileURLToPath(new URL('../../data/samples/', import.meta.url));

export type ServeOptions = {
  port: string;
  host: string;
  db?: string;
  samples: boolean;
  token?: string;
  allowHost?: string;
  writesPerMinute: string;
  extractTimeout: string;
};

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('JSON API and web UI over the ledger')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <addr>', 'address to listen on (beyond loopback, a --token is required)', '127.0.0.1')
    .option('--db <url>', 'SQLite path or postgres:// URL (default ./rumourmill.db, or RUMOURMILL_DB)')
    .option('--no-samples', 'do not ingest the bundled sample articles into an empty ledger')
    .option('--token <token>', 'writes (POST) need "Authorization: Bearer <token>" (or RUMOURMILL_TOKEN)')
    .option(
      '--allow-host <names>',
      'host names the server answers to besides localhost and IP addresses, comma-separated',
    )
    .option('--writes-per-minute <n>', 'writes one client may make a minute', '120')
    .option('--extract-timeout <seconds>', 'CPU budget of one extraction through the API', '10')
    .action(async (options: ServeOptions) => {
      const settings = serveSettings(options, process.env.RUMOURMILL_TOKEN);
      const [{ createApp, listen }, { openLedger }, { closePool, warmPool }, { ensureWebBuild }] = await Promise.all([
        import('../api/index.ts'),
        import('../ledger/index.ts'),
        import('../pool/index.ts'),
        import('../web/index.ts'),
      ]);
      const ledger = await openLedger(options.db ?? process.env.RUMOURMILL_DB);
      if (options.samples) await ingestSamplesIfEmpty(ledger);
      const webDir = await ensureWebBuild();
      await warmPool();
      const server = await listen(createApp(ledger, { webDir, ...settings.app }), {
        port: settings.port,
        host: options.host,
      });
      process.stdout.write(
        `rumourmill: serving ${server.url}${settings.app.token ? ' (writes need the token)' : ''} (Ctrl-C to stop)\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = () =>
          void server
            .close()
            .then(() => closePool())
            .then(() => ledger.close())
            .then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

// What bearer auth accepts in a token (RFC 6750's b64token), and a length nobody guesses.
const TOKEN = /^[A-Za-z0-9._~+/-]{16,}=*$/;
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/** The serve flags checked and turned into app options; a bad or unsafe combination is a one-line error. */
export function serveSettings(options: ServeOptions, envToken?: string): { port: number; app: AppOptions } {
  const port = whole(options.port, '--port', 0, 65535);
  const token = options.token ?? (envToken || undefined);
  if (token !== undefined && !TOKEN.test(token)) {
    throw new Error(
      '--token: use at least 16 characters of letters, digits and . _ ~ + / - (e.g. openssl rand -hex 24)',
    );
  }
  if (!isLoopback(options.host) && token === undefined) {
    throw new Error(
      `--host ${options.host}: serving beyond this machine needs a write token; pass --token (or set RUMOURMILL_TOKEN)`,
    );
  }
  const allowedHosts = (options.allowHost ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  if (!isLoopback(options.host) && !WILDCARDS.has(options.host)) allowedHosts.push(options.host);
  return {
    port,
    app: {
      token: token ?? null,
      allowedHosts,
      writesPerMinute: whole(options.writesPerMinute, '--writes-per-minute', 1, 1_000_000),
      extractTimeoutMs: whole(options.extractTimeout, '--extract-timeout', 1, 3600) * 1000,
    },
  };
}

function whole(value: string, flag: string, min: number, max: number): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${flag} ${value}: give a whole number ${min}–${max}`);
  return n;
}

/** First run: an empty ledger gets the bundled samples, so a new user sees real stories at once. */
export async function ingestSamplesIfEmpty(ledger: Ledger, dir = SAMPLES): Promise<number> {
  const { stories } = await ledger.stories({ limit: 1 });
  if (stories.length > 0) return 0;
  const files = (await readdir(dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
  let stored = 0;
  const { readInputs } = await import('../read/index.ts');
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
