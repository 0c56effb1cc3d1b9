// History an article recalls, on sentences from the development streams: it is background, whatever the extractor
// dated it; the sentence's news stays news.
import { describe, expect, it } from 'vitest';
import { row } from './adjustments/testing.ts';
import { backgroundRule, lastDayOf } from './background.ts';
import type { EvidenceRow } from '../store/index.ts';

/** A split claim in an article of `published`, about that day. */
const split = (published: string, text: string, more: Partial<EvidenceRow> = {}): EvidenceRow =>
  row({ value: 'split', published, claimTime: published, text, ...more });

describe('backgroundRule', () => {
  it('reads a break-up an article dates months before itself as recalled, unless a principal says it now', () => {
    // El País, 2018-09-05, on the Aniston–Theroux statement of February.
    const r = split(
      '2018-09-05',
      'When Aniston and Theroux announced their break-up in February, their statement said they were doing so because the gossip…',
      { holderKind: 'author', claimTime: '2018-02' },
    );
    expect(backgroundRule(r)).toBe('dated-long-before');
    // The same report the week it was made is news; a principal's word is news of that word, whenever the split was.
    expect(backgroundRule({ ...r, published: '2018-02-16' })).toBeNull();
    expect(backgroundRule({ ...r, holderKind: 'principal', stance: 'confirms' })).toBeNull();
  });

  it('reads "after the split from Jolie, Pitt contacted Aniston" as a presupposed split, not a report of one', () => {
    const text =
      'One thing was confirmed some months ago: after the split from Jolie, Pitt contacted Aniston to say sorry for the way he had left.';
    expect(backgroundRule(row({ value: 'split', claimTime: '2018-09-05', published: '2018-09-05', text }))).toBe(
      'presupposed-split',
    );
    // Only the split is presupposed: a dating claim in such a sentence stays news.
    expect(backgroundRule(row({ value: 'dating', claimTime: '2018-09-05', published: '2018-09-05', text }))).toBeNull();
  });

  it('reads "Hailey, who is married to Justin Bieber," as an aside; "Ariana Grande and Pete Davidson\'s romance is over, TMZ reports" as news', () => {
    expect(
      backgroundRule(
        row({
          value: 'married',
          published: '2022-11-30',
          claimTime: '2022',
          text: 'It is the second health scare Hailey, who is married to Justin Bieber, has shared this year.',
        }),
      ),
    ).toBe('identifying-aside');
    expect(
      backgroundRule(
        row({
          value: 'split',
          published: '2018-10-15',
          claimTime: '2018-10-14',
          text: "Ariana Grande and Pete Davidson's five-month romance is over, TMZ reports.",
        }),
      ),
    ).toBeNull();
  });

  it("keeps the extractor's PAST_REF first, and dates by their last day", () => {
    expect(backgroundRule(row({ claimTime: 'PAST_REF', text: 'her former boyfriend, Mac Miller' }))).toBe('past-ref');
    expect(lastDayOf('2018-02')).toBe('2018-02-28');
    expect(lastDayOf('2016')).toBe('2016-12-31');
    expect(lastDayOf('PRESENT_REF')).toBeNull();
  });
});

/** Split sentences of the development streams, each with the rule that reads it as background (null: news). */
const SPLITS: Array<{
  what: string;
  published: string;
  text: string;
  more?: Partial<EvidenceRow>;
  rule: string | null;
}> = [
  {
    what: 'a split named as someone\'s, "his split from Angelina" (Celebuzz 2009, an insider; they split in 2016)',
    published: '2009-10-08',
    text: 'Grazia even had an insider, who said Aniston "made it clear straight away that she didn\'t want to be dragged into his split from Angelina."',
    more: { holderKind: 'anonymous' },
    rule: 'possessed-split',
  },
  {
    what: "a split named as someone's in a list of what Styles and Wilde weathered (Marie Claire 2022)",
    published: '2022-11-19',
    text: "The two weathered plenty after that first hand-in-hand appearance at a friend's wedding: the uproar around Don't Worry Darling; Wilde's acrimonious split from Sudeikis; and, improbably, a viral salad dressing recipe.",
    rule: 'possessed-split',
  },
  {
    what: 'a principal looking back on "his very public break-up with his former fiancée": on record now (WDJX 2020)',
    published: '2020-02-25',
    text: 'He also looked back at his very public break-up with his former fiancée Ariana Grande.',
    more: { holderKind: 'principal', stance: 'confirms' },
    rule: null,
  },
  {
    what: 'a split told as news, "the singer and the comedian ended things on Sunday": no one\'s split',
    published: '2009-10-08',
    text: 'According to the site, the singer and the comedian ended things on Sunday.',
    more: { holderKind: 'anonymous' },
    rule: null,
  },
  {
    what: 'an aside that says who she is, "The reality star, who separated from Kanye West earlier this year,"',
    published: '2021-11-09',
    text: 'The reality star, who separated from Kanye West earlier this year, hosted Saturday Night Live last month.',
    more: { claimTime: '2021' },
    rule: 'split-aside',
  },
  {
    what: 'a separation told as the state she is in, "Kim is separated from her husband Kanye West" (Daily Mail 2021)',
    published: '2021-11-01',
    text: "Fans aren't convinced, and they note that both happen to be single: Kim is separated from her husband Kanye West, now known as Ye, and Pete has just split from Phoebe Dynevor of Bridgerton.",
    more: { holderKind: 'fans', stance: 'hedges' },
    rule: 'separated-state',
  },
  {
    what: 'a principal saying she is separated from her husband: on record',
    published: '2021-11-01',
    text: '"I am separated from my husband," she said.',
    more: { holderKind: 'principal', stance: 'confirms' },
    rule: null,
  },
  {
    what: "the split as the sentence's own news, not an aside",
    published: '2021-11-09',
    text: 'Kim Kardashian and Pete Davidson have separated, E! News reports.',
    more: { claimTime: '2021' },
    rule: null,
  },
];

describe('backgroundRule on split sentences', () => {
  it.each(SPLITS)('$what: $rule', ({ published, text, more, rule }) => {
    expect(backgroundRule(split(published, text, more))).toBe(rule);
  });
});

/** Sentences of the development corpora about someone's past, each with the rule that reads it (null: news). */
const PASTS: Array<{ what: string; value: string; text: string; more?: Partial<EvidenceRow>; rule: string | null }> = [
  {
    what: 'an appointment dated by her age then (celebrity-065legit, on who might succeed Anna Wintour)',
    value: 'appoint',
    text: "Yeomans was appointed editor of Harper's Bazaar in the UK when she was just 29 years of age.",
    rule: 'at-an-age-then',
  },
  {
    what: 'a first casting dated by his age then (celebrity-081legit)',
    value: 'cast',
    text: "Pattinson was 22 when he was first cast as Edward Cullen in the Twilight Saga, the five-part movie adaptation of Stephanie Meyer's best-selling teen vampire novels.",
    rule: 'at-an-age-then',
  },
  {
    what: 'a death with the age at it is news (bbc-entertainment-119)',
    value: 'death',
    text: 'Merle Kilgore, co-writer of the country hit Ring of Fire, has died of congestive heart failure aged 70.',
    rule: null,
  },
  {
    what: "the children's births and adoptions in asides that say who they are (celebrity-025legit)",
    value: 'born',
    text: 'In addition to Maddox, the former couple are also parents to son Pax, 13, who was adopted from Vietman; daughter Zahara, 12, who was adopted from Ethiopia; and biological children Shiloh, 10, who was born in Namibia, plus 8-year-old twins Knox and Vivienne.',
    rule: 'family-aside',
  },
  {
    what: 'an adoption in an aside on the father (celebrity-025legit)',
    value: 'adopt',
    text: 'Neither Angelina nor soon-to-be ex-husband Brad Pitt, who legally adopted Maddox after settling down with Angelina, have commented on the claims.',
    rule: 'family-aside',
  },
  {
    what: "a pregnancy dated by its months is its own course, not a life's past",
    value: 'pregnant',
    text: 'She revealed the news when she was five months pregnant, and again when she was 7 months along.',
    rule: null,
  },
  {
    what: 'a birth told as the news, with its aside',
    value: 'born',
    text: 'Angelina Jolie has given birth to a daughter, Shiloh, who was born in Namibia on Saturday.',
    rule: null,
  },
  {
    what: 'a birth told as the news',
    value: 'born',
    text: 'Hailey Bieber has given birth to a baby boy, Jack Blues Bieber.',
    rule: null,
  },
];

describe('backgroundRule on the past of a life', () => {
  it.each(PASTS)('$what: $rule', ({ value, text, more, rule }) => {
    expect(backgroundRule(row({ value, text, ...more }))).toBe(rule);
  });
  it('leaves a principal\'s own "I was 19 when we met" on record', () => {
    const text = '"I was 19 when we met," she said.';
    expect(backgroundRule(row({ value: 'dating', text, holderKind: 'principal', stance: 'confirms' }))).toBeNull();
  });
});

describe('backgroundRule on a partner named by who they are to someone', () => {
  const engaged = (text: string, more: Partial<EvidenceRow> = {}) =>
    backgroundRule(row({ value: 'engaged', text, ...more }));
  const married = (text: string, more: Partial<EvidenceRow> = {}) =>
    backgroundRule(row({ value: 'married', text, ...more }));
  it('reads "Kourtney\'s fiancé Travis Barker" and "her husband, Adam Shulman" as who they are (Daily Mail 2021, celebrity corpus)', () => {
    expect(
      engaged(
        "A few weeks after that came Knott's Scary Farm, where the comic joined Kim, her sister Kourtney Kardashian and Kourtney's fiancé Travis Barker, a friend of Davidson's friend Machine Gun Kelly.",
      ),
    ).toBe('partner-named');
    expect(
      married(
        'Anne, 30, also attended the Victory Fund Champagne Brunch in Beverly Hills with her husband, Adam Shulman, on October 20.',
      ),
    ).toBe('partner-named');
  });
  it('keeps a sentence that tells the stage, and a principal\'s own "my wife", as news', () => {
    expect(
      married(
        'Simpson and her husband Eric Johnson tied the knot in a private ceremony at San Ysidro Ranch in Montecito, California, in July 2014.',
      ),
    ).toBeNull();
    expect(
      married('"I went on a trip with Portia, my beautiful wife - who I am happily married to," she said.', {
        holderKind: 'principal',
        stance: 'confirms',
      }),
    ).toBeNull();
    // A fiancé in a sentence about a wife is no engagement told: the rule reads the noun of the row's own stage.
    expect(engaged('Jamie Dornan wants to be home with his wife, Amelia Warner.')).toBeNull();
  });
});
