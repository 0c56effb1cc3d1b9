// Whom an epithet names, on passages of development articles (celebrity 005legit, 033legit, 120legit, 120fake and
// bbc-entertainment 007): a wrong epithet is worse than a missed one.
import { describe, expect, it } from 'vitest';
import { caseText, expectOwners, ownerOf, people, readCases } from './people.test-helper.ts';

const CASES = readCases(new URL('./epithets.cases.json', import.meta.url));
const AGES = caseText(CASES, 'AGES');

describe('epithets', () => {
  // Each epithet and who it names: [] for no one.
  it.each(CASES)('$what', ({ text, owners }) => {
    expectOwners(text, people(text), owners);
  });

  it('never go to someone of another known age', () => {
    expect(ownerOf(AGES, people(AGES), 'the 73-year-old')).not.toContain('Jennifer Aniston');
  });
});
