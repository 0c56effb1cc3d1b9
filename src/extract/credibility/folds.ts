// mulberry32: a tiny seeded generator, so fold assignment is the same on every run.
import { at } from '../../invariant/index.ts';
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
