// What an adjustment is: one named step of the score, applied to each evidence row in turn (score.ts runs them in the
// order of index.ts), and the state of the story so far that some of them keep.
import { must } from '../../invariant/index.ts';
import type { EvidenceRow } from '../../store/index.ts';
import type { Sources } from '../score.ts';
import { direction } from '../status.ts';
import type { TrackRecord, TrackRecordFactor } from '../track.ts';

/**
 * The step one row moves the score by, in log-odds, as the adjustments build it, and the words that say why. Read-only:
 * an adjustment returns a new step (`because`), so one adjustment's step cannot leak into another row's.
 */
export type Step = Readonly<{
  value: number;
  /** Who holds it: "a tabloid (Daily Mail)". */
  who: string;
  /** What they say: "asserts it (dating)". */
  says: string;
  /** Each adjustment's reason, in order: "article credibility 0.22: counts less (×0.72)", "263 days old". */
  reasons: readonly string[];
  /** Set by an adjustment that settles the row on its own (a denial of a further stage): the rest are skipped. */
  done: boolean;
}>;

/** The story being scored, fixed for all its rows (scoreStory's arguments). */
export type StoryContext = {
  type: string;
  /** YYYY-MM-DD, the day the score is asked for; null: no ageing. */
  asOf: string | null;
  /** Every row bears on one stage (stages.ts): a split stage's rows count for the split. */
  perStage: boolean;
  sources: Sources;
  trackRecord: TrackRecord | undefined;
  /** The stage a relationship story stands at (status.ts stageOf), when its rows are not one stage's; else null. */
  stage: string | null;
};

/** The story, and what the rows before this one left behind, each part kept by the adjustment named beside it. */
export type State = {
  story: StoryContext;
  /** observations: the articles whose sightings have counted. */
  observed: Set<string>;
  /** repetition: the voices heard (source, holder, stance) and the sources heard at all. */
  voices: Set<string>;
  heard: Set<string>;
  /** supersession: the principals' word on record so far, which way it leaned, and whether it was dated. */
  principal: { sum: number; leaning: number | null; dated: boolean };
  /** undated cap: the undated articles with no outlet seen, and what they have added together. */
  undated: { articles: Set<string>; sum: number };
  /** track record: each holder kind's factor by source, looked up once for the story's rows, not once per row. */
  trackFactors: Map<EvidenceRow['holderKind'], Map<string, TrackRecordFactor | null>>;
};

export type Adjustment = {
  name: string;
  apply: (step: Step, row: EvidenceRow, state: State) => Step;
};

export function startState(story: StoryContext): State {
  return {
    story,
    observed: new Set(),
    voices: new Set(),
    heard: new Set(),
    principal: { sum: 0, leaning: null, dated: true },
    undated: { articles: new Set(), sum: 0 },
    trackFactors: new Map(),
  };
}

const EMPTY_STEP: Step = { value: 0, who: '', says: '', reasons: [], done: false };

/** One row's step: each adjustment in turn, until one says the row is done. */
export function stepOf(row: EvidenceRow, state: State, adjustments: readonly Adjustment[]): Step {
  let step = EMPTY_STEP;
  for (const adjustment of adjustments) {
    if (step.done) break;
    step = adjustment.apply(step, row, state);
  }
  return step;
}

/** The independent source a row counts as (score.ts effectiveSources): a syndicated copy counts as its original. */
export const sourceOf = (row: EvidenceRow, state: State): { key: string; name: string } =>
  must(state.story.sources.get(row.id), 'effectiveSources gives every row of the story a source');

/** A split claim is evidence against the pair being together, unless the rows are the split stage's own. */
export const against = (row: EvidenceRow, state: State): number =>
  row.value === 'split' && !state.story.perStage ? -1 : 1;

/** Which way a row leans: +1 for the proposition (a stage's, when per stage), -1 against, 0 neither (a hedge, a question). */
export function leaning(row: EvidenceRow, state: State): number {
  if (!state.story.perStage) return direction(row);
  return row.stance === 'asserts' || row.stance === 'confirms' ? 1 : row.stance === 'denies' ? -1 : 0;
}

/** A step with one more reason. */
// Built field by field, not spread: this runs for every row of every replayed day, and spreads cost half the score's time.
export const because = (step: Step, reason: string, value = step.value): Step => ({
  value,
  who: step.who,
  says: step.says,
  reasons: [...step.reasons, reason],
  done: step.done,
});
