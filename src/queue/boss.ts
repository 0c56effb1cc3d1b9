// pg-boss, opened on the ledger's own PostgreSQL: its tables live in the `pgboss` schema, our two queues in it are
// named after the ledger's schema, so two ledgers in one database (search_path) never take each other's jobs.
import { randomBytes } from 'node:crypto';
import PgBoss from 'pg-boss';

/**
 * How long a job may stay active before pg-boss takes it for a dead worker's and queues it again, in seconds.
 * RUMOURMILL_QUEUE_EXPIRE_SECONDS sets it (the test uses 3); a 5 MB article takes about a minute to extract.
 */
export function expireSeconds(): number {
  const seconds = Number(process.env.RUMOURMILL_QUEUE_EXPIRE_SECONDS);
  return process.env.RUMOURMILL_QUEUE_EXPIRE_SECONDS && Number.isInteger(seconds) && seconds >= 1 ? seconds : 600;
}

/** How many times a job is tried again after a failure or an expiry. */
const RETRIES = 3;

/** pg-boss's own schema, in the ledger's database. */
export const BOSS_SCHEMA = 'pgboss';

export type Queues = { boss: PgBoss; extract: string; write: string; schema: string };

/**
 * Starts pg-boss on `url` and makes sure both queues exist. `supervise`: this process also runs pg-boss's maintenance,
 * which is what expires a dead worker's jobs (workers do; a producer that only enqueues does not need to).
 */
export async function openQueues(url: string, { supervise }: { supervise: boolean }): Promise<Queues> {
  const expire = expireSeconds();
  const boss = new PgBoss({
    connectionString: url,
    schema: BOSS_SCHEMA,
    max: 4,
    supervise,
    schedule: false,
    // Expiry is checked at maintenance: a few times per expiry period, so a dead worker's job waits little longer.
    maintenanceIntervalSeconds: Math.max(1, Math.min(120, Math.floor(expire / 3))),
    // Done jobs hold whole articles and extractions: archived after an hour, dropped after a day.
    archiveCompletedAfterSeconds: 3600,
    deleteAfterDays: 1,
  });
  // pg-boss reports maintenance errors as events; without a listener an 'error' event would end the process.
  boss.on('error', (error) => process.stderr.write(`rumourmill: queue: ${error.message}\n`));
  await boss.start();
  const [row] = (await boss.getDb().executeSql('SELECT current_schema() AS schema', [])).rows as Array<{
    schema: string;
  }>;
  const schema = row?.schema ?? 'public';
  const queues: Queues = { boss, schema, extract: `rumourmill/${schema}/extract`, write: `rumourmill/${schema}/write` };
  // `short`: one queued job per singleton key (the article's id), so enqueueing an article again while it still
  // waits adds nothing. retryDelay 0: a retried write job is at once first in line again (see work.ts).
  // Creating a queue that exists does nothing (two processes starting at once are both fine).
  for (const name of [queues.extract, queues.write]) {
    await boss.createQueue(name, {
      name,
      policy: 'short',
      retryLimit: RETRIES,
      retryDelay: 0,
      expireInSeconds: expire,
    });
  }
  return queues;
}

/** Jobs still to do in both queues: waiting, to be retried, or running (also a dead worker's, until it expires). */
export async function pending(q: Queues): Promise<number> {
  return (
    (await q.boss.getQueueSize(q.extract, { before: 'completed' })) +
    (await q.boss.getQueueSize(q.write, { before: 'completed' }))
  );
}

let counter = 0;
const node = randomBytes(6).toString('hex');

/**
 * A job id that sorts after every id this process made before. pg-boss hands out jobs by creation time, then by id;
 * jobs inserted in one statement share their creation time, so without this they would come out in random order.
 */
export function orderedId(): string {
  const time = Date.now().toString(16).padStart(12, '0');
  const count = (counter++ >>> 0).toString(16).padStart(8, '0');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-${count.slice(0, 4)}-${count.slice(4, 8)}-${node}`;
}
