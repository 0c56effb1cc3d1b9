// General cues for works, organisations and broadcasters' channels, each on a sentence of a development article
// (BBC entertainment 001–350, celebrity pairs 001–200), as written.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from './index.ts';

const typed = (text: string): string[] => findEntities(makeDoc(text)).map((e) => `${e.type}:${e.name}`);

describe('a title after its work noun keeps the words title case gives it', () => {
  it.each([
    [
      'a capitalised function word the run stopped at (bbc-307)',
      "She was also a familiar face on the small screen, appearing for many years in ITV's well-loved comedy Bless This House.",
      'work:Bless This House',
    ],
    [
      'a title closed by a comma (celebrity-130fake)',
      'Alongside her new album Younger Now, Cyrus was featured on multiple magazine covers.',
      'work:Younger Now',
    ],
  ])('%s', (_, text, want) => {
    expect(typed(text)).toContain(want);
  });
});

describe('a work noun set off by a comma, and titles listed after "include" or "such as"', () => {
  it.each([
    [
      'bbc-260',
      'Her most recent single, Car Wash, featuring Missy Elliott, reached number one.',
      ['work:Car Wash', 'person:Missy Elliott'],
    ],
    [
      'celebrity-124legit',
      'Woody Allen, whose latest film, Cafe Society, arrived at Cannes amid renewed allegations.',
      ['work:Cafe Society'],
    ],
    ['bbc-260', 'Her hits include What a Girl Wants, Dirrty and Beautiful.', ['work:Dirrty', 'work:Beautiful']],
    [
      'bbc-281',
      'He has had 12 UK hit singles, including Hot in Herre, Dilemma and recent number one Over and Over.',
      ['work:Hot in Herre', 'work:Dilemma'],
    ],
    [
      'bbc-219',
      'He has also been responsible for television series such as TV Bloopers, Celebrity Boxing and drama American Dreams.',
      ['work:TV Bloopers', 'work:Celebrity Boxing', 'work:American Dreams'],
    ],
  ])('%s: %s', (_, text, want) => {
    expect(typed(text)).toEqual(expect.arrayContaining(want));
  });

  it.each([
    ['no owner or adjective before the noun', 'After the show, Cyrus said she was tired.'],
    ['no list cue after the plural noun', 'Her hits, Dirrty and Beautiful, sold well.'],
  ])('not with %s', (_, text) => {
    expect(typed(text).filter((t) => t.startsWith('work:'))).toEqual([]);
  });
});

describe('a body named with "of"', () => {
  it.each([
    [
      'bbc-307',
      'Born in January 1934, Rowlands won a scholarship to the Guildhall School of Speech and Drama scholarship when she was just 15.',
      'organization:Guildhall School of Speech and Drama',
    ],
    [
      'celebrity-118fake',
      'She even seemed to announce wedding plans at the Academy of Country Music Awards in April, when she showed up in a jaw-dropping, white bridal-style gown with Anderson on her arm.',
      'event:Academy of Country Music Awards',
    ],
    [
      'a university',
      'She studied at the University of Southern California.',
      'organization:University of Southern California',
    ],
  ])('%s', (_, text, want) => {
    expect(typed(text)).toContain(want);
  });
});

describe("a broadcaster's channel is an outlet of its own", () => {
  it('names "BBC Three", "BBC One" and "Radio 4" apart from the BBC (bbc-201)', () => {
    const text =
      'Little Britain began life as a radio series on Radio 4, with Walliams and Lucas playing a range of misfit characters from an alternative Britain. It was later commissioned for BBC Three, where it proved a huge success, with the second series also shown on BBC One. The BBC show beat The Office Christmas Special.';
    expect(typed(text)).toEqual(
      expect.arrayContaining(['outlet:Radio 4', 'outlet:BBC Three', 'outlet:BBC One', 'outlet:BBC']),
    );
  });
  it('and a station named after a place (bbc-121)', () => {
    const text =
      'BBC Radio Scotland presenter Vic Galloway, who has been involved in the project, said it had been "great fun" to look back at Scotland\'s musical heritage.';
    expect(typed(text)).toContain('outlet:BBC Radio Scotland');
  });
});

describe('organisations and outlets by the words around them', () => {
  it.each([
    [
      'bbc-221: a body named with "Services"',
      "The show's independent adjudicator - the Electoral Reform Services - was also satisfied, she added.",
      'organization:Electoral Reform Services',
    ],
    [
      'bbc-258: a fellowship named with "Anonymous"',
      'She must also do 100 hours community service, have drug treatment, attend Narcotics Anonymous and pay a fine.',
      'organization:Narcotics Anonymous',
    ],
    [
      'bbc-121: an outlet noun before "The …"',
      'Scottish magazine The List recently compiled a list of the top 50 Scottish bands of all time, but left the final decision to the public.',
      'outlet:The List',
    ],
    [
      "celebrity-075legit: People in its own house style's capitals",
      '"They have the same manager and are friends through her," a source tells PEOPLE.',
      'outlet:People',
    ],
  ])('%s', (_, text, want) => {
    expect(typed(text)).toContain(want);
  });
});
