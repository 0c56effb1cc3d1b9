// The editorial log on both databases (PostgreSQL when RUMOURMILL_TEST_PG is set, as store.test.ts): numbered in
// order, read newest first, by subject, kind and page, kept across reopening, and rolled back with its transaction.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openStore } from './index.ts';
import type { NewEditorialAction, Store } from './index.ts';
import { pgSchema, TEST_PG } from '../../test/helpers/pg-schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'rumourmill-editorial-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
let schema: ReturnType<typeof pgSchema>;

const backends = [
  { name: 'SQLite', open: async () => join(dir, `e${++n}.db`), close: async () => {} },
  {
    name: 'PostgreSQL',
    open: async () => {
      schema = pgSchema(`rm_editorial_${++n}`);
      await schema.create();
      return schema.url();
    },
    close: () => schema.drop(),
  },
];

const action = (over: Partial<NewEditorialAction>): NewEditorialAction => ({
  kind: 'flag',
  about: 'story',
  subject: 's-1',
  target: null,
  undoes: null,
  cause: null,
  editor: 'desk',
  note: null,
  at: '2026-12-05T01:00:00.000Z',
  ...over,
});

for (const backend of backends) {
  describe.skipIf(backend.name === 'PostgreSQL' && !TEST_PG)(`editorial log: ${backend.name}`, () => {
    let store: Store;
    let url = '';
    afterEach(async () => {
      await store?.close();
      await backend.close();
    });

    it('numbers actions in order and reads them newest first, by subject (or merge target), kind and page', async () => {
      url = await backend.open();
      store = await openStore(url);
      const a = await store.transaction((tx) => tx.addEditorial(action({ editor: 'Ana Reyes', note: 'wrong couple' })));
      const b = await store.transaction((tx) =>
        tx.addEditorial(action({ kind: 'merge', subject: 's-2', target: 's-1' })),
      );
      const c = await store.transaction((tx) =>
        tx.addEditorial(action({ kind: 'undo', subject: 's-1', undoes: a.seq })),
      );
      expect([a.seq, b.seq, c.seq]).toEqual([1, 2, 3]);
      expect((await store.editorialLog()).map((x) => x.seq)).toEqual([3, 2, 1]);
      expect(await store.editorialLog({ subject: 's-2' })).toEqual([b]);
      expect((await store.editorialLog({ subject: 's-1' })).map((x) => x.seq)).toEqual([3, 2, 1]);
      expect((await store.editorialLog({ kinds: ['merge', 'undo'] })).map((x) => x.kind)).toEqual(['undo', 'merge']);
      expect((await store.editorialLog({ before: 3, limit: 1 })).map((x) => x.seq)).toEqual([2]);
      expect((await store.editorialLog())[2]).toEqual({ ...a, seq: 1 });
      // Reopening migrates nothing twice and keeps the log.
      await store.close();
      store = await openStore(url);
      expect((await store.editorialLog()).map((x) => x.seq)).toEqual([3, 2, 1]);
    });

    it('keeps nothing of an action whose transaction fails', async () => {
      url = await backend.open();
      store = await openStore(url);
      await expect(
        store.transaction(async (tx) => {
          await tx.addEditorial(action({}));
          throw new Error('the merge failed half way');
        }),
      ).rejects.toThrow('half way');
      expect(await store.editorialLog()).toEqual([]);
    });
  });
}
