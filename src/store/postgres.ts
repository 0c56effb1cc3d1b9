// PostgreSQL through `pg`: one client, so a transaction is exactly the statements between BEGIN and COMMIT.
import pg from 'pg';
import { ARTICLE_ORDER, articleCredibility, COMMON, ARTICLE_ENTITIES, CLAIM_TIME, RECORD_TOTALS, TRACK_RECORDS } from './migrations.ts';
import { migrate, type Connection, type Migration } from './sql.ts';

const FTS: Migration = {
  version: 2,
  up: [
    `ALTER TABLE articles ADD COLUMN tsv tsvector
       GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED`,
    `CREATE INDEX articles_tsv ON articles USING GIN (tsv)`,
  ],
};

// Backfilled in JavaScript: `extraction::jsonb` throws on JSON that JavaScript reads fine (a lone surrogate escape).
const CREDIBILITY = articleCredibility();

/** `?` placeholders → `$1, $2…` (our SQL never has a literal `?`). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export async function openPostgres(url: string): Promise<Connection> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const connection: Connection = {
    kind: 'postgres',
    async all(sql, params = []) {
      return (await client.query(numbered(sql), params)).rows as Record<string, unknown>[];
    },
    async run(sql, params = []) {
      await client.query(numbered(sql), params);
    },
    async transaction(fn) {
      await client.query('BEGIN');
      try {
        // One writer at a time per ledger (schema), across processes, as SQLite's BEGIN IMMEDIATE does: without it a
        // read that rescores overwrote a story a concurrent ingest had just written, and two rescores collided.
        await client.query("SELECT pg_advisory_xact_lock(hashtext('rumourmill:' || current_schema()))");
        const result = await fn();
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    // The tsvector column is generated from the row itself: nothing to add.
    async indexText() {},
    async search(q, limit) {
      const { rows } = await client.query(
        `SELECT id FROM articles, plainto_tsquery('english', $1) query WHERE tsv @@ query
         ORDER BY ts_rank(tsv, query) DESC, id LIMIT $2`,
        [q, limit],
      );
      return (rows as Array<{ id: string }>).map((r) => r.id);
    },
    async close() {
      await client.end();
    },
  };
  await migrate(connection, [COMMON, FTS, ARTICLE_ORDER, CREDIBILITY, TRACK_RECORDS, RECORD_TOTALS, CLAIM_TIME, ARTICLE_ENTITIES]);
  return connection;
}
