// A throwaway PostgreSQL schema for one test file, on the server `npm test` starts (RUMOURMILL_TEST_PG): each file
// works in a schema of its own, so files running side by side never see each other's tables.
import pg from 'pg';
import { must } from '../../src/invariant/index.ts';

/** The server to test on, or undefined when the PostgreSQL runs are skipped. */
export const TEST_PG = process.env.RUMOURMILL_TEST_PG;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG });
  await client.connect();
  await client.query(sql);
  await client.end();
}

/** A schema named `${prefix}_${pid}`: its database URL (search_path set), and its creation and removal. */
export function pgSchema(prefix: string): {
  name: string;
  url: () => string;
  create(): Promise<void>;
  drop(): Promise<void>;
} {
  const name = `${prefix}_${process.pid}`;
  return {
    name,
    url: () => {
      const server = must(TEST_PG, 'the PostgreSQL run is skipped without RUMOURMILL_TEST_PG');
      return `${server}${server.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${name}`)}`;
    },
    create: () => admin(`CREATE SCHEMA ${name}`),
    drop: () => admin(`DROP SCHEMA IF EXISTS ${name} CASCADE`),
  };
}
