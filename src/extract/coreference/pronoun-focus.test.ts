// Whose he or she a clause or a quotation keeps in focus, on passages of development articles (a Radio Times stream
// article, celebrity 065legit, 067legit, 112legit and 142legit, bbc-entertainment-279), shortened to the sentences that
// matter: the rules of clause-subject.ts, ties.ts and choose.ts (quoted-aside, continued-voice, epithet-title-lead).
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from '../entities/index.ts';
import { resolveCoreference } from './index.ts';
import { expectOwners, ownerOf, people, readCases } from './people.test-helper.ts';

const CASES = readCases(new URL('./pronoun-focus.cases.json', import.meta.url));

describe('the focus of a he or she', () => {
  it.each(CASES)('$what', ({ text, owners }) => {
    expectOwners(text, people(text), owners);
  });
});

describe('an epithet under a title', () => {
  // Rule epithet-title-lead (choose.ts), celebrity-035fake: Aniston and Gomez are named once each before it.
  it('stands for the person the title names first, between people named about as often', () => {
    const text =
      'The love advice Jennifer Aniston, 48, gave Selena Gomez, 24, certainly paid off! So how does the A-List star ' +
      'feel about her new beau The Weeknd, 26?';
    const doc = {
      ...makeDoc(text),
      title: "Selena Gomez & The Weeknd's Plans To Double Date With Jennifer Aniston & Justin Theroux",
    };
    const found = resolveCoreference(doc, findEntities(doc));
    expect(ownerOf(text, found, 'the A-List star')).toEqual(['Selena Gomez']);
  });
});
