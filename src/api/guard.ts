// Who may talk to the API, and who may write: the checks that run before any route.
// A page on another origin once planted an article through a visitor's browser (a text/plain POST needs no
// preflight), and a DNS-rebinding page could do the same under its own name; these checks refuse both.
import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Env, MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { rateLimiter } from 'hono-rate-limiter';
import { errorBody } from './errors.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** A name a browser only reaches by that name: loopback names and IP literals (a rebinding page has a DNS name). */
export function hostAllowed(hostname: string, extra: ReadonlySet<string>): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  if (LOOPBACK_NAMES.has(name) || extra.has(name)) return true;
  return isIP(name.replace(/^\[(.*)\]$/, '$1')) !== 0;
}

export function isLoopback(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return name === 'localhost' || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

/** Every request: the Host it names must be one this server answers to (DNS rebinding sends the attacker's name). */
export function hostCheck(extraHosts: readonly string[]): MiddlewareHandler {
  const extra = new Set(extraHosts.map((h) => h.toLowerCase()));
  return async (c, next) => {
    const { hostname } = new URL(c.req.url);
    if (!hostAllowed(hostname, extra)) {
      return c.json(
        errorBody(
          'bad-host',
          `this server does not answer to the host name "${hostname}"; use localhost or its address (or serve --allow-host ${hostname})`,
        ),
        403,
      );
    }
    await next();
  };
}

/**
 * Writes from a browser must come from this server's own pages, as JSON. A browser names the page's origin
 * (Origin, and Sec-Fetch-Site on current browsers); a non-browser client (curl, a script) sends neither and may
 * still post text/plain, as CONTRACT.md promises.
 */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (!WRITES.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    // same-site is not enough: a page on localhost:3000 is "same-site" with localhost:8080.
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      return c.json(errorBody('cross-site', `writes are refused from other sites (Sec-Fetch-Site: ${site})`), 403);
    }
    const origin = c.req.header('origin');
    if (origin !== undefined && originHost(origin) !== new URL(c.req.url).host) {
      return c.json(
        errorBody('cross-site', `writes are refused from other origins (Origin: ${origin.slice(0, 200)})`),
        403,
      );
    }
    if (fromBrowser(c) && mediaType(c) !== 'application/json') {
      // A form or text/plain POST is what a page can send without a preflight: browsers must send JSON.
      return c.json(errorBody('unsupported-media-type', 'a browser must send articles as application/json'), 415);
    }
    return next();
  };
}

/** With a token set, every write needs `Authorization: Bearer <token>` (compared in constant time). */
export function writeToken(token: string): MiddlewareHandler {
  const auth = bearerAuth({
    token,
    noAuthenticationHeader: {
      message: errorBody('unauthorized', 'this server needs its write token: send Authorization: Bearer <token>'),
    },
    invalidAuthenticationHeader: {
      message: errorBody('unauthorized', 'the Authorization header is not "Bearer <token>"'),
    },
    invalidToken: { message: errorBody('unauthorized', 'the write token is wrong') },
  });
  return async (c: Context<Env, string>, next) => (WRITES.has(c.req.method) ? auth(c, next) : next());
}

/** Writes per client (its address) per minute; past the limit, 429 with Retry-After. */
export function writeRateLimit(perMinute: number): MiddlewareHandler {
  return rateLimiter({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-6',
    skip: (c) => !WRITES.has(c.req.method),
    keyGenerator: clientAddress,
    handler: (c) =>
      c.json(
        errorBody(
          'rate-limited',
          `over ${perMinute} writes a minute from this client; try again after Retry-After seconds`,
        ),
        429,
      ),
  }) as MiddlewareHandler;
}

/** Every response is taken as the type it says (a JSON error is never sniffed into HTML or a script). */
export function noSniff(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  };
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'in-process'; // app.request() in tests: no socket behind the request
  }
}

/** A browser names the page a write comes from; Sec-Fetch-Mode alone is not a browser (Node's fetch sends it too). */
function fromBrowser(c: Context): boolean {
  return c.req.header('origin') !== undefined || c.req.header('sec-fetch-site') !== undefined;
}

/** The request's media type without parameters: `application/json; charset=utf-8` → `application/json`, none → ''. */
export function mediaType(c: Context): string {
  const [type = ''] = (c.req.header('content-type') ?? '').split(';');
  return type.trim().toLowerCase();
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" (a sandboxed frame, a file: page) is no origin of ours
  }
}
