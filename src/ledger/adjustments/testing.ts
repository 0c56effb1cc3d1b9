// For the adjustments' tests: evidence rows as the ledger files them, and the steps a list of adjustments makes of them.
import type { EvidenceRow } from '../../store/index.ts';
import { effectiveSources } from '../score.ts';
import { startState, stepOf, type Adjustment, type Step, type StoryContext } from './adjustment.ts';

let n = 0;

/** A row of the Daily Mail asserting a relationship on 2021-11-01, with what the test changes. */
export function row(over: Partial<EvidenceRow>): EvidenceRow {
  n += 1;
  return {
    id: `r${n}`,
    story: 's',
    article: `article-${n}`,
    published: '2021-11-01',
    value: 'dating',
    holderKind: 'outlet',
    holderName: 'Daily Mail',
    sourceKey: 'outlet:daily mail',
    sourceName: 'Daily Mail',
    stance: 'asserts',
    text: `sentence ${n}`,
    start: 0,
    end: 1,
    observations: 0,
    timeline: [],
    credibility: null,
    ...over,
  };
}

/** Each row's step after `adjustments`, the rows taken in order as one story (asked for on `story.asOf`). */
export function steps(adjustments: Adjustment[], rows: EvidenceRow[], story: Partial<StoryContext> = {}): Step[] {
  const state = startState({
    type: 'relationship',
    asOf: null,
    perStage: false,
    sources: effectiveSources(rows),
    record: undefined,
    stage: null,
    ...story,
  });
  return rows.map((r) => stepOf(r, state, adjustments));
}

/** The step's words as the story's item shows them. */
export const why = (step: Step): string => [`${step.who} ${step.says}`.trim(), ...step.reasons].join('; ');
