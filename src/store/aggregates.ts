// What the entity and story pages read instead of recomputing it per request: the names an entity was called by,
// counted at ingest; its appearances a page at a time; a story as last assembled, its long lists a page at a time.
import type { Extraction } from '../extract/types.ts';
import { opt, str, toStory } from './rows.ts';
import type { Connection } from './sql.ts';
import type { EntityNameUse, StoreTx, StoryReadHead, StoryReadList } from './types.ts';

type AggregateQueries = Pick<
  StoreTx,
  | 'entityNames'
  | 'appearancePage'
  | 'appearanceDays'
  | 'storiesOfPage'
  | 'namesBackfill'
  | 'namesBackfilledTo'
  | 'articlesInSeq'
  | 'storyRead'
  | 'storyReadItems'
  | 'putStoryRead'
  | 'evidenceCount'
>;

const tuples = (n: number, width: number) =>
  Array.from({ length: n }, () => `(${Array(width).fill('?').join(', ')})`).join(', ');

/**
 * Adds one article's names to their entities' counts. The text kept for a name key is the one its earliest use wrote
 * (undated last, then by article id: the order the entity's appearances are read in), so the answer does not depend
 * on the order articles were ingested in.
 */
export async function addEntityNames(
  db: Connection,
  article: string,
  published: string | null,
  uses: EntityNameUse[],
): Promise<void> {
  const earlier = `(excluded.first_published IS NOT NULL AND (entity_names.first_published IS NULL
      OR excluded.first_published < entity_names.first_published
      OR (excluded.first_published = entity_names.first_published AND excluded.first_article < entity_names.first_article)))
    OR (excluded.first_published IS NULL AND entity_names.first_published IS NULL
      AND excluded.first_article < entity_names.first_article)`;
  for (let i = 0; i < uses.length; i += 200) {
    const chunk = uses.slice(i, i + 200);
    await db.run(
      `INSERT INTO entity_names (entity_id, kind, name_key, text, uses, first_published, first_article)
       VALUES ${tuples(chunk.length, 7)}
       ON CONFLICT (entity_id, kind, name_key) DO UPDATE SET uses = entity_names.uses + excluded.uses,
         text = CASE WHEN ${earlier} THEN excluded.text ELSE entity_names.text END,
         first_published = CASE WHEN ${earlier} THEN excluded.first_published ELSE entity_names.first_published END,
         first_article = CASE WHEN ${earlier} THEN excluded.first_article ELSE entity_names.first_article END`,
      chunk.flatMap((u) => [u.entity, u.kind, u.key, u.text, u.count, published, article]),
    );
  }
}

const LISTS: readonly StoryReadList[] = ['explanation', 'background', 'timeline'];

export function aggregateQueries(db: Connection): AggregateQueries {
  const state = async (key: string) =>
    Number((await db.all('SELECT value FROM ledger_state WHERE key = ?', [key]))[0]?.value ?? 0);
  return {
    async entityNames(entity) {
      const rows = await db.all('SELECT kind, text, uses FROM entity_names WHERE entity_id = ?', [entity]);
      return rows.map((r) => ({ kind: String(r.kind), text: String(r.text), count: Number(r.uses) }));
    },
    async appearancePage(entity, { limit, offset }, order = 'oldest') {
      // Dated ones, then undated: two reads in the order of the appearances_day index (an ORDER BY on
      // `published IS NULL` sorted every appearance of the entity: 17 ms for one in 12,000 articles).
      const [counts] = await db.all(
        'SELECT COUNT(*) AS n, COUNT(published) AS dated FROM appearances WHERE entity_id = ?',
        [entity],
      );
      const [total, dated] = [Number(counts?.n ?? 0), Number(counts?.dated ?? 0)];
      const by = order === 'newest' ? 'published DESC, article_id DESC' : 'published, article_id';
      const read = (where: string, take: number, skip: number) =>
        take <= 0
          ? Promise.resolve([])
          : db.all(
              `SELECT article_id, published, mentions FROM appearances WHERE entity_id = ? AND ${where}
               ORDER BY ${by} LIMIT ? OFFSET ?`,
              [entity, take, skip],
            );
      const first = await read('published IS NOT NULL', Math.min(limit, dated - offset), offset);
      const rest = await read('published IS NULL', limit - first.length, Math.max(0, offset - dated));
      return {
        total,
        rows: [...first, ...rest].map((r) => ({
          article: String(r.article_id),
          published: opt(r.published),
          mentions: Number(r.mentions),
        })),
      };
    },
    async appearanceDays(entity) {
      const rows = await db.all(
        `SELECT published, COUNT(*) AS articles, SUM(mentions) AS mentions FROM appearances
         WHERE entity_id = ? AND published IS NOT NULL GROUP BY published ORDER BY published`,
        [entity],
      );
      return rows.map((r) => ({
        published: String(r.published),
        articles: Number(r.articles),
        mentions: Number(r.mentions),
      }));
    },
    async storiesOfPage(entity, { limit, offset }, exclude = []) {
      // Stories merged into others live on in the ones they joined: left out of the page and of the count.
      const out = exclude.length ? `AND ss.story_id NOT IN (${exclude.map(() => '?').join(', ')})` : '';
      const [total] = await db.all(`SELECT COUNT(*) AS n FROM story_subjects ss WHERE ss.entity_id = ? ${out}`, [
        entity,
        ...exclude,
      ]);
      const rows = await db.all(
        `SELECT s.* FROM stories s JOIN story_subjects ss ON ss.story_id = s.id WHERE ss.entity_id = ? ${out}
         ORDER BY s.last_seen IS NULL, s.last_seen DESC, s.id LIMIT ? OFFSET ?`,
        [entity, ...exclude, limit, offset],
      );
      return { total: Number(total?.n ?? 0), rows: rows.map(toStory) };
    },
    async namesBackfill() {
      return { before: await state('names_before'), done: await state('names_done') };
    },
    async namesBackfilledTo(seq) {
      await db.run("UPDATE ledger_state SET value = ? WHERE key = 'names_done'", [seq]);
    },
    async articlesInSeq(after, before, limit) {
      // Without their text: a backfill's walk reads only what was extracted (the text was a third of its time).
      const rows = await db.all(
        'SELECT id, seq, published, extraction FROM articles WHERE seq > ? AND seq < ? ORDER BY seq LIMIT ?',
        [after, before, limit],
      );
      return rows.map((r) => ({
        id: String(r.id),
        seq: Number(r.seq),
        published: opt(r.published),
        extraction: JSON.parse(str(r.extraction)) as Extraction,
      }));
    },
    async storyRead(story) {
      const [row] = await db.all('SELECT * FROM story_reads WHERE story_id = ?', [story]);
      if (!row) return null;
      return {
        basis: String(row.basis),
        head: JSON.parse(String(row.head)) as StoryReadHead['head'],
        counts: {
          explanation: Number(row.explanation),
          background: Number(row.background),
          timeline: Number(row.timeline),
        },
      };
    },
    async storyReadItems(story, list, { limit, offset }) {
      const rows = await db.all(
        'SELECT item FROM story_read_items WHERE story_id = ? AND list = ? AND seq >= ? AND seq < ? ORDER BY seq',
        [story, list, offset, offset + limit],
      );
      return rows.map((r) => JSON.parse(String(r.item)) as unknown);
    },
    async putStoryRead(story, { basis, head, lists }) {
      await db.run('DELETE FROM story_read_items WHERE story_id = ?', [story]);
      await db.run('DELETE FROM story_reads WHERE story_id = ?', [story]);
      await db.run(
        'INSERT INTO story_reads (story_id, basis, head, explanation, background, timeline) VALUES (?, ?, ?, ?, ?, ?)',
        [story, basis, JSON.stringify(head), lists.explanation.length, lists.background.length, lists.timeline.length],
      );
      for (const list of LISTS) {
        const items = lists[list];
        for (let i = 0; i < items.length; i += 250) {
          const chunk = items.slice(i, i + 250);
          await db.run(
            `INSERT INTO story_read_items (story_id, list, seq, item) VALUES ${tuples(chunk.length, 4)}`,
            chunk.flatMap((item, k) => [story, list, i + k, JSON.stringify(item)]),
          );
        }
      }
    },
    async evidenceCount(story) {
      const [row] = await db.all('SELECT COUNT(*) AS n FROM evidence WHERE story_id = ?', [story]);
      return Number(row?.n ?? 0);
    },
  };
}
