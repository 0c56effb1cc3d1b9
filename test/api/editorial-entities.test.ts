// Merging two entities the ledger took for two people, on the Hailey Bieber development stream: "Hailey Baldwin
// Bieber" (a 2020 pregnancy rumour, denied) and "Hailey Bieber" (the 2024 pregnancy, confirmed). The ledger folds her
// two stories itself; the editor undoes that fold, which later ingests respect, and merges the people. Her stories join their
// twins, the merged name answers with the person it joined, later articles follow, and the undo takes it all back.
// On SQLite, and on PostgreSQL when RUMOURMILL_TEST_PG is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.ts';
import { must } from '../../src/invariant/index.ts';
import { openLedger } from '../../src/ledger/index.ts';
import type { EntityDetail, EntitySummary, Ledger, Story } from '../../src/ledger/types.ts';
import { readInputs, type Article } from '../../src/read/index.ts';
import type { EditorialAction } from '../../src/store/index.ts';
import { pgSchema, TEST_PG } from '../helpers/pg-schema.ts';

const STREAM = new URL('../fixtures/streams/hailey-bieber-pregnancy.jsonl', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'rumourmill-entity-merge-'));
const schema = pgSchema('rm_entity_merge');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const backend of ['SQLite', 'PostgreSQL'] as const)
  describe.skipIf(backend === 'PostgreSQL' && !TEST_PG)(`on ${backend}`, () => {
    let ledger: Ledger;
    let app: ReturnType<typeof createApp>;
    let stream: Article[];
    let hailey: EntitySummary;
    let baldwin: EntitySummary;
    let haileyPregnancy: Story;
    let baldwinPregnancy: Story;
    let merge: EditorialAction;
    let rerunId = '';
    let autoFold = 0;

    const post = async (path: string, body: unknown) =>
      app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-rumourmill-editor': 'Ana Reyes' },
        body: JSON.stringify(body),
      });
    const get = async <T>(path: string) => (await (await app.request(path)).json()) as T;
    const pregnancyOf = async (name: string) => {
      const { stories } = await ledger.stories({ limit: 500 });
      const s = stories.find((x) => x.type === 'pregnancy' && x.subjects.length === 1 && x.subjects[0]?.name === name);
      return s ? must(await ledger.story(s.id), `listed story ${s.id} is stored`) : null;
    };

    beforeAll(async () => {
      if (backend === 'PostgreSQL') await schema.create();
      ledger = await openLedger(backend === 'SQLite' ? join(dir, 'merge.db') : schema.url());
      app = createApp(ledger);
      stream = [];
      for await (const r of readInputs([STREAM])) if (r.ok) stream.push(r.article);
      for (const a of stream.slice(0, 5)) await ledger.ingest(a);
      // The ledger folds her "Hailey Baldwin Bieber" story into Hailey Bieber's itself (a maiden name beside the married
      // one); the editor here first takes that back, to make the merge by hand.
      const { actions } = await get<{ actions: EditorialAction[] }>('/api/audit');
      const fold = must(
        actions.find((a) => a.about === 'story' && a.kind === 'merge' && a.editor.startsWith('rumourmill')),
        'the ledger folded her two pregnancy stories',
      );
      autoFold = fold.seq;
      const undo = await post(`/api/stories/${fold.target}/actions`, { action: 'undo', undoes: fold.seq });
      expect(undo.status).toBe(201);
      // A later article naming her both ways must not fold them again behind the editor's back.
      await ledger.ingest(must(stream[5], 'the stream has a sixth article'));
      const people = await ledger.entities('Hailey');
      hailey = must(
        people.find((e) => e.name === 'Hailey Bieber'),
        'the first five articles name Hailey Bieber',
      );
      baldwin = must(
        people.find((e) => e.name === 'Hailey Baldwin Bieber'),
        'the first five articles name Hailey Baldwin Bieber',
      );
      haileyPregnancy = must(await pregnancyOf('Hailey Bieber'), "Hailey Bieber's pregnancy story");
      baldwinPregnancy = must(await pregnancyOf('Hailey Baldwin Bieber'), "Hailey Baldwin Bieber's pregnancy story");
    }, 120_000);
    afterAll(async () => {
      await ledger?.close();
      if (backend === 'PostgreSQL') await schema.drop();
    });

    it('has the two as two people, each with a pregnancy story, once the automatic fold is undone', () => {
      expect(autoFold).toBeGreaterThan(0);
      expect(baldwinPregnancy.id).not.toBe(haileyPregnancy.id);
      expect(hailey && baldwin).toBeTruthy();
      expect(haileyPregnancy.explanation.length).toBeGreaterThan(0);
      expect(baldwinPregnancy.explanation.length).toBeGreaterThan(0);
    });

    it('merges one into the other: her pregnancy story joins its twin, by a story merge the entity merge caused', async () => {
      const res = await post(`/api/entities/${baldwin.id}/actions`, {
        action: 'merge',
        into: hailey.id,
        note: 'one person',
      });
      expect(res.status).toBe(201);
      merge = ((await res.json()) as { action: EditorialAction }).action;
      expect(merge).toMatchObject({
        about: 'entity',
        kind: 'merge',
        subject: baldwin.id,
        target: hailey.id,
        editor: 'Ana Reyes',
      });
      const { actions } = await get<{ actions: EditorialAction[] }>('/api/audit');
      expect(actions[0]).toMatchObject({
        about: 'story',
        kind: 'merge',
        subject: baldwinPregnancy.id,
        target: haileyPregnancy.id,
        cause: merge.seq,
      });
      const joined = must(await ledger.story(haileyPregnancy.id), 'the story the merge joined');
      expect(joined.explanation.length).toBe(haileyPregnancy.explanation.length + baldwinPregnancy.explanation.length);
      // Undoing the story merge alone is refused: later articles would still be filed under the twin.
      expect(
        (
          await post(`/api/stories/${baldwinPregnancy.id}/actions`, {
            action: 'undo',
            undoes: must(actions[0], 'the story merge is in the audit log').seq,
          })
        ).status,
      ).toBe(409);
    });

    it('answers the merged name with the person it joined, with her names, articles and stories, and lists her once', async () => {
      const page = await get<
        EntityDetail & { editorial: { requested?: string; mergedEntities: Array<{ id: string }> } }
      >(`/api/entities/${baldwin.id}`);
      expect(page.id).toBe(hailey.id);
      expect(page.editorial.requested).toBe(baldwin.id);
      expect(page.aliases).toContain('Hailey Baldwin Bieber');
      const own = must(await ledger.entity(baldwin.id), 'the merged entry is still stored');
      for (const a of own.appearances) expect(page.appearances.map((x) => x.article)).toContain(a.article);
      expect(page.stories.map((s) => s.id)).toContain(haileyPregnancy.id);
      expect(page.stories.map((s) => s.id)).not.toContain(baldwinPregnancy.id);
      const listed = await get<{ entities: EntitySummary[] }>('/api/entities?q=Hailey');
      expect(listed.entities.map((e) => e.id)).not.toContain(baldwin.id);
      expect(listed.entities.map((e) => e.id)).toContain(hailey.id);
    });

    it('files later articles about the merged one under the story it joined', async () => {
      // The 2020 report about "Hailey Baldwin Bieber" rerun by another outlet after the merge, then the rest of the stream.
      const first = must(
        stream.find((a) => a.text.includes('Hailey Baldwin Bieber')),
        'the stream names Hailey Baldwin Bieber',
      );
      const rerun = await ledger.ingest({
        ...first,
        id: `${first.id}-rerun`,
        source: 'Daily Mail',
        text: `${first.text}\n\n(Rerun.)`,
      });
      expect(rerun.stories).toContain(haileyPregnancy.id);
      expect(rerun.stories).not.toContain(baldwinPregnancy.id);
      rerunId = rerun.id;
      for (const a of stream.slice(6)) expect((await ledger.ingest(a)).stories).not.toContain(baldwinPregnancy.id);
      // Asked for by its id, the merged story answers as the one it joined.
      expect((await ledger.story(baldwinPregnancy.id))?.id).toBe(haileyPregnancy.id);
    });

    it('undoes the merge as new entries: each pregnancy story gets its own evidence back', async () => {
      const res = await post(`/api/entities/${hailey.id}/actions`, { action: 'undo', undoes: merge.seq });
      expect(res.status).toBe(201);
      const { actions } = await get<{ actions: EditorialAction[] }>('/api/audit');
      expect(actions.slice(0, 2).map((a) => [a.about, a.kind])).toEqual([
        ['story', 'undo'],
        ['entity', 'undo'],
      ]);
      // Her own rows, and the rerun's, which arrived while she was merged.
      const back = must(await ledger.story(baldwinPregnancy.id), 'the undo brings her story back');
      const own = baldwinPregnancy.explanation.map((e) => `${e.article}:${e.start}`);
      const rerun = back.explanation.filter((e) => e.article === rerunId);
      expect(rerun.length).toBeGreaterThan(0);
      expect(
        back.explanation
          .filter((e) => e.article !== rerunId)
          .map((e) => `${e.article}:${e.start}`)
          .sort(),
      ).toEqual(own.sort());
      const hers = must(await ledger.story(haileyPregnancy.id), "Hailey Bieber's story stays");
      for (const e of baldwinPregnancy.explanation)
        expect(hers.explanation.some((x) => x.article === e.article && x.start === e.start)).toBe(false);
      expect((await get<EntityDetail>(`/api/entities/${baldwin.id}`)).id).toBe(baldwin.id);
      expect((await post(`/api/entities/${hailey.id}/actions`, { action: 'undo', undoes: merge.seq })).status).toBe(
        409,
      );
    });

    it('refuses what makes no sense: another type, itself, a flag on an entity', async () => {
      const place = (await get<{ entities: EntitySummary[] }>('/api/entities?type=place&limit=1')).entities[0];
      if (place)
        expect((await post(`/api/entities/${baldwin.id}/actions`, { action: 'merge', into: place.id })).status).toBe(
          409,
        );
      expect((await post(`/api/entities/${baldwin.id}/actions`, { action: 'merge', into: baldwin.id })).status).toBe(
        409,
      );
      expect((await post(`/api/entities/${baldwin.id}/actions`, { action: 'flag' })).status).toBe(400);
      expect((await post('/api/entities/no-such-entity/actions', { action: 'merge', into: hailey.id })).status).toBe(
        404,
      );
    });
  });
