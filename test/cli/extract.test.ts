import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { at } from '../../src/invariant/index.ts';

/** What `rumourmill extract --json` prints, as far as these tests read it. */
type Extracted = { article: { published: string | null } };

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const fixture = (name: string): string => join(root, 'test/fixtures', name);
const dir = mkdtempSync(join(tmpdir(), 'rumourmill-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Outcome = { code: number; stdout: string; stderr: string };

/** Runs `rumourmill extract …` as a user would, from the repo root. */
async function rumourmill(args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run('node', ['bin/rumourmill.js', 'extract', ...args], {
      cwd: root,
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('rumourmill extract', () => {
  it('prints one extraction per good article in input order, names each bad input on stderr, exits 1', async () => {
    const binary = join(dir, 'photo.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const { code, stdout, stderr } = await rumourmill([
      fixture('seed.txt'),
      binary,
      fixture('read/corpus.jsonl'),
      fixture('read/feed.rss'),
      '--date',
      '2025-05-08',
    ]);
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { article: { id: string; published: string | null; title: string | null } });
    expect(lines.map((l) => (l.article.id.length === 16 ? `hash:${l.article.title}` : l.article.id))).toEqual([
      'hash:null',
      'celebrity-009legit',
      'bbc-entertainment-001',
      'seed-excerpt',
      'hash:Miley Cyrus, Liam Hemsworth NOT Fighting Over Prenup',
      'hash:Gallery unveils interactive tree',
    ]);
    expect(at(lines, 0).article.published).toBe('2025-05-07');
    const errors = stderr.trim().split('\n');
    expect(errors).toEqual([
      `rumourmill: ${binary}: binary file, not text`,
      expect.stringMatching(new RegExp(`^rumourmill: ${fixture('read/corpus.jsonl')}:2: not valid JSON`)),
      `rumourmill: ${fixture('read/corpus.jsonl')}:4: missing the \`text\` field`,
      `rumourmill: ${fixture('read/corpus.jsonl')}:5: impossible date "2025-02-30" in \`published\` (no such day in the calendar)`,
    ]);
  });

  it('exits 0 when every input is good, and refuses an impossible --date', async () => {
    const good = await rumourmill([fixture('read/dir/nested/a-plain.txt'), '--date', '2025-05-07']);
    expect(good.code).toBe(0);
    expect((JSON.parse(good.stdout) as Extracted).article.published).toBe('2025-05-07');
    const bad = await rumourmill([fixture('read/dir/nested/a-plain.txt'), '--date', '2025-02-30']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/--date: impossible date "2025-02-30"/);
  });

  it('reads a house-format file as plain text with --format text', async () => {
    const { code, stdout, stderr } = await rumourmill([fixture('read/dir/b-house.txt'), '--format', 'text']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Extracted).article.published).toBeNull();
  });
});
