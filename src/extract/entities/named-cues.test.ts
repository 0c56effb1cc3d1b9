// General cues for works, organisations and broadcasters' channels, each on a sentence of a development article
// (BBC entertainment 001–350, celebrity pairs 001–200), as written.
import { describe, expect, it } from 'vitest';
import { typed, type Cases } from './typed.test-helper.ts';

const CASES: Cases = [
  [
    'a title after its work noun keeps the words title case gives it',
    [
      [
        'a capitalised function word the run stopped at (bbc-307)',
        "She also carved out a successful television career, appearing for many years in ITV's well-loved comedy Bless This House.",
        ['work:Bless This House'],
      ],
      [
        'a title closed by a comma (celebrity-130fake)',
        'Alongside her new album Younger Now, Cyrus was featured on multiple magazine covers and her "Malibu" music video where her naked face took center stage.',
        ['work:Younger Now'],
      ],
    ],
  ],
  [
    'a work noun set off by a comma, and titles listed after "include" or "such as"',
    [
      [
        'bbc-260',
        'Her most recent single, Car Wash, featuring Missy Elliott, reached number one.',
        ['work:Car Wash', 'person:Missy Elliott'],
      ],
      [
        'celebrity-124legit',
        "This year, these issues haven't only swirled around Gibson, Parker and, to a lesser extent, Woody Allen, whose latest film, Cafe Society, arrived at Cannes amid renewed allegations by his son Ronan Farrow that Allen had sexually abused Ronan's sister Dylan.",
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
    ],
  ],
  [
    'a body named with "of"',
    [
      [
        'bbc-307',
        'Born in January 1934, Rowlands won a scholarship to the Guildhall School of Speech and Drama scholarship when she was just 15.',
        ['organization:Guildhall School of Speech and Drama'],
      ],
      [
        'celebrity-118fake',
        'She even seemed to announce wedding plans at the Academy of Country Music Awards in April, when she showed up in a jaw-dropping, white bridal-style gown with Anderson on her arm.',
        ['event:Academy of Country Music Awards'],
      ],
      [
        'bbc-320',
        'Mr Holiff retired when he was in his late 40s, returning to education as a mature student at the University of Victoria, where he graduated with a degree in history.',
        ['organization:University of Victoria'],
      ],
    ],
  ],
  [
    'organisations and outlets by the words around them',
    [
      [
        'bbc-221: a body named with "Services"',
        "The show's independent adjudicator - the Electoral Reform Services - was also satisfied, she added.",
        ['organization:Electoral Reform Services'],
      ],
      [
        'bbc-258: a fellowship named with "Anonymous"',
        'She must also do 100 hours community service, have drug treatment, attend Narcotics Anonymous and pay a fine.',
        ['organization:Narcotics Anonymous'],
      ],
      [
        'bbc-121: an outlet noun before "The …"',
        'Scottish magazine The List recently compiled a list of the top 50 Scottish bands of all time, but left the final decision to the public.',
        ['outlet:The List'],
      ],
      [
        "celebrity-075legit: People in its own house style's capitals",
        '"They have the same manager and are friends through her," a source tells PEOPLE.',
        ['outlet:People'],
      ],
    ],
  ],
  [
    "a broadcaster's channel is an outlet of its own",
    [
      [
        '"BBC Three", "BBC One" and "Radio 4" apart from the BBC (bbc-201)',
        'Little Britain began life as a radio series on Radio 4, with Walliams and Lucas playing a range of misfit characters from an alternative Britain. It was later commissioned for BBC Three, where it proved a huge success, with the second series also shown on BBC One. The BBC show beat The Office Christmas Special.',
        ['outlet:Radio 4', 'outlet:BBC Three', 'outlet:BBC One', 'outlet:BBC'],
      ],
      [
        'a station named after a place (bbc-121)',
        'BBC Radio Scotland presenter Vic Galloway, who has been involved in the project, said it had been "great fun" to look back at Scotland\'s musical heritage.',
        ['outlet:BBC Radio Scotland'],
      ],
    ],
  ],
];

describe.each(CASES)('%s', (_, rows) => {
  it.each(rows)('%s', (_label, text, want) => {
    expect(typed(text)).toEqual(expect.arrayContaining(want));
  });
});

describe('but no work', () => {
  it.each([
    ['without an owner or an adjective before the noun', 'After the show, Cyrus said she was tired.'],
    ['without a list cue after the plural noun', 'Her hits, Dirrty and Beautiful, sold well.'],
  ])('%s', (_, text) => {
    expect(typed(text).filter((t) => t.startsWith('work:'))).toEqual([]);
  });
});
