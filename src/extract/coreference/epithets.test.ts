// Whom an epithet names, on passages of development articles (celebrity 005legit, 033legit, 120legit, 120fake and
// bbc-entertainment 007): a wrong epithet is worse than a missed one.
import { describe, expect, it } from 'vitest';
import { ownerOf, people } from './people.test-helper.ts';

const AGES =
  'But Jennifer Aniston has issued a denial, saying nothing ever happened between her and Friends co-star Matt ' +
  'LeBlanc.\n\nStar magazine has reported that the father of the 48-year-old actor, Paul, alleged his son did ' +
  'have a romance with Jennifer, 46, while they starred on the show.\n\nAnd the 73-year-old went on to say it is ' +
  'supposed to have happened while she was married to her former husband Brad Pitt.\n\nBrad and Jen broke up ' +
  'after the 51-year-old actor made the movie Mr and Mrs Smith with his now wife Angelina Jolie.';

describe('epithets', () => {
  // Each epithet and who it names: [] for no one.
  it.each<[string, string, [string, string[]][]]>([
    [
      // Not Meghan Markle, inside a closed "who" clause; and "Bajan" is where she is from, no work of hers.
      'are not the subject of their own clause ("Harry met the songstress") nor one named aside',
      'Prince Harry, 32, met Rihanna this week during a visit to Barbados.\n\nHarry, who is dating Suits actress ' +
        'Meghan Markle, joined forces with the Bajan beauty in Barbados this week.\n\nRihanna, 28, is rumoured to be ' +
        'newly-single, while Harry is well and truly taken.\n\nHarry met the songstress for the first time on ' +
        'Wednesday.\n\nWith his visit to Barbados coming to an end Harry looked determined to make the most of his ' +
        'evening with the Diamonds singer.',
      [
        ['the Bajan beauty', ['Rihanna']],
        ['the songstress', ['Rihanna']],
        ['the Diamonds singer', ['Rihanna']],
      ],
    ],
    [
      'go to the one of the age the text gave',
      AGES,
      [
        ['the 48-year-old actor', ['Matt LeBlanc']],
        ['the 51-year-old actor', ['Brad Pitt']],
      ],
    ],
    [
      'name the one person the sentence named before them, outside its subject',
      'Selena Gomez may be one of the biggest household names in the world.\n\nAnd she got to meet one of her ' +
        "heroes, Jennifer Aniston, 45, at a party to celebrate the Friends star's new film Cake.\n\nSelena made sure " +
        "to get a picture for her Instagram account.\n\nAniston's new film has certainly drummed up some Oscar buzz for " +
        'the actress known more for her comedy work than dramatic.',
      [
        ['the Friends star', ['Jennifer Aniston']],
        ['the actress', ['Jennifer Aniston']],
      ],
    ],
    [
      'run over coordinated heads and take the gender of the one that has it',
      'A changed man that is what Justin Bieber is claiming to be, but it appears that Jennifer Aniston is not sure ' +
        'he is telling the truth.\n\nIt is a well-known fact that Aniston and Selena Gomez are good friends. According ' +
        'to well-placed sources, Aniston sees the Texan singer and actress as a daughter.',
      [['the Texan singer and actress', ['Selena Gomez']]],
    ],
    [
      'leave a description of someone not known yet to no one: "the overall winner"',
      'A panel of judges including Sir Trevor McDonald, actor Hugh Grant and writer Joanne Harris will decide the ' +
        'overall winner on Tuesday.',
      [['the overall winner', []]],
    ],
  ])('%s', (_, text, owners) => {
    const found = people(text);
    for (const [phrase, want] of owners) expect(ownerOf(text, found, phrase)).toEqual(want);
  });

  it('never go to someone of another known age', () => {
    expect(ownerOf(AGES, people(AGES), 'the 73-year-old')).not.toContain('Jennifer Aniston');
  });
});
