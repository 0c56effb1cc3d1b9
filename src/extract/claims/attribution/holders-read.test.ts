// Who holds a claim, on sentences of development articles: an opening connective before "according to", an expert's
// hedged words that only name the proposition, and a relative clause between a name and its saying verb.
import { describe, expect, it } from 'vitest';
import { claimRows, run } from '../test-run.ts';

describe('attribution on development sentences', () => {
  it('"And according to <expert>, it could be…" is the expert hedging (celebrity-126fake)', () => {
    const x = run(
      'celebrity-126fake',
      "Kim Kardashian has been showing off her new figure. And according to hair extension expert Tatiana Karelina, it could be Kim's rapid weight loss that triggered her hair loss.",
    );
    expect(claimRows(x)).toContainEqual([
      'health/health',
      'named-source',
      'Tatiana Karelina',
      'hedges',
      'Kim Kardashian',
    ]);
  });

  it('a marriage named in a ", who …," aside is background, not what the speaker denies (celebrity-115fake)', () => {
    const x = run(
      'celebrity-115fake',
      'However, Nicole Kidman, who is married to country singer Keith Urban, has denied plastic surgery in the past.',
    );
    const married = claimRows(x).filter(([p]) => p === 'relationship/married');
    expect(married).toEqual([['relationship/married', 'author', '-', 'asserts', 'Nicole Kidman + Keith Urban']]);
  });

  it('a speaker stays the speaker across a ", who …," aside (made on the pattern of bbc-entertainment-310: "Tony Robinson, who played…, told")', () => {
    const x = run(
      'celebrity-080legit',
      'Catherine Zeta-Jones, who won an Oscar for Chicago, told the magazine she and husband Michael Douglas had split.',
    );
    expect(claimRows(x)).toContainEqual([
      'relationship/split',
      'principal',
      'Catherine Zeta-Jones',
      'confirms',
      'Catherine Zeta-Jones + Michael Douglas',
    ]);
  });

  it('"have been married for seven years" is a marriage; "married more than a year" no wedding to come (celebrity-189fake, -007legit)', () => {
    const rows = (id: string, text: string) => claimRows(run(id, text)).filter(([p]) => p.startsWith('relationship/'));
    expect(
      rows(
        'celebrity-189fake',
        'Chris Hemsworth and Elsa Pataky have been married for seven years after meeting in 2010 and tying the knot just months later.',
      ),
    ).toContainEqual(['relationship/married', 'author', '-', 'asserts', 'Chris Hemsworth + Elsa Pataky']);
    expect(
      rows(
        'celebrity-007legit',
        'Jennifer Aniston and Justin Theroux have been married more than a year, so the inevitable pregnancy rumors will begin.',
      ).map(([p]) => p),
    ).not.toContain('relationship/engaged');
  });
});
