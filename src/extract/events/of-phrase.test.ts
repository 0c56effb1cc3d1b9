// A noun trigger that ends with its "of" ("the death of") is of whoever follows, not of the clause's subject: real
// sentences of a development stream article (test/fixtures/streams, ariana-grande-pete-davidson-05, the clause about
// the TMZ report left out).
import { describe, expect, it } from 'vitest';
import { runText, told } from './told.test-helper.ts';

const TEXT =
  'On Tuesday, October 16, Grande stepped out in public for once, to record a television special celebrating the ' +
  'Broadway musical Wicked. She had largely kept out of sight since the death of Mac Miller, her boyfriend of more ' +
  'than two years.';

describe('event-noun (of): a trigger ending in "of"', () => {
  it('gives "since the death of Mac Miller, her boyfriend" to Mac Miller alone, not to "She" who kept out of sight', () => {
    const out = runText('ariana-grande-pete-davidson-05', '2018-10-17', TEXT);
    const deaths = told(out, 'since the death of Mac Miller').filter((e) => e.type === 'death');
    expect(deaths).toEqual([{ type: 'death', date: null, who: ['Mac Miller'] }]);
  });

  it('gives "the death of Kanye West\'s mother, Donda" to Donda, not to her son (celebrity-136legit)', () => {
    const text =
      "After the song's release, certain listeners questioned the timing of the album, as Swift's November 10th " +
      "release date lands on the same day as the 10th anniversary of the death of Kanye West's mother, Donda.";
    const deaths = told(runText('celebrity-136legit', '2017-09-05', text), 'the death of').filter(
      (e) => e.type === 'death',
    );
    expect(deaths.map((e) => e.who)).toEqual([['Donda']]);
  });

  it('reads the of-phrase past a copula further back in the same sentence (the stream article as written)', () => {
    // The splitter keeps '…her number was "The Wizard and I." She had…' as one sentence; "was" is not the noun's verb.
    const text =
      'On Tuesday, October 16, Grande stepped out in public for once, to record a television special celebrating the ' +
      'Broadway musical Wicked; TMZ says her number was "The Wizard and I." She had largely kept out of sight since ' +
      'the death of Mac Miller, her boyfriend of more than two years.';
    const deaths = told(runText('ariana-grande-pete-davidson-05', '2018-10-17', text), 'the death of').filter(
      (e) => e.type === 'death',
    );
    expect(deaths.map((e) => e.who)).toEqual([['Mac Miller']]);
  });
});
