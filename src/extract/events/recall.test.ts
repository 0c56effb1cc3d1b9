// Events the development gold has and the rules used to miss (issue 11), each on a real development sentence: the
// owner of a work that does something, a spokesman's organisation, words quoted and then "X wrote", an outlet that "is
// reporting", a band formed, a show that comes to an end.
import { describe, expect, it } from 'vitest';
import { itTells, runExcerpt, runGold, runText, told, toldIn } from './told.test-helper.ts';

describe('events the gold has that the rules used to miss, on development articles', () => {
  itTells([
    // "Their self-titled album moved from 13 to number four": the band whose album charts is in the chart event.
    ['bbc-entertainment-261', 'Their self-titled album moved', 'only', 'chart', null, ['Franz Ferdinand']],
    // '…you'll remain a false tabloid," the 23-year-old wrote' (on her website): words quoted, then written, are a post.
    ['bbc-entertainment-345', 'the 23-year-old wrote', 'only', 'post', null, ['Britney Spears']],
    // "Star magazine is reporting in their latest issue": the progressive is the outlet reporting, not a hedge.
    ['celebrity-057legit', 'Star magazine is reporting', 'only', 'report', null, ['Star']],
    // "Season 12 of The Voice will begin in February 2017": a season of a show is the show, and it begins.
    ['celebrity-038legit', 'Season 12 of The Voice', 'only', 'ceremony', '2017-02', ['The Voice']],
    // "Now, a source told Radar, …" and '"…," the insider told Radar': each telling is the outlet's report of its own.
    ['celebrity-038fake', 'a source told Radar', 'only', 'report', null, ['Radar Online']],
    ['celebrity-038fake', 'the insider told Radar', 'only', 'report', null, ['Radar Online']],
    // "Clark was inducted into the Rock and Roll Hall of Fame in 1993": the hall, an organization, takes part.
    [
      'bbc-entertainment-219',
      'inducted into the Rock and Roll Hall of Fame',
      'only',
      'award',
      '1993',
      ['Dick Clark', 'Rock and Roll Hall of Fame'],
    ],
  ]);

  it('keeps Kurt Cobain, named in the appositive describing Frances Bean, out of her custody (bbc-entertainment-258)', () => {
    // "…she had won back custody of Frances Bean, her 12-year-old daughter with former Nirvana frontman Kurt Cobain."
    expect(told(runGold('bbc-entertainment-258'), 'won back custody of Frances Bean')).toContainEqual({
      type: 'custody',
      date: null,
      who: ['Courtney Love', 'Frances Bean'],
    });
  });

  it('gives "In the interview, an emotional Jolie also talks about … her mother, Marcheline Bertrand" to Jolie alone (celebrity-122legit)', () => {
    const said = toldIn(runGold('celebrity-122legit'), 'In the interview, an emotional Jolie', { mentions: true });
    expect(said.filter((e) => e.type === 'statement').map((e) => e.who)).toEqual([['Angelina Jolie']]);
  });

  it('gives "In a joint statement released on Tuesday, they vowed…" to both of them: "released" describes the statement (celebrity-089fake)', () => {
    const said = told(runExcerpt('celebrity-089fake'), 'joint statement');
    expect(said.filter((e) => e.type === 'statement').map((e) => e.who)).toEqual([['Angelina Jolie', 'Brad Pitt']]);
  });

  it('finds "staff took photographs of them" a photo event, as "photos" is (bbc-entertainment-345)', () => {
    expect(told(runGold('bbc-entertainment-345'), 'staff took photographs').map((e) => e.type)).toContain('photo');
  });
});

describe('the new triggers, on sentences of development articles outside the gold', () => {
  const tells = (id: string, text: string) => told(runText(id, '2005-03-01', text), '');

  it('finds a band formed, with who formed it, and its year (bbc-entertainment-318)', () => {
    expect(tells('bbc-entertainment-318', 'Roxy Music were formed in 1971 by Ferry, Mackay and Brian Eno.')).toEqual([
      { type: 'formation', date: '1971', who: ['Brian Eno', 'Roxy Music'] },
    ]);
  });

  it('finds a show drawing to a close, dated by its clause (bbc-entertainment-176)', () => {
    const text =
      'HBO has been looking for its next big comedy hit since Sex And The City drew to a close in the US in February.';
    expect(tells('bbc-entertainment-176', text)).toContainEqual({
      type: 'end',
      date: '2005-02',
      who: ['Sex And The City'],
    });
  });

  it('makes an insider\'s words "dished to Radar" the outlet\'s report, not an unnamed statement (celebrity-107fake)', () => {
    const text = '“She is also hated among the crew too,” the insider dished to Radar.';
    expect(tells('celebrity-107fake', text)).toEqual([{ type: 'report', date: null, who: ['Radar Online'] }]);
  });

  it("gives a band's self-titled album released to the band (bbc-entertainment-255)", () => {
    const text = "Kasabian's self-titled album was released last September to widespread critical acclaim.";
    expect(tells('bbc-entertainment-255', text)).toEqual([{ type: 'release', date: '2004-09', who: ['Kasabian'] }]);
  });

  it('makes no report of a reporter\'s past work, "20 years after originally reporting its famine" (bbc-entertainment-189)', () => {
    const text =
      "Michael Buerk's return to Ethiopia, 20 years after originally reporting its famine, topped the factual category.";
    expect(tells('bbc-entertainment-189', text).filter((e) => e.type === 'report' || e.type === 'statement')).toEqual(
      [],
    );
  });
});
