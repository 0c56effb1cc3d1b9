// The CLI's view of what the desk did: `stories` leaves out dismissed and merged-away stories by default and says how
// many (as the web list does), `--all` lists them marked; `db check` does not call a merged-away story a fault.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../../src/invariant/index.ts';
import { deskOf } from '../../src/ledger/editorial.ts';
import { openLedger } from '../../src/ledger/index.ts';
import { readInputs, type Article } from '../../src/read/index.ts';

const BIN = new URL('../../bin/rumourmill.js', import.meta.url).pathname;
const STREAMS = new URL('../fixtures/streams/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'rumourmill-cli-desk-'));
const db = join(dir, 'desk.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], at = db) => {
  const run = spawnSync(process.execPath, [BIN, ...args, '--db', at], { encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

async function stream(name: string, n: number): Promise<Article[]> {
  const out: Article[] = [];
  for await (const r of readInputs([`${STREAMS}${name}.jsonl`])) if (r.ok && out.length < n) out.push(r.article);
  return out;
}

const ids: Record<'ariana' | 'kim' | 'harry' | 'zendaya', string> = { ariana: '', kim: '', harry: '', zendaya: '' };
let merged = 0;
const leftOut = () =>
  `1 dismissed story and ${merged} ${merged === 1 ? 'story' : 'stories'} merged into another are left out`;

beforeAll(async () => {
  const ledger = await openLedger(db);
  for (const name of [
    'ariana-grande-pete-davidson',
    'kim-kardashian-pete-davidson',
    'harry-styles-olivia-wilde',
    'zendaya-tom-holland',
  ])
    for (const a of await stream(name, 4)) await ledger.ingest(a);
  const id = async (pair: [string, string]) => must(await ledger.story(pair), `expected ${pair.join(' & ')}`).id;
  ids.ariana = await id(['Ariana Grande', 'Pete Davidson']);
  ids.kim = await id(['Kim Kardashian', 'Pete Davidson']);
  ids.harry = await id(['Harry Styles', 'Olivia Wilde']);
  ids.zendaya = await id(['Zendaya', 'Tom Holland']);
  const desk = must(deskOf(ledger), 'a ledger over a store has a desk');
  await desk.act({ kind: 'merge', subject: ids.kim, into: ids.ariana, editor: 'Sam' });
  await desk.act({ kind: 'dismiss', subject: ids.harry, editor: 'Sam' });
  await desk.act({ kind: 'flag', subject: ids.zendaya, editor: 'Ana Reyes', note: 'not a couple' });
  // The desk's merge, and the ledger's own folds of lone names' stories at ingest ("Kardashian, 41" into Kim's).
  merged = (await desk.state()).mergedInto.size;
  await ledger.close();
}, 180_000);

describe('rumourmill stories and the desk', () => {
  it('leaves out dismissed and merged-away stories, says how many, and marks a flagged one', () => {
    const run = cli(['stories']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain(ids.kim);
    expect(run.stdout).not.toContain(ids.harry);
    expect(run.stdout).toContain(ids.ariana);
    expect(run.stdout).toMatch(
      new RegExp(`^${ids.zendaya}.*\\[flagged as wrong by Ana Reyes, \\d{4}-\\d\\d-\\d\\d\\]$`, 'm'),
    );
    expect(merged).toBeGreaterThan(1);
    expect(run.stdout).toContain(`\n${leftOut()} (--all lists them)\n`);
  });

  it('--all lists them, each saying what the desk did', () => {
    const run = cli(['stories', '--all']);
    expect(run.stdout).toMatch(new RegExp(`^${ids.harry}.*\\[dismissed by Sam, `, 'm'));
    expect(run.stdout).toMatch(new RegExp(`^${ids.kim}.*\\[merged into ${ids.ariana} by Sam, `, 'm'));
    expect(run.stdout).not.toMatch(/left out/);
  });

  it('--json keeps the list of summaries, without the left-out ones, and says the count on stderr', () => {
    const run = cli(['stories', '--json']);
    const listed = (JSON.parse(run.stdout) as Array<{ id: string }>).map((s) => s.id);
    expect(listed).toContain(ids.ariana);
    expect(listed).not.toContain(ids.kim);
    expect(run.stderr).toContain(leftOut());
  });

  it('--limit counts only the stories shown', () => {
    // Table rows: id, status, score.
    const rows = cli(['stories', '--limit', '2'])
      .stdout.split('\n')
      .filter((l) => /^\S+ +\S+ +\d\.\d\d /.test(l));
    expect(rows).toHaveLength(2);
  });
});

describe('rumourmill db check and the desk', () => {
  it('a story merged into another is no "story without evidence"', () => {
    const run = cli(['db', 'check']);
    expect(run.stdout).toBe('ok\n');
    expect(run.status).toBe(0);
  });

  it('a story with no evidence that was never merged still is', () => {
    const broken = join(dir, 'broken.db');
    copyFileSync(db, broken);
    const sqlite = new Database(broken);
    sqlite
      .prepare(
        `INSERT INTO stories (id, key, type, value, subjects, status, score, first_seen, last_seen, summary)
         VALUES ('s-orphan', 'relationship:x+y', 'relationship', 'dating', '[]', 'reported', 0.5, NULL, NULL, '{"x":1}')`,
      )
      .run();
    sqlite.close();
    const run = cli(['db', 'check'], broken);
    expect(run.stdout).toContain('problem: 1 stories without evidence');
    expect(run.status).toBe(1);
  });
});
