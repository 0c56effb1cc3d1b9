// A relation noun set before a name is a mention of that person. Sentences of development articles, as written.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from '../entities/index.ts';
import { resolveCoreference } from './index.ts';

/** The texts of the person's alias mentions. */
function aliases(text: string, name: string): string[] {
  const doc = makeDoc(text);
  const person = resolveCoreference(doc, findEntities(doc)).find((e) => e.type === 'person' && e.name === name);
  return (person?.mentions ?? []).filter((m) => m.kind === 'alias').map((m) => m.text);
}

describe('a relation noun before a name', () => {
  it.each([
    [
      'celebrity-038legit',
      'The pop star will be reunited with boyfriend Blake Shelton as well as longtime coach Adam Levine for the twelfth season of the NBC singing competition, the show announced Tuesday.',
      'Adam Levine',
      ['longtime coach'],
    ],
    [
      'celebrity-038legit',
      'The pop star will be reunited with boyfriend Blake Shelton as well as longtime coach Adam Levine for the twelfth season of the NBC singing competition, the show announced Tuesday.',
      'Blake Shelton',
      ['boyfriend'],
    ],
    [
      'bbc-258',
      'The ex-Hole singer\'s lawyer Howard Weitzman said Ms Love had "turned her life around" and she was "clean and sober".',
      'Howard Weitzman',
      ['lawyer'],
    ],
    [
      'celebrity-124legit',
      "This year, these issues haven't only swirled around Gibson, Parker and, to a lesser extent, Woody Allen, whose latest film, Cafe Society, arrived at Cannes amid renewed allegations by his son Ronan Farrow that Allen had sexually abused Ronan's sister Dylan.",
      'Ronan Farrow',
      ['son'],
    ],
    [
      'celebrity-122legit (after a comma)',
      'In the interview, an emotional Jolie also talks about how she misses her mother, Marcheline Bertrand, who died of cancer 10 years ago, more than ever.',
      'Marcheline Bertrand',
      ['mother'],
    ],
  ])('%s: %s (%s)', (_, text, name, want) => {
    expect(aliases(text, name)).toEqual(want);
  });

  // Rules apposed-relation-compound and apposed-relation-verb (resolve.ts): what describes the tie and what does not.
  it.each([
    [
      'celebrity-167fake',
      'Josh Duhamel was tired of his pop-star wife Fergie’s “partying” before their breakup.',
      'Fergie',
      ['pop-star wife'],
    ],
    [
      'celebrity-139fake',
      "The talks are in the works thanks to Mel B's impending divorce from her soon-to-be ex-husband Stephen Belafonte.",
      'Stephen Belafonte',
      ['soon-to-be ex-husband'],
    ],
    [
      'celebrity-133legit',
      'Selena Gomez has been spotted on regular dates with Justin Bieber following her split from ex boyfriend The Weeknd.',
      'The Weeknd',
      ['ex boyfriend'],
    ],
    [
      'celebrity-176fake (an age is no description of the tie)',
      'However, onlookers revealed the couple — who also have a year-old son Saint — barely spoke to each other.',
      'Saint',
      ['son'],
    ],
    [
      'celebrity-122fake (a verb after a comma governs the noun)',
      'Now it’s time for her loved ones, including husband Brad Pitt, to act!',
      'Brad Pitt',
      ['husband'],
    ],
    [
      'bbc-060 (a verb after its subject governs the noun)',
      'The actor grabbed co-star Meryl Streep and whisked her around Leicester Square.',
      'Meryl Streep',
      ['co-star'],
    ],
    [
      'bbc-062 (a verb after "with" describes it)',
      'Alexander Payne won best director and best screenplay, along with writing partner Jim Taylor.',
      'Jim Taylor',
      ['writing partner'],
    ],
  ])('%s: %s (%s)', (_, text, name, want) => {
    expect(aliases(text, name)).toEqual(want);
  });

  it('but not an occupation, which names a role and no tie to someone (bbc-019)', () => {
    const text =
      'Slater, 35, is replacing actor Dallas Roberts in the Tennessee Williams drama, which opens next month.';
    expect(aliases(text, 'Dallas Roberts')).toEqual([]);
  });
});

// Rule possessor-kin-surname (ties.ts): a blood tie the text never gave a name is the one person before who bears
// the owner's surname.
describe("an owner's blood relative, by the surname they share", () => {
  const pippa =
    "But speaking of fancy royal garb, there's a big event coming up in a few days—Pippa Middleton's wedding! Kate Middleton's younger sister is tying the knot on Saturday to James Matthews.";
  it('gives "Kate Middleton\'s younger sister" to Pippa Middleton (celebrity-200legit)', () => {
    expect(aliases(pippa, 'Pippa Middleton')).toEqual(['younger sister']);
  });
  it('gives no one a brother when the only Middleton before is a woman', () => {
    expect(aliases(pippa.replace('younger sister', 'younger brother'), 'Pippa Middleton')).toEqual([]);
  });
  it('gives no one a sister of another surname', () => {
    expect(aliases(pippa.replace("Kate Middleton's", "Kate Winslet's"), 'Pippa Middleton')).toEqual([]);
  });
});
