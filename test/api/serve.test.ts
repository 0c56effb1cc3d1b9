// `rumourmill serve`'s flags: a token before serving beyond loopback, bad numbers refused in one line, and the
// extraction worker loading the TypeScript sources the way bin/rumourmill.js does.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { serveSettings, type ServeOptions } from '../../src/cli/serve.ts';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const flags = (more: Partial<ServeOptions> = {}): ServeOptions => ({
  port: '8080',
  host: '127.0.0.1',
  samples: true,
  writesPerMinute: '120',
  extractTimeout: '10',
  ...more,
});
const TOKEN = 'f3a9c1d2e4b5a6978812abcdef001122';

describe('serve settings', () => {
  it('refuses to serve beyond loopback without a token, in one line', async () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'desk.newsroom.internal']) {
      expect(() => serveSettings(flags({ host }))).toThrow(
        `--host ${host}: serving beyond this machine needs a write token; pass --token (or set RUMOURMILL_TOKEN)`,
      );
    }
    const failed = await run('node', ['bin/rumourmill.js', 'serve', '--host', '0.0.0.0', '--db', ':memory:'], {
      cwd: root,
      timeout: 60_000,
    }).catch((e: { code: number; stderr: string }) => e);
    expect('code' in failed && failed.code).toBe(1);
    expect((failed as { stderr: string }).stderr).toBe(
      'rumourmill: --host 0.0.0.0: serving beyond this machine needs a write token; pass --token (or set RUMOURMILL_TOKEN)\n',
    );
  });

  it('serves beyond loopback with a token (flag or RUMOURMILL_TOKEN), answering to the name it serves', () => {
    expect(serveSettings(flags({ host: 'desk.newsroom.internal', token: TOKEN })).app).toMatchObject({
      token: TOKEN,
      allowedHosts: ['desk.newsroom.internal'],
    });
    expect(serveSettings(flags({ host: '0.0.0.0', allowHost: 'desk, desk.local' }), TOKEN).app).toMatchObject({
      token: TOKEN,
      allowedHosts: ['desk', 'desk.local'],
    });
    expect(serveSettings(flags()).app).toMatchObject({
      token: null,
      allowedHosts: [],
      writesPerMinute: 120,
      extractTimeoutMs: 10_000,
    });
    expect(serveSettings(flags({ host: 'localhost' })).app.token).toBeNull();
  });

  it('refuses a guessable token and numbers that are not numbers', () => {
    expect(() => serveSettings(flags({ token: 'secret' }))).toThrow(/^--token: use at least 16 characters/);
    expect(() => serveSettings(flags({ token: 'has spaces in it, sixteen+' }))).toThrow(/^--token/);
    expect(() => serveSettings(flags({ writesPerMinute: 'abc' }))).toThrow(
      '--writes-per-minute abc: give a whole number 1–1000000',
    );
    expect(() => serveSettings(flags({ extractTimeout: '0' }))).toThrow(/^--extract-timeout 0/);
    expect(() => serveSettings(flags({ port: '70000' }))).toThrow(/^--port 70000/);
  });
});

describe('the extraction worker under the CLI loader', () => {
  // bin/rumourmill.js registers tsx in the main thread; the worker registers it again for itself. Same bytes out.
  it('extracts in a worker from a process started like bin/rumourmill.js', async () => {
    const script = `
      import { register } from 'tsx/esm/api';
      register();
      const { extractInPool, closePool } = await import('./src/pool/index.ts');
      const { extract } = await import('./src/extract/index.ts');
      const article = { id: null, published: '2025-05-07', title: null, source: null, url: null, origin: { file: 'cli' },
        text: 'Tom Cruise and Ana de Armas were seen leaving a party in London on Saturday, a source told the Daily Mail.' };
      const inPool = JSON.stringify(await extractInPool(article, { timeoutMs: 30000 }));
      await closePool();
      process.stdout.write(JSON.stringify({ same: inPool === JSON.stringify(extract(article)), entities: JSON.parse(inPool).entities.length }));
    `;
    const { stdout } = await run('node', ['--input-type=module', '-e', script], { cwd: root, timeout: 60_000 });
    const result = JSON.parse(stdout) as { same: boolean; entities: number };
    expect(result).toEqual({ same: true, entities: expect.any(Number) });
    expect(result.entities).toBeGreaterThan(1);
  });
});
