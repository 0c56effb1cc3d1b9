// Starts what a user starts: a real ledger on a fresh SQLite file, the built UI, a loopback server,
// and Debian's Chromium driven by playwright-core with a fresh profile.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createApp, listen, type RunningServer } from '../../src/api/index.ts';
import type { Extraction } from '../../src/extract/index.ts';
import { ingestArticle, openLedger } from '../../src/ledger/index.ts';
import type { Ledger } from '../../src/ledger/types.ts';
import type { Article } from '../../src/read/index.ts';
import { openStore } from '../../src/store/index.ts';
import { ensureWebBuild } from '../../src/web/index.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts');

export type Harness = {
  ledger: Ledger;
  server: RunningServer;
  context: BrowserContext;
  page: Page;
  /** Stores an article with a given (hand-reviewed) extraction, through a second connection to the same database. */
  ingestReviewed: (article: Article, extraction: Extraction) => Promise<string[]>;
  stop: () => Promise<void>;
};

export async function start(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'rumourmill-web-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  const db = join(dir, 'test.db');
  const ledger = await openLedger(db);
  // Always rebuild: a stale build from an earlier checkout must not pass for the current code.
  const webDir = await ensureWebBuild({ force: true });
  const server = await listen(createApp(ledger, { webDir }), { port: 0, host: '127.0.0.1' });
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // The UI must never reach beyond its own server (no CDN fonts or scripts).
  await context.route('**/*', (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
  );
  return {
    ledger,
    server,
    context,
    page,
    ingestReviewed: async (article, extraction) => {
      const store = await openStore(db);
      try {
        return (await ingestArticle(store, article, extraction)).stories;
      } finally {
        await store.close();
      }
    },
    stop: async () => {
      await context.close();
      await server.close();
      await ledger.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
