// Names, short names, handles and pronouns on excerpts of development articles
// (test/fixtures/dev-aliases.jsonl: celebrity pairs 001–200, BBC 001–350, the development streams).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../tokens/index.ts';
import { findDebris } from '../debris/index.ts';
import { findEntities } from '../entities/index.ts';
import type { Entity } from '../types.ts';
import { resolveCoreference } from './index.ts';

type Row = { id: string; title?: string | null; text: string };
const rows = readFileSync(new URL('../../../test/fixtures/dev-aliases.jsonl', import.meta.url), 'utf8')
  .trim().split('\n').map((l) => JSON.parse(l) as Row);

/** Entities as the pipeline gives them: debris skipped, the title known. */
function entitiesOf(id: string): Entity[] {
  const row = rows.find((r) => r.id === id)!;
  const doc = { text: row.text, published: null, source: null, title: row.title ?? null, ...analyse(row.text), ignored: findDebris(row.text) };
  return resolveCoreference(doc, findEntities(doc));
}
const person = (entities: Entity[], name: string): Entity | undefined => entities.find((e) => e.type === 'person' && e.name === name);
const texts = (e: Entity | undefined, kind?: string): string[] => (e?.mentions ?? []).filter((m) => !kind || m.kind === kind).map((m) => m.text);

describe('gender for pronouns from a names list', () => {
  it('never gives "she" to a man whose given name is not in our own list (067legit: Piers Morgan)', () => {
    const entities = entitiesOf('celebrity-067legit');
    const morgan = person(entities, 'Piers Morgan');
    expect(morgan?.gender).toBe('male');
    expect(texts(morgan, 'pronoun').filter((p) => /^(?:she|her|hers|herself)$/i.test(p))).toEqual([]);
    expect(texts(morgan)).toContain('Morgan');
    // The actress's pronouns go to her once she is named.
    expect(texts(person(entities, 'Lohan'), 'pronoun').length).toBeGreaterThan(3);
  });
});
