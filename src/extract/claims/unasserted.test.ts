// Words that assert nothing on record: suppositions (hypothetical.ts), what did not happen or was only wished (open.ts
// irrealis), jokes, performed lines and questions to the reader (unasserted.ts). Each excerpt is a real sentence of a
// development article or stream; most made a "confirmed" story before (scripts/eval/confirmed.ts). The excerpts are
// data, in unasserted.cases.json: `not` is a pattern no claim may match, `is` one some claim must.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from './test-run.ts';

/** "type/value holder stance" of every claim but statements. */
const claimsOf = (text: string) =>
  run('t', text, '2017-01-01')
    .claims.filter((c) => c.type !== 'statement')
    .map((c) => `${c.type}/${c.value} ${c.holder.kind} ${c.stance}`);

const cases = JSON.parse(readFileSync(new URL('./unasserted.cases.json', import.meta.url), 'utf8')) as {
  notClaimed: Array<{ why: string; text: string; not: string }>;
  claimed: Array<{ why: string; text: string; is: string }>;
};

describe('what is only supposed, wished, joked, performed or asked of readers is no claim on record', () => {
  it.each(cases.notClaimed)('$why', ({ text, not }) => {
    expect(claimsOf(text)).not.toContainEqual(expect.stringMatching(new RegExp(not)));
  });

  it.each(cases.claimed)('$why', ({ text, is }) => {
    expect(claimsOf(text)).toContainEqual(expect.stringMatching(new RegExp(is)));
  });
});

describe('a relationship is between two (refine.ts relationship-of-two)', () => {
  it('the jeweller and the agent are no party to the engagement (bbc-entertainment-260)', () => {
    const x = run(
      'bbc-entertainment-260',
      "Pop star Christina Aguilera is to marry music executive Jordan Bratman, the singer's agent has confirmed. " +
        '"No wedding plans have been set yet," said Aguilera\'s agent Meghan Prophet. ' +
        'Bratman presented his fiancee with a diamond ring designed by jeweller Stephen Webster on Friday, said Ms Prophet.',
      '2005-02-14',
    );
    const relationships = x.claims.filter((c) => c.type === 'relationship');
    expect(relationships.length).toBeGreaterThan(0);
    expect(relationships.filter((c) => new Set(c.subjects).size !== 2)).toEqual([]);
  });
});

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
