// Words that assert nothing on record: suppositions (hypothetical.ts), what did not happen or was only wished (open.ts
// irrealis), jokes, performed lines and questions to the reader (unasserted.ts). Each excerpt is a real sentence of a
// development article or stream; most made a "confirmed" story before (scripts/eval/confirmed.ts). The excerpts are
// data, in unasserted.cases.json: `not` is a pattern no claim may match, `is` one some claim must; `excerpts` are
// run as an article with checks on their claims' rows (test-run.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeExcerpts, run, type ExcerptCase, type Section } from './test-run.ts';

/** "type/value holder stance" of every claim but statements. */
const claimsOf = (text: string) =>
  run('t', text, '2017-01-01')
    .claims.filter((c) => c.type !== 'statement')
    .map((c) => `${c.type}/${c.value} ${c.holder.kind} ${c.stance}`);

const cases = JSON.parse(readFileSync(new URL('./unasserted.cases.json', import.meta.url), 'utf8')) as {
  notClaimed: Array<{ why: string; text: string; not: string }>;
  claimed: Array<{ why: string; text: string; is: string }>;
  excerpts: Array<Section<ExcerptCase>>;
};

describe('what is only supposed, wished, joked, performed or asked of readers is no claim on record', () => {
  it.each(cases.notClaimed)('$why', ({ text, not }) => {
    expect(claimsOf(text)).not.toContainEqual(expect.stringMatching(new RegExp(not)));
  });

  it.each(cases.claimed)('$why', ({ text, is }) => {
    expect(claimsOf(text)).toContainEqual(expect.stringMatching(new RegExp(is)));
  });
});

describeExcerpts(cases.excerpts);

describe('one statement per named speaker and quotation (find.ts oneStatementPerQuote)', () => {
  it('Kardashian\'s "I stand with Hillary. I’m with her…" is one statement (celebrity-128legit)', () => {
    const x = run(
      'celebrity-128legit',
      'For a moment there, it seemed that Hillary Clinton had lost the Kim Kardashian vote.\n\n' +
        'Kardashian continued: “I found that without a doubt, I stand with Hillary. I’m with her. I believe Hillary will ' +
        'best represent our country and is the most qualified for the job. This year, I’m not just voting for myself, ' +
        'but also for my children, and I took that into careful consideration when I made my decision.”',
      '2016-10-31',
    );
    const name = (id: string) => x.entities.find((e) => e.id === id)?.name;
    const statements = x.claims.filter((c) => c.type === 'statement' && c.holder.kind === 'principal');
    expect(statements).toHaveLength(1);
    expect(statements[0]?.subjects.map(name)).toContain('Hillary Clinton');
    expect(statements[0]?.subjects).toContain(statements[0]?.holder.entity);
  });
});
