// A seeded generator (src/math), so fold assignment is the same on every run.
import { at } from '../../invariant/index.ts';
import { seeded as random } from '../../math/index.ts';

/** Group → fold number, shuffled by `seed`: both halves of a pair always land in the same fold. */
export function foldsOf(items: Array<{ group: string }>, folds: number, seed: number): Map<string, number> {
  const groups = [...new Set(items.map((p) => p.group))].sort();
  const next = random(seed);
  for (let i = groups.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [groups[i], groups[j]] = [at(groups, j), at(groups, i)];
  }
  return new Map(groups.map((g, i) => [g, i % folds]));
}
