// Rule group-descriptor-described (groups.ts): a band called by where it is from or by its size, on passages of
// development articles as written (bbc-entertainment 107, 201, 236, 255, 294).
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from '../entities/index.ts';
import { resolveCoreference } from './index.ts';
import { ownerOf } from './people.test-helper.ts';

function all(text: string) {
  const doc = makeDoc(text);
  return resolveCoreference(doc, findEntities(doc));
}

describe('a band described', () => {
  it.each([
    [
      'Nevertheless Franz Ferdinand were the only UK band to win an MTV Video Music Award this year, taking the breakthrough video crown for Take Me Out. The four-piece met two years ago when drummer Paul Thomson was working at a Glasgow art school.',
      'The four-piece',
      'Franz Ferdinand',
    ],
    [
      'It was also a good night for Ant and Dec who clinched two awards, including best comedy entertainment personality. The Geordie duo also secured best comedy entertainment programme for Saturday Night Takeaway.',
      'The Geordie duo',
      'Ant and Dec',
    ],
    [
      'The Manic Street Preachers are to take over the helm of BBC digital radio station 6 Music for a week in December. The Welsh band, whose hits include Design For Life, will present shows.',
      'The Welsh band',
      'Manic Street Preachers',
    ],
  ])('by where it is from or its size is the band named before (%#)', (text, phrase, band) => {
    expect(ownerOf(text, all(text), phrase)).toEqual([band]);
  });

  it.each([
    [
      'Indie dance band Kasabian built up a cult following throughout 2004. The four-piece Leicester band blends dark electronics with rock.',
      'The four-piece',
    ],
    [
      "The show is a co-production with Canadian Actors' Equity and U2 wrote a song for it, in conjunction with the Finnish group Varttina.",
      'the Finnish group',
    ],
  ])('is no short name when a longer phrase or a name follows (bait %#)', (text, phrase) => {
    expect(ownerOf(text, all(text), phrase)).toEqual([]);
  });
});
