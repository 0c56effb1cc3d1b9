// The one HTTP application: JSON API under /api, health check, and the built web UI at /.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Ledger } from '../ledger/types.ts';
import { errorBody, notFound, onError } from './errors.ts';
import { apiRoutes } from './routes.ts';
import { webUi } from './static.ts';

export type AppOptions = {
  /** Largest accepted request body in bytes (default 2 MB); larger ones get 413. */
  maxBodyBytes?: number;
  /** The vite build directory of the web UI; without it only the API is served. */
  webDir?: string | null;
  /** CPU budget of one extraction in milliseconds (default 10 s); past it the request gets 503. */
  extractTimeoutMs?: number;
};

/**
 * The API and UI as a Hono app, testable in-process with `app.request()`.
 * @example const app = createApp(await openLedger(':memory:')); await app.request('/healthz');
 */
export function createApp(ledger: Ledger, options: AppOptions = {}): Hono {
  const maxSize = options.maxBodyBytes ?? 2 * 1024 * 1024;
  const app = new Hono();
  app.onError(onError);
  app.use('/api/*', bodyLimit({
    maxSize,
    onError: (c) => c.json(errorBody('too-large', `the body is over the ${Math.round(maxSize / 1024)} KB limit`), 413),
  }));
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.route('/api', apiRoutes(ledger, { extractTimeoutMs: options.extractTimeoutMs ?? 10_000 }));
  app.all('/api/*', notFound);
  if (options.webDir) app.route('/', webUi(options.webDir));
  app.notFound(notFound);
  return app;
}
