// Small numeric helpers shared by the stages: one definition each.

/** `x` to three decimals, as scores, weights and deltas are stored and shown ("0.475", never "0.47500000000000003"). */
export const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * mulberry32: a tiny seeded generator, for what must come out the same from the same seed on every run (credibility's
 * fold assignment, tests that replay a "random" stream from the seed they log).
 */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
