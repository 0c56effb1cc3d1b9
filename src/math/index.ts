// Small numeric helpers shared by the stages: one definition each.

/** `x` to three decimals, as scores, weights and deltas are stored and shown ("0.475", never "0.47500000000000003"). */
export const round = (x: number): number => Math.round(x * 1000) / 1000;
