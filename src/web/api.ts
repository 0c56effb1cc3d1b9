// The web client of the JSON API: hono's client typed by the server's routes (hc<App>), so a call's parameters and JSON
// are checked when it compiles; failures come back as the contract's {error:{code,message}}, thrown as ApiFailure.
import type { EntityDetail, EntitySummary, IngestOutcome, Story, StoredArticle } from '../ledger/types.ts';
import type { Extraction } from '../extract/types.ts';
import type { ArticleStory, EpithetMatch, StoryBrief } from '../ledger/editorial.ts';
import type { App } from '../api/app.ts';
import type { ArticleBrief, ListedStory, StoryChange, StoryListPage } from '../api/routes.ts';
import { hc, type InferResponseType } from 'hono/client';
import type { StoriesQuery } from '../api/input.ts';
import type { EditorialAction } from '../store/editorial.ts';

export type { ArticleBrief, EditorialAction, EpithetMatch, ListedStory, StoryBrief, StoryChange, StoryListPage };

/** The API's routes as hono's client types them: each route's JSON, as the server declares it. */
type Routes = ReturnType<typeof hc<App>>['api'];
/** A page of the audit log (GET /api/audit): actions newest first, with the stories and entities they name. */
export type AuditPage = InferResponseType<Routes['audit']['$get'], 200>;

export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status = 0,
  ) {
    super(message);
  }
}

/** The API as hono's client types it from the server's routes: each call's parameters and JSON are checked. */
const client = hc<App>('/').api;

/** What a client call answers: hono's typed response, read here as JSON once it is known to be a success. */
type Answer<T> = { ok: boolean; status: number; json(): Promise<T> };

async function call<T>(request: () => Promise<Answer<T>>): Promise<T> {
  let response: Answer<T>;
  try {
    response = await request();
  } catch {
    // fetch's own "Failed to fetch" says nothing a reader can act on.
    throw new ApiFailure('The server did not answer. It may have stopped, or the network is down.', 0);
  }
  if (!response.ok) {
    // The contract's {error: {code, message}}; a proxy's HTML error page has none.
    const body: unknown = await response.json().catch(() => null);
    throw new ApiFailure(errorMessage(body) ?? `HTTP ${response.status}`, response.status);
  }
  return response.json();
}

function errorMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const { error } = body;
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
    ? error.message
    : undefined;
}

// A server started with --token wants it on every write: asked once, kept for this tab only.
const TOKEN_KEY = 'rumourmill-write-token';

/** A write (POST); `send` makes it with the headers given, so it can be made again with the token asked for. */
async function write<T>(send: (options: { headers: Record<string, string> }) => Promise<Answer<T>>): Promise<T> {
  const withToken = (token: string | null): { headers: Record<string, string> } => ({
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  try {
    return await call(() => send(withToken(sessionStorage.getItem(TOKEN_KEY))));
  } catch (error) {
    if (!(error instanceof ApiFailure) || error.status !== 401) throw error;
    const token = window
      .prompt('This server needs its write token (the one given to rumourmill serve --token):')
      ?.trim();
    if (!token) throw error;
    sessionStorage.setItem(TOKEN_KEY, token);
    return call(() => send(withToken(token)));
  }
}

// hono's client puts a path parameter into the URL as it is: a story named by a link can hold '/' or '?'.
const param = (id: string) => ({ id: encodeURIComponent(id) });

/** Entities merged into this one (GET /api/entities/:id), and the one asked for when it was merged into this one. */
export type EntityEditorial = {
  merged: EditorialAction[];
  mergedEntities: Array<{ id: string; name: string }>;
  requested?: string;
};
/** A story's editorial state (GET /api/stories/:id): each action in force, and the stories merged into it. */
export type StoryEditorial = {
  flagged: EditorialAction | null;
  dismissed: EditorialAction | null;
  mergedInto: EditorialAction | null;
  merged: EditorialAction[];
  mergedStories: StoryBrief[];
  /** Set when the story asked for was merged into this one. */
  requested?: string;
};
/** One story's page (GET /api/desk/stories/:id): the story, its articles, each timeline event's sentence, its editorial state. */
export type StoryPageData = InferResponseType<Routes['desk']['stories'][':id']['$get'], 200>;
export type EntityListPage = {
  entities: Array<EntitySummary & { calledAs?: { text: string; count: number } }>;
  total?: number;
  types?: Record<string, number>;
  next?: string | null;
};
/** The story list's parameters (GET /api/desk/stories), as the server declares them. */
export type StoryListParams = StoriesQuery;
export type ActionBody =
  | { action: 'flag' | 'dismiss'; note?: string; editor?: string }
  | { action: 'merge'; into: string; note?: string; editor?: string }
  | { action: 'undo'; undoes: number; note?: string; editor?: string };

/** The most items of each long list the API gives in one page (src/api/input.ts LONG_LIST_MAX). */
const PAGE_MAX = 1000;
/** Items of each long list (evidence, background, timeline; appearances, stories) a page shows before "more". */
export const SHOWN = 200;

/**
 * The first `items` of each long list, read a page of at most PAGE_MAX at a time: `read(cursor, limit)` gives one
 * page, `join` adds a later page to what was read before. The last page read says whether there is more (`next`).
 */
async function firstItems<T extends { next: string | null }>(
  items: number,
  read: (cursor: string | undefined, limit: number) => Promise<T>,
  join: (before: T, page: T) => T,
): Promise<T> {
  let got = await read(undefined, Math.min(items, PAGE_MAX));
  for (let cursor = got.next; cursor !== null && Number(cursor) < items; cursor = got.next)
    got = join(got, await read(cursor, Math.min(items - Number(cursor), PAGE_MAX)));
  return got;
}

export const api = {
  stories: (p: StoryListParams): Promise<StoryListPage> =>
    call(() => client.desk.stories.$get({ query: { limit: '50', ...p } })),
  story: (id: string): Promise<Story> => call(() => client.stories[':id'].$get({ param: param(id) })),
  /** A story with the first `items` of its evidence, background and timeline. */
  storyPage: (id: string, items = SHOWN): Promise<StoryPageData> =>
    firstItems(
      items,
      (cursor, limit) =>
        call(() => client.desk.stories[':id'].$get({ param: param(id), query: { limit: String(limit), cursor } })),
      (before, page) => ({
        ...page,
        explanation: [...before.explanation, ...page.explanation],
        background: [...before.background, ...page.background],
        timeline: [...before.timeline, ...page.timeline],
        articles: { ...before.articles, ...page.articles },
      }),
    ),
  entities: (query?: string, type?: string, cursor?: string): Promise<EntityListPage> =>
    call(() =>
      client.entities.$get({ query: { q: query || undefined, type: type || undefined, cursor: cursor || undefined } }),
    ),
  /** An entity with its `items` newest appearances and most recently active stories. */
  entity: (id: string, items = SHOWN): Promise<EntityDetail & { editorial?: EntityEditorial }> =>
    firstItems(
      items,
      (cursor, limit) =>
        call(() =>
          client.entities[':id'].$get({ param: param(id), query: { limit: String(limit), cursor, order: 'newest' } }),
        ),
      (before, page) => ({
        ...page,
        appearances: [...before.appearances, ...page.appearances],
        stories: [...before.stories, ...page.stories],
      }),
    ),
  article: (id: string): Promise<StoredArticle & { stories?: ArticleStory[] }> =>
    call(() => client.articles[':id'].$get({ param: param(id) })),
  ingest: (body: NewArticle): Promise<IngestOutcome & { changes?: StoryChange[] }> =>
    write((options) => client.articles.$post({ json: body }, options)),
  act: (story: string, body: ActionBody): Promise<{ action: EditorialAction }> =>
    write((options) => client.stories[':id'].actions.$post({ param: param(story), json: body }, options)),
  actOnEntity: (entity: string, body: ActionBody): Promise<{ action: EditorialAction }> =>
    write((options) => client.entities[':id'].actions.$post({ param: param(entity), json: body }, options)),
  audit: (before?: string): Promise<AuditPage> =>
    call(() => client.audit.$get({ query: { before: before || undefined, limit: '100' } })),
  extract: (body: NewArticle): Promise<Extraction> => write((options) => client.extract.$post({ json: body }, options)),
};

export type NewArticle = { text: string; published?: string; title?: string; source?: string; url?: string };
