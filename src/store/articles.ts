// Articles (text and extraction kept verbatim), full-text search, and the consistency check.
import { aliasKey } from './entities.ts';
import { opt, str, toArticle } from './rows.ts';
import type { Connection } from './sql.ts';
import type { Extraction } from '../extract/types.ts';
import type { ArticleBrief, ArticleRow, StoreTx } from './types.ts';

type ArticleQueries = Pick<
  StoreTx,
  | 'hasArticle'
  | 'findArticle'
  | 'articleStories'
  | 'insertArticle'
  | 'article'
  | 'articlesOf'
  | 'articleBriefs'
  | 'searchArticles'
  | 'check'
  | 'counts'
>;

/** What PostgreSQL's search entry of an article is made from: its title and text folded as names are (aliasKey). */
export const searchedText = (title: string | null, text: string): string => aliasKey(`${title ?? ''} ${text}`);

/** The brief of an article's extraction (see ArticleBrief; title, source, url and published are columns). */
export function briefOf(extraction: Extraction): Pick<ArticleBrief, 'credibility' | 'events'> {
  const credibility = extraction.article.credibility;
  const events = new Map<string, ArticleBrief['events'][number]>();
  for (const e of extraction.events) {
    const key = `${e.type}|${e.summary}`;
    if (!events.has(key))
      events.set(key, { type: e.type, summary: e.summary, start: e.evidence.start, end: e.evidence.end });
  }
  return {
    credibility: credibility
      ? { score: credibility.score, signals: credibility.signals.map((x) => ({ name: x.name, weight: x.weight })) }
      : null,
    events: [...events.values()],
  };
}

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
      // PostgreSQL's search entry is written with the row (its own UPDATE was a statement and a second version of the
      // row per article); SQLite's is a row of the FTS5 table (indexText).
      const postgres = db.kind === 'postgres';
      // The next seq computed in the INSERT itself: a read of its own was a round trip on PostgreSQL. Writers take
      // the ledger's write lock, so no other one can take the same number meanwhile.
      await db.run(
        `INSERT INTO articles (id, seq, content_hash, published, title, source, url, text, extraction, credibility, brief${postgres ? ', tsv' : ''})
         VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM articles), ?, ?, ?, ?, ?, ?, ?, ?, ?${postgres ? ", to_tsvector('english', ?)" : ''})`,
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
          JSON.stringify(briefOf(row.extraction)),
          ...(postgres ? [searchedText(row.title, row.text)] : []),
        ],
      );
      if (!postgres) await db.indexText(row.id, row.title, row.text);
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
    async articleBriefs(ids) {
      const out = new Map<string, ArticleBrief>();
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const rows = await db.all(
          `SELECT id, published, title, source, url, brief FROM articles WHERE id IN (${chunk.map(() => '?').join(', ')})`,
          chunk,
        );
        for (const r of rows) {
          // An extraction that did not parse when the brief was filled (migration 16) has none: nothing to show of it.
          const brief = (r.brief === null ? null : JSON.parse(str(r.brief))) as Pick<
            ArticleBrief,
            'credibility' | 'events'
          > | null;
          out.set(String(r.id), {
            title: opt(r.title),
            source: opt(r.source),
            url: opt(r.url),
            published: opt(r.published),
            credibility: brief?.credibility ?? null,
            events: brief?.events ?? [],
          });
        }
      }
      return out;
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
      // Since version 14 PostgreSQL's index entry is written at ingest (indexText), not generated by the database.
      if (db.kind === 'postgres')
        invariants.push([
          'articles missing from the search index',
          'SELECT COUNT(*) AS n FROM articles WHERE tsv IS NULL',
        ]);
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
