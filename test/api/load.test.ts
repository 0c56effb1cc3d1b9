// A short bounded load on loopback (scripts/load.ts, issue 12): reads and posts of distinct articles at once, on
// SQLite and (when RUMOURMILL_TEST_PG is set) on PostgreSQL. No timing is asserted: only that nothing failed and that
// the ledger holds exactly the posts the server accepted, each once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../src/ledger/index.ts';
import { checkLedger, runLoad, type LoadReport } from '../../scripts/load.ts';

const PG = process.env.RUMOURMILL_TEST_PG;
if (!PG) console.warn('api load suite: RUMOURMILL_TEST_PG is not set, PostgreSQL is SKIPPED (npm test sets it)');

function expectClean(report: LoadReport): void {
  expect(report.errors).toBe(0);
  expect(report.timeouts).toBe(0);
  // Every answer a 200 or 201: no 5xx, and no 429 (the load raises the write limit through the app's options).
  expect(Object.keys(report.status).sort()).toEqual(['200', '201']);
  expect(report.non2xx).toBe(0);
  // Every kind of request was answered, the reads all 200 and the posts all 201 (every body a new article).
  expect(Object.keys(report.byKind).sort()).toEqual(['entities', 'healthz', 'post', 'stories', 'story']);
  for (const kind of ['healthz', 'stories', 'story', 'entities'])
    expect(Object.keys(report.byKind[kind] ?? {})).toEqual(['200']);
  expect(Object.keys(report.byKind.post ?? {})).toEqual(['201']);
  expect(report.posts.accepted).toBeGreaterThan(0);
  expect(report.posts.duplicates).toBe(0);
  // The ledger: the accepted posts (those the run's end cut off included) are exactly the new articles.
  expect(report.ledger.after - report.ledger.before).toBe(report.posts.accepted + report.posts.cutOff);
  expect(report.posts.accepted + report.posts.cutOff).toBeLessThanOrEqual(report.posts.sent);
  expect(report.ledger.missing).toEqual([]);
  expect(report.ledger.storedTwice).toEqual([]);
  expect(report.ledger.problems).toEqual([]);
  expect(report.ok).toBe(true);
}

describe('load on loopback', () => {
  it('SQLite: mixed reads and posts, no error, every accepted post stored once', async () => {
    expectClean(await runLoad({ seconds: 3, connections: 4, quiet: true }));
  });

  it.skipIf(!PG)('PostgreSQL: mixed reads and posts, no error, every accepted post stored once', async () => {
    const report = await runLoad({ db: PG, seconds: 3, connections: 4, quiet: true });
    expect(report.db.kind).toBe('postgres');
    expectClean(report);
  });
});

describe('the ledger check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rumourmill-load-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports an accepted post that is not stored, one stored with another text, and a 201 the server never gave', async () => {
    const url = join(dir, 'ledger.db');
    const ledger = await openLedger(url);
    const text = 'Zendaya and Tom Holland were seen at dinner in Boston on Friday, a source told People.';
    const { id } = await ledger.ingest({
      id: null,
      published: '2024-03-01',
      title: null,
      source: null,
      url: null,
      text,
      origin: { file: 'test' },
    });
    await ledger.close();
    const check = await checkLedger(
      url,
      {
        serverAccepted: new Set([id, 'lost-article']),
        accepted: new Map([
          [id, `${text} (changed)`],
          ['never-accepted', 'x'],
        ]),
        sent: new Set([text]),
      },
      0,
    );
    expect(check.missing.sort()).toEqual(
      [
        `${id} (stored with another text)`,
        'lost-article (not stored)',
        'never-accepted (a 201 the server did not give)',
      ].sort(),
    );
    expect(check).toMatchObject({ before: 0, after: 1, storedTwice: [], problems: [] });
  });
});
