// The articles a rule may be checked on leave out our own held-out parts (test/gold/HELDOUT, test/stories/HELDOUT).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devArticles, tuningArticles } from './corpus.ts';

const heldOut = ['../gold/HELDOUT', '../stories/HELDOUT'].flatMap((f) =>
  readFileSync(new URL(f, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean),
);
const dev = devArticles();

describe.skipIf(dev === null)('tuning articles', () => {
  it('are the development articles without any held-out id', () => {
    const tuning = tuningArticles() ?? [];
    const ids = new Set(tuning.map((r) => r.id));
    expect(heldOut.filter((id) => ids.has(id))).toEqual([]);
    // Nor the other half of a held-out celebrity pair: "celebrity-096fake" tells of the people 096legit does.
    const pairs = new Set(heldOut.flatMap((id) => /^celebrity-(\d{3})/.exec(id)?.[1] ?? []));
    const pair = (id: string) => /^celebrity-(\d{3})/.exec(id)?.[1] ?? '';
    expect(tuning.filter((r) => pairs.has(pair(r.id)))).toEqual([]);
    expect(tuning.length).toBe((dev ?? []).filter((r) => !heldOut.includes(r.id) && !pairs.has(pair(r.id))).length);
    expect(tuning.length).toBeGreaterThan(600);
  });
});
