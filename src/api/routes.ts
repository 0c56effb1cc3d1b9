// The JSON routes of CONTRACT.md over one Ledger.
import { Hono } from 'hono';
import { extract } from '../extract/index.ts';
import type { Ledger } from '../ledger/types.ts';
import { ApiError } from './errors.ts';
import { articleFromRequest, storyFilter } from './input.ts';

export function apiRoutes(ledger: Ledger): Hono {
  const api = new Hono();

  api.get('/stories', async (c) => c.json(await ledger.stories(storyFilter(c))));

  api.get('/stories/:id', async (c) => c.json(found(await ledger.story(c.req.param('id')), 'story', c.req.param('id'))));

  api.get('/entities', async (c) => {
    const q = c.req.query('q');
    if (q !== undefined && q.length > 200) throw new ApiError(400, 'bad-query', 'q: at most 200 characters');
    return c.json({ entities: await ledger.entities(q || undefined) });
  });

  api.get('/entities/:id', async (c) => c.json(found(await ledger.entity(c.req.param('id')), 'entity', c.req.param('id'))));

  // Additive (not in CONTRACT.md's list): every outlet's and holder kind's record on settled stories.
  api.get('/track-record', async (c) => c.json(await ledger.trackRecord()));

  api.get('/articles/:id', async (c) => c.json(found(await ledger.article(c.req.param('id')), 'article', c.req.param('id'))));

  api.post('/articles', async (c) => {
    const outcome = await ledger.ingest(await articleFromRequest(c));
    // A duplicate is not an error: the caller gets the stored article back, but nothing was created.
    return c.json(outcome, outcome.status === 'new' ? 201 : 200);
  });

  api.post('/extract', async (c) => c.json(extract(await articleFromRequest(c))));

  return api;
}

function found<T>(value: T | null, what: string, id: string): T {
  if (value === null) throw new ApiError(404, 'not-found', `no ${what} with id "${id}"`);
  return value;
}
