// For the adjustments' tests: evidence rows as the ledger files them, and the steps a list of adjustments makes of them.
import type { EvidenceRow } from '../../store/index.ts';
import { effectiveSources } from '../score.ts';
import { startState, stepOf, type Adjustment, type Step, type StoryContext } from './adjustment.ts';

/** Whose a test file's rows are, by the row's number: where, when and by whom it was said. */
export type Whose = Pick<
  EvidenceRow,
  'article' | 'published' | 'holderKind' | 'holderName' | 'sourceKey' | 'sourceName'
>;

/**
 * A maker of rows, numbered r1, r2… with a sentence each, asserting a relationship; `whose(n)` says whose the nth row
 * is and each call gives what its test changes. One definition, so a new field of EvidenceRow is added once.
 */
export function rowMaker(whose: (n: number) => Whose): (over: Partial<EvidenceRow>) => EvidenceRow {
  let n = 0;
  return (over) => {
    n += 1;
    return {
      id: `r${n}`,
      story: 's',
      ...whose(n),
      value: 'dating',
      stance: 'asserts',
      text: `sentence ${n}`,
      start: 0,
      end: 1,
      observations: 0,
      timeline: [],
      credibility: null,
      ...over,
    };
  };
}

/** A row of the Daily Mail asserting a relationship on 2021-11-01, with what the test changes. */
export const row = rowMaker((n) => ({
  article: `article-${n}`,
  published: '2021-11-01',
  holderKind: 'outlet',
  holderName: 'Daily Mail',
  sourceKey: 'outlet:daily mail',
  sourceName: 'Daily Mail',
}));

/** Each row's step after `adjustments`, the rows taken in order as one story (asked for on `story.asOf`). */
export function steps(adjustments: Adjustment[], rows: EvidenceRow[], story: Partial<StoryContext> = {}): Step[] {
  const state = startState({
    type: 'relationship',
    asOf: null,
    perStage: false,
    sources: effectiveSources(rows),
    trackRecord: undefined,
    stage: null,
    ...story,
  });
  return rows.map((r) => stepOf(r, state, adjustments));
}

/** The step's words as the story's item shows them. */
export const why = (step: Step): string => [`${step.who} ${step.says}`.trim(), ...step.reasons].join('; ');
