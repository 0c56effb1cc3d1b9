// Rules added for stories the claims missed (possessors.ts, season.ts, wording.ts 'moved-on-with'), each on the real
// sentence of a development article, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { run } from './test-run.ts';

/** "type/value subjects (in work) holder stance" of every claim of a text. */
function rows(text: string, published = '2017-06-01'): string[] {
  const x = run('t', text, published);
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.claims.map((c) => {
    const work = c.implied?.length ? ` (in ${c.implied.map(name).join(', ')})` : '';
    return `${c.type}/${c.value} ${c.subjects.map(name).join(' + ')}${work} ${c.holder.kind} ${c.stance}`;
  });
}

describe("each-possessor: a proposition named as one person's, then as others' in the sentence", () => {
  it('reads three pregnancies, one a possessor, with how sure each is (celebrity-113legit)', () => {
    const text =
      "While the internet hunts for clues about Kylie Jenner's maybe pregnancy (along with Khloé Kardashian's maybe " +
      "pregnancy and Kim Kardashian's confirmed pregnancy), at least one person has wondered, what of the reality " +
      "star's famous lip fillers?";
    const got = rows(text).filter((r) => r.startsWith('pregnancy/'));
    expect(got).toContain('pregnancy/pregnant Khloé Kardashian author hedges');
    expect(got).toContain('pregnancy/pregnant Kim Kardashian author asserts');
    expect(got.some((r) => r.includes('Kylie Jenner'))).toBe(true);
  });
});

describe('pregnant-partner: a partner called pregnant, then named', () => {
  it('reads "his pregnant wife, Eniko Parrish" as her pregnancy, hedged as the sentence is (celebrity-168fake)', () => {
    const text =
      'If the latest rumors are accurate, Kevin Hart feels bad for his pregnant wife, Eniko Parrish, after getting ' +
      'caught in a sex scandal with stripper and singer Montia Sabbag and is, therefore, willing to spend a small ' +
      'fortune on a lavish baby shower and a push present.';
    expect(rows(text).filter((r) => r.startsWith('pregnancy/'))).toEqual([
      'pregnancy/pregnant Eniko Parrish author hedges',
    ]);
  });
});

describe('moved-on-with: whom one has moved on with is a new partner', () => {
  it('reads "… split in early May and Jenner has already moved on with rapper PartyNextDoor" as dating (celebrity-041legit)', () => {
    const text =
      "Kylie Jenner and Tyga have called it quits. The lipstick queen and Blac Chyna's ex-fiancé split in early May " +
      'and Jenner has already moved on with rapper PartyNextDoor.';
    const got = rows(text).filter((r) => r.includes('PartyNextDoor'));
    expect(got).toEqual(['relationship/dating Kylie Jenner + PartyNextDoor author asserts']);
  });

  it("keeps it news: the earlier clause's \"Blac Chyna's ex-fiancé\" is a third person's past (background-cue)", () => {
    const text =
      "Kylie Jenner and Tyga have called it quits. The lipstick queen and Blac Chyna's ex-fiancé split in early May " +
      'and Jenner has already moved on with rapper PartyNextDoor.';
    const x = run('t', text, '2017-06-01');
    const partner = x.entities.find((e) => e.name === 'PartyNextDoor')?.id;
    const dating = x.claims.find((c) => c.value === 'dating' && partner !== undefined && c.subjects.includes(partner));
    expect(dating?.time?.value).not.toBe('PAST_REF');
  });
});

describe('season-of-show: a contestant told by the season of the show they are on', () => {
  it('casts the clause subject, not the partner after "with", in the show (celebrity-031legit)', () => {
    const text =
      'CHRIS KATTAN (pro partner Witney Carson) - Chris Kattan is best known for his many characters on Saturday Night ' +
      'Live. But before that, Chris will be hitting the ballroom with pro partner Witney Carson on Season 24 of ' +
      'Dancing with the Stars.';
    const got = rows(text).filter((r) => r.startsWith('casting/'));
    expect(got.some((r) => /Chris Kattan/.test(r) && /Dancing with the Stars/.test(r))).toBe(true);
    expect(got.some((r) => r.includes('Witney Carson'))).toBe(false);
  });

  it('makes no casting of a season told as the past', () => {
    const text = 'Nick Viall was on Season 19 of The Bachelorette before he found fame.';
    expect(rows(text).filter((r) => r.startsWith('casting/'))).toEqual([]);
  });
});

describe('recent: the perfect of getting a part is news (open-claims.json `recent`)', () => {
  it('reads "has just landed a new role in the psychological thriller, \'Underwater\'" as a casting in it (celebrity-010fake)', () => {
    const text =
      "Kristen Stewart is a busy woman. In fact, new reports indicate that the Hollywood star has just landed a new role in the psychological thriller, 'Underwater.'";
    expect(rows(text).filter((r) => r.startsWith('casting/'))).toEqual([
      'casting/cast Kristen Stewart (in Underwater) outlet asserts',
    ]);
  });

  it('still reads "has directed" as a career\'s history, no news', () => {
    const text = 'Ron Howard has directed Apollo 13 and Splash.';
    expect(rows(text).filter((r) => r.startsWith('casting/'))).toEqual([]);
  });
});

describe("lead-work: the work the article's lead names is the article's work", () => {
  it('files "Hanks will play Robert Langdon" under The Da Vinci Code, named once, in the lead (bbc-entertainment-098)', () => {
    const text =
      'Actor Tom Hanks and director Ron Howard are reuniting for The Da Vinci Code, an adaptation of the international best-selling novel by Dan Brown.\n\n' +
      'Distributor Sony Pictures said production will begin next year, with a planned release in May 2006. Hanks will play Robert Langdon, who is trying to solve the murder of a member of an ancient society that has protected dark secrets for centuries.';
    expect(rows(text, '2004-06-01').filter((r) => r.startsWith('casting/'))).toEqual([
      'casting/cast Tom Hanks (in The Da Vinci Code) author asserts',
    ]);
  });

  it('does not take a work that describes a person ("Goldeneye director Martin Campbell") as the work (bbc-entertainment-347)', () => {
    const text =
      "Casino Royale, author Ian Fleming's first James Bond book, is to be the next Bond film, with Goldeneye director Martin Campbell behind the camera.\n\n" +
      'It will be the 21st James Bond film to hit the big screen, and speculation has been rife over who will play the lead.';
    const castings = rows(text, '2004-06-01').filter((r) => r.startsWith('casting/'));
    expect(castings.length).toBeGreaterThan(0);
    expect(castings.some((r) => r.includes('(in Goldeneye)'))).toBe(false);
  });

  it('does not take a quoted title in the lead (a column, a song) as the work (celebrity-015fake)', () => {
    const text =
      'In today\'s installment of "Why Is This Happening?" a reboot for American Idol is reportedly already on the table-and Kanye West is a sought-after potential judge.\n\n' +
      'RadarOnline.com reports that NBC is pursuing Kanye West to join the judging panel for a revival of the show.';
    expect(rows(text).some((r) => r.includes('Why Is This Happening'))).toBe(false);
  });
});

describe('other-party-named-next: a lawsuit whose other party the next sentence names', () => {
  it('joins "his ex-girlfriend", named next as "The woman, Robin Mantooth", to the suit, hers on record as its plaintiff (bbc-entertainment-252)', () => {
    const text =
      'Motley Crue guitarist Mick Mars is being sued by his ex-girlfriend for $10 million (£5.4 million), claiming he broke a promise to take care of her.\n\n' +
      'The woman, Robin Mantooth, said Mars promised her repeatedly that he would provide financial support in the event of the couple breaking up.';
    expect(rows(text, '2004-06-01').filter((r) => r.startsWith('legal/'))).toEqual([
      'legal/sue Mick Mars + Robin Mantooth principal confirms',
    ]);
  });

  it('joins the one person the next sentence names to a won "battle" (bbc-entertainment-147)', () => {
    const text =
      'US rappers Beastie Boys have won their long-running battle over the use of a sample in their song Pass the Mic.\n\n' +
      "The punk-rappers used three notes of music from flautist James Newton's Choir in their track from 1992.";
    expect(rows(text, '2004-06-01').filter((r) => r.startsWith('legal/'))).toEqual([
      'legal/win Beastie Boys + James Newton author asserts',
    ]);
  });
});

describe('feud verbs: "froze out", "tore into" (open-claims.json)', () => {
  it('reads "Miranda froze out Blake" as a feud of the two (celebrity-118fake)', () => {
    const text =
      'As The National ENQUIRER has reported, Miranda Lambert froze out Blake Shelton after he wasted no time hooking up with his fellow judge on “The Voice.”';
    expect(rows(text).filter((r) => r.startsWith('feud/'))).toEqual([
      'feud/feud Miranda Lambert + Blake Shelton outlet asserts',
    ]);
  });
});

describe("appositive-name: a feud's target described, then named beside the description", () => {
  it('aims "tear into her best friend, Jennifer Garner\'s ex, Ben Affleck" at Affleck (celebrity-150fake)', () => {
    const text =
      "Hoes over bros! Apparently, comedian Chelsea Handler takes that mantra to heart because she is ready to tear into her best friend, Jennifer Garner's ex, Ben Affleck. " +
      'The 42-year-old is 100 percent #TeamJen in the Ben/Jen split — and honestly, can you blame her?';
    const feuds = rows(text).filter((r) => r.startsWith('feud/'));
    expect(feuds).toContain('feud/feud Chelsea Handler + Ben Affleck author hedges');
    expect(feuds.some((r) => r.includes('Jennifer Garner'))).toBe(false);
  });
});

describe('along-with: who a ", along with" adds shares the predicate', () => {
  it('gives "along with French singer/actor, Jacques Dutronc" an honorary Cesar of his own (bbc-entertainment-063)', () => {
    const text =
      'This year, Will Smith, star of I, Robot, Independence Day and Men In Black, will be given an honorary Cesar, along with French singer/actor, Jacques Dutronc.';
    const awards = rows(text, '2005-02-01').filter((r) => r.startsWith('award/'));
    expect(awards).toEqual(['award/win Will Smith author asserts', 'award/win Jacques Dutronc author asserts']);
  });

  it('adds no one without the comma: "along with Kasabian" is whom the band appears with', () => {
    const text = "Pete Doherty's band Babyshamblers will headline the NME stage along with Kasabian.";
    expect(rows(text, '2005-02-01').some((r) => r.includes('Kasabian'))).toBe(false);
  });
});

describe("identifying-work: a work that says who someone is is not the article's work", () => {
  it("gives a casting that names no work the lead's news work, not the star's past hit (bbc-entertainment-308)", () => {
    const text =
      'French actress Audrey Tautou, star of hit film Amelie, will play the female lead in the film adaptation of The ' +
      'Da Vinci Code, it has been reported.\n\nThe movie version of the best-selling novel also stars Tom Hanks. ' +
      "Tautou will play Hanks' code-cracking partner, according to various newspapers. Jeunet was also responsible " +
      'for directing Tautou in Amelie in 2001, which launched the actress into the mainstream.';
    const got = rows(text).filter((r) => r.startsWith('casting/'));
    expect(got.some((r) => r.includes('(in Amelie)'))).toBe(false);
    expect(got).toContain('casting/cast Audrey Tautou (in The Da Vinci Code) author asserts');
  });
});

describe('not-a-deal: taking over a post, buying a copy, is no purchase (purchase.ts)', () => {
  it('reads taking over a station or a show as no purchase (bbc-entertainment-107, 284)', () => {
    const got = rows(
      'The Manic Street Preachers are to take over the helm of BBC digital radio station 6 Music for a week in ' +
        "December. DJ duo JK and Joel are taking over BBC Radio 1's flagship chart show on Sunday, adding showbiz news.",
    );
    expect(got.filter((r) => r.startsWith('money/'))).toEqual([]);
  });
  it('reads a copy bought as any customer buys one as no purchase (bbc-entertainment-113, 143)', () => {
    const got = rows(
      'Mr Skeens said he bought the Anywhere But Home CD for his daughter and was shocked to hear the swearing. ' +
        'Prime Minister Tony Blair purchased two copies of the charity single Band Aid 20 in Edinburgh on Friday.',
    );
    expect(got.filter((r) => r.startsWith('money/'))).toEqual([]);
  });
  it('still reads a takeover of a label as one', () => {
    const got = rows('Music mogul Simon Fuller has taken over the independent record label Zomba.');
    expect(got.filter((r) => r.startsWith('money/buy'))).toHaveLength(1);
  });
});

describe("work-credited: a work's takings and nominations are not its cast's or its subject's", () => {
  it('gives no one the takings of a film whose aside lists its stars (bbc-entertainment-297)', () => {
    const got = rows(
      'Meet The Fockers topped the US box office for a third week. The movie, which stars Ben Stiller, Robert De Niro, ' +
        'Dustin Hoffman and Barbra Streisand, took $28.5m (£15.2m), making a total of 204.3m (£109m).',
    );
    expect(got.filter((r) => r.startsWith('money/'))).toEqual([]);
  });
  it("gives the subject of a film biography none of the film's nominations (bbc-entertainment-049)", () => {
    const got = rows(
      'The Aviator, a film biography of Howard Hughes that leads the Oscar field with 11 nominations, was at number ' +
        'six for the weekend with $7.5m (£4m).',
    );
    expect(got.filter((r) => r.includes('Howard Hughes') && !r.startsWith('statement/'))).toEqual([]);
  });
  it('keeps a star named with the result as their own ("with its star Leonardo DiCaprio named best actor")', () => {
    const got = rows(
      'The Aviator has been named best film at the Golden Globe Awards, with its star Leonardo DiCaprio named best actor.',
    );
    expect(got.some((r) => r.startsWith('award/') && r.includes('Leonardo DiCaprio'))).toBe(true);
  });
});

describe('expecting her first child: "her" before the child expected is no object of expectation', () => {
  it('reads "the actress is expecting her first child with husband Justin Theroux" as her pregnancy (celebrity-003fake)', () => {
    const text =
      'Jennifer Aniston, 47, has dreamed of becoming a mom for a long time. After all, according to a new report, the ' +
      'actress is expecting her first child with husband Justin Theroux, 44.';
    expect(rows(text).filter((r) => r.startsWith('pregnancy/'))).toEqual([
      'pregnancy/pregnant Jennifer Aniston outlet asserts',
    ]);
  });

  it('keeps "expecting her first album to …" no pregnancy (written for the test: no such sentence in the corpora)', () => {
    const text = 'Adele is expecting her first album in six years to top the charts.';
    expect(rows(text).filter((r) => r.startsWith('pregnancy/'))).toEqual([]);
  });

  it('keeps "expecting them to be great" no pregnancy (celebrity-060legit)', () => {
    const text =
      'Paul McCartney said: "I still read the notices and stuff and they\'re usually bum ones when you\'re expecting them to be great."';
    expect(rows(text).filter((r) => r.startsWith('pregnancy/'))).toEqual([]);
  });
});

describe('of-object-no-subject and as-does: "X, wife of Y, is expecting her fifth as is Z"', () => {
  it('reads two pregnancies, neither the husband named after "wife of" (celebrity-043fake)', () => {
    const text =
      'Victoria Beckham is preparing for a fifth baby with husband David, according to sources close to her best ' +
      'friend, Tana Ramsay. Tana, 41, wife of chef Gordon, is expecting her fifth as is Jools Oliver, 41, wife of chef ' +
      'Jamie.';
    expect(rows(text).filter((r) => r.startsWith('pregnancy/pregnant') && !r.includes('Victoria'))).toEqual([
      'pregnancy/pregnant Tana Ramsay author asserts',
      'pregnancy/pregnant Jools Oliver author asserts',
    ]);
  });
});

describe('affair: whom one cheats with is a lover', () => {
  it('asks of Kim Kardashian and Marquette King beside the split the clause tells (celebrity-019fake)', () => {
    const text =
      'In Touch exclusively revealed that Kim Kardashian is ready to file for divorce from Kanye West - but has she ' +
      'REALLY been cheating on him with Oakland Raiders punter Marquette King?';
    expect(rows(text).filter((r) => r.startsWith('relationship/'))).toEqual([
      'relationship/split Kim Kardashian + Kanye West author questions',
      'relationship/dating Kim Kardashian + Marquette King author questions',
    ]);
  });

  it('names no lover when a comma stands before the name (celebrity-049legit)', () => {
    const text =
      'In the 2005 tape, Donald Trump discusses unsuccessfully seeking an affair with another Access Hollywood ' +
      "employee, Nancy O'Dell.";
    expect(rows(text).filter((r) => r.includes("O'Dell") && r.startsWith('relationship/'))).toEqual([]);
  });
});

describe('a wedding to come, told in the progressive, with a second clause of its own', () => {
  const text =
    'Kate Middleton and Prince William mingled with guests at the lavish daytime affair.\n\n' +
    "But speaking of fancy royal garb, there's a big event coming up in a few days that's bound to be filled with " +
    "stunning couture—Pippa Middleton's wedding!\n\nKate's younger sister is tying the knot on Saturday to James " +
    'Matthews and several family members are expected to attend.';
  it('reads "Kate\'s younger sister is tying the knot on Saturday to James Matthews" as Pippa\'s engagement, asserted (celebrity-200legit)', () => {
    // The sister is Pippa (coreference possessor-kin-surname); "is tying the knot" is a wedding to come; the other
    // clause's "expected" hedges the family's attendance, not the wedding (coordinate-clause-new-subject).
    expect(rows(text, '2017-05-15').filter((r) => r.startsWith('relationship/'))).toEqual([
      'relationship/engaged Pippa Middleton + James Matthews author asserts',
    ]);
  });
  it('still pairs two names joined by "and" as one subject: "Kim and Kanye are getting married next month"', () => {
    expect(rows('Kim Kardashian and Kanye West are getting married next month.')).toEqual([
      'relationship/engaged Kim Kardashian + Kanye West author asserts',
    ]);
  });
});

describe('quote-narrative-proposition: what the narrative tells before a quote brought in by "writing"', () => {
  // The narrative tells the relationship; the post it tells of is Minaj's own (announced.ts postedPartner), so she is
  // on record, as the story gold has it.
  it('reads "shared a photo of boyfriend Meek Mill, writing, …" as Minaj\'s own post (celebrity-048legit)', () => {
    const text =
      'On Thursday, Minaj shared a photo of boyfriend Meek Mill, writing, "I love a good joke, but s/o to the ONLY ' +
      'human I have a THING for."';
    expect(rows(`Nicki Minaj called into the show. ${text}`).filter((r) => r.startsWith('relationship/'))).toEqual([
      'relationship/dating Nicki Minaj + Meek Mill principal confirms',
    ]);
  });
});

describe('lawsuit-own-act: the plaintiff is on record', () => {
  it('gives "is being sued by his ex-girlfriend Robin Mantooth" to Mantooth, not to Mars (bbc-entertainment-252)', () => {
    const x = run(
      't',
      'Motley Crue guitarist Mick Mars is being sued by his ex-girlfriend Robin Mantooth for $10 million.',
    );
    const sued = x.claims.filter((c) => c.type === 'legal');
    expect(sued.map((c) => x.entities.find((e) => e.id === c.holder.entity)?.name)).toEqual(['Robin Mantooth']);
  });
});
