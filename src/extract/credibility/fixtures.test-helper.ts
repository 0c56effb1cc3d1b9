// Shared by this folder's tests: development pairs copied into test/fixtures (pairs 001-200 only).
import { readFileSync } from 'node:fs';
import type { LabelledItem } from './model.ts';

export function fixturePairs(): LabelledItem[] {
  const file = new URL('../../../test/fixtures/celebrity-dev-pairs.jsonl', import.meta.url);
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const row = JSON.parse(line) as { id: string; title: string | null; text: string; label: string };
      return {
        id: row.id,
        group: `pair-${row.id.slice(10, 13)}`,
        title: row.title,
        text: row.text,
        source: null,
        label: row.label === 'legit' ? 1 : 0,
      };
    });
}

export function fixture(id: string): LabelledItem {
  const item = fixturePairs().find((i) => i.id === id);
  if (!item) throw new Error(`test fixture ${id} missing`);
  return item;
}

export const seedText = (): string =>
  readFileSync(new URL('../../../test/fixtures/seed.txt', import.meta.url), 'utf8').replace(/^\s*date \S+ /, '');
