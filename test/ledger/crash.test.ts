// Durability for real: kill -9 a running ingest, then check the ledger and finish the job.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedArticle } from './fixtures.ts';

const BIN = new URL('../../bin/rumourmill.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'rumourmill-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAIRS = [
  ['Tom Cruise', 'Ana de Armas'], ['Zendaya Coleman', 'Tom Holland'], ['Taylor Swift', 'Travis Kelce'],
  ['Selena Gomez', 'Benny Blanco'], ['Dua Lipa', 'Callum Turner'], ['Jennifer Lopez', 'Ben Affleck'],
  ['Kylie Jenner', 'Timothee Chalamet'], ['Rihanna Fenty', 'Asap Rocky'], ['Ariana Grande', 'Ethan Slater'],
];
const COUNT = 300;

/** The seed rewritten about other couples on other days: 300 distinct articles in one JSONL, and one broken line. */
function corpus(): string[] {
  const seed = seedArticle().text;
  const lines: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const [a, b] = PAIRS[i % PAIRS.length]!;
    const text = seed.replaceAll('Tom Cruise', a!).replaceAll('Ana de Armas', b!).replaceAll('Tom', a!.split(' ')[0]!).replaceAll('Ana', b!.split(' ')[0]!);
    const day = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
    lines.push(JSON.stringify({ id: `a${i}`, published: day, title: `${a} and ${b}`, text: `${text}\n\nUpdate ${i}: neither camp has commented.` }));
    if (i === 150) lines.push('{"id": "broken", "text": ');
  }
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return [file];
}

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 300_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const stats = (db: string) => JSON.parse(cli(['db', 'stats', '--json', '--db', db]).stdout) as Record<string, number>;

/** Starts an ingest and kill -9s it once it reports its first 100 articles. */
function ingestAndKill(files: string[], db: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'ingest', ...files, '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (/ingest: \d+ read/.test(chunk)) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`ingest ended before it could be killed (${signal ?? _code})`))));
  });
}

describe('ingest killed with -9', () => {
  it('leaves a consistent ledger, and rerunning gives what a clean run gives', async () => {
    const files = corpus();
    const clean = join(dir, 'clean.db');
    const crashed = join(dir, 'crashed.db');
    const full = cli(['ingest', ...files, '--db', clean]);
    expect(full.stdout).toContain(`read ${COUNT}, new ${COUNT}, duplicates 0, failed 1`);
    expect(full.stderr).toMatch(/corpus\.jsonl:152/);

    await ingestAndKill(files, crashed);
    const check = cli(['db', 'check', '--db', crashed]);
    expect(check.stdout).toBe('ok\n');
    expect(check.status).toBe(0);
    const partial = stats(crashed).articles!;
    expect(partial).toBeGreaterThanOrEqual(100);
    expect(partial).toBeLessThan(COUNT);

    const rerun = cli(['ingest', ...files, '--db', crashed]);
    expect(rerun.stdout).toContain(`read ${COUNT}, new ${COUNT - partial}, duplicates ${partial}, failed 1`);
    expect(cli(['db', 'check', '--db', crashed]).stdout).toBe('ok\n');
    expect(stats(crashed)).toEqual(stats(clean));
    const stories = (db: string) => cli(['stories', '--json', '--limit', '500', '--db', db]).stdout;
    expect(stories(crashed)).toBe(stories(clean));
  }, 600_000);
});
