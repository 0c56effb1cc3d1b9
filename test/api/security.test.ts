// Writes only from where they should come: cross-site browser writes, DNS rebinding, the write token, rate and
// connection limits, 405s and the headers that keep responses from being misread. Each test is a request a
// hostile page, a rebinding name or a careless client really sends.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, listen } from '../../src/api/index.ts';
import { at } from '../../src/invariant/index.ts';
import { articleId } from '../../src/extract/index.ts';
import { openLedger } from '../../src/ledger/index.ts';
import type { Ledger } from '../../src/ledger/types.ts';
import { closePool, warmPool } from '../../src/pool/index.ts';
import { failure } from '../helpers/api.ts';

const dir = mkdtempSync(join(tmpdir(), 'rumourmill-security-'));
let ledger: Ledger;
let n = 0;

beforeAll(async () => {
  ledger = await openLedger(join(dir, 'security.db'));
  await warmPool();
});
afterAll(async () => {
  await ledger.close();
  await closePool();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh article each call, so no post is a duplicate of an earlier one. */
const planted = () =>
  `date 2025-05-07 Tom Cruise and Ana de Armas have ended their romance, a source told the Daily Mail (${++n}).`;
const stored = async (text: string) => (await ledger.article(articleId(text.replace(/^date \S+ /, '')))) !== null;
const code = async (res: Response) => (await failure(res)).code;

describe('cross-site writes', () => {
  const app = () => createApp(ledger);

  // What the proof of concept did: a page on another origin posts text/plain, which needs no preflight.
  it('refuses a text/plain POST from a page on another origin, and stores nothing', async () => {
    const text = planted();
    const res = await app().request('/api/articles', {
      method: 'POST',
      body: text,
      headers: {
        'content-type': 'text/plain;charset=UTF-8',
        origin: 'http://evil.example',
        'sec-fetch-site': 'cross-site',
        'sec-fetch-mode': 'no-cors',
      },
    });
    expect(res.status).toBe(403);
    expect(await code(res)).toBe('cross-site');
    expect(await stored(text)).toBe(false);
  });

  it.each([
    [{ origin: 'http://evil.example' }],
    [{ origin: 'null' }],
    [{ origin: 'http://localhost:3000' }],
    [{ 'sec-fetch-site': 'cross-site' }],
    // same-site is another port of the same name: not this server
    [{ 'sec-fetch-site': 'same-site' }],
    [{ origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' }],
  ])('refuses a browser write with %j on both write routes', async (headers) => {
    for (const path of ['/api/articles', '/api/extract']) {
      const text = planted();
      const res = await app().request(path, {
        method: 'POST',
        body: JSON.stringify({ text }),
        headers: { 'content-type': 'application/json', ...headers },
      });
      expect(res.status, path).toBe(403);
      expect(await stored(text)).toBe(false);
    }
  });

  it("takes JSON from the server's own page; text/plain or a form from it is 415", async () => {
    const own = { origin: 'http://localhost', 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors' };
    const text = planted();
    const plain = await app().request('/api/articles', {
      method: 'POST',
      body: text,
      headers: { ...own, 'content-type': 'text/plain' },
    });
    expect(plain.status).toBe(415);
    const form = await app().request('/api/articles', {
      method: 'POST',
      body: `text=${encodeURIComponent(text)}`,
      headers: { ...own, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    expect(await stored(text)).toBe(false);
    const json = await app().request('/api/articles', {
      method: 'POST',
      body: JSON.stringify({ text: text.replace(/^date \S+ /, ''), published: '2025-05-07' }),
      headers: { ...own, 'content-type': 'application/json' },
    });
    expect(json.status).toBe(201);
  });

  it('still takes raw text/plain from a client that is not a browser (curl, scripts), as the contract says', async () => {
    const text = planted();
    const res = await app().request('/api/articles', {
      method: 'POST',
      body: text,
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(201);
    expect(await stored(text)).toBe(true);
    // Node's own fetch sends Sec-Fetch-Mode: cors but names no page (no Origin, no Sec-Fetch-Site): not a browser.
    const node = await app().request('/api/articles', {
      method: 'POST',
      body: planted(),
      headers: { 'content-type': 'text/plain', 'sec-fetch-mode': 'cors' },
    });
    expect(node.status).toBe(201);
  });
});

describe('DNS rebinding', () => {
  it('refuses any request that names a host this server does not answer to, reads included', async () => {
    const app = createApp(ledger);
    for (const [method, path] of [
      ['GET', '/api/stories'],
      ['GET', '/'],
      ['POST', '/api/articles'],
    ] as const) {
      const res = await app.request(`http://rebind.attacker.example:8080${path}`, {
        method,
        body: method === 'POST' ? planted() : undefined,
        headers: { 'content-type': 'text/plain' },
      });
      expect(res.status, path).toBe(403);
      expect(await code(res)).toBe('bad-host');
    }
  });

  it('answers to loopback names, IP addresses and the names it is told', async () => {
    const app = createApp(ledger, { allowedHosts: ['desk.newsroom.internal'] });
    for (const host of [
      'localhost',
      '127.0.0.1',
      '[::1]',
      '192.168.1.20',
      '[fe80::1]',
      'desk.newsroom.internal',
      'LOCALHOST',
    ]) {
      expect((await app.request(`http://${host}:8080/api/stories`)).status, host).toBe(200);
    }
    expect((await app.request('http://desk.newsroom.internal.attacker.example/api/stories')).status).toBe(403);
  });

  it('checks the Host header a real socket carries', async () => {
    const server = await listen(createApp(ledger), { port: 0, host: '127.0.0.1' });
    try {
      const port = new URL(server.url).port;
      expect(await statusWithHost(server.url, `rebind.attacker.example:${port}`)).toBe(403);
      expect(await statusWithHost(server.url, `localhost:${port}`)).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('the write token', () => {
  const token = 'a-long-enough-token-0123456789';
  const app = () => createApp(ledger, { token });
  const post = (headers: Record<string, string>) =>
    app().request('/api/articles', {
      method: 'POST',
      body: planted(),
      headers: { 'content-type': 'text/plain', ...headers },
    });

  it('is required on writes when set, and reads stay open', async () => {
    const none = await post({});
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await code(none)).toBe('unauthorized');
    expect((await post({ authorization: 'Bearer a-long-enough-token-0123456788' })).status).toBe(401);
    expect((await post({ authorization: `Basic ${token}` })).status).toBe(400);
    expect((await post({ authorization: `Bearer ${token}` })).status).toBe(201);
    expect((await app().request('/api/stories')).status).toBe(200);
  });

  it('does not let a cross-site page in even with the token', async () => {
    const res = await post({ authorization: `Bearer ${token}`, origin: 'http://evil.example' });
    expect(res.status).toBe(403);
  });
});

describe('rate and connection limits', () => {
  it('answers a client past its writes a minute with 429 and Retry-After; refused cross-site posts do not count', async () => {
    const app = createApp(ledger, { writesPerMinute: 3 });
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await app.request('/api/articles', {
            method: 'POST',
            body: planted(),
            headers: { 'content-type': 'text/plain', origin: 'http://evil.example' },
          })
        ).status,
      ).toBe(403);
    }
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        await app.request('/api/articles', {
          method: 'POST',
          body: planted(),
          headers: { 'content-type': 'text/plain' },
        }),
      );
    expect(statuses.map((r) => r.status)).toEqual([201, 201, 201, 429]);
    const limited = at(statuses, 3);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await code(limited)).toBe('rate-limited');
    expect((await app.request('/api/stories')).status).toBe(200);
  });

  it('closes connections past the cap before reading them, and takes new ones once others close', async () => {
    const server = await listen(createApp(ledger), { port: 0, host: '127.0.0.1', maxConnections: 2 });
    const { port } = new URL(server.url);
    const open: Socket[] = [];
    try {
      for (let i = 0; i < 2; i++) open.push(await connected(Number(port)));
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
      for (const socket of open.splice(0)) socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      for (const socket of open) socket.destroy();
      await server.close();
    }
  });
});

describe('methods and headers', () => {
  it.each([
    ['POST', '/api/stories', 'GET, HEAD'],
    ['DELETE', '/api/stories/s1', 'GET, HEAD'],
    ['PUT', '/api/articles/abc', 'GET, HEAD'],
    ['GET', '/api/articles', 'POST'],
    ['GET', '/api/extract', 'POST'],
    ['OPTIONS', '/api/articles', 'POST'],
    ['POST', '/healthz', 'GET, HEAD'],
  ])('%s %s is 405 with Allow: %s', async (method, path, allow) => {
    const res = await createApp(ledger).request(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(await code(res)).toBe('method-not-allowed');
  });

  it('still answers an unknown route with 404', async () => {
    expect(
      (
        await createApp(ledger).request('/api/nothing-here', {
          method: 'POST',
          body: 'x',
          headers: { 'content-type': 'text/plain' },
        })
      ).status,
    ).toBe(404);
  });

  it('sends nosniff on every API response, errors included', async () => {
    const app = createApp(ledger);
    for (const path of [
      '/healthz',
      '/api/stories',
      '/api/stories?cursor=abc',
      '/api/stories/nope',
      '/api/nothing-here',
    ]) {
      expect((await app.request(path)).headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    const post = await app.request('/api/extract', {
      method: 'POST',
      body: '{',
      headers: { 'content-type': 'application/json' },
    });
    expect(post.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it("puts form-action in the UI's Content-Security-Policy", async () => {
    const webDir = mkdtempSync(join(dir, 'web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>t</title>');
    const res = await createApp(ledger, { webDir }).request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/(^|; )form-action 'none'(;|$)/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

function statusWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}/api/stories`, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

function connected(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.on('error', reject);
  });
}
