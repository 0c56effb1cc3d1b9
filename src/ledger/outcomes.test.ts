import { describe, expect, it } from 'vitest';
import type { EvidenceRow } from '../store/index.ts';
import { reportOutcomes } from './outcomes.ts';
import { effectiveSources } from './score.ts';
import { statusOf } from './status.ts';
import { must } from '../invariant/index.ts';
import { rowMaker } from './adjustments/testing.ts';

// Each row from an outlet of its own, in an article of its own.
const row = rowMaker((n) => ({
  article: `a${n}`,
  published: '2025-01-01',
  holderKind: 'outlet',
  holderName: `Outlet ${n}`,
  sourceKey: `outlet:outlet ${n}`,
  sourceName: `Outlet ${n}`,
}));

function judge(rows: EvidenceRow[]) {
  const sources = effectiveSources(rows);
  const status = statusOf(rows, (r) => must(sources.get(r.id), 'expected sources.get(r.id)').key);
  return { status, hits: reportOutcomes('s', rows, status, sources).map((o) => [o.sourceName, o.hit]) };
}

const principal = (over: Partial<EvidenceRow>) =>
  row({
    holderKind: 'principal',
    holderName: 'Brad Pitt',
    published: '2025-02-01',
    sourceKey: 'outlet:people',
    sourceName: 'People',
    stance: 'confirms',
    ...over,
  });

describe('reportOutcomes', () => {
  it('a confirmation makes reports of the pair true and reports of their split false; a further stage is not tested', () => {
    const together = row({ sourceName: 'A', stance: 'hedges' });
    const split = row({ sourceName: 'B', value: 'split' });
    const engaged = row({ sourceName: 'C', value: 'engaged' });
    const asked = row({ sourceName: 'D', stance: 'questions' });
    expect(judge([together, split, engaged, asked, principal({})])).toEqual({
      status: 'confirmed',
      hits: [
        ['A', true],
        ['B', false],
      ],
    });
  });

  it('a denial makes reports false, but says nothing of an earlier stage or of a split', () => {
    const split = row({ sourceName: 'C', value: 'split' });
    const married = row({ sourceName: 'A', value: 'married' });
    const dating = row({ sourceName: 'B', value: 'dating' });
    expect(judge([split, married, dating, principal({ stance: 'denies', value: 'married' })])).toEqual({
      status: 'denied',
      hits: [['A', false]],
    });
  });

  it('an unsettled story tests nothing; nor does an ending no principal stated', () => {
    expect(judge([row({}), row({})]).hits).toEqual([]);
    expect(judge([row({}), row({ value: 'split', published: '2025-03-01' })])).toEqual({ status: 'ended', hits: [] });
  });

  it('one report per source and holder kind, however often it repeats itself', () => {
    const first = row({ sourceName: 'A', sourceKey: 'outlet:a' });
    const again = row({ sourceName: 'A', sourceKey: 'outlet:a' });
    expect(judge([first, again, principal({})]).hits).toEqual([['A', true]]);
  });

  it('no hindsight: reports from the day the answer was first on record are left out, however often it is said again', () => {
    const before = row({ sourceName: 'A', published: '2025-01-20' });
    const sameDay = row({ sourceName: 'B', published: '2025-02-01' });
    const repeat = row({ sourceName: 'C', published: '2025-03-01' });
    const hits = judge([before, principal({}), sameDay, repeat, principal({ published: '2025-06-01' })]);
    expect(hits).toEqual({ status: 'confirmed', hits: [['A', true]] });
  });

  it('a principal who changed sides: cut off at the first word of the final side, settled on its date', () => {
    const afterDenial = row({ sourceName: 'A', published: '2025-02-10' });
    const repeat = row({ sourceName: 'B', published: '2025-04-01' });
    const rows = [
      principal({ stance: 'denies', published: '2025-01-10' }),
      afterDenial,
      principal({ published: '2025-03-01' }),
      repeat,
      principal({ published: '2025-05-01' }),
    ];
    expect(judge(rows)).toEqual({ status: 'confirmed', hits: [['A', true]] });
    const sources = effectiveSources(rows);
    expect(reportOutcomes('s', rows, 'confirmed', sources).map((o) => o.settledOn)).toEqual(['2025-03-01']);
  });
});
