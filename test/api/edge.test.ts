// The API's edge: validation, error shapes, size limit and the no-storage extract route.
// The ledger here refuses every call, which proves these requests never reach storage.
import { readFileSync } from 'node:fs';
import { testClient } from 'hono/testing';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.ts';
import type { Ledger } from '../../src/ledger/types.ts';
import { houseArticle } from '../helpers/doc.ts';
import { failure } from '../helpers/api.ts';

const untouchable = new Proxy({} as Ledger, {
  get: (_t, name) => () => Promise.reject(new Error(`storage was touched: ${String(name)}`)),
});
const app = createApp(untouchable, { maxBodyBytes: 64 * 1024 });
const seedFile = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');
const seedText = houseArticle(seedFile, 'seed.txt').text;

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
/** POST /api/extract with this body and content type, its answer typed by the route. */
const extract = (body: string, type: string) =>
  testClient(app).api.extract.$post(undefined, { headers: { 'content-type': type }, init: { body } });

describe('API edge', () => {
  it('answers the health check', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('extracts the seed from JSON without storing it', async () => {
    const res = await extract(JSON.stringify({ text: seedText, published: '2025-05-07' }), 'application/json');
    expect(res.status).toBe(200);
    const x = await res.json();
    expect(x.article.published).toBe('2025-05-07');
    expect(x.article.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reads the house-format date from a text/plain body', async () => {
    const x = await (await extract(seedFile, 'text/plain; charset=utf-8')).json();
    expect(x.article.published).toBe('2025-05-07');
    const fromJson = await (await extract(JSON.stringify({ text: seedText }), 'application/json')).json();
    expect(x.article.id).toBe(fromJson.article.id);
  });

  it.each([
    [{ text: '' }, 'bad-article'],
    [{ text: 'x', published: '2025-02-30' }, 'bad-article'],
    // The CLI's rule (read/date.ts): no article is dated before 1900; the API stored this one.
    [{ text: 'x', published: '0050-01-01' }, 'bad-article'],
    [{ text: 'x', url: 'javascript:alert(1)' }, 'bad-article'],
    [{ title: 'no text' }, 'bad-article'],
  ])('refuses %j with a 400 JSON error', async (body, code) => {
    const res = await app.request('/api/articles', json(body));
    expect(res.status).toBe(400);
    const err = await failure(res);
    expect(err.code).toBe(code);
    expect(err.message.length).toBeGreaterThan(3);
  });

  it('refuses malformed JSON, binary text and unknown media types', async () => {
    const bad = await app.request('/api/extract', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text": ',
    });
    expect([bad.status, (await failure(bad)).code]).toEqual([400, 'bad-json']);
    const binary = await app.request('/api/extract', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'PK\u0003\u0004\u0000\u0000',
    });
    expect(binary.status).toBe(400);
    // Control bytes without a NUL: the file reader refuses them ("binary file, not text"), so does the API.
    const control = await app.request('/api/extract', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'date 2025-05-07 \u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008 Tom Cruise',
    });
    expect([control.status, (await failure(control)).code]).toEqual([400, 'binary']);
    const form = await app.request('/api/extract', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: '--x--',
    });
    expect(form.status).toBe(415);
  });

  it('turns a body over the limit into 413 before reading it', async () => {
    const res = await app.request('/api/articles', json({ text: 'gossip '.repeat(20_000) }));
    expect(res.status).toBe(413);
    expect((await failure(res)).code).toBe('too-large');
  });

  it('validates story queries', async () => {
    for (const query of ['status=rumoured', 'limit=0', 'limit=abc']) {
      const res = await app.request(`/api/stories?${query}`);
      expect(res.status, query).toBe(400);
    }
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect((await failure(res)).code).toBe('not-found');
  });

  it('hides internal failures behind a 500 JSON error', async () => {
    const res = await app.request('/api/stories');
    expect(res.status).toBe(500);
    const err = await failure(res);
    expect(err.code).toBe('internal');
    expect(err.message).not.toContain('storage was touched');
  });
});
