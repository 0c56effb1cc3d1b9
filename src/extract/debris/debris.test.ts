import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../read/index.ts';
import { findDebris, findDebrisWithRules } from './index.ts';
import { at, must } from '../../invariant/index.ts';
import { houseArticle } from '../../../test/helpers/doc.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url), 'utf8');
const seed = houseArticle(fixture('seed.txt'), 'seed.txt').text;
const corpus = (name: string): Map<string, string> =>
  new Map(
    fixture(name)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; text: string })
      .map((r) => [r.id, r.text]),
  );
const celebrity = corpus('debris/celebrity-dev.jsonl');
const bbc = corpus('debris/bbc-dev.jsonl');
const texts = (text: string): string[] => findDebris(text).map((span) => span.text);

describe('findDebris on the seed', () => {
  it('finds exactly the photo credit and the embedded related-story headline', () => {
    expect(texts(seed)).toEqual(['(AFP)', 'Tom & Ana’s umbrella escape from Beckham party']);
  });

  it('gives spans whose offsets slice back to their text', () => {
    for (const span of findDebris(seed)) expect(seed.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('findDebris on real scraped articles (celebrity pairs 001–200)', () => {
  // Each row: what the site scatters in its text, the article, debris found in it, and real text that must stay.
  it.each<[what: string, id: string, debris: string[], kept: RegExp]>([
    [
      'Us Weekly captions and Splash credits',
      'celebrity-158legit',
      [
        'Kendall Jenner attends her birthday',
        'Photo: Splash',
        'Photo: Instagram Stories',
        'RELATED: Kendall Jenner Dresses as Powerpuff Girl for Halloween-Themed Birthday Bash: Pics!',
      ],
      /rumored flame|Happy 22nd birthday/,
    ],
    [
      'Gossip Cop teasers, inline photo credits and the comment plea',
      'celebrity-009legit',
      [
        'ARE MILEY AND LIAM GETTING MARRIED THIS SUMMER? CLICK HERE FOR DETAILS ...',
        "IS MILEY AND LIAM'S WEDDING OFF OR ON? UPDATE ...",
        '(Photo: Splash News)',
        '(Photo: XactpiX / Splash News)',
      ],
      // The debunking is the article's point: it must stay in the analysis.
      /just not true/,
    ],
  ])('%s (%s)', (_what, id, debris, kept) => {
    const found = texts(must(celebrity.get(id), `expected ${id}`));
    expect(found).toEqual(expect.arrayContaining(debris));
    expect(found.join(' ')).not.toMatch(kept);
  });

  it('In Touch agency credit lines (144fake)', () => {
    expect(texts(must(celebrity.get('celebrity-144fake'), 'expected celebrity-144fake'))).toEqual([
      'Brad Pitt Jennifer Aniston Angelina Jolie Getty Images',
      '(Photo Credit: Getty Images)',
      'Brad Pitt Jennifer Aniston Getty Images',
      '(Photo Credit: Getty Images)',
    ]);
  });

  it('keeps a Daily Mail summary run as text (033legit): short lines in a row are a list, not debris', () => {
    expect(texts(must(celebrity.get('celebrity-033legit'), 'expected celebrity-033legit')).join('\n')).not.toMatch(
      /Harry is dating Meghan Markle/,
    );
  });
});

describe('findDebris must not swallow real text (bait)', () => {
  it('leaves straight BBC news with a list of award winners alone', () => {
    expect(findDebris(must(bbc.get('bbc-entertainment-001'), 'expected bbc-entertainment-001'))).toEqual([]);
    expect(
      texts(must(bbc.get('bbc-entertainment-201'), 'expected bbc-entertainment-201')).filter((t) =>
        /Little Britain|Catherine Tate|Office/.test(t),
      ),
    ).toEqual([]);
  });

  it('keeps short paragraphs, quotes, questions, hard-wrapped lines and date subheadings', () => {
    const text = [
      'Tom Cruise and Ana de Armas left the party together.',
      'Could this be it?',
      '“We are just friends”',
      'The Voice judge, 24, was ordered to hide the truth by record bosses to avoid',
      'turning off male fans, the unauthorised biography says.',
      'August 20',
      'Blunt babe! Rocking her sleek one-length chin-grazing chop.',
      'I am SO excited to be a part of the show! #ByeByeBirdieLive',
      '- Dated Justin Timberlake',
      'She was photographed by Getty Images photographers outside the hotel on Monday.',
      'Ana shared the post with the caption:',
      'Salsita and me in Vermont',
      'The pair were seen leaving together.',
    ].join('\n\n');
    expect(findDebris(text)).toEqual([]);
  });

  it('takes a shouted teaser in any alphabet, and leaves a line that only opens in capitals', () => {
    // Capitals beyond ASCII count as capitals ("BEYONCÉ"), curly quotes and emoji as no letter at all.
    const teaser = 'BEYONCÉ’S SECRET WEDDING: WHAT JAY-Z TOLD HIS FRIENDS 😱';
    const prose = 'BREAKING NEWS: the couple were seen leaving the hotel together on Monday night.';
    const text = ['Beyoncé and Jay-Z were spotted in Paris.', teaser, prose].join('\n\n');
    expect(findDebrisWithRules(text).map((span) => [span.text, span.rule])).toEqual([
      [teaser, 'debris.shouted-teaser'],
    ]);
  });

  it('keeps the first line: it is the article’s own headline', () => {
    expect(findDebris('Tom Cruise and Ana de Armas spark romance rumours\n\nThe pair were seen together.')).toEqual([]);
  });

  it('names the rule behind every span', () => {
    const rules = findDebrisWithRules(seed).map((span) => span.rule);
    expect(rules).toEqual(['debris.inline-credit', 'debris.embedded-headline']);
  });
});

describe('findDebris on site furniture', () => {
  it('finds read-more lines, newsletter pleas, advertisements and the headlines after a marker', () => {
    const lines = [
      'Harry Styles has opened up about his love life.',
      'READ MORE: Harry Styles and Kendall Jenner reunite in LA',
      'Sign up for our newsletter to get the latest celebrity news.',
      'ADVERTISEMENT',
      'READ NEXT',
      'Gisele Bündchen loses the crown of highest-paid model after 15 years',
      'By Anna Johnstone',
      'The pair reportedly enjoyed a date at Ysabel in LA in September 2016.',
    ];
    // Every line but the story's own first and last.
    expect(texts(lines.join('\n\n'))).toEqual(lines.slice(1, -1));
  });
});

describe('findDebris on text the HTML reader extracted', () => {
  it('finds the figure caption and its credit, each on a line of its own', async () => {
    const path = new URL('../../../test/fixtures/read/page.html', import.meta.url).pathname;
    const found: string[] = [];
    for await (const result of readInputs([path])) if (result.ok) found.push(...texts(result.article.text));
    expect(found).toEqual(['Kendall Jenner attends her birthday', 'Photo: Splash']);
  });
});

describe('embedded tweets and posts (celebrity 032legit, 046legit; a development stream)', () => {
  const social = corpus('debris/social-dev.jsonl');
  const spans = (id: string) => findDebris(must(social.get(id), 'expected social.get(id)'));

  it('takes a tweet whole, its text and its attribution, with author, handle and date', () => {
    const text = must(social.get('celebrity-032legit'), 'expected celebrity-032legit');
    const [tweet] = spans('celebrity-032legit').filter((s) => s.kind === 'tweet');
    expect(tweet?.text).toBe(
      "I am SO excited to be a part of NBC's next live musical #ByeByeBirdieLive! pic.twitter.com/QEaYmlOFUj\n- Jennifer Lopez (@JLo) December 8, 2016",
    );
    expect(tweet?.author?.text).toBe('Jennifer Lopez');
    expect(tweet?.handle?.text).toBe('@JLo');
    expect(tweet?.date).toBe('2016-12-08');
    expect(tweet?.body?.text).toMatch(/^I am SO excited.*QEaYmlOFUj$/);
    for (const part of [
      must(must(tweet, 'expected tweet').author, 'expected tweet!.author'),
      must(must(tweet, 'expected tweet').handle, 'expected tweet!.handle'),
      must(must(tweet, 'expected tweet').body, 'expected tweet!.body'),
    ])
      expect(text.slice(part.start, part.end)).toBe(part.text);
    // The line that introduces it is the article's own prose.
    expect(
      spans('celebrity-032legit')
        .map((s) => s.text)
        .join('\n'),
    ).not.toMatch(/Check out/);
  });

  it("finds fans' tweets with lower-case names, on the line of their text, and an Instagram attribution", () => {
    const found = spans('celebrity-046legit');
    const tweets = found.filter((s) => s.kind === 'tweet');
    expect(tweets.map((t) => t.author?.text)).toEqual(['danny', 'danny', 'anu', 'Orlando', 'Comfortably Smug']);
    expect(tweets.every((t) => t.date === '2016-10-28')).toBe(true);
    expect(at(tweets, 2).text).toMatch(/^drake and taylor swift already have/);
    const post = found.find((s) => s.kind === 'post');
    expect(post).toMatchObject({
      text: 'A photo posted by champagnepapi (@champagnepapi) on Nov 4, 2016 at 1:34am PDT',
      date: '2016-11-04',
    });
    expect(post?.handle?.text).toBe('@champagnepapi');
    // The article's own sentences around them stay prose.
    expect(found.map((s) => s.text).join('\n')).not.toMatch(/Twitter users sure shipped them|Page Six/);
  });

  it('leaves a caption quoted in prose as prose (174legit)', () => {
    expect(spans('celebrity-174legit')).toEqual([]);
  });

  it('takes a closing photo caption and its credit after the last sentence (stream)', () => {
    const found = spans('ariana-grande-pete-davidson-07');
    expect(found.map((s) => [s.kind, s.text])).toEqual([
      [
        'caption',
        'Photo: Pete Davidson and Ariana Grande at the 2018 MTV Video Music Awards in New York, August 20, 2018. (Jamie McCarthy/Getty Images)',
      ],
    ]);
  });

  it('frames an Instagram embed: the marker, the caption and the attribution are one post', () => {
    const text =
      'She shared the news with fans.\n\nView this post on Instagram\n\nSummer nights 🌙\n\nA post shared by Zendaya (@zendaya) on Jun 5, 2019 at 10:22am PDT\n\nThe post drew a million likes.';
    const [post] = findDebris(text);
    expect(post).toMatchObject({ kind: 'post', date: '2019-06-05' });
    expect(post?.text.startsWith('View this post on Instagram')).toBe(true);
    expect(post?.body?.text).toBe('Summer nights 🌙');
    expect(post?.author?.text).toBe('Zendaya');
    expect(
      findDebris(text)
        .map((s) => s.text)
        .join(),
    ).not.toMatch(/shared the news|million likes/);
  });

  it('takes bare links and a dash-name-handle-date attribution with a long dash', () => {
    const text =
      'Holland replied within minutes.\n\nCan confirm. https://t.co/AbC123xyz\n— Tom Holland (@TomHolland1996) July 16, 2017\n\nFans were thrilled.';
    const found = findDebris(text);
    expect(found.map((s) => s.kind)).toEqual(['tweet']);
    expect(found[0]).toMatchObject({ date: '2017-07-16' });
    expect(at(found, 0).author?.text).toBe('Tom Holland');
    expect(findDebris('See pic.twitter.com/AbC123 for more.').map((s) => [s.kind, s.text])).toEqual([
      ['link', 'pic.twitter.com/AbC123'],
    ]);
  });

  it('takes an attribution without its date when it ends its line', () => {
    const text =
      'Fans loved it.\n\nCan confirm, best day ever pic.twitter.com/AbC123\n— Tom Holland (@TomHolland1996)\n\nShe wrote - Kim (@KimKardashian) and more.';
    const found = findDebris(text);
    expect(found.map((s) => [s.kind, s.author?.text, s.date])).toEqual([['tweet', 'Tom Holland', null]]);
  });

  it('leaves dashes, handles and dates in prose alone', () => {
    const text =
      'The singer - who wed in 2016 - thanked @KKHOfficial on Twitter. She wrote on May 3, 2017 - Kim (her sister) replied.';
    expect(findDebris(text)).toEqual([]);
  });
});

describe('a tweet on the line of the sentence that introduces it', () => {
  it('"Taylor Swift wrote on Twitter. So proud of you! pic.twitter.com/… — Taylor Swift (@taylorswift13) May 5, 2019": the introduction stays prose', () => {
    const text =
      'Taylor Swift wrote on Twitter. So proud of you! pic.twitter.com/abc123 — Taylor Swift (@taylorswift13) May 5, 2019';
    const [tweet] = findDebris(text).filter((s) => s.kind === 'tweet');
    expect(tweet?.body?.text).toBe('So proud of you! pic.twitter.com/abc123');
    expect(tweet?.start).toBe(text.indexOf('So proud'));
  });
});
