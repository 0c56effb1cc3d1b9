// History an article recalls, on sentences from the development streams: it is background, whatever the extractor
// dated it; the sentence's news stays news.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { row } from './adjustments/testing.ts';
import { backgroundRule, lastDayOf } from './background.ts';
import type { EvidenceRow } from '../store/index.ts';

/** A split claim in an article of `published`, about that day. */
const split = (published: string, text: string, more: Partial<EvidenceRow> = {}): EvidenceRow =>
  row({ value: 'split', published, claimTime: published, text, ...more });

// The cases that are data, in background.cases.json: `splits`, split sentences of the development streams, and
// `pasts`, sentences of the development corpora about someone's past, each with the rule that reads it as background
// (null: news).
type Case = { what: string; text: string; more?: Partial<EvidenceRow>; rule: string | null };
const cases = JSON.parse(readFileSync(new URL('./background.cases.json', import.meta.url), 'utf8')) as {
  splits: Array<Case & { published: string }>;
  pasts: Array<Case & { value: string }>;
};

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

describe('backgroundRule on split sentences', () => {
  it.each(cases.splits)('$what: $rule', ({ published, text, more, rule }) => {
    expect(backgroundRule(split(published, text, more))).toBe(rule);
  });
});

describe('backgroundRule on the past of a life', () => {
  it.each(cases.pasts)('$what: $rule', ({ value, text, more, rule }) => {
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
