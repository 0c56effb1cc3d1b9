// Error classes found on twelve development articles annotated by hand after the rules were written (bbc-entertainment
// 138, 219, 258, 307, 333, 345; celebrity 038, 118, 167, fake and legit): each case is an excerpt of one of them, run
// through the whole pipeline, and names the general class it stands for.
// The cases that are data (an excerpt → checks on its claims' rows), one section a describe, in annotated-dev.cases.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeExcerpts, claimRows as claims, run } from './test-run.ts';

// Every section of annotated-dev.cases.json, before the cases that are code.
describeExcerpts(new URL('./annotated-dev.cases.json', import.meta.url));

// celebrity-167fake, its paragraphs with a source's or Fergie's words.
const told = () =>
  run(
    'celebrity-167fake',
    'Josh Duhamel was tired of his pop-star wife Fergie’s “partying” before their breakup, we’re told.\n\n' +
      'The long slide coincided with the recording of Fergie’s first solo album in 11 years, “Double Dutchess.”\n\n' +
      '“[Fergie] was very focused on her album and being a rock star again, and Josh felt like she was going back to ' +
      'her ‘old ways,’ ” we’re told.\n\n' +
      'Page Six reported this week that fans are wondering if Fergie’s upcoming second solo album was inspired by her ' +
      'breakup with Duhamel.\n\nFergie admitted to Page Six, “There’s a lot of my life, and my vulnerable side.”',
  );

describe('what a speaker says of named people, in words no list knows (said.ts)', () => {
  it("a source's quote is the source's; \"we're told\" is an unnamed source (celebrity-038fake, celebrity-167fake)", () => {
    const source = run(
      'celebrity-038fake',
      'Gwen Stefani and Blake Shelton have been told to make nice for the cameras on The Voice. ' +
        '"The producers just told Gwen and Blake that they have to honor their contracts," the insider told Radar.',
    );
    expect(claims(source)).toContainEqual([
      'statement/said',
      'anonymous',
      '-',
      'asserts',
      'Gwen Stefani + Blake Shelton',
    ]);
    expect(claims(told()).filter((c) => c[0] === 'statement/said')).toContainEqual([
      'statement/said',
      'anonymous',
      '-',
      'asserts',
      'Fergie + Josh Duhamel',
    ]);
  });

  it('a person speaking of herself is on record, once (celebrity-167fake, bbc-entertainment-181)', () => {
    expect(claims(told()).filter((c) => c[0] === 'statement/said' && c[1] === 'principal')).toEqual([
      ['statement/said', 'principal', 'Fergie', 'confirms', 'Fergie'],
    ]);
    const evans = run(
      'bbc-entertainment-181',
      'Asked the reason for the sale, Chris Evans said: "I just want to get rid of it all, it\'s just a headache." ' +
        'He added: "It feels good to be selling this stuff, it\'s a weight off my mind."',
      '2005-01-20',
    );
    expect(claims(evans).filter((c) => c[0] === 'statement/said')).toEqual([
      ['statement/said', 'principal', 'Chris Evans', 'confirms', 'Chris Evans'],
    ]);
  });
});

describe('who denies when the article does not say (refine.ts agentless-denial)', () => {
  it('bets "were dismissed as a publicity stunt": an unnamed holder denies the casting (bbc-entertainment-333)', () => {
    // The whole article: the denial borrows its proposition, the casting of a Bond, from the article's topic.
    const text = readFileSync(new URL('../../../test/gold/texts/bbc-entertainment-333.txt', import.meta.url), 'utf8');
    expect(claims(run('bbc-entertainment-333', text, '2005-01-23'))).toContainEqual([
      'casting/cast',
      'anonymous',
      '-',
      'denies',
      'Colin Salmon',
    ]);
  });
});
