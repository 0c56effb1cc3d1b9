// Typed fetches of the JSON API; errors come back as the contract's {error:{code,message}}.
import type {
  EntityDetail,
  EntitySummary,
  IngestOutcome,
  Story,
  StoredArticle,
  TimelineItem,
} from '../ledger/types.ts';
import type { Extraction } from '../extract/types.ts';
import type { ArticleStory, EpithetMatch, StoryBrief } from '../ledger/editorial.ts';
import type { App } from '../api/app.ts';
import type { ArticleBrief, ListedStory, StoryChange, StoryListPage } from '../api/routes.ts';
import type { hc, InferResponseType } from 'hono/client';
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

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    // fetch's own "Failed to fetch" says nothing a reader can act on.
    throw new ApiFailure('The server did not answer. It may have stopped, or the network is down.', 0);
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${response.status}`;
    throw new ApiFailure(message, response.status);
  }
  return body as T;
}

// A server started with --token wants it on every write: asked once, kept for this tab only.
const TOKEN_KEY = 'rumourmill-write-token';

async function write<T>(path: string, body: object): Promise<T> {
  try {
    return await call<T>(path, post(body, sessionStorage.getItem(TOKEN_KEY)));
  } catch (error) {
    if (!(error instanceof ApiFailure) || error.status !== 401) throw error;
    const token = window
      .prompt('This server needs its write token (the one given to rumourmill serve --token):')
      ?.trim();
    if (!token) throw error;
    sessionStorage.setItem(TOKEN_KEY, token);
    return call<T>(path, post(body, token));
  }
}

const q = (params: Record<string, string | undefined>): string => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) search.set(k, v);
  const text = search.toString();
  return text ? `?${text}` : '';
};

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
export type StoryPageData = Omit<Story, 'timeline' | 'subjects'> & {
  /** Each subject's entity type ("person", "work"), where the entity is stored. */
  subjects: Array<Story['subjects'][number] & { type?: string }>;
  timeline: Array<TimelineItem & { evidence?: { start: number; end: number } }>;
  articles: Record<string, ArticleBrief>;
  editorial?: StoryEditorial;
};
export type EntityListPage = {
  entities: Array<EntitySummary & { calledAs?: { text: string; count: number } }>;
  total?: number;
  types?: Record<string, number>;
  next?: string | null;
};
export type StoryListParams = {
  q?: string;
  status?: string;
  type?: string;
  sort?: string;
  order?: string;
  cursor?: string;
  limit?: string;
  show?: string;
  from?: string;
  to?: string;
  since?: string;
};
export type ActionBody =
  | { action: 'flag' | 'dismiss'; note?: string; editor?: string }
  | { action: 'merge'; into: string; note?: string; editor?: string }
  | { action: 'undo'; undoes: number; note?: string; editor?: string };

export const api = {
  stories: (p: StoryListParams) =>
    call<StoryListPage>(`/api/stories${q({ limit: '50', ...p, sort: p.sort || 'activity' })}`),
  story: (id: string) => call<Story>(`/api/stories/${encodeURIComponent(id)}`),
  storyPage: (id: string) => call<StoryPageData>(`/api/stories/${encodeURIComponent(id)}?with=articles`),
  entities: (query?: string, type?: string, cursor?: string) =>
    call<EntityListPage>(`/api/entities${q({ q: query, type, cursor })}`),
  entity: (id: string) =>
    call<EntityDetail & { editorial?: EntityEditorial }>(`/api/entities/${encodeURIComponent(id)}`),
  article: (id: string) =>
    call<StoredArticle & { stories?: ArticleStory[] }>(`/api/articles/${encodeURIComponent(id)}`),
  ingest: (body: NewArticle) => write<IngestOutcome & { changes?: StoryChange[] }>('/api/articles', body),
  act: (story: string, body: ActionBody) =>
    write<{ action: EditorialAction }>(`/api/stories/${encodeURIComponent(story)}/actions`, body),
  actOnEntity: (entity: string, body: ActionBody) =>
    write<{ action: EditorialAction }>(`/api/entities/${encodeURIComponent(entity)}/actions`, body),
  audit: (before?: string) => call<AuditPage>(`/api/audit${q({ before, limit: '100' })}`),
  extract: (body: NewArticle) => write<Extraction>('/api/extract', body),
};

export type NewArticle = { text: string; published?: string; title?: string; source?: string; url?: string };

/** Writes are JSON: the server refuses any other type from a browser. */
function post(body: object, token: string | null): RequestInit {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return { method: 'POST', headers, body: JSON.stringify(body) };
}
