// SQLite through better-sqlite3: the default, embedded ledger.
import Database from 'better-sqlite3';
import { COMMON } from './migrations.ts';
import { migrate, type Connection, type Migration } from './sql.ts';

const FTS: Migration = {
  version: 2,
  up: [`CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, title, text)`],
};

export async function openSqlite(path: string): Promise<Connection> {
  const db = new Database(path);
  // WAL + full sync: a committed article survives kill -9 and power loss alike.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const connection: Connection = {
    kind: 'sqlite',
    async all(sql, params = []) {
      return db.prepare(sql).all(...params) as Record<string, unknown>[];
    },
    async run(sql, params = []) {
      db.prepare(sql).run(...params);
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
  await migrate(connection, [COMMON, FTS]);
  return connection;
}
