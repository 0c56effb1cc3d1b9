// The seed's story through the API. Needs the extraction stages (entities, claims) to be in place.
import { readFileSync } from 'node:fs';
import { testClient } from 'hono/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.ts';
import { must } from '../../src/invariant/index.ts';
import { openLedger } from '../../src/ledger/index.ts';
import type { Ledger } from '../../src/ledger/types.ts';

const seedFile = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');
let ledger: Ledger;
let app: ReturnType<typeof createApp>;
const api = () => testClient(app).api;

beforeAll(async () => {
  ledger = await openLedger(':memory:');
  app = createApp(ledger);
  await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: seedFile });
});
afterAll(async () => ledger?.close());

describe('the seed story over the API', () => {
  it('is found by a name search and explains its score from the seed', async () => {
    const list = await (await api().stories.$get({ query: { q: 'Ana de Armas' } })).json();
    const story = list.stories.find(
      (s) => s.type === 'relationship' && s.subjects.some((x) => x.name === 'Tom Cruise'),
    );
    const found = must(story, 'a relationship story about Tom Cruise and Ana de Armas');
    const full = await (await api().stories[':id'].$get({ param: { id: found.id } })).json();
    expect(full.subjects.map((x) => x.name).sort()).toEqual(['Ana de Armas', 'Tom Cruise']);
    expect(full.timeline.some((t) => t.start.startsWith('2025-05-03'))).toBe(true);
    for (const e of full.explanation) expect(seedFile).toContain(e.text);
  });
});
