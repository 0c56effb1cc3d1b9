// A throwaway PostgreSQL cluster of a test's own, so it can be restarted and stopped without disturbing the shared
// one (RUMOURMILL_TEST_PG) other suites use meanwhile. Needs the PostgreSQL 15 binaries scripts/test.sh installs.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = '/usr/lib/postgresql/15/bin';
const root = process.getuid?.() === 0;

/** initdb refuses to run as root: as root, the cluster is the postgres user's. */
export const canRunCluster = existsSync(join(BIN, 'initdb')) && (!root || existsSync('/usr/sbin/runuser'));

export type Cluster = {
  url: string;
  port: number;
  start(): Promise<void>;
  stop(): Promise<void>;
  restart(): Promise<void>;
  destroy(): Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startCluster(): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'rumourmill-pg-'));
  const as = (command: string, args: string[]) =>
    root ? run('runuser', ['-u', 'postgres', '--', join(BIN, command), ...args]) : run(join(BIN, command), args);
  if (root)
    chownSync(
      dir,
      Number((await run('id', ['-u', 'postgres'])).stdout),
      Number((await run('id', ['-g', 'postgres'])).stdout),
    );
  await as('initdb', ['-D', dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const ctl = (...args: string[]) =>
    as('pg_ctl', ['-D', dir, '-l', join(dir, 'log'), '-o', `-k ${dir} -p ${port} -h 127.0.0.1`, '-w', ...args]);
  await ctl('start');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: async () => void (await ctl('start')),
    stop: async () => void (await ctl('-m', 'fast', 'stop')),
    restart: async () => void (await ctl('-m', 'fast', 'restart')),
    destroy: async () => {
      await ctl('-m', 'immediate', 'stop').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
