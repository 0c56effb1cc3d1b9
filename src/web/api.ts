// Typed fetches of the JSON API; errors come back as the contract's {error:{code,message}}.
import type { EntityDetail, EntitySummary, IngestOutcome, Story, StorySummary, StoredArticle, TimelineItem } from '../ledger/types.ts';
import type { Extraction } from '../extract/types.ts';

export class ApiFailure extends Error {
  constructor(message: string, readonly status = 0) {
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

async function write<T>(path: string, body: NewArticle): Promise<T> {
  try {
    return await call<T>(path, post(body, sessionStorage.getItem(TOKEN_KEY)));
  } catch (error) {
    if (!(error instanceof ApiFailure) || error.status !== 401) throw error;
    const token = window.prompt('This server needs its write token (the one given to rumourmill serve --token):')?.trim();
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

/** An article as the story page needs it (GET /api/stories/:id?with=articles). */
export type ArticleBrief = {
  title: string | null; source: string | null; url: string | null; published: string | null;
  credibility: { score: number; signals: Array<{ name: string; weight: number }> } | null;
};
export type StoryPageData = Omit<Story, 'timeline'> & {
  timeline: Array<TimelineItem & { evidence?: { start: number; end: number } }>;
  articles: Record<string, ArticleBrief>;
};
export type StoryListPage = { stories: StorySummary[]; next: string | null; total: number; types: Record<string, number> };
export type StoryListParams = { q?: string; status?: string; type?: string; sort?: string; order?: string; cursor?: string; limit?: string };

export const api = {
  stories: (p: StoryListParams) => call<StoryListPage>(`/api/stories${q({ limit: '50', ...p, sort: p.sort || 'activity' })}`),
  story: (id: string) => call<Story>(`/api/stories/${encodeURIComponent(id)}`),
  storyPage: (id: string) => call<StoryPageData>(`/api/stories/${encodeURIComponent(id)}?with=articles`),
  entities: (query?: string) => call<{ entities: EntitySummary[] }>(`/api/entities${q({ q: query })}`),
  entity: (id: string) => call<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`),
  article: (id: string) => call<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`),
  ingest: (body: NewArticle) => write<IngestOutcome>('/api/articles', body),
  extract: (body: NewArticle) => write<Extraction>('/api/extract', body),
};

export type NewArticle = { text: string; published?: string; title?: string };

/** Writes are JSON: the server refuses any other type from a browser. */
function post(body: NewArticle, token: string | null): RequestInit {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return { method: 'POST', headers, body: JSON.stringify(body) };
}
