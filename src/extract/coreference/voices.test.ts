// "We" in a quotation a body speaks is the body, on passages of development articles (bbc-entertainment 031, 050,
// 225 and 289, shortened to the sentences that matter).
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from '../entities/index.ts';
import { resolveCoreference } from './resolve.ts';
import { expectOwners } from './people.test-helper.ts';
import { findQuotations } from './speakers.ts';

const all = (text: string) => {
  const doc = makeDoc(text);
  return resolveCoreference(doc, findEntities(doc));
};

describe('first-person plurals in a body’s quotations', () => {
  it('go to the body before its spokesman and saying verb, on through the next quotation (bbc-entertainment-289)', () => {
    const text =
      'A US Embassy spokesman said: "We are aware that entertainers require visas for time-specific visas and are doing everything we can to process those applications speedily." "We are aware of the importance of cultural exchange and we will do our best to facilitate that," he added.';
    expectOwners(text, all(text), [
      ['We', 'said: "', ['US Embassy']],
      ['we', 'everything', ['US Embassy']],
      ['We', 'speedily." "', ['US Embassy']],
      ['our', 'will do', ['US Embassy']],
    ]);
  });

  it('go to the body named with the spokesman after the quotation (bbc-entertainment-050, 031)', () => {
    const text =
      'The lawsuit said the star has endured mental and physical injuries. "We are not able to comment on pending litigation," Revolution Studios spokesman Sean Dudas said.';
    expectOwners(text, all(text), [['We', 'injuries. "', ['Revolution Studios']]]);
    const bbc = '"We are very pleased with the figures," a BBC spokesman said.';
    expectOwners(bbc, all(bbc), [['We', '', ['BBC']]]);
  });

  it('go to the body after "a spokeswoman for" (bbc-entertainment-022)', () => {
    const text =
      'A spokeswoman for the Royal Academy of Dance said: "It is our responsibility to re-ignite the passion and nurture young dancers."';
    expectOwners(text, all(text), [['our', 'is', ['Royal Academy of Dance']]]);
  });

  it('leave a quotation no body speaks to no body', () => {
    const text = 'The Royal Academy of Dance held its contest. Hazel Gilbert said: "We loved it."';
    expectOwners(text, all(text), [['We', 'said: "', []]]);
  });
});

describe('quotations', () => {
  it('reopen at a straight mark after a space and before a word, the one left unclosed ending there (bbc-entertainment-289)', () => {
    const text =
      '"The US market is the holy grail, and we\'re still going to fight to get in there. "It\'s still very important," added Mr Seller.';
    const quotes = findQuotations(text).map((q) => text.slice(q.start, q.end));
    expect(quotes).toEqual([
      '"The US market is the holy grail, and we\'re still going to fight to get in there. ',
      '"It\'s still very important,"',
    ]);
  });
});
