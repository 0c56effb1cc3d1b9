// Stories and the evidence rows they are computed from.
import { aliasKey } from './entities.ts';
import { toEvidence, toStory } from './rows.ts';
import type { Connection } from './sql.ts';
import type { EvidenceRow, StoreTx, StoryRow, StorySize } from './types.ts';

type StoryQueries = Pick<
  StoreTx,
  | 'insertEvidence'
  | 'evidence'
  | 'allEvidence'
  | 'storyIds'
  | 'storiesIn'
  | 'putStory'
  | 'story'
  | 'storyByKey'
  | 'stories'
  | 'storiesOf'
  | 'storyKeysOf'
  | 'markStale'
  | 'storySizes'
  | 'staleStories'
  | 'clearStale'
  | 'holdEvidence'
  | 'takeHeldEvidence'
>;

/** The stories of `ids`, in that order. */
export async function rowsInOrder(db: Connection, ids: string[]): Promise<StoryRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.all(`SELECT * FROM stories WHERE id IN (${ids.map(() => '?').join(', ')})`, ids);
  const byId = new Map(rows.map((r) => [String(r.id), toStory(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The first string after every string that starts with `prefix`, in code point order: its last character one code
 * point on. Null when there is none (an empty prefix, or one ending in the last code point).
 */
export function prefixEnd(prefix: string): string | null {
  const chars = [...prefix];
  const last = chars.pop();
  if (last === undefined) return null;
  let next = (last.codePointAt(0) ?? 0) + 1;
  // Past the surrogates, which no stored string holds alone.
  if (next >= 0xd800 && next <= 0xdfff) next = 0xe000;
  return next > 0x10ffff ? null : chars.join('') + String.fromCodePoint(next);
}

/** Ids in chunks under the drivers' parameter limits, with their `?` list. */
function* chunked(ids: string[]): Generator<[string[], string]> {
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    yield [chunk, chunk.map(() => '?').join(', ')];
  }
}

/** The evidence of each of `stories`, each in the order `evidence(story)` gives it: one query, not one per story. */
export async function evidenceOfStories(db: Connection, stories: string[]): Promise<Map<string, EvidenceRow[]>> {
  const out = new Map<string, EvidenceRow[]>(stories.map((id) => [id, []]));
  for (const [chunk, list] of chunked(stories)) {
    const rows = await db.all(
      `SELECT e.*, a.credibility FROM evidence e JOIN articles a ON a.id = e.article_id WHERE e.story_id IN (${list})
       ORDER BY e.story_id, e.published IS NULL, e.published, e.article_id, e.start_off, e.id`,
      chunk,
    );
    for (const row of rows.map(toEvidence)) out.get(row.story)?.push(row);
  }
  return out;
}

/** The rows of `ids` by id (null for none), one query per 500. */
export async function storiesById(db: Connection, ids: string[]): Promise<Map<string, StoryRow | null>> {
  const out = new Map<string, StoryRow | null>(ids.map((id) => [id, null]));
  for (const [chunk] of chunked(ids)) for (const row of await rowsInOrder(db, chunk)) out.set(row.id, row);
  return out;
}

/** A story's (story, entity) pairs, each once. */
const storySubjects = (s: StoryRow): Array<[string, string]> =>
  [...new Set(s.subjects.map((subject) => subject.id))].map((entity) => [s.id, entity]);

/** Stories and their subjects in multi-row statements (300 rows each, under the drivers' parameter limits). */
async function upsertStories(db: Connection, stories: StoryRow[], subjects: Array<[string, string]>): Promise<void> {
  for (let i = 0; i < stories.length; i += 300) {
    const chunk = stories.slice(i, i + 300);
    await db.run(
      `INSERT INTO stories (id, key, type, value, subjects, status, score, first_seen, last_seen, summary)
       VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
       ON CONFLICT (id) DO UPDATE SET value = excluded.value, subjects = excluded.subjects, status = excluded.status,
         score = excluded.score, first_seen = excluded.first_seen, last_seen = excluded.last_seen, summary = excluded.summary`,
      chunk.flatMap((s) => [
        s.id,
        s.key,
        s.type,
        s.value,
        JSON.stringify(s.subjects),
        s.status,
        s.score,
        s.firstSeen,
        s.lastSeen,
        JSON.stringify(s.summary),
      ]),
    );
  }
  // One statement for all subjects (one each was a statement PostgreSQL parses and plans per row).
  for (let i = 0; i < subjects.length; i += 300) {
    const chunk = subjects.slice(i, i + 300);
    await db.run(
      `INSERT INTO story_subjects (story_id, entity_id) VALUES ${chunk.map(() => '(?, ?)').join(', ')}
       ON CONFLICT DO NOTHING`,
      chunk.flat(),
    );
  }
}

/**
 * Story rows a transaction writes, held back and sent as two multi-row statements just before the transaction's next
 * statement (or its end), as HeldEntityWrites does for entities: a batch's end writes hundreds of stories one after
 * another (src/ledger/batch.ts), two statements each.
 */
export class HeldStoryWrites {
  private stories = new Map<string, StoryRow>();
  private subjects = new Map<string, [string, string]>();

  get empty(): boolean {
    return this.stories.size === 0;
  }

  /**
   * As the statements one after another would leave it: a story written twice keeps the first write's key and type
   * (the upsert never changes them) and the last one's other fields; its subjects add up.
   */
  story(s: StoryRow): void {
    const first = this.stories.get(s.id);
    this.stories.set(s.id, first ? { ...s, key: first.key, type: first.type } : s);
    for (const pair of storySubjects(s)) this.subjects.set(pair.join('\u0000'), pair);
  }

  /** Queues what is held on `db` and forgets it. */
  async send(db: Connection): Promise<void> {
    if (this.empty) return;
    const stories = [...this.stories.values()];
    const subjects = [...this.subjects.values()];
    this.stories.clear();
    this.subjects.clear();
    await upsertStories(db, stories, subjects);
  }
}

// Undated rows go last everywhere (`x IS NULL, x`): SQLite and PostgreSQL disagree on where NULLs sort.
export function storyQueries(db: Connection, { held }: { held?: HeldStoryWrites } = {}): StoryQueries {
  // The evidence table and held_evidence share their columns.
  const insertRows = (table: 'evidence' | 'held_evidence', rows: EvidenceRow[]) =>
    db.run(
      `INSERT INTO ${table} (id, story_id, article_id, published, value, holder_kind, holder_name, source_key, source_name,
         stance, text, start_off, end_off, observations, timeline, claim_time) VALUES ${rows.map(() => `(${Array(16).fill('?').join(', ')})`).join(', ')}`,
      rows.flatMap((e) => [
        e.id,
        e.story,
        e.article,
        e.published,
        e.value,
        e.holderKind,
        e.holderName,
        e.sourceKey,
        e.sourceName,
        e.stance,
        e.text,
        e.start,
        e.end,
        e.observations,
        JSON.stringify(e.timeline),
        e.claimTime ?? null,
      ]),
    );

  // Chunks keep a huge article under the drivers' parameter limits.
  const insertChunked = async (table: 'evidence' | 'held_evidence', rows: EvidenceRow[]) => {
    for (let i = 0; i < rows.length; i += 500) await insertRows(table, rows.slice(i, i + 500));
  };

  return {
    insertEvidence: (rows) => insertChunked('evidence', rows),
    holdEvidence: (rows) => insertChunked('held_evidence', rows),
    async takeHeldEvidence(story) {
      const rows = await db.all(
        `SELECT e.*, a.credibility FROM held_evidence e JOIN articles a ON a.id = e.article_id WHERE e.story_id = ?
         ORDER BY e.published IS NULL, e.published, e.article_id, e.start_off, e.id`,
        [story],
      );
      if (rows.length) await db.run('DELETE FROM held_evidence WHERE story_id = ?', [story]);
      return rows.map(toEvidence);
    },
    async evidence(story) {
      const rows = await db.all(
        `SELECT e.*, a.credibility FROM evidence e JOIN articles a ON a.id = e.article_id WHERE e.story_id = ?
         ORDER BY e.published IS NULL, e.published, e.article_id, e.start_off, e.id`,
        [story],
      );
      return rows.map(toEvidence);
    },
    async allEvidence(range) {
      const rows = await db.all(
        `SELECT e.*, a.credibility FROM evidence e JOIN articles a ON a.id = e.article_id
         ${range ? 'WHERE e.story_id >= ? AND e.story_id <= ?' : ''}
         ORDER BY e.story_id, e.published IS NULL, e.published, e.article_id, e.start_off, e.id`,
        range ? [range.first, range.last] : [],
      );
      return rows.map(toEvidence);
    },
    async markStale(ids, recomputedRows) {
      // Once each: PostgreSQL refuses an upsert that updates one row twice.
      for (const [chunk, list] of chunked([...new Set(ids)]))
        await db.run(
          `INSERT INTO stale_stories (story_id, recomputed_rows) VALUES ${list.replaceAll('?', '(?, ?)')}
           ON CONFLICT (story_id) DO UPDATE
           SET recomputed_rows = COALESCE(excluded.recomputed_rows, stale_stories.recomputed_rows)`,
          chunk.flatMap((id) => [id, recomputedRows?.get(id) ?? null]),
        );
    },
    async storySizes(ids) {
      const out = new Map<string, StorySize>();
      for (const [chunk, list] of chunked([...new Set(ids)])) {
        // Asked together: one round trip on PostgreSQL.
        const [counts, marks] = await Promise.all([
          db.all(`SELECT story_id, COUNT(*) AS n FROM evidence WHERE story_id IN (${list}) GROUP BY story_id`, chunk),
          db.all(`SELECT story_id, recomputed_rows FROM stale_stories WHERE story_id IN (${list})`, chunk),
        ]);
        for (const r of counts) out.set(String(r.story_id), { rows: Number(r.n), stale: null });
        for (const r of marks) {
          const size = out.get(String(r.story_id));
          if (size) size.stale = { recomputedRows: r.recomputed_rows === null ? null : Number(r.recomputed_rows) };
        }
      }
      return out;
    },
    async staleStories(limit) {
      return (await db.all('SELECT story_id FROM stale_stories ORDER BY story_id LIMIT ?', [limit])).map((r) =>
        String(r.story_id),
      );
    },
    async clearStale(ids) {
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        await db.run(`DELETE FROM stale_stories WHERE story_id IN (${chunk.map(() => '?').join(', ')})`, chunk);
      }
    },
    async storyIds() {
      return (await db.all('SELECT id FROM stories ORDER BY id')).map((r) => String(r.id));
    },
    async storiesIn(range) {
      return (
        await db.all('SELECT * FROM stories WHERE id >= ? AND id <= ? ORDER BY id', [range.first, range.last])
      ).map(toStory);
    },
    async putStory(s: StoryRow) {
      if (held) return held.story(s);
      await upsertStories(db, [s], storySubjects(s));
    },
    async story(id) {
      const [row] = await db.all('SELECT * FROM stories WHERE id = ?', [id]);
      return row ? toStory(row) : null;
    },
    async storyByKey(key) {
      const [row] = await db.all('SELECT * FROM stories WHERE key = ?', [key]);
      return row ? toStory(row) : null;
    },
    async stories(query) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.status) {
        where.push('s.status = ?');
        params.push(query.status);
      }
      // A person matches any name the story's subjects are known by. A search matches when each of its words is in
      // one of those names: "Pitt Jolie" finds Brad Pitt & Angelina Jolie, though no one name holds both words.
      const searchWords = (query.q ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
      for (const words of [query.person, ...searchWords]) {
        if (!words) continue;
        where.push(`s.id IN (SELECT ss.story_id FROM story_subjects ss JOIN entity_aliases a ON a.entity_id = ss.entity_id
                     WHERE a.alias_key LIKE ?)`);
        params.push(`%${aliasKey(words)}%`);
      }
      // The page's ids first, then its rows: sorting whole rows (each with its summary) made a deep page (offset
      // 10,000 of 24,500 stories) ten times slower than the first.
      const ids = await db.all(
        `SELECT s.id FROM stories s ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY s.last_seen IS NULL, s.last_seen DESC, s.score DESC, s.id LIMIT ? OFFSET ?`,
        [...params, query.limit, query.offset],
      );
      return rowsInOrder(
        db,
        ids.map((r) => String(r.id)),
      );
    },
    async storiesOf(entity) {
      const rows = await db.all(
        `SELECT s.* FROM stories s JOIN story_subjects ss ON ss.story_id = s.id WHERE ss.entity_id = ?
         ORDER BY s.last_seen IS NULL, s.last_seen DESC, s.id`,
        [entity],
      );
      return rows.map(toStory);
    },
    async storyKeysOf(entity, prefix, suffix = '') {
      // By the range of keys that start with `prefix`, in the key's index: by the entity's subject rows, a common
      // subject's every story was read (1,527 castings of "Dancing With the Stars") for the few that start so. The
      // range is in byte order (code point order in UTF-8): SQLite's own, PostgreSQL's under COLLATE "C" (migration
      // 18 indexes it so); substr, counting characters in both, says which keys of it start and end as asked.
      const bytes = db.kind === 'postgres' ? ' COLLATE "C"' : '';
      const upper = prefixEnd(prefix);
      const rows = await db.all(
        `SELECT s.id, s.key FROM stories s
         WHERE s.key${bytes} >= ? ${upper === null ? '' : `AND s.key${bytes} < ?`}
           AND substr(s.key, 1, ?) = ? AND substr(s.key, length(s.key) - ? + 1) = ?
           AND EXISTS (SELECT 1 FROM story_subjects ss WHERE ss.story_id = s.id AND ss.entity_id = ?)
         ORDER BY s.id`,
        [prefix, ...(upper === null ? [] : [upper]), [...prefix].length, prefix, [...suffix].length, suffix, entity],
      );
      return rows.map((r) => ({ id: String(r.id), key: String(r.key) }));
    },
  };
}
