// Who a pronoun stands for when several people of its gender were just named: the subject of the main clause, not a
// name inside an opening subordinate clause, an apposition or a possessor. Sentences from development articles.
import { describe, it } from 'vitest';
import { expectOwners, people } from './people.test-helper.ts';

describe('the subject of the main clause is the focus', () => {
  it('after an opening "As …" clause and an apposed ex (celebrity-143legit)', () => {
    const text =
      'As The Weeknd reconnects with his ex, Bella Hadid, Selena Gomez continues her string of appearances with ' +
      'Justin Bieber. Last night, she supported the Canadian pop star at his hockey game in LA (for the second time).';
    expectOwners(text, people(text), [
      ['she', 'Last night', ['Selena Gomez']],
      ['the Canadian pop star', 'supported', ['Justin Bieber']],
    ]);
  });

  it('through the subject’s own later mentions in its sentence (celebrity-120fake)', () => {
    const text =
      'It is a well-known fact that Aniston and Selena Gomez are good friends. According to well-placed sources, ' +
      'Aniston sees the Texan singer and actress as a daughter.\n\nThe person close to Brad Pitt’s former wife ' +
      'claimed that she is disappointed in Gomez’s decision to go back to the Canadian star who previously broke her ' +
      'heart.';
    // Jennifer Aniston is named in full in the article's first sentence.
    const full =
      'A changed man that is what Justin Bieber is claiming to be, but it appears that Jennifer Aniston is ' +
      'not sure he is telling the truth.\n\n' +
      text;
    expectOwners(full, people(full), [['she', 'claimed that', ['Jennifer Aniston']]]);
  });

  it('not carried by a possessor, and taken by a clause of its own after "but" (celebrity-124legit)', () => {
    const text =
      "Russell Crowe's assault of a BAFTA producer is said to have cost him an Oscar for 2001's A Beautiful Mind, " +
      'but in 2003, Roman Polanski won best director for The Pianist even though he couldn’t accept his award in ' +
      'person.';
    expectOwners(text, people(text), [
      ['him', 'cost', ['Russell Crowe']],
      ['he', 'even though', ['Roman Polanski']],
      ['his', 'accept', ['Roman Polanski']],
    ]);
  });
});
