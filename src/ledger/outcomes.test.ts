import { describe, expect, it } from 'vitest';
import type { EvidenceRow } from '../store/index.ts';
import { reportOutcomes } from './outcomes.ts';
import { effectiveSources } from './score.ts';
import { statusOf } from './status.ts';

let n = 0;
function row(over: Partial<EvidenceRow>): EvidenceRow {
  n++;
  return {
    id: `r${n}`, story: 's', article: `a${n}`, published: '2025-01-01', value: 'dating', holderKind: 'outlet', holderName: `Outlet ${n}`,
    sourceKey: `outlet:outlet ${n}`, sourceName: `Outlet ${n}`, stance: 'asserts', text: `sentence ${n}`, start: 0, end: 1,
    observations: 0, timeline: [], credibility: null, ...over,
  };
}

function judge(rows: EvidenceRow[]) {
  const sources = effectiveSources(rows);
  const status = statusOf(rows, (r) => sources.get(r.id)!.key);
  return { status, hits: reportOutcomes('s', rows, status, sources).map((o) => [o.sourceName, o.hit]) };
}

const principal = (over: Partial<EvidenceRow>) => row({ holderKind: 'principal', holderName: 'Brad Pitt', published: '2025-02-01', sourceKey: 'outlet:people', sourceName: 'People', stance: 'confirms', ...over });

describe('reportOutcomes', () => {
  it('a confirmation makes reports of the pair true and reports of their split false; a further stage is not tested', () => {
    const together = row({ sourceName: 'A', stance: 'hedges' });
    const split = row({ sourceName: 'B', value: 'split' });
    const engaged = row({ sourceName: 'C', value: 'engaged' });
    const asked = row({ sourceName: 'D', stance: 'questions' });
    expect(judge([together, split, engaged, asked, principal({})])).toEqual({ status: 'confirmed', hits: [['A', true], ['B', false]] });
  });

  it('a denial makes reports false, but says nothing of an earlier stage or of a split', () => {
    const split = row({ sourceName: 'C', value: 'split' });
    const married = row({ sourceName: 'A', value: 'married' });
    const dating = row({ sourceName: 'B', value: 'dating' });
    expect(judge([split, married, dating, principal({ stance: 'denies', value: 'married' })])).toEqual({ status: 'denied', hits: [['A', false]] });
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
});
