// Typed fetches of the JSON API; errors come back as the contract's {error:{code,message}}.
import type { EntityDetail, EntitySummary, IngestOutcome, Story, StorySummary, StoredArticle } from '../ledger/types.ts';
import type { Extraction } from '../extract/types.ts';

export class ApiFailure extends Error {}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${response.status}`;
    throw new ApiFailure(message);
  }
  return body as T;
}

const q = (params: Record<string, string | undefined>): string => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) search.set(k, v);
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const api = {
  stories: (p: { q?: string; status?: string; cursor?: string }) =>
    call<{ stories: StorySummary[]; next: string | null }>(`/api/stories${q({ ...p, limit: '50' })}`),
  story: (id: string) => call<Story>(`/api/stories/${encodeURIComponent(id)}`),
  entities: (query?: string) => call<{ entities: EntitySummary[] }>(`/api/entities${q({ q: query })}`),
  entity: (id: string) => call<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`),
  article: (id: string) => call<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`),
  ingest: (body: NewArticle) => call<IngestOutcome>('/api/articles', post(body)),
  extract: (body: NewArticle) => call<Extraction>('/api/extract', post(body)),
};

export type NewArticle = { text: string; published?: string; title?: string };

function post(body: NewArticle): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
