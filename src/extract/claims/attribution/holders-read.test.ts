// Who holds a claim and whom it is about, on sentences of development articles: an opening connective before
// "according to", an expert's hedged words that only name the proposition, a marriage that lasts, a partner described
// before their name, a relationship with someone that ended.
import { describe, expect, it } from 'vitest';
import { claimRows, run, type ClaimRow } from '../test-run.ts';

const rows = (id: string, text: string) => claimRows(run(id, text));

describe('attribution on development sentences', () => {
  it.each<{ title: string; id: string; text: string; want: ClaimRow }>([
    {
      title: '"And according to <expert>, it could be…" is the expert hedging',
      id: 'celebrity-126fake',
      text: "Kim Kardashian has been showing off her new figure. And according to hair extension expert Tatiana Karelina, it could be Kim's rapid weight loss that triggered her hair loss.",
      want: ['health/health', 'named-source', 'Tatiana Karelina', 'hedges', 'Kim Kardashian'],
    },
    {
      title: '"have been married for seven years" is a marriage',
      id: 'celebrity-189fake',
      text: 'Chris Hemsworth and Elsa Pataky have been married for seven years after meeting in 2010 and tying the knot just months later.',
      want: ['relationship/married', 'author', '-', 'asserts', 'Chris Hemsworth + Elsa Pataky'],
    },
    {
      title: 'the other party may be described first ("with pop star The Weeknd"), not the couple of the clause',
      id: 'celebrity-114fake',
      text: 'Justin Bieber certainly wasn’t “Sorry” when Selena Gomez broke things off with pop star The Weeknd so he could swoop back in — but her friends were!',
      want: ['relationship/split', 'author', '-', 'asserts', 'Selena Gomez + The Weeknd'],
    },
    {
      title: '"his relationship with model Kaia Gerber … ended" is his word on their split',
      id: 'ariana-grande-pete-davidson-08',
      text: "Pete Davidson says his relationship with model Kaia Gerber, Cindy Crawford's daughter, ended because of his own troubles.",
      want: ['relationship/split', 'principal', 'Pete Davidson', 'confirms', 'Pete Davidson + Kaia Gerber'],
    },
  ])('$title ($id)', ({ id, text, want }) => {
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
