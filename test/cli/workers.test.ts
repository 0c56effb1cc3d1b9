// `ingest` and `extract` with a worker pool give what one worker gives, in the same order (issue 14): run as a user
// runs them, on the sample articles and the story streams, serially and with --workers 2.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../src/ledger/index.ts';
import { at } from '../../src/invariant/index.ts';
import { rumourmill as run } from '../helpers/cli.ts';

const root = new URL('../../', import.meta.url).pathname;
const INPUTS = [
  ...readdirSync(join(root, 'data/samples'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(root, 'data/samples', f)),
  ...readdirSync(join(root, 'test/fixtures/streams'))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(root, 'test/fixtures/streams', f)),
];
const dir = mkdtempSync(join(tmpdir(), 'rumourmill-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rumourmill = (args: string[]) => run(args, { timeout: 300_000 });

/** Every story of a ledger, as `rumourmill story --json` would print it, in the listing's order. */
async function everyStory(db: string): Promise<string[]> {
  const ledger = await openLedger(db);
  try {
    const { stories } = await ledger.stories({ limit: 500 });
    const full: string[] = [];
    for (const summary of stories) full.push(JSON.stringify(await ledger.story(summary.id), null, 2));
    return full;
  } finally {
    await ledger.close();
  }
}

describe('--workers', () => {
  it('extract prints the same JSONL, byte for byte and in input order, with 2 workers as with 1', async () => {
    const [one, two] = await Promise.all([
      rumourmill(['extract', '--workers', '1', ...INPUTS]),
      rumourmill(['extract', '--workers', '2', ...INPUTS]),
    ]);
    expect(one).toMatchObject({ code: 0, stderr: '' });
    expect(two).toMatchObject({ code: 0, stderr: '' });
    const ids = one.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { article: { id: string } }).article.id);
    // The streams' articles carry their own ids: they come out in the files' order, after the five samples.
    const streamIds = INPUTS.filter((f) => f.endsWith('.jsonl')).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { id: string }).id),
    );
    expect(ids).toHaveLength(5 + streamIds.length);
    expect(ids.slice(5)).toEqual(streamIds);
    expect(two.stdout).toBe(one.stdout);
  }, 300_000);

  it('ingest stores the same stories with 2 workers as with 1; a second run finds every article known', async () => {
    const serial = join(dir, 'serial.db');
    const pooled = join(dir, 'pooled.db');
    const [one, two] = await Promise.all([
      rumourmill(['ingest', '--db', serial, '--workers', '1', ...INPUTS]),
      rumourmill(['ingest', '--db', pooled, '--workers', '2', ...INPUTS]),
    ]);
    expect(one).toMatchObject({ code: 0, stderr: '' });
    expect(two).toMatchObject({ code: 0, stderr: '' });
    const summary = /^read (\d+), new (\d+), duplicates (\d+), failed 0 \(/;
    expect(two.stdout.match(summary)?.slice(1)).toEqual(one.stdout.match(summary)?.slice(1));
    const [a, b] = await Promise.all([everyStory(serial), everyStory(pooled)]);
    expect(a.length).toBeGreaterThan(5);
    expect(b).toEqual(a);

    const again = await rumourmill(['ingest', '--db', pooled, '--workers', '2', ...INPUTS]);
    const read = Number(one.stdout.match(summary)?.[1]);
    expect(again.stdout).toMatch(new RegExp(`^read ${read}, new 0, duplicates ${read}, failed 0 `));
    expect(await everyStory(pooled)).toEqual(a);
  }, 300_000);

  it('refuses a worker count that cannot be right', async () => {
    const bad = await rumourmill(['extract', '--workers', '0', at(INPUTS, 0)]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--workers.*whole number from 1/);
  });
});
