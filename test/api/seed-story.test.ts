// The seed's story through the API. Needs the extraction stages (entities, claims) to be in place.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.ts';
import { must } from '../../src/invariant/index.ts';
import { openLedger } from '../../src/ledger/index.ts';
import type { Ledger, Story } from '../../src/ledger/types.ts';

const seedFile = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');
let ledger: Ledger;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  ledger = await openLedger(':memory:');
  app = createApp(ledger);
  await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: seedFile });
});
afterAll(async () => ledger?.close());

describe('the seed story over the API', () => {
  it('is found by a name search and explains its score from the seed', async () => {
    const list = (await (await app.request('/api/stories?q=Ana%20de%20Armas')).json()) as { stories: Story[] };
    const story = list.stories.find(
      (s) => s.type === 'relationship' && s.subjects.some((x) => x.name === 'Tom Cruise'),
    );
    const found = must(story, 'a relationship story about Tom Cruise and Ana de Armas');
    const full = (await (await app.request(`/api/stories/${found.id}`)).json()) as Story;
    expect(full.subjects.map((x) => x.name).sort()).toEqual(['Ana de Armas', 'Tom Cruise']);
    expect(full.timeline.some((t) => t.start.startsWith('2025-05-03'))).toBe(true);
    for (const e of full.explanation) expect(seedFile).toContain(e.text);
  });
});
