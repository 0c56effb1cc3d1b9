// Whose he or she a clause or a quotation keeps in focus, on passages of development articles (a Radio Times stream
// article, celebrity 065legit, 067legit, 112legit and 142legit, bbc-entertainment-279), shortened to the sentences that
// matter: the rules of clause-subject.ts and choose.ts (quoted-aside, continued-voice).
import { describe, it } from 'vitest';
import { expectOwners, people, readCases } from './people.test-helper.ts';

const CASES = readCases(new URL('./pronoun-focus.cases.json', import.meta.url));

describe('the focus of a he or she', () => {
  it.each(CASES)('$what', ({ text, owners }) => {
    expectOwners(text, people(text), owners);
  });
});
