// Brands named like people (brands.ts): sentences of development articles.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from './index.ts';

const typeOf = (text: string, name: string): string | undefined =>
  findEntities(makeDoc(text)).find((e) => e.name === name)?.type;

describe('brands named like people', () => {
  it('brand-frame-before: a label after "fashion shows for" and a list is no person (celebrity-138legit)', () => {
    const text =
      'While the Logan Lucky actress headed to fashion shows for Lanyu and Ralph Lauren earlier in the week, the musician attended other events around town.';
    expect(typeOf(text, 'Ralph Lauren')).toBe('organization');
  });
  it('brand-frame-before: "the new face of" a beauty house (celebrity-084legit)', () => {
    const text =
      'When it was announced last week that Kendall Jenner would be the new face of Estée Lauder, a coveted contract that in the past has gone to the likes of Elizabeth Hurley, the news was met with surprise.';
    expect(typeOf(text, 'Estée Lauder')).toBe('organization');
    expect(typeOf(text, 'Kendall Jenner')).toBe('person');
  });
  it('brand-noun-after: a name before a garment in a list of what she wore (celebrity-184legit)', () => {
    const text =
      'The actress — who stunned in a Ralph & Russo gown, Forevermark diamonds and Stuart Weitzman shoes — gushed over her son.';
    expect(typeOf(text, 'Stuart Weitzman')).toBe('organization');
  });
  it('brand-noun-after: "wore custom Zac Posen designs" (celebrity-174legit)', () => {
    const text = 'The brides both wore custom Zac Posen designs for their backyard wedding in August 2008.';
    expect(typeOf(text, 'Zac Posen')).toBe('organization');
  });
  it("brand-noun-after: a possessive before a season's collection (constructed)", () => {
    expect(
      typeOf("Ralph Lauren's spring collection was shown on Friday, and Ralph Lauren stores sold out.", 'Ralph Lauren'),
    ).toBe('organization');
  });
  it('brand-noun-after: the last word again inside another label is not the surname alone (celebrity-164legit)', () => {
    const text =
      'Perry traded her Stéphane Rolland Couture gown for a custom Roberto Cavalli Couture design that came covered in sequins, while Jared Leto chose a second spangled statement jacket by Gucci.';
    expect(typeOf(text, 'Stéphane Rolland Couture')).toBe('organization');
  });
  it('keeps a person whose own dress it is (bait)', () => {
    expect(typeOf("Kim Kardashian's dress was the talk of the party.", 'Kim Kardashian')).toBe('person');
  });
  it('keeps a designer a person cue names (bait)', () => {
    const text = 'Designer Ralph Lauren said he loved the gown. She later wore a Ralph Lauren gown to the gala.';
    expect(typeOf(text, 'Ralph Lauren')).toBe('person');
  });
});
