// Whom an epithet names, on passages of development articles (celebrity 005legit, 033legit, 120legit, 120fake and
// bbc-entertainment 007): a wrong epithet is worse than a missed one.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { epithetAt } from './epithets.ts';
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

  // The show's other stars bear other names: its eponym named far before is not the one meant.
  it('do not give a show named after a family to the one of that name named far before (celebrity-195legit)', () => {
    const text =
      "Khloe Kardashian was not there. Kendall Jenner seems way too busy to be loitering around backstage. She has fashion campaigns to shoot. A source said Kendall is desperate to win Harry Styles back. She believes he is the one. However, friends close to the Keeping Up With the Kardashians star are worried that Kendall's plan may back fire on her.";
    expect(ownerOf(text, people(text), 'the Keeping Up With the Kardashians star')).not.toContain('Khloe Kardashian');
  });
});

// Passages of the development streams: an epithet's title keeps its small words.
describe('an epithet whose modifier is a title with small words', () => {
  it.each([
    [
      'Kim Kardashian was seen with Pete Davidson. The King of Staten Island actor smiled.',
      'The King of Staten Island actor',
    ],
    [
      'Taylor Swift and Katy Perry buried the hatchet. Later the Keeping Up with the Kardashians star posted.',
      'the Keeping Up with the Kardashians star',
    ],
    ['Katy Perry met Taylor Swift. The Shake It Off star smiled.', 'The Shake It Off star'],
  ])('reads the whole epithet (%s)', (text, epithet) => {
    const doc = makeDoc(text);
    const i = doc.tokens.findIndex((t) => t.start === text.indexOf(epithet));
    expect(epithetAt(doc, i)?.role).toBe(epithet.replace(/^the /i, ''));
  });
  it('stops at a small word that no capital follows (bait)', () => {
    const text = 'Later the Oscar winner of the night smiled.';
    const doc = makeDoc(text);
    const i = doc.tokens.findIndex((t) => t.text === 'the');
    expect(epithetAt(doc, i)?.role).toBe('Oscar winner');
  });
});
