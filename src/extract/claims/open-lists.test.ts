// open-claims.json: being among a prize's winners or nominees, and launching a venture, on sentences of the
// development corpora.
import { describe, expect, it } from 'vitest';
import { claimRows, run } from './test-run.ts';

const rows = (id: string, text: string, type: string) =>
  claimRows(run(id, text)).filter(([tv]) => tv.startsWith(`${type}/`));

describe('open claims: winners, nominees and ventures', () => {
  it('"were among the winners" at an awards ceremony is a win for each (bbc-entertainment-084)', () => {
    expect(
      rows(
        'bbc-entertainment-084',
        'Hilary Swank and Jamie Foxx are up for Oscars. Oscar nominees Swank and Foxx were among the winners at the ' +
          'Screen Actors Guild awards at the weekend.',
        'award',
      )
        .filter(([tv]) => tv === 'award/win')
        .map(([, , , , who]) => who),
    ).toEqual(expect.arrayContaining(['Hilary Swank', 'Jamie Foxx']));
  });

  it('"are the only nominees to have previously won" names both as nominees (bbc-entertainment-017)', () => {
    expect(
      rows(
        'bbc-entertainment-017',
        'Ian McEwan is on the shortlist. McEwan and Margaret Atwood are the only nominees to have previously won the ' +
          'main Booker Prize.',
        'award',
      ).map(([tv, , , , who]) => `${tv} ${who}`),
    ).toEqual(expect.arrayContaining(['award/nominate Ian McEwan', 'award/nominate Margaret Atwood']));
  });

  it('"is launching her new scent" is a business launch (celebrity-109legit)', () => {
    expect(
      rows(
        'celebrity-109legit',
        'Kim Kardashian West has a new venture. The 37-year-old reality star and businesswoman is launching her new ' +
          'scent on Wednesday, and this time it’s personal.',
        'business',
      ).map(([tv, holder, , stance, who]) => [tv, holder, stance, who]),
    ).toEqual([['business/launch', 'author', 'asserts', 'Kim Kardashian West']]);
  });

  it('"has launched the G-Unity Foundation" is one too (bbc-entertainment-288)', () => {
    expect(
      rows(
        'bbc-entertainment-288',
        '50 Cent announced he has launched the G-Unity Foundation "to help people overcome obstacles".',
        'business',
      ).map(([tv]) => tv),
    ).toEqual(['business/launch']);
  });
});
