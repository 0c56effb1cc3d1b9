// The Store over any Connection: the queries are the same SQL on both databases.
import { articleQueries } from './articles.ts';
import { entityQueries } from './entities.ts';
import { outcomeQueries } from './outcomes.ts';
import type { Connection } from './sql.ts';
import { storyQueries } from './stories.ts';
import type { Store, StoreTx } from './types.ts';

export function storeOver(db: Connection): Store {
  // One connection serves everyone: transactions wait their turn instead of interleaving.
  let queue: Promise<unknown> = Promise.resolve();
  const tx: StoreTx = { ...articleQueries(db), ...entityQueries(db), ...storyQueries(db), ...outcomeQueries(db) };

  return {
    ...tx,
    kind: db.kind,
    transaction<T>(fn: (t: StoreTx) => Promise<T>): Promise<T> {
      const run = queue.then(() => db.transaction(() => fn(tx)));
      queue = run.catch(() => undefined);
      return run;
    },
    close: () => queue.then(() => db.close()),
  };
}
