// Validation at the edge: query strings and article bodies are checked here, trusted inside.
import type { Context } from 'hono';
import { z } from 'zod';
import type { Article } from '../read/index.ts';
import type { StoryFilter, StoryStatus } from '../ledger/types.ts';
import { ApiError } from './errors.ts';

const STATUSES = ['speculated', 'reported', 'corroborated', 'confirmed', 'denied', 'contested', 'ended'] as const satisfies readonly StoryStatus[];

/** A calendar date that exists: `2025-02-30` is refused, not rolled over to March. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD').refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'an existing calendar date');

const storyQuery = z.object({
  q: z.string().max(200).optional(),
  status: z.enum(STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  cursor: z.string().max(500).optional(),
});

const articleJson = z.object({
  text: z.string().min(1, 'text is empty'),
  published: isoDate.nullish(),
  title: z.string().max(1000).nullish(),
  url: z.url({ protocol: /^https?$/ }).nullish(),
  source: z.string().max(200).nullish(),
});

// The house format's header, as the read stage recognises it in files.
const HOUSE = /^\s*date (\d{4}-\d{2}-\d{2}) /;

export function storyFilter(c: Context): StoryFilter {
  const parsed = storyQuery.safeParse(c.req.query());
  if (!parsed.success) throw new ApiError(400, 'bad-query', describe(parsed.error));
  const { q, status, limit, cursor } = parsed.data;
  return { q: q || undefined, status, limit: limit ?? 50, cursor: cursor || null };
}

/** The request body as an Article: JSON `{text, published?, title?, url?}` or a raw text/plain body. */
export async function articleFromRequest(c: Context): Promise<Article> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new ApiError(400, 'bad-json', 'the body is not valid JSON');
    }
    const parsed = articleJson.safeParse(body);
    if (!parsed.success) throw new ApiError(400, 'bad-article', describe(parsed.error));
    const a = parsed.data;
    return checked({ id: null, published: a.published ?? null, title: a.title ?? null, source: a.source ?? null, url: a.url ?? null, text: a.text, origin: { file: 'api' } });
  }
  if (type === 'text/plain' || type === '') {
    const raw = await c.req.text();
    const house = HOUSE.exec(raw);
    const query = c.req.query('published');
    const published = house ? house[1]! : query ?? null;
    if (published !== null && !isoDate.safeParse(published).success) {
      throw new ApiError(400, 'bad-date', `published date "${published}" is not an existing date YYYY-MM-DD`);
    }
    const text = house ? raw.slice(house[0].length) : raw;
    return checked({ id: null, published, title: null, source: null, url: null, text, origin: { file: 'api' } });
  }
  throw new ApiError(415, 'unsupported-media-type', `send application/json or text/plain, not ${type}`);
}

function checked(article: Article): Article {
  if (article.text.trim() === '') throw new ApiError(400, 'empty', 'the article text is empty');
  if (article.text.includes('\u0000')) throw new ApiError(400, 'binary', 'the article looks binary (NUL bytes); send text');
  return article;
}

function describe(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}
