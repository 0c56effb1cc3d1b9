// The JSON routes of CONTRACT.md over one Ledger.
import { Hono } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import type { Extraction } from '../extract/index.ts';
import type { IngestOutcome, Ledger } from '../ledger/types.ts';
import { ExtractOverBudget, PoolBusy, extractInPool } from '../pool/index.ts';
import type { Article } from '../read/index.ts';
import { ApiError, onMethodNotAllowed } from './errors.ts';
import { articleFromRequest, asOfQuery, entityQuery, pathParam, storyFilter } from './input.ts';

/** A ledger that can store an extraction made elsewhere (in the pool) instead of extracting again itself. */
type IngestsExtracted = { ingest(article: Article, extraction?: Extraction): Promise<IngestOutcome> };

export function apiRoutes(ledger: Ledger, options: { extractTimeoutMs: number }): Hono {
  const api = new Hono();
  api.use(methodNotAllowed({ app: api, onMethodNotAllowed }));
  const extracted = (article: Article) => extractWithin(article, options.extractTimeoutMs);

  api.get('/stories', async (c) => c.json(await ledger.stories(storyFilter(c))));

  api.get('/stories/:id', async (c) => {
    const id = pathParam(c, 'id');
    return c.json(found(await ledger.story(id, { asOf: asOfQuery(c) }), 'story', id));
  });

  api.get('/entities', async (c) => c.json({ entities: await ledger.entities(entityQuery(c)) }));

  api.get('/entities/:id', async (c) => c.json(found(await ledger.entity(pathParam(c, 'id')), 'entity', pathParam(c, 'id'))));

  // Additive (not in CONTRACT.md's list): every outlet's and holder kind's record on settled stories.
  api.get('/track-record', async (c) => c.json(await ledger.trackRecord()));

  api.get('/articles/:id', async (c) => c.json(found(await ledger.article(pathParam(c, 'id')), 'article', pathParam(c, 'id'))));

  api.post('/articles', async (c) => {
    const article = await articleFromRequest(c);
    const outcome = await (ledger as IngestsExtracted).ingest(article, await extracted(article));
    // A duplicate is not an error: the caller gets the stored article back, but nothing was created.
    return c.json(outcome, outcome.status === 'new' ? 201 : 200);
  });

  api.post('/extract', async (c) => c.json(await extracted(await articleFromRequest(c))));

  return api;
}

/** Extraction off the event loop within the request's CPU budget; running out of it is the caller's 503. */
async function extractWithin(article: Article, timeoutMs: number): Promise<Extraction> {
  try {
    return await extractInPool(article, { timeoutMs });
  } catch (error) {
    if (error instanceof ExtractOverBudget) {
      throw new ApiError(503, 'over-budget', `${error.message}: the article is too long or too repetitive to extract here; try the CLI (rumourmill extract)`);
    }
    if (error instanceof PoolBusy) throw new ApiError(503, 'busy', `${error.message}; try again in a few seconds`, { 'Retry-After': '5' });
    throw error;
  }
}

function found<T>(value: T | null, what: string, id: string): T {
  if (value === null) throw new ApiError(404, 'not-found', `no ${what} with id "${id}"`);
  return value;
}
