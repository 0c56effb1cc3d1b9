// Whom an epithet names, on passages of development articles (celebrity 005legit, 033legit, 120legit, 120fake and
// bbc-entertainment 007): a wrong epithet is worse than a missed one.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from '../entities/index.ts';
import type { Entity } from '../types.ts';
import { resolveCoreference } from './index.ts';

function people(text: string): Entity[] {
  const doc = makeDoc(text);
  return resolveCoreference(doc, findEntities(doc)).filter((e) => e.type === 'person');
}
/** Who has a mention spanning exactly `phrase` (its first occurrence after `after`). */
function ownerOf(text: string, found: Entity[], phrase: string, after = ''): string[] {
  const at = text.indexOf(phrase, after ? text.indexOf(after) : 0);
  return found.filter((e) => e.mentions.some((m) => m.start === at && m.end === at + phrase.length)).map((e) => e.name);
}

describe('epithets', () => {
  it('are not the subject of their own clause ("Harry met the songstress") nor one named aside', () => {
    const text =
      'Prince Harry, 32, met Rihanna this week during a visit to Barbados.\n\nHarry, who is dating Suits actress ' +
      'Meghan Markle, joined forces with the Bajan beauty in Barbados this week.\n\nRihanna, 28, is rumoured to be ' +
      'newly-single, while Harry is well and truly taken.\n\nHarry met the songstress for the first time on ' +
      'Wednesday.\n\nWith his visit to Barbados coming to an end Harry looked determined to make the most of his ' +
      'evening with the Diamonds singer.';
    const found = people(text);
    // Not Meghan Markle, inside a closed "who" clause; and "Bajan" is where she is from, no work of hers.
    expect(ownerOf(text, found, 'the Bajan beauty')).toEqual(['Rihanna']);
    expect(ownerOf(text, found, 'the songstress')).toEqual(['Rihanna']);
    expect(ownerOf(text, found, 'the Diamonds singer')).toEqual(['Rihanna']);
  });

  it('never go to someone of another known age', () => {
    const text =
      'But Jennifer Aniston has issued a denial, saying nothing ever happened between her and Friends co-star Matt ' +
      'LeBlanc.\n\nStar magazine has reported that the father of the 48-year-old actor, Paul, alleged his son did ' +
      'have a romance with Jennifer, 46, while they starred on the show.\n\nAnd the 73-year-old went on to say it is ' +
      'supposed to have happened while she was married to her former husband Brad Pitt.\n\nBrad and Jen broke up ' +
      'after the 51-year-old actor made the movie Mr and Mrs Smith with his now wife Angelina Jolie.';
    const found = people(text);
    expect(ownerOf(text, found, 'the 48-year-old actor')).toEqual(['Matt LeBlanc']);
    expect(ownerOf(text, found, 'the 73-year-old')).not.toContain('Jennifer Aniston');
    expect(ownerOf(text, found, 'the 51-year-old actor')).toEqual(['Brad Pitt']);
  });

  it('name the one person the sentence named before them, outside its subject', () => {
    const text =
      'Selena Gomez may be one of the biggest household names in the world.\n\nAnd she got to meet one of her ' +
      "heroes, Jennifer Aniston, 45, at a party to celebrate the Friends star's new film Cake.\n\nSelena made sure " +
      "to get a picture for her Instagram account.\n\nAniston's new film has certainly drummed up some Oscar buzz for " +
      'the actress known more for her comedy work than dramatic.';
    const found = people(text);
    expect(ownerOf(text, found, 'the Friends star')).toEqual(['Jennifer Aniston']);
    expect(ownerOf(text, found, 'the actress')).toEqual(['Jennifer Aniston']);
  });

  it('run over coordinated heads and take the gender of the one that has it', () => {
    const text =
      'A changed man that is what Justin Bieber is claiming to be, but it appears that Jennifer Aniston is not sure ' +
      'he is telling the truth.\n\nIt is a well-known fact that Aniston and Selena Gomez are good friends. According ' +
      'to well-placed sources, Aniston sees the Texan singer and actress as a daughter.';
    const found = people(text);
    expect(ownerOf(text, found, 'the Texan singer and actress')).toEqual(['Selena Gomez']);
  });

  it('leave a description of someone not known yet to no one: "the overall winner"', () => {
    const text =
      'A panel of judges including Sir Trevor McDonald, actor Hugh Grant and writer Joanne Harris will decide the ' +
      'overall winner on Tuesday.';
    expect(ownerOf(text, people(text), 'the overall winner')).toEqual([]);
  });
});
