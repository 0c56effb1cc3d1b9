// One error type for users and one handler that turns every failure into the contract's JSON shape.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A failure the caller can fix (or a server fault), with a stable machine-readable code. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The contract's error answer: what every failure, thrown anywhere, comes back as. */
export type ErrorBody = { error: { code: string; message: string } };

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

export function onError(error: Error, c: Context): Response {
  if (error instanceof ApiError) return c.json(errorBody(error.code, error.message), error.status, error.headers);
  if (error instanceof HTTPException) {
    // A middleware's own response (bearer auth: our JSON body with its WWW-Authenticate challenge).
    if (error.res) return error.getResponse();
    return c.json(errorBody(codeFor(error.status), error.message || 'request failed'), error.status);
  }
  // A client that hung up mid-request is no failure of ours: no stack trace in the operator's log.
  if ((error as { code?: unknown }).code === 'ECONNRESET' && error.message === 'aborted') {
    return c.json(errorBody('client-gone', 'the client closed the connection'), 400);
  }
  // A bug or a broken store: log it for the operator, tell the caller nothing internal.
  console.error('rumourmill api:', error);
  return c.json(errorBody('internal', 'the server failed to handle this request; see its log'), 500);
}

export function notFound(c: Context): Response {
  return c.json(errorBody('not-found', `no route for ${c.req.method} ${c.req.path}`), 404);
}

/** A known route asked with the wrong method: 405 and the methods it takes. */
export function onMethodNotAllowed(c: Context, methods: string[]): Response {
  const allow = methods.join(', ');
  return c.json(errorBody('method-not-allowed', `${c.req.path} takes ${allow}, not ${c.req.method}`), 405, {
    Allow: allow,
  });
}

function codeFor(status: number): string {
  if (status === 413) return 'too-large';
  if (status === 415) return 'unsupported-media-type';
  if (status >= 500) return 'internal';
  return 'bad-request';
}
