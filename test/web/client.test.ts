// The web client (src/web/api.ts, hono's typed client) against the real app in-process: its fetch is answered by
// app.request, so each call's URL, query, body and headers are what the server reads, without a browser.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../src/api/index.ts';
import { at } from '../../src/invariant/index.ts';
import { ingestArticle, openLedger } from '../../src/ledger/index.ts';
import type { Ledger } from '../../src/ledger/types.ts';
import { openStore } from '../../src/store/index.ts';
import { api, ApiFailure } from '../../src/web/api.ts';
import { seedArticle, seedExtraction } from '../ledger/fixtures.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'rumourmill-client-'));
let ledger: Ledger;
/** The server the client talks to in a test (one with a write token, in the token test). */
let app: App;
let asked: string[];
let prompts: number;

beforeAll(async () => {
  const store = await openStore(join(dir, 'client.db'));
  await ingestArticle(store, seedArticle(), seedExtraction());
  await store.close();
  ledger = await openLedger(join(dir, 'client.db'));
});
afterAll(async () => {
  await ledger?.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  app = createApp(ledger);
  asked = [];
  prompts = 0;
  const stored = new Map<string, string>();
  vi.stubGlobal('sessionStorage', {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
  });
  vi.stubGlobal('window', {
    prompt: () => {
      prompts++;
      return ' secret ';
    },
  });
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    asked.push(url);
    return app.request(url, init);
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('the web client', () => {
  it("reads the desk's list and a story's page, typed by their routes", async () => {
    const listed = await api.stories({ q: 'Tom Cruise', sort: 'score' });
    expect(asked).toEqual(['/api/desk/stories?limit=50&q=Tom+Cruise&sort=score']);
    const story = at(listed.stories, 0);
    expect(listed.total).toBe(listed.stories.length);
    const page = await api.storyPage(story.id);
    expect(page.subjects.map((s) => s.name).sort()).toEqual(['Ana de Armas', 'Tom Cruise']);
    expect(Object.keys(page.articles)).toEqual([seedExtraction().article.id]);
  });

  it('puts an id into the path encoded: a "/" or "?" in it is part of the id, not of the route', async () => {
    const failed = await api.story('s-1/actions?x=1').catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ApiFailure);
    expect(failed).toMatchObject({ status: 404, message: 'no story with id "s-1/actions?x=1"' });
  });

  it("says the server's own message for a refused query, and a plain one when the server is gone", async () => {
    await expect(api.entities('100%')).rejects.toMatchObject({
      status: 400,
      message: 'q: must not contain %, _ or \\ (they are not searchable)',
    });
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(api.audit()).rejects.toMatchObject({
      status: 0,
      message: 'The server did not answer. It may have stopped, or the network is down.',
    });
  });

  it('asks once for the write token of a server started with --token, and sends it with every write after', async () => {
    app = createApp(ledger, { token: 'secret' });
    const id = at((await api.stories({})).stories, 0).id;
    const flagged = await api.act(id, { action: 'flag', note: 'wrong pair', editor: 'Ana Reyes' });
    expect(flagged.action).toMatchObject({ kind: 'flag', subject: id, editor: 'Ana Reyes', note: 'wrong pair' });
    const undone = await api.act(id, { action: 'undo', undoes: flagged.action.seq });
    expect(undone.action.kind).toBe('undo');
    expect(prompts).toBe(1);
  });
});
