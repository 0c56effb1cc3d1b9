// work-side-on-record (announced.ts): the work's side (organisers, producers, the show, the network) announcing a
// casting or a booking is a principal on record; an agentless cast announcement is the work's own. Real development
// sentences, and ones it must leave alone.
import { describe, expect, it } from 'vitest';
import { claimRows, run } from './test-run.ts';

const rowsOf = (id: string, text: string, type: string) =>
  claimRows(run(id, text)).filter(([tv]) => tv.startsWith(type));

describe('work-side-on-record', () => {
  it('"…, organisers have said": the event\'s side confirms the booking (bbc-entertainment-139)', () => {
    const rows = rowsOf(
      'bbc-entertainment-139',
      'Irish rock band U2 are to play live at the Grammy Awards presentation in the US next month, organisers have said.',
      'career/',
    );
    expect(rows.map(([, holder, , stance]) => [holder, stance])).toContainEqual(['principal', 'confirms']);
  });

  it('"The new … cast was announced on Good Morning America!": the cast list is the work\'s word (celebrity-031legit)', () => {
    const rows = rowsOf(
      'celebrity-031legit',
      "Who's on Dancing with the Stars? Let's find out! The new Dancing with the Stars 2017 cast was announced on Good " +
        'Morning America! The show airs MONDAYS 8|7c on ABC.\n\nCHRIS KATTAN (pro partner Witney Carson) - Chris Kattan ' +
        'is best known for his many characters on Saturday Night Live. But before that, Chris will be hitting the ' +
        'ballroom with pro partner Witney Carson on Season 24 of Dancing with the Stars.',
      'casting/',
    );
    expect(rows).toContainEqual(['casting/cast', 'principal', 'Dancing with the Stars', 'confirms', 'Chris Kattan']);
  });

  it("without the announcement the same casting stays the article's", () => {
    const rows = rowsOf(
      'work-side-none',
      "Who's on Dancing with the Stars? Let's find out! The show airs MONDAYS 8|7c on ABC.\n\nCHRIS KATTAN (pro partner " +
        'Witney Carson) - Chris Kattan is best known for his many characters on Saturday Night Live. But before that, ' +
        'Chris will be hitting the ballroom with pro partner Witney Carson on Season 24 of Dancing with the Stars.',
      'casting/',
    );
    expect(rows.filter(([, holder]) => holder === 'principal')).toEqual([]);
  });

  it('"…, a source has said" is no work side: no principal', () => {
    const rows = rowsOf(
      'work-side-hearsay',
      'Irish rock band U2 are to play live at the Grammy Awards presentation in the US next month, a source has said.',
      'career/',
    );
    expect(rows.filter(([, holder]) => holder === 'principal')).toEqual([]);
  });

  it('the studio\'s executive on the deal: "said Mr Robinov" of "Warner producer Jeff Robinov" (bbc-entertainment-028)', () => {
    const text =
      'Harry Potter director Alfonso Cuaron has signed a three-year deal with Hollywood studio Warner Brothers, ' +
      'according to Variety trade magazine.\n\n"We had a wonderful experience with Alfonso on Harry Potter," Warner ' +
      "producer Jeff Robinov told Variety. Warner will distribute Cuaron's films in several languages outside the US. " +
      '"This deal will give us the opportunity to collaborate with Alfonso on movies that make the most of his artistry ' +
      'and vision," said Mr Robinov.';
    expect(rowsOf('bbc-entertainment-028', text, 'money/')).toContainEqual([
      'money/deal',
      'principal',
      'Warner Bros.',
      'confirms',
      'Alfonso Cuaron',
    ]);
  });

  it('a past collaboration is no word on the deal: without the quotation about it, Variety reports it', () => {
    const text =
      'Harry Potter director Alfonso Cuaron has signed a three-year deal with Hollywood studio Warner Brothers, ' +
      'according to Variety trade magazine.\n\n"We had a wonderful experience with Alfonso on Harry Potter," Warner ' +
      'producer Jeff Robinov told Variety.';
    expect(rowsOf('work-side-past', text, 'money/').filter(([, holder]) => holder === 'principal')).toEqual([]);
  });

  it('"Producers said no decision has yet been made on who will … play Bond": a negated word casts no one (bbc-entertainment-347)', () => {
    const rows = rowsOf(
      'work-side-negated',
      'Among the favourites to take over the coveted role are Scottish actor Dougray Scott. Producers said no decision ' +
        'has yet been made on who will become the seventh actor, including Niven, to play Bond on film.',
      'casting/',
    );
    expect(rows.filter(([, holder]) => holder === 'principal')).toEqual([]);
  });

  it('"…cast were revealed to be…" is a finding about the cast, not its announcement', () => {
    const rows = rowsOf(
      'work-side-finding',
      "Who's on Dancing with the Stars? The new Dancing with the Stars 2017 cast were revealed to be nervous on Good " +
        'Morning America! The show airs MONDAYS 8|7c on ABC.\n\nCHRIS KATTAN (pro partner Witney Carson) - Chris Kattan ' +
        'is best known for his many characters on Saturday Night Live. But before that, Chris will be hitting the ' +
        'ballroom with pro partner Witney Carson on Season 24 of Dancing with the Stars.',
      'casting/',
    );
    expect(rows.filter(([, holder]) => holder === 'principal')).toEqual([]);
  });
});
