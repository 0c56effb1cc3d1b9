// Starts what a user starts: a real ledger on a fresh SQLite file, the built UI, a loopback server,
// and Debian's Chromium driven by playwright-core with a fresh profile.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { createApp, listen, type RunningServer } from '../../src/api/index.ts';
import type { Extraction } from '../../src/extract/index.ts';
import { ingestArticle, openLedger } from '../../src/ledger/index.ts';
import type { Ledger } from '../../src/ledger/types.ts';
import type { Article } from '../../src/read/index.ts';
import { openStore } from '../../src/store/index.ts';
import { ensureWebBuild } from '../../src/web/index.ts';
import { axeViolations, brokenPlaceholders, brokenWords, nextPage, overflows } from './checks.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { devLedger, type DevLedger, type DevLedgerOptions } from './dev-ledger.ts';

export const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts');
/** The widths the desk is tested at, with their heights: a laptop's and a phone's (for describe.each). */
export const WIDTHS: Array<[number, number]> = [
  [1366, 900],
  [390, 844],
];

export type Harness = {
  ledger: Ledger;
  /** The development ledger the test started from (see dev-ledger.ts), when it asked for one. */
  dev: DevLedger | null;
  server: RunningServer;
  context: BrowserContext;
  page: Page;
  /** Stores an article with a given (hand-reviewed) extraction, through a second connection to the same database. */
  ingestReviewed: (article: Article, extraction: Extraction) => Promise<string[]>;
  /** The address of a page of the app (`#/story/…`). */
  url: (hash: string) => string;
  /** Goes to a page of the app and waits for it (reloading it when it is already there: the same hash does nothing). */
  open: (hash: string) => Promise<void>;
  /** Clicks the button of that exact name, which re-renders the page, and waits for the new page. */
  press: (name: string) => Promise<void>;
  /**
   * What every page must pass, named `what` in a failure: nothing sticks out of its box or makes the page scroll
   * sideways, no short word is broken across two lines (nor in a text box's placeholder), axe-core finds nothing, and no script error was thrown (nor anything blocked by the CSP) since start.
   */
  clean: (what: string) => Promise<void>;
  stop: () => Promise<void>;
};

/** `dev`: start on a copy of the development ledger built with those options (otherwise on an empty one). */
export async function start(options: { dev?: DevLedgerOptions } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'rumourmill-web-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  const dev = options.dev ? await devLedger(dir, options.dev) : null;
  const db = dev?.file ?? join(dir, 'test.db');
  const ledger = await openLedger(db);
  // Always rebuild: a stale build from an earlier checkout must not pass for the current code.
  const webDir = await ensureWebBuild({ force: true });
  const server = await listen(createApp(ledger, { webDir }), { port: 0, host: '127.0.0.1' });
  const context = await launchChromium(join(dir, 'profile'), { viewport: { width: 1280, height: 900 } });
  const page = context.pages()[0] ?? (await context.newPage());
  // The UI must never reach beyond its own server (no CDN fonts or scripts).
  await context.route('**/*', (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
  );
  // Uncaught errors and CSP refusals, as they happen: a page can look right and still have thrown halfway.
  const faults: string[] = [];
  page.on('pageerror', (error) => faults.push(`uncaught: ${error.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) faults.push(`CSP: ${m.text()}`);
  });
  const url = (hash: string) => `${server.url}/${hash}`;
  return {
    ledger,
    dev,
    server,
    context,
    page,
    url,
    open: (hash) => nextPage(page, () => (page.url() === url(hash) ? page.reload() : page.goto(url(hash)))),
    press: (name) => nextPage(page, () => page.getByRole('button', { name, exact: true }).click()),
    clean: async (what) => {
      expect(await overflows(page), `${what}: nothing sticks out`).toEqual([]);
      expect(await brokenWords(page), `${what}: no short word broken across lines`).toEqual([]);
      expect(await brokenPlaceholders(page), `${what}: no short word broken in a placeholder`).toEqual([]);
      expect(await axeViolations(page), `${what}: axe`).toEqual([]);
      expect(faults.splice(0), `${what}: no script errors`).toEqual([]);
    },
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
