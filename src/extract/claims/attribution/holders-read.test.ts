// Who holds a claim and whom it is about, on sentences of development articles: an opening connective before
// "according to", an expert's hedged words that only name the proposition, a marriage that lasts, a partner described
// before their name, a relationship with someone that ended.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { claimRows, run, type ClaimRow } from '../test-run.ts';

// The sentence → claim cases are data, in holders-read.cases.json.
const cases = JSON.parse(readFileSync(new URL('./holders-read.cases.json', import.meta.url), 'utf8')) as Array<{
  title: string;
  id: string;
  text: string;
  want: ClaimRow;
}>;

const rows = (id: string, text: string) => claimRows(run(id, text));

describe('attribution on development sentences', () => {
  it.each(cases)('$title ($id)', ({ id, text, want }) => {
    expect(rows(id, text)).toContainEqual(want);
  });

  it('a marriage named in a ", who …," aside is background, not what the speaker denies (celebrity-115fake)', () => {
    const text =
      'However, Nicole Kidman, who is married to country singer Keith Urban, has denied plastic surgery in the past.';
    expect(rows('celebrity-115fake', text).filter(([p]) => p === 'relationship/married')).toEqual([
      ['relationship/married', 'author', '-', 'asserts', 'Nicole Kidman + Keith Urban'],
    ]);
  });

  it('"married more than a year" is no wedding to come (celebrity-007legit)', () => {
    const text =
      'Jennifer Aniston and Justin Theroux have been married more than a year, so the inevitable pregnancy rumors will begin.';
    expect(rows('celebrity-007legit', text).map(([p]) => p)).not.toContain('relationship/engaged');
  });
});
