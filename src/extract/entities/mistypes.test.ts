// Mis-typed names met on development corpora (the celebrity pairs, BBC articles, the Hailey Bieber stream), as
// sentences of those articles: what a reader checks in the entity list.
import { describe, expect, it } from 'vitest';
import { typed, type Cases } from './typed.test-helper.ts';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from './index.ts';

describe('names typed as what they are', () => {
  it('reads a title after a two-word work frame, or set before ", an adaptation of", as a work (bbc-entertainment-214)', () => {
    expect(typed('John Nettles will return in a one-off edition of Midsomer Murders.')).toContain(
      'work:Midsomer Murders',
    );
    expect(
      typed('New drama includes Archangel, an adaptation of the Robert Harris best-seller, which stars Daniel Craig.'),
    ).toContain('work:Archangel');
    // The work noun only describes a role there: "Steven Spielberg, a film director".
    expect(typed('Steven Spielberg, a film director, was there.')).toContain('person:Steven Spielberg');
  });

  it('reads the title a casting names as a work: "lined up to star in Fingersmith", "star in the real-life drama, Cherished" (bbc-entertainment-214)', () => {
    expect(typed('Imelda Staunton and Charles Dance are lined up to star in Fingersmith.')).toContain(
      'work:Fingersmith',
    );
    expect(typed('Sarah Lancashire and Timothy Spall will star in the real-life drama, Cherished.')).toContain(
      'work:Cherished',
    );
    // A person named after the cue is still a person: "will star in the film with Tom Hanks".
    expect(typed('She will star in the film with Tom Hanks.')).toContain('person:Tom Hanks');
  });

  it('reads "Conleth Hill, who plays director Roger DeBris" as a person, not a hill (rule place-word-who, bbc-entertainment-275)', () => {
    const out = typed(
      'A smash hit on Broadway before moving to London, the show also won best musical performance in a supporting role for Conleth Hill, who plays director Roger DeBris.',
    );
    expect(out).toContain('person:Conleth Hill');
    expect(out).not.toContain('place:Conleth Hill');
    expect(typed('They met at Primrose Hill, which overlooks the city.')).not.toContain('person:Primrose Hill');
  });

  it('reads "rapper ASAP Rocky" as one person, though the tagger reads ASAP as an adverb (celebrity-195fake)', () => {
    expect(typed('Kendall Jenner is dating rapper ASAP Rocky.')).toContain('person:ASAP Rocky');
    expect(typed('Kendall Jenner will call ASAP Rocky tomorrow.')).not.toContain('person:ASAP Rocky');
  });

  it('reads "actress Doris Day" as a woman, not a holiday (bbc-entertainment-124); "Christmas Day" stays no person', () => {
    const out = typed(
      'The son of actress Doris Day, he helped write Kokomo for the Beach Boys. He was born on Christmas Day in 1942.',
    );
    expect(out).toContain('person:Doris Day');
    expect(out).not.toContain('event:Doris Day');
    expect(out.filter((e) => e.startsWith('person:Christmas'))).toEqual([]);
  });

  it('reads "E! News" and "E!" as one outlet (celebrity-011fake, -046legit)', () => {
    const out = typed(
      'His friends are reportedly starting to think so, according to E! News. "At one point Drake sang," an anonymous source told E!.',
    );
    expect(out).toContain('outlet:E! News');
    expect(out.filter((e) => e.startsWith('person:E'))).toEqual([]);
  });

  it('makes no royal of "Queen Bee" (celebrity-061legit) and no person of "the Queen Phoenix" (bbc-entertainment-138)', () => {
    expect(
      typed('With the help of contemporary artist Awol Erizku, Queen Bee shared her exciting news.'),
    ).not.toContain('person:Bee');
    expect(typed('May said: "Suddenly the Queen Phoenix is rising again from the ashes."')).not.toContain(
      'person:Phoenix',
    );
  });

  it('makes no people of "April Fools", "Baby Baby" or "Dog Mom" (hailey-bieber-pregnancy-01, -02, -04)', () => {
    const out = typed(
      'The caption finally admitted it: April Fools. Days earlier, the gossip account DeuxMoi had posted a blind item headed "Baby Baby," teasing that "a pair of A-listers" would share pregnancy news. Hailey added her own comment, suggesting he "change the caption to *Dog Mom and Dad* before people get the wrong idea."',
    );
    expect(out.filter((e) => e.startsWith('person:') && e !== 'person:Hailey')).toEqual([]);
  });
});

// Every name the sentence gives, and only those.
const EXACT: Cases = [
  [
    'names typed as what they are',
    [
      [
        'reads Marie Claire as a magazine, not a woman (celebrity-006legit)',
        '"There\'s no part of me that I don\'t feel comfortable showing," she told Marie Claire.',
        ['outlet:Marie Claire'],
      ],
      [
        "reads Ocean's Eleven and Ocean's 12 as films, not a person called Ocean (bbc-entertainment-074, -060)",
        "The sequel narrowly beat its 2001 predecessor, Ocean's Eleven which took $38.1m (£19.8m) on its opening weekend. The film displaced Ocean's 12.",
        ["work:Ocean's Eleven", "work:Ocean's 12"],
      ],
      [
        'cuts a glued "is" off a name: "Taylor Swiftis trying" (celebrity-021fake)',
        'There are reports that Taylor Swiftis trying to rekindle her relationship with ex-boyfriend Jake Gyllenhaal.',
        ['person:Taylor Swift', 'person:Jake Gyllenhaal'],
      ],
      [
        'glued-and: cuts a glued "and" off a surname the article writes alone: "Jamie Foxxand Katie Holmes" (celebrity-138legit)',
        'Jamie Foxxand Katie Holmes have hit the Big Apple. While they may have crossed paths in New York, Foxx was focused on another special lady.',
        ['person:Jamie Foxx', 'person:Katie Holmes', 'place:New York'],
      ],
    ],
  ],
  [
    'works and bodies the runs missed',
    [
      ['leaves quoted speech with a comma alone: "I Love It," she said', '"I Love It," she said.', []],
      [
        'names a hall of fame with its "of Fame" (bbc-entertainment-138, -219)',
        'They teamed up again for a concert to mark their induction into the UK Music Hall of Fame. He was inducted into the Rock and Roll Hall of Fame in 1993.',
        ['organization:UK Music Hall of Fame', 'organization:Rock and Roll Hall of Fame'],
      ],
    ],
  ],
];

describe.each(EXACT)('%s: exactly', (_, rows) => {
  it.each(rows)('%s', (_label, text, want) => {
    expect(typed(text)).toEqual(want);
  });
});

// Names the sentence gives, among others.
describe('names found among others', () => {
  it.each([
    [
      'reads "her new boyfriend The Weeknd" as a person (celebrity-023fake)',
      'That included his ex Selena Gomez, 24, and her new boyfriend The Weeknd, 26.',
      ['person:The Weeknd'],
    ],
    [
      "knows the bands of a singer's career (bbc-entertainment-138)",
      'Rodgers was singer with early 1970s rockers Free before forming Bad Company, a successful "supergroup" with members of King Crimson and Mott the Hoople.',
      ['group:Bad Company', 'group:King Crimson', 'group:Mott the Hoople'],
    ],
    [
      'takes a quoted title whose comma sits inside the quotes after a work noun (celebrity-167legit)',
      'The singer talked about her marriage at a screening Wednesday for her new visual album, "Double Dutchess," at iPic Theaters Fulton Market in New York.',
      ['work:Double Dutchess'],
    ],
    [
      'finds a listed name that opens on a digit: "boy band 5ive" (bbc-entertainment-138)',
      'Queen went to number one in 2000 with a version of We Will Rock You sung by boy band 5ive.',
      ['group:5ive'],
    ],
  ])('%s', (_, text, want) => {
    expect(typed(text)).toEqual(expect.arrayContaining(want));
  });

  it('makes no people of venues a "the" or a French article opens (celebrity-044legit) nor of "the Times" (celebrity-163fake)', () => {
    const out = typed(
      'There was also Kevin, a 28-year-old fireman, a concert-goer at the Bataclan, who was shot in the leg. William and Kate were first visiting Les Invalides, an iconic French military hospital in the heart of the city. They were greeted by General Ract Madoux, governor of Les Invalides, who introduced them.',
    );
    expect(out.filter((e) => /Bataclan|Invalides/.test(e) && e.startsWith('person:'))).toEqual([]);
    expect(out).toContain('person:Kevin');
    expect(
      typed('Weinstein denies the accounts given by several female former employees to the Times, who published them.'),
    ).not.toContain('person:Times');
  });

  it('makes no royal of a dog breed (celebrity-173fake, -143legit) and keeps a princess (celebrity-135fake)', () => {
    const out = typed(
      "The singer's precious new pooch Charlie, an adorable Cavalier King Charles Spaniel, is likely helping Selena cope. Selena just adopted the Cavalier King Charles Spaniel in September.",
    );
    expect(out.filter((e) => /Spaniel/.test(e))).toEqual([]);
    expect(
      typed('That too, with a princess – Princess Charlotte Casiraghi of Monaco to be specific, reported New Idea.'),
    ).toContain('person:Charlotte Casiraghi');
  });

  it('takes a title word used once as a subject for a stage name, a band when its verb is plural (celebrity-029fake, bbc-262)', () => {
    expect(typed('As The ENQUIRER reported, Prince had been diagnosed with HIV in the 1990s.')).toContain(
      'person:Prince',
    );
    expect(typed('The Beatles had it, REM hold onto it and Queen were it in a catsuit.')).toContain('group:Queen');
    // The end of a longer name the scan broke at the title is no one of its own.
    expect(typed('The death of Martin Luther King saw it postponed for two days.')).not.toContain('person:King');
  });

  it('makes a team of a plural name before a player and a name (celebrity-176legit, -112legit)', () => {
    const out = typed(
      'Neither she nor her boyfriend, Cleveland Cavaliers player Tristan Thompson, have spoken publicly about it. The investor and Dallas Mavericks owner Mark Cuban says so.',
    );
    expect(out).toEqual(
      expect.arrayContaining([
        'organization:Cleveland Cavaliers',
        'person:Tristan Thompson',
        'organization:Dallas Mavericks',
        'person:Mark Cuban',
      ]),
    );
    // "Indiana Jones star Harrison Ford": a film's star, not a team's.
    expect(typed('Indiana Jones star Harrison Ford arrived.')).not.toContain('organization:Indiana Jones');
  });

  it('makes one entity of a name and its capitals (celebrity-120legit, -148fake)', () => {
    const text = `Selena Gomez met Jennifer Aniston at a party to celebrate the Friends star's new film Cake in Los Angeles on Friday night. "I get to watch her completely transform in her new movie CAKE," she wrote. First Lady MICHELLE OBAMA visited; Michelle Obama smiled.`;
    const entities = findEntities(makeDoc(text));
    expect(entities.filter((e) => /^cake$/i.test(e.name)).map((e) => [e.type, e.mentions.length])).toEqual([
      ['work', 2],
    ]);
    expect(entities.filter((e) => /^michelle obama$/i.test(e.name)).map((e) => e.mentions.length)).toEqual([2]);
  });
});

// Round 26b: organisation suffix, given-name subject, titled stage names (sentences of development articles).
describe('names typed on unseen text (names26b)', () => {
  it('reads "Infinity Broadcasting" and "Cidatel Broadcasting said" as companies (bbc-entertainment-199, -218)', () => {
    expect(typed('Infinity Broadcasting, which is owned by Viacom, paid cumulative fines totalling $1.7m.')).toContain(
      'organization:Infinity Broadcasting',
    );
    const out = typed('Cidatel Broadcasting said Stern had transformed his show into a "continuous infomercial".');
    expect(out).toContain('organization:Cidatel Broadcasting');
    expect(out).not.toContain('person:Cidatel Broadcasting');
  });

  it('given-name-subject: a person before "have" or after "duo" is no band (bbc-entertainment-341, -188, -221)', () => {
    expect(
      typed('Famous Japanese directors including Akira Kurosawa have had films produced at the studio.'),
    ).toContain('person:Akira Kurosawa');
    expect(
      typed('Ice skating duo Jayne Torvill and Christopher Dean are to front a similar celebrity show.'),
    ).toContain('person:Jayne Torvill');
    const out = typed(
      "Celebrity Big Brother ends on Sunday, with Happy Mondays star Bez, actress Brigitte Nielsen and Blazin' Squad rapper Kenzie competing.",
    );
    expect(out).toContain('person:Brigitte Nielsen');
    expect(out).toContain("group:Blazin' Squad");
  });

  it('keeps a band of a plural verb and a role after an adjective out of given-name-subject (bbc-entertainment-333)', () => {
    expect(typed('Last year Keane were the big winners.')).toContain('group:Keane');
    expect(
      typed(
        'A large number of bets on actor Colin Salmon to become the first black James Bond were dismissed as a publicity stunt.',
      ),
    ).not.toContain('person:James Bond');
  });

  it('titled-stage-name: "Dr Dre" and "Lady Gaga" keep their title (bbc-entertainment-135, celebrity-134fake)', () => {
    const dre = typed(
      'Rapper Young Buck has been charged after allegedly stabbing a man who hit Dr Dre as he was about to receive a lifetime achievement award.',
    );
    expect(dre).toContain('person:Dr Dre');
    expect(dre).not.toContain('person:Dre');
    expect(typed('Pink and Lady Gaga are teaming up to take down Madonna!')).toContain('person:Lady Gaga');
    // A doctor called by his surname is still named without the title.
    expect(typed('Dr Arnold said the operation had gone well.')).toContain('person:Arnold');
  });
});
