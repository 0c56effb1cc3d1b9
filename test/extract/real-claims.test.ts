// Claims on real articles (the development streams in test/fixtures/streams, development excerpts inline), checked by
// hand against the text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import type { Extraction } from '../../src/extract/index.ts';
import { must } from '../../src/invariant/index.ts';

function streamArticle(stream: string, id: string): Extraction {
  const lines = readFileSync(new URL(`../fixtures/streams/${stream}.jsonl`, import.meta.url), 'utf8')
    .trim()
    .split('\n');
  const row = must(
    lines
      .map((l) => JSON.parse(l) as { id: string; published: string; title?: string; source?: string; text: string })
      .find((r) => r.id === id),
    `${id} in ${stream}`,
  );
  return extract({
    id: row.id,
    published: row.published,
    title: row.title ?? null,
    source: row.source ?? null,
    url: null,
    text: row.text,
    origin: { file: stream },
  });
}

/** "type/value subjects · holder kind: holder name · stance" of the claims whose evidence holds `fragment`. */
function said(x: Extraction, fragment: string): string[] {
  const name = (id: string | null) => (id ? (x.entities.find((e) => e.id === id)?.name ?? id) : '—');
  return x.claims
    .filter((c) => c.evidence.text.includes(fragment))
    .map(
      (c) =>
        `${c.type}/${c.value} ${c.subjects.map(name).join(' & ')} · ${c.holder.kind}: ${name(c.holder.entity)} · ${c.stance}`,
    );
}

describe('harry-styles-olivia-wilde-08 (Marie Claire, 2022-11-19): People reports the break', () => {
  const x = streamArticle('harry-styles-olivia-wilde', 'harry-styles-olivia-wilde-08');
  it('reads \'People reports that … are "taking a break."\' as People asserting the split', () => {
    // The sentence-initial "People" is the magazine (the singular "reports"), and the quote marks do not break
    // "are taking a break".
    expect(said(x, 'People reports that')).toEqual([
      'relationship/split Harry Styles & Olivia Wilde · outlet: People · asserts',
    ]);
  });
  it('does not take the next sentence for the attribution of a quote that ends in a full stop', () => {
    expect(x.claims.filter((c) => c.evidence.text.startsWith('"taking a break."'))).toEqual([]);
  });
});

describe('kim-kardashian-pete-davidson-04 (2022-02-07): "at home with my girlfriend"', () => {
  const x = streamArticle('kim-kardashian-pete-davidson', 'kim-kardashian-pete-davidson-04');
  it('pairs Davidson with the bare "Kardashian, 41", not with "her sister Khloé Kardashian"', () => {
    expect(said(x, 'at home with my girlfriend')).toEqual([
      'relationship/dating Pete Davidson & Kardashian · principal: Pete Davidson · confirms',
    ]);
  });
});

describe('the confirmed stories of the development corpora that were wrong', () => {
  const claimsOf = (text: string) => {
    const x = extract({ id: 't', published: null, title: null, source: null, url: null, text, origin: { file: 't' } });
    return x.claims.map(
      (c) => `${c.type}/${c.value} ${c.subjects.map((s) => x.entities.find((e) => e.id === s)?.name).join(' & ')}`,
    );
  };
  it('"set to wed his fiancée Princess" pairs Ray with no one else in the article (celebrity-145legit)', () => {
    // The whole article, as published.
    const text =
      'Kanye’s favorite porn star says rumors he tried to DM President Obama’s daughter are not true. Ray posted a video on Instagram after several websites reported on the story without any actual evidence to support their claims.\n\n“They saying that I DM’d the President’s daughter. Come on, man. Why ya’ll always trying to bring me down? I’m positive,” an exhausted Ray says in a recording captured in the driveway of his home. “I’m getting married on Friday. What the hell would I be doing doing anything like that … anything reckless … anything stupid? Anything ya’ll reading about me, it ain’t true,” he continued.\n\nRay says he wanted to clear the air because he’s set to wed his fiancée Princess on Friday. “I addressed this because I don’t want extra dumb stuff coming up at the same time we trying to get married.”';
    expect(claimsOf(text).filter((c) => c.includes('Obama'))).toEqual([]);
  });
  it('"cheating every now and then" on a diet is no infidelity (celebrity-162legit)', () => {
    const text =
      'As for diet, Sybliss said she believes moderation is the key, and she doesn\'t sweat her clients about cheating every now and then. "If Janet feels that she needs to have a chocolate cake, go ahead and have a chocolate cake," Sybliss said.';
    expect(claimsOf(text).filter((c) => c.startsWith('relationship/'))).toEqual([]);
  });
});

describe('kim-kardashian-pete-davidson-06 (2022-04-07): an ABC special with Robin Roberts', () => {
  const x = streamArticle('kim-kardashian-pete-davidson', 'kim-kardashian-pete-davidson-06');
  it('makes the host no party to the split the reality star reflects on', () => {
    expect(
      x.claims.filter((c) => c.subjects.some((s) => x.entities.find((e) => e.id === s)?.name === 'Robin Roberts')),
    ).toEqual([]);
  });
});

describe('brad-pitt-jennifer-aniston-reunion-08 (2021-06-23): "Brad and I are pals. We\'re friends."', () => {
  const x = streamArticle('brad-pitt-jennifer-aniston-reunion', 'brad-pitt-jennifer-aniston-reunion-08');
  it('is Aniston denying the romance on record, not their marriage the article recalls', () => {
    expect(said(x, 'Brad and I are pals')).toEqual([
      'relationship/dating Brad Pitt & Jennifer Aniston · principal: Jennifer Aniston · denies',
    ]);
  });
  it('but "did nothing more racy than remove his jacket" (bbc-entertainment-133), outside a quote, denies nothing', () => {
    const text =
      'Sir Paul McCartney sang at the Super Bowl, a year after Janet Jackson. Sir Paul, however, did nothing more racy than remove his jacket as he sang.';
    const y = extract({ id: 't', published: null, title: null, source: null, url: null, text, origin: { file: 't' } });
    expect(y.claims.filter((c) => c.type === 'relationship')).toEqual([]);
  });
});

describe('hailey-bieber-pregnancy-04 (2021-07-20): she sets the record straight', () => {
  const x = streamArticle('hailey-bieber-pregnancy', 'hailey-bieber-pregnancy-04');
  it('makes "Hailey Bieber set the record straight … that she is pregnant" her own denial', () => {
    expect(said(x, 'set the record straight')).toEqual([
      'pregnancy/pregnant Hailey Bieber · principal: Hailey Bieber · denies',
    ]);
  });
});

describe('zendaya-tom-holland-10 (2025-09-30): "Tom Holland has called Zendaya his fiancée"', () => {
  const x = streamArticle('zendaya-tom-holland', 'zendaya-tom-holland-10');
  it('is Holland on record about the engagement', () => {
    expect(said(x, 'has called Zendaya his fiancée')).toEqual([
      'relationship/engaged Tom Holland & Zendaya · principal: Tom Holland · confirms',
    ]);
  });
  it('but "being called out for faking her pregnancy" (celebrity-061) puts no one on record', () => {
    const text = 'Beyoncé is once again being called out for faking her pregnancy!';
    const y = extract({ id: 't', published: null, title: null, source: null, url: null, text, origin: { file: 't' } });
    expect(y.claims.filter((c) => c.holder.kind === 'principal')).toEqual([]);
  });
});

describe('hailey-bieber-pregnancy-07/-08 (E! News, 97.1 The River): "The two broke the news on Instagram"', () => {
  it('puts the couple on record for the pregnancy the article states in its own voice', () => {
    const x = streamArticle('hailey-bieber-pregnancy', 'hailey-bieber-pregnancy-07');
    expect(said(x, 'The two broke the news on Instagram')).toEqual([
      'pregnancy/pregnant Hailey Bieber · principal: Hailey Bieber · confirms',
    ]);
  });
  it('and for the birth, two sentences before their post', () => {
    const x = streamArticle('hailey-bieber-pregnancy', 'hailey-bieber-pregnancy-08');
    expect(said(x, 'The couple broke the news on social media')).toEqual([
      'pregnancy/born Hailey Bieber · principal: Hailey Bieber · confirms',
    ]);
  });
  it('but a photo they shared on Instagram announces nothing', () => {
    const text = 'Hailey Bieber is pregnant with her first child. The couple shared a photo on Instagram on Sunday.';
    const y = extract({ id: 't', published: null, title: null, source: null, url: null, text, origin: { file: 't' } });
    expect(y.claims.map((c) => `${c.type}/${c.value} ${c.holder.kind} ${c.stance}`)).toEqual([
      'pregnancy/pregnant author asserts',
    ]);
  });
});

describe('hailey-bieber-pregnancy-03 (New York Daily News, 2021-07-19): a caption "has fans wondering"', () => {
  it('is the fans speculating, not the paper asserting the pregnancy', () => {
    const x = streamArticle('hailey-bieber-pregnancy', 'hailey-bieber-pregnancy-03');
    expect(said(x, 'has fans wondering whether')).toEqual(['pregnancy/pregnant Hailey Baldwin · fans: — · hedges']);
  });
});

describe('ariana-grande-pete-davidson-02 (The Indian Express, 2018-06-21): Davidson on Fallon', () => {
  const x = streamArticle('ariana-grande-pete-davidson', 'ariana-grande-pete-davidson-02');
  it('reads "The pair are said to have got together" as the paper passing on hearsay, with no speaker', () => {
    expect(said(x, 'The pair are said to have got together')).toEqual([
      'relationship/dating Pete Davidson & Ariana Grande · author: — · hedges',
    ]);
  });
  it('makes the host no party to the engagement, named as the owner of "Fallon\'s team"', () => {
    expect(said(x, "Fallon's team")).toEqual([]);
    expect(x.claims.flatMap((c) => c.subjects).map((id) => x.entities.find((e) => e.id === id)?.name)).not.toContain(
      'Jimmy Fallon',
    );
  });
  it('keeps the participle opening "Accepting Fallon\'s handshake" out of the name', () => {
    expect(x.entities.map((e) => e.name)).not.toContain('Accepting Fallon');
  });
});

describe('harry-styles-olivia-wilde-01 (Uproxx, 2021-01-04): "People goes further than TMZ, saying…"', () => {
  const x = streamArticle('harry-styles-olivia-wilde', 'harry-styles-olivia-wilde-01');
  it("gives the participle to the clause's subject, People, not to the outlet nearest it nor to Styles after it", () => {
    expect(said(x, 'People goes further than TMZ')).toEqual([
      'relationship/dating Harry Styles & Olivia Wilde · outlet: People · asserts',
    ]);
  });
  it('so the article cites two outlets for the romance', () => {
    const outlets = new Set(x.claims.filter((c) => c.holder.kind === 'outlet').map((c) => c.holder.entity));
    expect(outlets.size).toBe(2);
  });
});

describe("a part already played is the work's cast, not casting news (development excerpts)", () => {
  const times = (text: string) =>
    extract({ id: 't', published: '2005-01-20', title: null, source: null, url: null, text, origin: { file: 't' } })
      .claims.filter((c) => c.type === 'casting')
      .map((c) => c.time?.value ?? null);
  it('"Vince Vaughn stars in quirky movie Thumbsucker" (bbc-entertainment-101, a Sundance preview) is background', () => {
    expect(times('Vince Vaughn stars in quirky movie Thumbsucker at the festival.')).toEqual(['PAST_REF']);
  });
  it('"She currently stars in … and will star in NBC\'s next live musical" (celebrity-117legit) is news', () => {
    expect(
      times(
        "Jennifer Lopez currently stars in the crime drama Shades of Blue, and will star in NBC's next live musical: Bye Bye Birdie Live!",
      ),
    ).toEqual(['2005-01-20']);
  });
});

describe('ariana-grande-pete-davidson-01 (Refinery29 UK, 2018-05-24): "…a fortnight ago, and now People says…"', () => {
  const x = streamArticle('ariana-grande-pete-davidson', 'ariana-grande-pete-davidson-01');
  it('reads the report after ", and now" as People\'s, about Davidson, and as news despite the past split before it', () => {
    const dating = x.claims.filter(
      (c) => c.value === 'dating' && c.evidence.text.startsWith('Her split from Mac Miller'),
    );
    const name = (id: string) => x.entities.find((e) => e.id === id)?.name;
    expect(dating.map((c) => [c.subjects.map(name).join(' & '), c.holder.kind, c.time?.value])).toEqual([
      ['Ariana Grande & Pete Davidson', 'outlet', '2018-05-24'],
    ]);
  });
});

describe('brad-pitt-jennifer-aniston-reunion-03 (El País, 2018-09-05): "When Aniston and Theroux announced their break-up"', () => {
  const x = streamArticle('brad-pitt-jennifer-aniston-reunion', 'brad-pitt-jennifer-aniston-reunion-03');
  it('is the two of them on record for their own split, not a denial by Theroux of a split of Aniston and Pitt', () => {
    expect(said(x, 'announced their break-up')).toEqual([
      'relationship/split Jennifer Aniston & Justin Theroux · principal: Jennifer Aniston · confirms',
    ]);
  });
  it('but two names after "with" are the other side of someone\'s feud, not a pair (celebrity-039fake)', () => {
    const text =
      'Sources say Lindsay Lohan has been feuding with her parents, Dina Lohan and Michael Lohan, over her nuptials.';
    const y = extract({ id: 't', published: null, title: null, source: null, url: null, text, origin: { file: 't' } });
    const name = (id: string) => y.entities.find((e) => e.id === id)?.name;
    expect(y.claims.map((c) => c.subjects.map(name).join(' & '))).not.toContain('Dina Lohan & Michael Lohan');
  });
});

/** The claims of a short made-up text, as `said` prints them. */
function saidIn(text: string, fragment: string, published: string | null = '2020-01-01'): string[] {
  return said(
    extract({ id: 't', published, title: null, source: null, url: null, text, origin: { file: 't' } }),
    fragment,
  );
}

describe('ariana-grande-pete-davidson-02 (The Indian Express, 2018-06-21): "the SNL comic told Jimmy Fallon it was true"', () => {
  const x = streamArticle('ariana-grande-pete-davidson', 'ariana-grande-pete-davidson-02');
  it('is Davidson (the epithet) on record for the engagement the sentence before asks about, not Fallon', () => {
    expect(said(x, 'told Jimmy Fallon it was true')).toEqual([
      'relationship/engaged Pete Davidson & Ariana Grande · principal: Pete Davidson · confirms',
    ]);
  });
  it('makes the one told no party when the speaker names the pair himself', () => {
    expect(
      saidIn('Pete Davidson told Jimmy Fallon that he and Ariana Grande are engaged.', 'told Jimmy Fallon'),
    ).toEqual(['relationship/engaged Pete Davidson & Ariana Grande · principal: Pete Davidson · confirms']);
  });
  it('takes up nothing when the sentence before tells no rumour', () => {
    expect(
      saidIn(
        'Pete Davidson hosted the show on Saturday. Appearing on NBC, the comedian told Jimmy Fallon it was true.',
        'it was true',
      ),
    ).toEqual([]);
  });
  it('lets someone else who says it was true speak as a named source, not as a principal', () => {
    expect(
      saidIn(
        'Rumours swirled that Pete Davidson and Ariana Grande are engaged. Jimmy Fallon told reporters it was true.',
        'it was true',
      ),
    ).toEqual(['relationship/engaged Pete Davidson & Ariana Grande · named-source: Jimmy Fallon · asserts']);
  });
});

describe('taylor-swift-katy-perry-feud-03 (The Daily Dot, 2017-05-23): Corden asks about "the Taylor beef"', () => {
  const x = streamArticle('taylor-swift-katy-perry-feud', 'taylor-swift-katy-perry-feud-03');
  it("is Perry's answer on record about the feud with Swift, as of the article", () => {
    expect(said(x, "She's the one who started it")).toEqual([
      'feud/feud Katy Perry & Taylor Swift · principal: Katy Perry · confirms',
    ]);
    expect(x.claims.find((c) => c.rule === 'claim-answers:confirms')?.time?.value).toBe('2017-05-23');
  });
  it('is no answer of hers when the question is about two other people', () => {
    const text =
      'James Corden met Katy Perry and Taylor Swift and Calvin Harris. "When are Taylor and Calvin getting back together?" Corden said. Perry, laughing: "Ask them, not me."';
    expect(saidIn(text, 'Ask them')).toEqual([]);
  });
  it('is a denial when the answer says there is nothing to it', () => {
    const text =
      'James Corden interviewed Katy Perry about Taylor Swift. "Is there really a feud with Taylor?" Corden said. Perry, smiling: "No, that is completely false."';
    expect(saidIn(text, 'completely false')).toContain(
      'feud/feud Katy Perry & Taylor Swift · principal: Katy Perry · denies',
    );
  });
});

describe('ariana-grande-pete-davidson-08 (WDJX, 2020-02-25): "looked back at his very public break-up"', () => {
  const x = streamArticle('ariana-grande-pete-davidson', 'ariana-grande-pete-davidson-08');
  it('is Davidson on record about the split (not an engagement from "fiancée"), holding as of the article', () => {
    expect(said(x, 'looked back at his very public break-up')).toEqual([
      'relationship/split Pete Davidson & Ariana Grande · principal: Pete Davidson · confirms',
    ]);
    expect(x.claims.find((c) => c.evidence.text.includes('looked back at'))?.time?.value).toBe('2020-02-25');
  });
  it("is no one's word when the article, not the principal, looks back", () => {
    expect(
      saidIn(
        "The magazine looked back at the couple's break-up: Pete Davidson and his former fiancée Ariana Grande split in 2018.",
        'looked back',
      ),
    ).not.toContainEqual(expect.stringContaining('principal'));
  });
  it('keeps talk of someone else\'s relationship off the record ("talked about her sister\'s divorce")', () => {
    expect(
      saidIn(
        'Kim Kardashian talked about her sister Kourtney Kardashian and the divorce from Scott Disick.',
        'talked about',
      ),
    ).not.toContainEqual(expect.stringContaining('principal: Kim Kardashian'));
  });
});

describe('kim-kardashian-pete-davidson-09 (Narcity, 2022-08-08): "the news spread that Kardashian and Davidson had parted"', () => {
  const x = streamArticle('kim-kardashian-pete-davidson', 'kim-kardashian-pete-davidson-09');
  it('reads "had parted" as their split', () => {
    expect(said(x, 'had parted after nine months')).toEqual([
      'relationship/split Kim Kardashian & Pete Davidson · author: — · asserts',
    ]);
  });
  it('gives a parting "from" someone to that someone, not to the pair the sentence is about', () => {
    const text =
      'Pete Davidson and Ariana Grande are dating. The pair are said to have got together in May, soon after Grande had parted from Mac Miller.';
    expect(saidIn(text, 'had parted from')).toEqual([
      'relationship/split Ariana Grande & Mac Miller · author: — · hedges',
    ]);
  });
});

describe('taylor-swift-katy-perry-feud-02 (Los Angeles Times, 2014-09-09): \'Is Katy Perry the "outright enemy"…?\'', () => {
  const x = streamArticle('taylor-swift-katy-perry-feud', 'taylor-swift-katy-perry-feud-02');
  it('asks about a feud of Perry and Swift', () => {
    expect(said(x, 'outright enemy')).toEqual(['feud/feud Katy Perry & Taylor Swift · author: — · questions']);
  });
  it('but an enemy without "outright", "sworn" or the like names no feud of the sentence\'s pair (celebrity-149fake)', () => {
    const text =
      "Angelina Jolie's worst Hollywood enemy, Chelsea Handler, might be getting a little too close to former lover Brad Pitt, according to a new report.";
    expect(saidIn(text, 'worst Hollywood enemy').filter((c) => c.startsWith('feud'))).toEqual([]);
  });
});
