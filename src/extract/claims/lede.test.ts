// The lede's own news (lede.ts): the first sentence's main clause about named people is a claim whatever its verb.
import { describe, expect, it } from 'vitest';
import { claimRows, run } from './test-run.ts';

const ledes = (text: string, id: string) => claimRows(run(id, text)).filter(([type]) => type.startsWith('news/'));

describe('lede news', () => {
  it('a lede no word list names is the news of each person it is about (bbc-entertainment-084)', () => {
    const rows = ledes(
      "Leonardo DiCaprio, Jamie Foxx and Hilary Swank are among those due to attend this year's Oscar nominees " +
        'luncheon on Monday.\n\nThey will join more than 100 nominees from the 24 Oscar categories at the annual event.',
      'bbc-entertainment-084',
    );
    expect(rows).toEqual([
      ['news/attend', 'author', '-', 'asserts', 'Leonardo DiCaprio'],
      ['news/attend', 'author', '-', 'asserts', 'Jamie Foxx'],
      ['news/attend', 'author', '-', 'asserts', 'Hilary Swank'],
    ]);
  });

  it('a describing title before the name is no obstacle (bbc-entertainment-247)', () => {
    const rows = ledes(
      'Singer Britney Spears is suing eight insurance companies that have refused to reimburse her for cancelling ' +
        'her 2004 world tour.\n\nThe pop star cancelled her Onyx Hotel tour last June after suffering a knee injury.',
      'bbc-entertainment-247',
    );
    expect(rows).toEqual([['news/suing', 'author', '-', 'asserts', 'Britney Spears']]);
  });

  it('what two people do together is one story of the pair (celebrity-150legit)', () => {
    const rows = ledes(
      'Jennifer Garner and Chelsea Handler had a girls night out last night!\n\nThe pair were seen leaving Giorgio ' +
        'Baldi together on Wednesday (July 12) in Santa Monica, Calif.',
      'celebrity-150legit',
    );
    expect(rows.map(([, , , , subjects]) => subjects)).toEqual(['Jennifer Garner + Chelsea Handler']);
  });

  it('a negated lede says so, and its source holds it (celebrity-030legit)', () => {
    const rows = ledes(
      'Brad Pitt did not strike his son Maddox during a heated mid-flight argument with Angelina Jolie last week, ' +
        'according to a source with knowledge of the investigation.',
      'celebrity-030legit',
    );
    expect(rows).toEqual([['news/not strike', 'anonymous', '-', 'asserts', 'Brad Pitt']]);
  });

  it("a pair's quarrel or romance is left to the feud's and the relationship's rules (celebrity-078fake)", () => {
    expect(
      ledes(
        "Ellen DeGeneres and Portia de Rossi didn't show up at a charity fund-raiser for rescued animals after " +
          "having a huge fight in the car on the way to Sunday's event, sources tell Page Six.",
        'celebrity-078fake',
      ),
    ).toEqual([]);
  });

  it('a description as the subject, or a possessor, is no named subject (bbc-entertainment-134, -189)', () => {
    expect(
      ledes(
        'The guitarist with US rock band Korn has quit the music business, saying he made the decision after ' +
          'experiencing a religious awakening.',
        'bbc-entertainment-134',
      ),
    ).toEqual([]);
    expect(
      ledes(
        "Sprinter Kelly Holmes' Olympic victory has been named the top television moment of 2004 in a BBC poll.",
        'bbc-entertainment-189',
      ),
    ).toEqual([]);
  });

  it('only the lede: the same clause later in the article is colour, and a guess is no news', () => {
    expect(
      ledes(
        'The pop star cancelled her tour last June.\n\nSinger Britney Spears is suing eight insurance companies.',
        'bbc-entertainment-247',
      ),
    ).toEqual([]);
    expect(ledes('Singer Britney Spears may be suing eight insurance companies.', 'bbc-entertainment-247')).toEqual([]);
  });
  it("an aside's history does not hide the lede's news (bbc-entertainment-089)", () => {
    const rows = ledes(
      "Irish actor Dan O'Herlihy, who was nominated for best actor at the 1955 Oscars, has died at the age of 85.",
      'bbc-entertainment-089',
    );
    expect(rows).toEqual([['news/died', 'author', '-', 'asserts', "Dan O'Herlihy"]]);
  });

  it('descriptions before each subject, and a band named by its members (bbc-entertainment-098, -138, -177)', () => {
    expect(
      ledes(
        'Actor Tom Hanks and director Ron Howard are reuniting for The Da Vinci Code, an adaptation of the ' +
          'international best-selling novel by Dan Brown.',
        'bbc-entertainment-098',
      ).map(([, , , , subjects]) => subjects),
    ).toEqual(['Tom Hanks + Ron Howard']);
    expect(
      ledes(
        'The remaining members of rock band Queen are to go on tour next year with former Free and Bad Company ' +
          "singer Paul Rodgers taking Freddie Mercury's place.",
        'bbc-entertainment-138',
      ),
    ).toEqual([['news/go on tour', 'author', '-', 'asserts', 'Queen']]);
    expect(
      ledes(
        'Country and Western musician Jerry Scoggins has died in Los Angeles at the age of 93, his family has said.',
        'bbc-entertainment-177',
      ).map(([type, , , , subjects]) => [type, subjects]),
    ).toEqual([['news/died', 'Jerry Scoggins']]);
  });

  it('no lede claim beside another claim of the sentence about the same person', () => {
    const rows = claimRows(run('bbc-entertainment-330', 'Actor Michael Douglas has won a Golden Globe.'));
    expect(rows.map(([type]) => type)).toEqual(['award/win']);
  });
  it('a phrase put before the subject is passed; a description of someone is no news (celebrity-039legit, -012fake)', () => {
    expect(ledes('At long last, Lindsay Lohan has found love.', 'celebrity-039legit')).toEqual([
      ['news/found', 'author', '-', 'asserts', 'Lindsay Lohan'],
    ]);
    expect(ledes('Kanye West, 38, is the definition of a true workaholic.', 'celebrity-012fake')).toEqual([]);
    expect(
      ledes(
        'As The Weeknd reconnects with his ex, Bella Hadid, Selena Gomez continues her string of appearances with ' +
          'Justin Bieber.',
        'celebrity-143legit',
      ).map(([, , , , subjects]) => subjects),
    ).not.toContain('Bella Hadid');
  });
  it('a casting that names no work leaves the lede its news (bbc-entertainment-208)', () => {
    const rows = ledes(
      'Chart stars Duran Duran are to appear in a VH1 special in the US including interviews and concert footage.',
      'bbc-entertainment-208',
    );
    expect(rows).toEqual([['news/appear', 'author', '-', 'asserts', 'Duran Duran']]);
  });
});
