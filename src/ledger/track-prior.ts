// The prior behind a track record (track.ts): the ledger's, as only the ledger counts settled stories.
/** Settled stories an outlet (or a holder kind, e.g. `anonymous`) reported: how many proved true, how many false. */
export type OutcomeCounts = { trueCount: number; falseCount: number };

/** How far a holder's next report is to be believed: one estimate, with the interval that says how sure it is. */
export type Reliability = {
  /** Posterior mean P(its next report is true), shrunk toward the population rate when it has few settled stories. */
  reliability: number;
  /** 90% credible interval, so the ledger can say how sure the track record is. */
  low: number;
  high: number;
};

export type TrackRecordPrior = Reliability & {
  /** Settled stories behind it; 0 means the prior is the population rate alone. */
  evidence: number;
};

/**
 * Beta-binomial shrinkage: an outlet with 1 true report out of 1 is not 100% reliable. The population rate
 * (over every outlet's settled stories, or `baseRate` when given) sets the prior mean and `strength` says how
 * many pseudo-stories it is worth, so a new outlet starts at the average and earns its own track record.
 * @example trackRecordPrior({trueCount: 1, falseCount: 9}, {trueCount: 60, falseCount: 40}).reliability // ≈ 0.27
 */
export function trackRecordPrior(
  own: OutcomeCounts,
  population: OutcomeCounts,
  options: { strength?: number; baseRate?: number } = {},
): TrackRecordPrior {
  const strength = options.strength ?? 5;
  const settled = population.trueCount + population.falseCount;
  const rate = options.baseRate ?? (settled > 0 ? (population.trueCount + 1) / (settled + 2) : 0.5);
  const alpha = rate * strength + Math.max(0, own.trueCount);
  const beta = (1 - rate) * strength + Math.max(0, own.falseCount);
  const mean = alpha / (alpha + beta);
  // Normal approximation of the Beta's spread: good enough for a display interval, and needs no special functions.
  const sd = Math.sqrt((alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1)));
  return {
    reliability: mean,
    evidence: Math.max(0, own.trueCount) + Math.max(0, own.falseCount),
    low: Math.max(0, mean - 1.645 * sd),
    high: Math.min(1, mean + 1.645 * sd),
  };
}
