// One error type for users and one handler that turns every failure into the contract's JSON shape.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A failure the caller can fix (or a server fault), with a stable machine-readable code. */
export class ApiError extends Error {
  constructor(readonly status: ContentfulStatusCode, readonly code: string, message: string) {
    super(message);
  }
}

export function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

export function onError(error: Error, c: Context): Response {
  if (error instanceof ApiError) return c.json(errorBody(error.code, error.message), error.status);
  if (error instanceof HTTPException) {
    return c.json(errorBody(codeFor(error.status), error.message || 'request failed'), error.status as ContentfulStatusCode);
  }
  // A bug or a broken store: log it for the operator, tell the caller nothing internal.
  console.error('rumourmill api:', error);
  return c.json(errorBody('internal', 'the server failed to handle this request; see its log'), 500);
}

export function notFound(c: Context): Response {
  return c.json(errorBody('not-found', `no route for ${c.req.method} ${c.req.path}`), 404);
}

function codeFor(status: number): string {
  if (status === 413) return 'too-large';
  if (status === 415) return 'unsupported-media-type';
  if (status >= 500) return 'internal';
  return 'bad-request';
}
