// The Store over any Connection: the queries are the same SQL on both databases.
import { articleQueries } from './articles.ts';
import { editorialQueries } from './editorial.ts';
import { entityQueries } from './entities.ts';
import { outcomeQueries } from './outcomes.ts';
import type { Connection } from './sql.ts';
import { storyQueries } from './stories.ts';
import type { Store, StoreTx } from './types.ts';

const queriesOver = (db: Connection, inTransaction = false): StoreTx => ({
  ...articleQueries(db),
  ...entityQueries(db, { inTransaction }),
  ...storyQueries(db),
  ...outcomeQueries(db),
  ...editorialQueries(db),
});

export function storeOver(db: Connection): Store {
  // A transaction's statements go to its own connection (`tx`): on PostgreSQL a pooled one, so reads outside it
  // never see its uncommitted rows, and a read that fails never aborts it. Transactions of this process wait their
  // turn here (the database's write lock orders them across processes), so they hold one connection at a time.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    ...queriesOver(db),
    kind: db.kind,
    transaction<T>(fn: (t: StoreTx) => Promise<T>): Promise<T> {
      const run = queue.then(() => db.transaction((tx) => fn(queriesOver(tx, true))));
      queue = run.catch(() => undefined);
      return run;
    },
    close: () => queue.then(() => db.close()),
  };
}
