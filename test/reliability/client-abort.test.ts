// Issue 12, item 9, last trap: "every client abort logs a stack trace". Run as an operator meets it: `rumourmill
// serve` in its own process, clients that hang up half-way (a body shorter than its Content-Length, a request
// left before its answer), then the server's log is read. A client that goes away is no fault of the server's:
// it may be noted, never with a stack trace, and the server goes on answering.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from './harness.ts';
import { must } from '../../src/invariant/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'rumourmill-abort-'));
let server: ChildProcess;
let url: URL;
let stderr = '';

beforeAll(async () => {
  server = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--no-samples', '--db', join(dir, 'ledger.db')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  must(server.stderr, 'stderr is piped')
    .setEncoding('utf8')
    .on('data', (chunk: string) => (stderr += chunk));
  url = await new Promise<URL>((resolve, reject) => {
    let out = '';
    must(server.stdout, 'stdout is piped')
      .setEncoding('utf8')
      .on('data', (chunk: string) => {
        out += chunk;
        const found = /serving (http:\/\/\S+)/.exec(out);
        if (found) resolve(new URL(must(found[1], 'the pattern captures the URL')));
      });
    server.on('exit', (code) => reject(new Error(`serve exited (${code}): ${stderr}`)));
  });
}, 120_000);

afterAll(() => {
  server?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Sends raw HTTP and hangs up `afterMs` later, whatever was answered. */
function hangUp(raw: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname, () => {
      socket.write(raw);
      setTimeout(() => socket.destroy(), afterMs);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve());
  });
}

const head = (method: string, path: string, headers: Record<string, string | number> = {}) =>
  `${method} ${path} HTTP/1.1\r\nHost: ${url.host}\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;

describe('clients that hang up', () => {
  // src/api/errors.ts's onError used to log Node's "Error: aborted" (ECONNRESET, a body cut short) with its stack;
  // it now answers a client that went away without logging.
  it('leave no stack trace in the log, and the server keeps answering', async () => {
    const body = JSON.stringify({
      text: 'Mara Quill and Dev Halloran were seen leaving a party together on Saturday.',
    });
    // A body shorter than its Content-Length, then gone: JSON and text/plain, on both write routes.
    await hangUp(
      `${head('POST', '/api/articles', { 'Content-Type': 'application/json', 'Content-Length': 5000 })}${body.slice(0, 20)}`,
      200,
    );
    await hangUp(
      `${head('POST', '/api/extract', { 'Content-Type': 'text/plain', 'Content-Length': 5000 })}Mara Quill was`,
      200,
    );
    // Gone before the answer: a whole extraction, a listing, a page of the UI.
    await hangUp(
      `${head('POST', '/api/extract', { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) })}${body}`,
      5,
    );
    await hangUp(head('GET', '/api/stories'), 0);
    await hangUp(head('GET', '/'), 0);
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const health = await fetch(new URL('/healthz', url));
    expect(health.status).toBe(200);
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
