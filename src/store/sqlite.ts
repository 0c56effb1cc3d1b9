// SQLite through better-sqlite3: the default, embedded ledger.
import Database from 'better-sqlite3';
import { ARTICLE_ORDER, articleCredibility, COMMON, ARTICLE_ENTITIES, CLAIM_TIME, RECORD_TOTALS, TRACK_RECORDS } from './migrations.ts';
import { migrate, type Connection, type Migration } from './sql.ts';

const FTS: Migration = {
  version: 2,
  up: [`CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, title, text)`],
};

// Nested CASEs: the inner one only runs on valid JSON (json_type would throw on anything else).
const CREDIBILITY = articleCredibility(`CASE WHEN json_valid(extraction) THEN
  CASE WHEN json_type(extraction, '$.article.credibility.score') IN ('integer', 'real')
  THEN json_extract(extraction, '$.article.credibility.score') END END`);

export async function openSqlite(path: string): Promise<Connection> {
  const db = new Database(path);
  // First: switching to WAL needs the lock another process opening the file at once may hold.
  db.pragma('busy_timeout = 5000');
  // WAL with NORMAL sync: a committed transaction survives kill -9 (the OS has it); power loss can
  // only drop the last commits, never corrupt. FULL would fsync every article and halve ingest speed.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Preparing is a large share of a small statement's cost; our SQL strings repeat.
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      if (statements.size > 500) statements.clear();
      statements.set(sql, statement);
    }
    return statement;
  };
  const connection: Connection = {
    kind: 'sqlite',
    async all(sql, params = []) {
      const statement = prepare(sql);
      // PRAGMAs and other statements that return nothing cannot use .all().
      if (!statement.reader) {
        statement.run(...params);
        return [];
      }
      return statement.all(...params) as Record<string, unknown>[];
    },
    async run(sql, params = []) {
      prepare(sql).run(...params);
    },
    async transaction(fn) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn();
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    },
    async indexText(id, title, text) {
      db.prepare('INSERT INTO articles_fts (id, title, text) VALUES (?, ?, ?)').run(id, title ?? '', text);
    },
    async search(q, limit) {
      // Each word quoted: the user's text must never be read as FTS5 syntax.
      const match = q.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
      if (!match) return [];
      const rows = db.prepare('SELECT id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?').all(match, limit);
      return (rows as Array<{ id: string }>).map((r) => r.id);
    },
    async close() {
      db.close();
    },
  };
  await migrate(connection, [COMMON, FTS, ARTICLE_ORDER, CREDIBILITY, TRACK_RECORDS, RECORD_TOTALS, CLAIM_TIME, ARTICLE_ENTITIES]);
  return connection;
}
