// Articles (text and extraction kept verbatim), full-text search, and the consistency check.
import { toArticle } from './rows.ts';
import type { Connection } from './sql.ts';
import type { ArticleRow, StoreTx } from './types.ts';

type ArticleQueries = Pick<
  StoreTx,
  | 'hasArticle'
  | 'findArticle'
  | 'articleStories'
  | 'insertArticle'
  | 'article'
  | 'articlesOf'
  | 'searchArticles'
  | 'check'
  | 'counts'
>;

export function articleQueries(db: Connection): ArticleQueries {
  return {
    async hasArticle(id) {
      return (await db.all('SELECT 1 AS one FROM articles WHERE id = ?', [id])).length > 0;
    },
    async findArticle(id, contentHash) {
      const [row] = await db.all('SELECT id FROM articles WHERE id = ? OR content_hash = ? ORDER BY seq LIMIT 1', [
        id,
        contentHash,
      ]);
      return row ? String(row.id) : null;
    },
    async articleStories(article) {
      const rows = await db.all('SELECT DISTINCT story_id FROM evidence WHERE article_id = ? ORDER BY story_id', [
        article,
      ]);
      return rows.map((r) => String(r.story_id));
    },
    async insertArticle(row) {
      const credibility = row.extraction.article.credibility?.score;
      // The next seq computed in the INSERT itself: a read of its own was a round trip on PostgreSQL. Writers take
      // the ledger's write lock, so no other one can take the same number meanwhile.
      await db.run(
        `INSERT INTO articles (id, seq, content_hash, published, title, source, url, text, extraction, credibility)
         VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM articles), ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          row.id,
          row.contentHash,
          row.published,
          row.title,
          row.source,
          row.url,
          row.text,
          JSON.stringify(row.extraction),
          typeof credibility === 'number' && Number.isFinite(credibility) ? credibility : null,
        ],
      );
      await db.indexText(row.id, row.title, row.text);
    },
    async article(id) {
      const [row] = await db.all('SELECT * FROM articles WHERE id = ?', [id]);
      return row ? toArticle(row) : null;
    },
    async articlesOf(ids) {
      const byId = new Map<string, ArticleRow>();
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const rows = await db.all(`SELECT * FROM articles WHERE id IN (${chunk.map(() => '?').join(', ')})`, chunk);
        for (const row of rows.map(toArticle)) byId.set(row.id, row);
      }
      return ids.flatMap((id) => byId.get(id) ?? []);
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
        [
          'articles without an extraction',
          "SELECT COUNT(*) AS n FROM articles WHERE extraction IS NULL OR extraction = ''",
        ],
        [
          'evidence without its article',
          'SELECT COUNT(*) AS n FROM evidence e WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = e.article_id)',
        ],
        [
          'stories without evidence',
          // A story merged into another (by a merge no undo names) gave its evidence to that one: not a fault.
          `SELECT COUNT(*) AS n FROM stories s WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.story_id = s.id)
             AND NOT EXISTS (SELECT 1 FROM editorial_actions m WHERE m.about = 'story' AND m.kind = 'merge'
               AND m.subject_id = s.id AND NOT EXISTS (SELECT 1 FROM editorial_actions u WHERE u.undoes = m.seq))`,
        ],
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
      return {
        articles: await count('articles'),
        evidence: await count('evidence'),
        stories: await count('stories'),
        entities: await count('entities'),
      };
    },
  };
}
