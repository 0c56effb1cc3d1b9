// Validation at the edge: query strings and article bodies are checked here, trusted inside.
import type { Context, Env, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { EARLIEST_YEAR, isCalendarDay, loneSurrogateAt, looksBinary, parseHouse, type Article } from '../read/index.ts';
import { STORY_STATUSES, type PageRequest, type StoryFilter, type StoryStatus } from '../ledger/types.ts';
import { ApiError } from './errors.ts';
import { mediaType } from './guard.ts';

/**
 * A calendar date that exists, by the readers' and the CLI's rule (read/date.ts): `2025-02-30` is refused, not rolled
 * over to March, and so is `0050-01-01`, which the CLI refused while the API stored it.
 */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .refine(isCalendarDay, `an existing calendar date from ${EARLIEST_YEAR} on`);

// A NUL reaches no stored name and PostgreSQL refuses it in text (it was a 500 there).
export const noNul = (s: string) => !s.includes('\u0000');
const NUL = 'must not contain a NUL character';

/**
 * A search word. The store matches names with SQL LIKE, where % and _ are wildcards (q=% listed every story) and
 * \ escapes on PostgreSQL but not on SQLite (the two stores answered q=\ differently); none of them is in a name people
 * search for, so they are refused here rather than escaped, which would need an ESCAPE clause in both stores' SQL.
 */
export const searchWords = z
  .string()
  .max(200, 'at most 200 characters')
  .refine(noNul, NUL)
  .refine((s) => !/[%_\\]/.test(s), 'must not contain %, _ or \\ (they are not searchable)');

// A cursor is the `next` of an earlier page: a whole number of stories to skip. Ten digits and more overflowed the
// stores' OFFSET (a 500); -1 and abc were read as 0 without a word.
const cursor = z
  .string()
  .regex(/^\d{1,9}$/, 'must be the `next` value of an earlier page (a whole number, at most 9 digits)');

/** `?limit=`: how many to a page, a whole number from 1 to `max` (at most three digits). */
export function pageSize(max: number) {
  const says = `must be a whole number 1–${max}`;
  return z
    .string()
    .regex(new RegExp(`^\\d{1,${String(max).length}}$`), says)
    .transform(Number)
    .pipe(z.number().min(1, says).max(max, says));
}

const storyParams = z.object({
  q: searchWords.optional(),
  status: z.enum(STORY_STATUSES).optional(),
  limit: pageSize(200).optional(),
  cursor: cursor.optional(),
});

/** `text: 42` is "must be a string, not number", not "missing". */
const string = (what = 'a string') =>
  z.string({
    error: (issue) => (issue.input === undefined ? 'is missing' : `must be ${what}, not ${typeName(issue.input)}`),
  });

const articleJson = z.object({
  text: string().min(1, 'is empty'),
  published: isoDate.nullish(),
  title: string().max(1000).refine(noNul, NUL).nullish(),
  url: z
    .url({ protocol: /^https?$/ })
    .refine(noNul, NUL)
    .nullish(),
  source: string().max(200).refine(noNul, NUL).nullish(),
});

export function storyFilter(c: Context): StoryFilter {
  const parsed = storyParams.safeParse(c.req.query());
  if (!parsed.success) throw new ApiError(400, 'bad-query', describe(parsed.error));
  const { q, status, limit, cursor } = parsed.data;
  return { q: q || undefined, status, limit: limit ?? 50, cursor: cursor || null };
}

/** How the desk lists stories: sorted, filtered by type and paged by the server, with a total. */
export const STORY_SORTS = ['activity', 'first', 'score', 'sources', 'name', 'status'] as const;
/** Which stories by their editorial state: active (the default: neither dismissed nor merged), flagged, dismissed, all. */
export const STORY_SHOWS = ['active', 'flagged', 'dismissed', 'all'] as const;
export type StoryListing = {
  sort: (typeof STORY_SORTS)[number];
  order: 'asc' | 'desc';
  type?: string;
  show: (typeof STORY_SHOWS)[number];
  /** Stories with evidence dated within from–to (either end may be open); undated stories match no date. */
  from?: string;
  to?: string;
  /** Stories that changed on or after this date: evidence dated then or later, or an editorial action. */
  since?: string;
};

const listingQuery = z.object({
  sort: z.enum(STORY_SORTS).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  // An open list (relationship, casting, feud, health, pregnancy…): a lower-case word, as the ledger names types.
  type: z
    .string()
    .regex(/^[a-z][a-z-]{0,39}$/, 'must be a story type such as relationship')
    .optional(),
  show: z.enum(STORY_SHOWS).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  since: isoDate.optional(),
});

/**
 * `?sort=&order=&type=` of the story list (additive to CONTRACT.md's q, status, limit and cursor); null when none is
 * given, so a contract caller gets the ledger's own order unchanged. Names sort A→Z by default, the rest highest first.
 */
export function storyListing(c: Context): StoryListing | null {
  const parsed = listingQuery.safeParse(c.req.query());
  if (!parsed.success) throw new ApiError(400, 'bad-query', describe(parsed.error));
  const { sort, order, type, show, from, to, since } = parsed.data;
  if (!sort && !order && !type && !show && !from && !to && !since) return null;
  if (from && to && from > to) throw new ApiError(400, 'bad-query', `from (${from}) is after to (${to})`);
  const by = sort ?? 'activity';
  return {
    sort: by,
    order: order ?? (by === 'name' ? 'asc' : 'desc'),
    show: show ?? 'active',
    ...(type ? { type } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(since ? { since } : {}),
  };
}

/** `?with=articles` of one story: each article's outlet, headline and credibility, and where each timeline event is said. */
export function storyWith(c: Context): { articles: boolean } {
  const value = c.req.query('with');
  if (value === undefined || value === '') return { articles: false };
  if (value !== 'articles')
    throw new ApiError(400, 'bad-query', `with: must be "articles", not "${value.slice(0, 40)}"`);
  return { articles: true };
}

/** `?q=` of the entity search, checked as the story search's. */
export function entityQuery(c: Context): string | undefined {
  const parsed = z.object({ q: searchWords.optional() }).safeParse({ q: c.req.query('q') });
  if (!parsed.success) throw new ApiError(400, 'bad-query', describe(parsed.error));
  return parsed.data.q || undefined;
}

/** `?type=&limit=&cursor=` of the People page (additive): an entity type, a page size (default 100) and an offset. */
export function entityListingQuery(c: Context): { type?: string; limit: number; cursor: number } {
  const parsed = z
    .object({
      type: z
        .string()
        .regex(/^[a-z][a-z-]{0,39}$/, 'must be an entity type such as person')
        .optional(),
      limit: pageSize(500).optional(),
      cursor: cursor.optional(),
    })
    .safeParse({ type: c.req.query('type'), limit: c.req.query('limit'), cursor: c.req.query('cursor') });
  if (!parsed.success) throw new ApiError(400, 'bad-query', describe(parsed.error));
  return { type: parsed.data.type, limit: parsed.data.limit ?? 100, cursor: Number(parsed.data.cursor ?? 0) };
}

/** `?as-of=YYYY-MM-DD` of one story (as `rumourmill story --as-of`). */
export function asOfQuery(c: Context): string | undefined {
  const value = c.req.query('as-of');
  if (value === undefined || value === '') return undefined;
  if (!isoDate.safeParse(value).success)
    throw new ApiError(400, 'bad-query', `as-of: must be an existing date YYYY-MM-DD, not "${value.slice(0, 40)}"`);
  return value;
}

/** A path parameter (an id or a name): no NUL, nothing longer than any id or name the ledger stores. */
export function pathParam(c: Context, name: string): string {
  const value = c.req.param(name) ?? '';
  if (!noNul(value)) throw new ApiError(400, 'bad-path', `${name}: ${NUL}`);
  if (value.length > 500) throw new ApiError(400, 'bad-path', `${name}: at most 500 characters`);
  return value;
}

/** The request body as an Article: JSON `{text, published?, title?, url?}` or a raw text/plain body. */
export async function articleFromRequest(c: Context): Promise<Article> {
  const type = mediaType(c);
  if (type === 'application/json') {
    const parsed = articleJson.safeParse(await jsonBody(c));
    if (!parsed.success) throw new ApiError(400, 'bad-article', describe(parsed.error));
    const a = parsed.data;
    return checked({
      id: null,
      published: a.published ?? null,
      title: a.title ?? null,
      source: a.source ?? null,
      url: a.url ?? null,
      text: a.text,
      origin: { file: 'api' },
    });
  }
  if (type === 'text/plain' || type === '') {
    const raw = await c.req.text();
    const house = parseHouse(raw);
    const query = c.req.query('published');
    const published = house ? house.published : (query ?? null);
    if (published !== null && !isoDate.safeParse(published).success) {
      throw new ApiError(400, 'bad-date', `published date "${published}" is not an existing date YYYY-MM-DD`);
    }
    const text = house ? house.text : raw;
    return checked({ id: null, published, title: null, source: null, url: null, text, origin: { file: 'api' } });
  }
  throw new ApiError(415, 'unsupported-media-type', `send application/json or text/plain, not ${type}`);
}

/** The request's JSON body; a body that is not JSON is the caller's 400. */
export async function jsonBody(c: Context): Promise<unknown> {
  try {
    return (await c.req.json()) as unknown;
  } catch {
    throw new ApiError(400, 'bad-json', 'the body is not valid JSON');
  }
}

function checked(article: Article): Article {
  if (article.text.trim() === '') throw new ApiError(400, 'empty', 'the article text is empty');
  // The file reader's rule, so the API refuses what `rumourmill ingest` refuses ("binary file, not text").
  if (looksBinary(Buffer.from(article.text.slice(0, 8192), 'utf8')))
    throw new ApiError(400, 'binary', 'the article looks binary (NUL bytes or control characters); send text');
  // "\ud9da" alone is no character: stored, it reads back as replacement characters and every offset after it shifts.
  for (const field of ['text', 'title', 'source', 'url'] as const) {
    const value = article[field];
    const at = typeof value === 'string' ? loneSurrogateAt(value) : -1;
    if (at >= 0)
      throw new ApiError(
        400,
        'invalid-text',
        `${field} holds an unpaired surrogate (\\u escape) at character ${at}; send valid Unicode`,
      );
  }
  return article;
}

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/** Zod's issues as one line, each after the field it is about: "text: must be a string, not number". */
export function describe(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/**
 * A route's input, declared for hono's client and checked at the edge: `In` is what a caller sends (hc<App> types its
 * `query` and `json` with it, so `with: 'article'` or a misspelt parameter is a compile error in the web client);
 * `check` reads the request with the functions above, so every 400 keeps its code and message, and the handler takes
 * what it returns from c.req.valid(target). Not hono's validator(), which derives what a caller sends from what the
 * check returns: `?limit=` would become a number in the client and `?as-of=` would have to be the handler's name.
 */
export function declared<In extends { query?: object; json?: object }>() {
  return <Target extends keyof In & ('query' | 'json'), Out extends object>(
    target: Target,
    check: (c: Context) => Out | Promise<Out>,
  ): MiddlewareHandler<Env, string, { in: In; out: { [K in Target]: Out } }> =>
    async function declaredInput(c, next) {
      c.req.addValidatedData(target, await check(c));
      await next();
    };
}

type Listing = Partial<Record<'type' | 'from' | 'to' | 'since', string>> & {
  sort?: (typeof STORY_SORTS)[number];
  order?: 'asc' | 'desc';
  show?: (typeof STORY_SHOWS)[number];
};
/** GET /stories and /desk/stories: CONTRACT.md's q, status, limit and cursor, and the desk's listing parameters. */
export type StoriesQuery = Partial<Record<'q' | 'limit' | 'cursor', string>> & { status?: StoryStatus } & Listing;

/** GET /stories: the contract's list, or the desk's when a listing parameter is given (checked in that order). */
export const storiesQuery = declared<{ query?: StoriesQuery }>()('query', (c) => ({
  filter: storyFilter(c),
  listing: storyListing(c),
}));

/** GET /desk/stories: always the desk's list, sorted by activity unless asked otherwise. */
export const deskStoriesQuery = declared<{ query?: StoriesQuery }>()('query', (c) => ({
  filter: storyFilter(c),
  listing: storyListing(c) ?? { sort: 'activity' as const, order: 'desc' as const, show: 'active' as const },
}));

/** The most items of each long list one story or entity page holds (`?limit=`); the default is the ledger's PAGE_SIZE. */
export const LONG_LIST_MAX = 1000;

/**
 * `?limit=&cursor=` of one story or entity: how many items of each long list (a story's explanation, background and
 * timeline; an entity's appearances and stories) and from where, the `next` of the page before.
 */
export function longListPage(c: Context): PageRequest {
  const parsed = z
    .object({ limit: pageSize(LONG_LIST_MAX).optional(), cursor: cursor.optional() })
    .safeParse({ limit: c.req.query('limit'), cursor: c.req.query('cursor') });
  if (!parsed.success) throw new ApiError(400, 'bad-query', describe(parsed.error));
  return { ...(parsed.data.limit ? { limit: parsed.data.limit } : {}), cursor: parsed.data.cursor ?? null };
}

type LongListQuery = { limit?: string; cursor?: string };

/** GET /stories/:id: `?as-of=` (checked first, as before), `?with=articles` and a page of its long lists. */
export const storyQuery = declared<{ query?: { 'as-of'?: string; with?: 'articles' } & LongListQuery }>()(
  'query',
  (c) => ({ asOf: asOfQuery(c), with: storyWith(c), page: longListPage(c) }),
);

/** GET /desk/stories/:id: the story with its articles, `?as-of=` and paging as the contract's route. */
export const deskStoryQuery = declared<{ query?: { 'as-of'?: string } & LongListQuery }>()('query', (c) => ({
  asOf: asOfQuery(c),
  page: longListPage(c),
}));

/** GET /entities/:id: a page of its appearances and stories; `?order=newest` lists appearances newest first. */
export const entityPageQuery = declared<{ query?: LongListQuery & { order?: 'oldest' | 'newest' } }>()(
  'query',
  (c): { page: PageRequest } => {
    const order = c.req.query('order');
    if (order === undefined || order === '') return { page: longListPage(c) };
    if (order !== 'oldest' && order !== 'newest')
      throw new ApiError(400, 'bad-query', `order: must be "oldest" or "newest", not "${order.slice(0, 40)}"`);
    return { page: { ...longListPage(c), order } };
  },
);

/**
 * GET /entities: `?q=`, and the People page's `?type=&limit=&cursor=` when the ledger has a desk to list them (a ledger
 * without one answers the contract's list and never read them: they are not checked there either).
 */
export const entitiesQuery = (listed: boolean) =>
  declared<{ query?: Partial<Record<'q' | 'type' | 'limit' | 'cursor', string>> }>()('query', (c) => ({
    q: entityQuery(c),
    listing: listed ? entityListingQuery(c) : null,
  }));

/** POST /articles and /extract: an article as JSON, or a raw text/plain body with `?published=`. */
export const articleInput = declared<{ json?: z.input<typeof articleJson>; query?: { published?: string } }>()(
  'json',
  articleFromRequest,
);
