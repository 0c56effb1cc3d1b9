// Serves the vite build; unknown paths fall back to index.html so deep links (#/story/…) load the app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

// The UI builds every node with textContent, so a strict policy costs nothing and stops any injected markup.
// form-action 'none': every form of the UI is handled by script (fetch, JSON), so no form ever submits natively.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export function webUi(dir: string): Hono {
  const ui = new Hono();
  ui.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
  });
  ui.use('/assets/*', serveStatic({ root: dir }));
  ui.get('*', serveStatic({ root: dir }));
  ui.get('*', (c) => c.html(readFileSync(join(dir, 'index.html'), 'utf8')));
  return ui;
}
