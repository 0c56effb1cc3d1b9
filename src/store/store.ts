// The Store over any Connection: the queries are the same SQL on both databases.
import { toArticle, toEvidence, toStory } from './rows.ts';
import type { Connection } from './sql.ts';
import type { Store, StoreTx, StoryRow } from './types.ts';

const aliasKey = (name: string): string => name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

export function storeOver(db: Connection): Store {
  // One connection serves everyone: transactions wait their turn instead of interleaving.
  let queue: Promise<unknown> = Promise.resolve();

  const tx: StoreTx = {
    async hasArticle(id) {
      return (await db.all('SELECT 1 AS one FROM articles WHERE id = ?', [id])).length > 0;
    },
    async findArticle(id, contentHash) {
      const [row] = await db.all('SELECT id FROM articles WHERE id = ? OR content_hash = ? ORDER BY seq LIMIT 1', [id, contentHash]);
      return row ? String(row.id) : null;
    },
    async articleStories(article) {
      const rows = await db.all('SELECT DISTINCT story_id FROM evidence WHERE article_id = ? ORDER BY story_id', [article]);
      return rows.map((r) => String(r.story_id));
    },
    async insertArticle(row) {
      const [next] = await db.all('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM articles');
      await db.run(
        'INSERT INTO articles (id, seq, content_hash, published, title, source, url, text, extraction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [row.id, Number(next?.seq ?? 1), row.contentHash, row.published, row.title, row.source, row.url, row.text, JSON.stringify(row.extraction)],
      );
      await db.indexText(row.id, row.title, row.text);
    },
    async article(id) {
      const [row] = await db.all('SELECT * FROM articles WHERE id = ?', [id]);
      return row ? toArticle(row) : null;
    },
    async entitiesByAlias(names) {
      if (names.length === 0) return [];
      const keys = [...new Set(names.map(aliasKey))];
      const rows = await db.all(
        `SELECT e.id, e.name, e.type, a.alias_key FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
         WHERE a.alias_key IN (${keys.map(() => '?').join(', ')}) ORDER BY e.id`,
        keys,
      );
      return rows.map((r) => ({ id: String(r.id), name: String(r.name), type: String(r.type), alias: String(r.alias_key) }));
    },
    async putEntity(row, aliases) {
      await db.run('INSERT INTO entities (id, name, type) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING', [row.id, row.name, row.type]);
      for (const alias of new Set([row.name, ...aliases])) {
        await db.run(
          'INSERT INTO entity_aliases (entity_id, alias_key, alias) VALUES (?, ?, ?) ON CONFLICT (entity_id, alias_key) DO NOTHING',
          [row.id, aliasKey(alias), alias],
        );
      }
    },
    async addAppearance(entity, article, published, mentions) {
      await db.run(
        `INSERT INTO appearances (entity_id, article_id, published, mentions) VALUES (?, ?, ?, ?)
         ON CONFLICT (entity_id, article_id) DO UPDATE SET mentions = appearances.mentions + excluded.mentions`,
        [entity, article, published, mentions],
      );
    },
    async insertEvidence(rows) {
      for (const e of rows) {
        await db.run(
          `INSERT INTO evidence (id, story_id, article_id, published, value, holder_kind, holder_name, source_key, source_name,
             stance, text, start_off, end_off, observations, timeline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [e.id, e.story, e.article, e.published, e.value, e.holderKind, e.holderName, e.sourceKey, e.sourceName,
            e.stance, e.text, e.start, e.end, e.observations, JSON.stringify(e.timeline)],
        );
      }
    },
    async evidence(story) {
      const rows = await db.all(
        `SELECT e.* FROM evidence e JOIN articles a ON a.id = e.article_id WHERE e.story_id = ?
         ORDER BY e.published, a.seq, e.start_off, e.id`,
        [story],
      );
      return rows.map(toEvidence);
    },
    async putStory(s: StoryRow) {
      await db.run(
        `INSERT INTO stories (id, key, type, value, subjects, status, score, first_seen, last_seen, summary)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET value = excluded.value, subjects = excluded.subjects, status = excluded.status,
           score = excluded.score, first_seen = excluded.first_seen, last_seen = excluded.last_seen, summary = excluded.summary`,
        [s.id, s.key, s.type, s.value, JSON.stringify(s.subjects), s.status, s.score, s.firstSeen, s.lastSeen, JSON.stringify(s.summary)],
      );
      for (const subject of s.subjects) {
        await db.run('INSERT INTO story_subjects (story_id, entity_id) VALUES (?, ?) ON CONFLICT DO NOTHING', [s.id, subject.id]);
      }
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
      // A person or a search word matches any name the story's subjects are known by.
      for (const words of [query.person, query.q]) {
        if (!words) continue;
        where.push(`s.id IN (SELECT ss.story_id FROM story_subjects ss JOIN entity_aliases a ON a.entity_id = ss.entity_id
                     WHERE a.alias_key LIKE ?)`);
        params.push(`%${aliasKey(words)}%`);
      }
      const rows = await db.all(
        `SELECT s.* FROM stories s ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY s.last_seen DESC, s.score DESC, s.id LIMIT ? OFFSET ?`,
        [...params, query.limit, query.offset],
      );
      return rows.map(toStory);
    },
    async entities(q, limit) {
      const rows = await db.all(
        `SELECT e.id, e.name, e.type, (SELECT COUNT(*) FROM appearances p WHERE p.entity_id = e.id) AS articles
         FROM entities e ${q ? 'WHERE e.id IN (SELECT entity_id FROM entity_aliases WHERE alias_key LIKE ?)' : ''}
         ORDER BY articles DESC, e.name LIMIT ?`,
        q ? [`%${aliasKey(q)}%`, limit] : [limit],
      );
      const out = [];
      for (const r of rows) {
        const aliases = await db.all('SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias', [r.id]);
        out.push({ id: String(r.id), name: String(r.name), type: String(r.type), articles: Number(r.articles), aliases: aliases.map((a) => String(a.alias)) });
      }
      return out;
    },
    async entity(id) {
      const [r] = await db.all('SELECT * FROM entities WHERE id = ?', [id]);
      if (!r) return null;
      const aliases = await db.all('SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias', [id]);
      return { id: String(r.id), name: String(r.name), type: String(r.type), aliases: aliases.map((a) => String(a.alias)) };
    },
    async appearances(entity) {
      const rows = await db.all(
        'SELECT article_id, published, mentions FROM appearances WHERE entity_id = ? ORDER BY published, article_id',
        [entity],
      );
      return rows.map((r) => ({ article: String(r.article_id), published: r.published == null ? null : String(r.published), mentions: Number(r.mentions) }));
    },
    async storiesOf(entity) {
      const rows = await db.all(
        `SELECT s.* FROM stories s JOIN story_subjects ss ON ss.story_id = s.id WHERE ss.entity_id = ?
         ORDER BY s.last_seen DESC, s.id`,
        [entity],
      );
      return rows.map(toStory);
    },
    searchArticles: (q, limit) => db.search(q, limit),
    async check() {
      const problems: string[] = [];
      if (db.kind === 'sqlite') {
        const rows = await db.all('PRAGMA integrity_check');
        const verdicts = rows.map((r) => String(Object.values(r)[0]));
        if (verdicts.join() !== 'ok') problems.push(...verdicts.map((v) => `integrity_check: ${v}`));
      }
      const invariants: Array<[string, string]> = [
        ['articles without an extraction', "SELECT COUNT(*) AS n FROM articles WHERE extraction IS NULL OR extraction = ''"],
        ['evidence without its article', 'SELECT COUNT(*) AS n FROM evidence e WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = e.article_id)'],
        ['stories without evidence', 'SELECT COUNT(*) AS n FROM stories s WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.story_id = s.id)'],
        ['stories never scored', "SELECT COUNT(*) AS n FROM stories WHERE summary = '{}'"],
      ];
      for (const [what, sql] of invariants) {
        const n = Number((await db.all(sql))[0]?.n ?? 0);
        if (n > 0) problems.push(`${n} ${what}`);
      }
      return problems;
    },
    async counts() {
      const count = async (table: string) => Number((await db.all(`SELECT COUNT(*) AS n FROM ${table}`))[0]?.n ?? 0);
      return { articles: await count('articles'), evidence: await count('evidence'), stories: await count('stories'), entities: await count('entities') };
    },
  };

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
