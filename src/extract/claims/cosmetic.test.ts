// A cosmetic procedure is its own open claim type, not health: on excerpts of development articles (claims.json's
// cosmetic proposition, open-claims.json's cosmetic predicate).
import { describe, expect, it } from 'vitest';
import { claimRows, run } from './test-run.ts';

const cosmetic = (id: string, text: string) =>
  claimRows(run(id, text)).filter(([typeValue]) => typeValue === 'cosmetic/procedure' || typeValue === 'health/health');

describe('cosmetic procedures', () => {
  it('"has admitted that she got facial fillers" is her confirmation of a procedure (celebrity-113fake)', () => {
    const rows = cosmetic(
      'celebrity-113fake',
      'Khloe Kardashian has admitted that she got facial fillers on the latest episode of her chat show Kocktails ' +
        'With Khloe, but it didn’t work out how she wanted.',
    );
    expect(rows).toEqual([['cosmetic/procedure', 'principal', 'Khloe Kardashian', 'confirms', 'Khloe Kardashian']]);
  });

  it('"denied she has ever been under the knife" denies a procedure, no illness (celebrity-080legit)', () => {
    const rows = cosmetic(
      'celebrity-080legit',
      "Catherine Zeta-Jones, who plays journalist Rose Winters in the new Dad's Army film, also denied she has ever " +
        'been under the knife, though she did not rule it out for the future.',
    );
    expect(rows.map(([typeValue, , , stance]) => [typeValue, stance])).toEqual([['cosmetic/procedure', 'denies']]);
  });

  it('"plastic surgery rumors" are about a procedure, not her health (celebrity-115fake)', () => {
    const rows = cosmetic('celebrity-115fake', 'Nicole Kidman is sparking plastic surgery rumors again!');
    expect(rows.map(([typeValue, holder, , stance]) => [typeValue, holder, stance])).toEqual([
      ['cosmetic/procedure', 'author', 'hedges'],
    ]);
  });
});
