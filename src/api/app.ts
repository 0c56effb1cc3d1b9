// The one HTTP application: JSON API under /api, health check, and the built web UI at /.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { methodNotAllowed } from 'hono/method-not-allowed';
import type { Ledger } from '../ledger/types.ts';
import { errorBody, notFound, onError, onMethodNotAllowed } from './errors.ts';
import { hostCheck, noSniff, sameOriginWrites, writeRateLimit, writeToken } from './guard.ts';
import { apiRoutes } from './routes.ts';
import { webUi } from './static.ts';

export type AppOptions = {
  /** Largest accepted request body in bytes (default 2 MB); larger ones get 413. */
  maxBodyBytes?: number;
  /** The vite build directory of the web UI; without it only the API is served. */
  webDir?: string | null;
  /** When set, every write (POST) needs `Authorization: Bearer <token>`. */
  token?: string | null;
  /** Host names the server answers to besides loopback names and IP addresses (the name it is served under). */
  allowedHosts?: readonly string[];
  /** Writes a client (an address) may make per minute before 429 (default 120). */
  writesPerMinute?: number;
  /** CPU budget of one extraction in milliseconds (default 10 s); past it the request gets 503. */
  extractTimeoutMs?: number;
};

/**
 * The API and UI as a Hono app, testable in-process with `app.request()`.
 * @example const app = createApp(await openLedger(':memory:')); await app.request('/healthz');
 */
export function createApp(ledger: Ledger, options: AppOptions = {}) {
  const maxSize = options.maxBodyBytes ?? 2 * 1024 * 1024;
  const app = new Hono();
  app.onError(onError);
  app.use('*', hostCheck(options.allowedHosts ?? []));
  app.use('*', noSniff());
  // Order matters: a cross-site write is refused before it counts against the visitor's own write limit.
  app.use('/api/*', sameOriginWrites());
  app.use('/api/*', writeRateLimit(options.writesPerMinute ?? 120));
  if (options.token) app.use('/api/*', writeToken(options.token));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize,
      onError: (c) =>
        c.json(errorBody('too-large', `the body is over the ${Math.round(maxSize / 1024)} KB limit`), 413),
    }),
  );
  const health = new Hono();
  health.use('/healthz', methodNotAllowed({ app: health, onMethodNotAllowed }));
  health.get('/healthz', (c) => c.json({ ok: true }));
  app.route('/', health);
  // The same app, typed with the API's routes and their JSON: testClient(app) and hc<App> read it.
  const typed = app.route('/api', apiRoutes(ledger, { extractTimeoutMs: options.extractTimeoutMs ?? 10_000 }));
  app.all('/api/*', notFound);
  if (options.webDir) app.route('/', webUi(options.webDir));
  app.notFound(notFound);
  return typed;
}

/** The application's type: its routes, their parameters and their JSON answers. */
export type App = ReturnType<typeof createApp>;
