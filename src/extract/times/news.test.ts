import { describe, expect, it } from 'vitest';
import { findTimesIn } from './index.ts';

// Time values on real news sentences (BBC entertainment and celebrity articles of the development gold, TimeBank),
// one row for each class of value the stage once got wrong. Each row: what it shows, the sentence as published,
// the time's text, its TIMEX3 value, and the publication date.
const rows: Array<[why: string, sentence: string, phrase: string, value: string, published: string]> = [
  [
    'a release told in the progressive looks ahead, here four months (celebrity-134legit)',
    'Lady Gaga is set to bare all in a candid documentary titled Gaga: Five Foot Two premiering on Netflix on September 22.',
    'September 22',
    '2017-09-22',
    '2017-05-20',
  ],
  [
    'so does an opening told as a noun, here in five months (BBC 343)',
    'The actress is hoping to recover in time for its official New York opening on 21 April.',
    '21 April',
    '2005-04-21',
    '2004-11-15',
  ],
  [
    'not after "after": what was done, here eight weeks before (BBC 076)',
    'Fat Albert entered the chart in second place after opening on Christmas Day.',
    'Christmas Day',
    '2004-12-25',
    '2005-02-20',
  ],
  [
    'a weekday before its date takes the date (NYT, 1998-04-24)',
    'The vote is set for Saturday, April 25, in Albany.',
    'Saturday, April 25',
    '1998-04-25',
    '1998-04-24',
  ],
  [
    'with no year, the weekday picks the year of the date (NYT, 1999-04-19)',
    'He was shot at his home in Amherst, N.Y., on Friday, Oct. 23.',
    'Friday, Oct. 23',
    '1998-10-23',
    '1999-04-19',
  ],
  [
    'a decade is its three digits, as TimeML writes it (BBC 138)',
    'Rodgers was singer with early 1970s rockers Free, who had a global hit with All Right Now.',
    'early 1970s',
    '197',
    '2004-12-15',
  ],
  [
    'a decade without its apostrophe (BBC 121)',
    'The idea behind the project was simple - to rediscover the very best of Scottish music, from the finest musical talent spanning from the age of 70s rock through to 80s pop.',
    '80s',
    '198',
    '2005-01-13',
  ],
  [
    '"the \'80s" in 1989 is the 1980s (wsj_1014)',
    'Anheuser noted that "beer industry sales volume is 1989 is following the trend that has characterized the last half of the \'80s, with sales volume being essentially flat"',
    "the '80s",
    '198',
    '1989-10-26',
  ],
  [
    'a named day and its part of the day is the day (BBC 307)',
    'Rowlands died in Hove on Saturday morning, her agent said.',
    'Saturday morning',
    '2005-01-22',
    '2005-01-24',
  ],
  [
    'a day named after "on a" is any such day (BBC 274)',
    "Deeley formerly co-hosted SM:tv, the children's show which airs before CD:UK on a Saturday morning, alongside hit presenters Ant and Dec.",
    'Saturday morning',
    'XXXX-WXX-6TMO',
    '2005-02-08',
  ],
  [
    '"the last year" is the span up to now (celebrity 122legit)',
    'Much has changed over the last year in Angelina Jolie‘s life, but one thing has remained constant — her dedication to her children.',
    'the last year',
    'P1Y',
    '2017-08-30',
  ],
  [
    '"soon" in a clause that looks ahead (celebrity 122fake)',
    'If something isn’t done soon, she’ll waste away to nothing!',
    'soon',
    'FUTURE_REF',
    '2016-02-03',
  ],
  [
    '"last January" said in February is the January before (BBC 236)',
    'Their first UK single hit number three last January, followed by two more top 20 hits, while the album has sold more than 600,000 copies in 11 months on release.',
    'last January',
    '2004-01',
    '2005-02-10',
  ],
  [
    'a month after an article, before its noun (celebrity 110legit)',
    'In the December issue of Health magazine, Katharine opened up about her relationship with famed music producer David Foster.',
    'December',
    '2017-12',
    '2017-11-14',
  ],
  [
    'a duration with an adjective between count and unit (celebrity 122fake)',
    '“Sometimes she goes a full day without eating a solid meal, and other days sleeps until late afternoon because she’s so worn out,” said one worried pal.',
    'a full day',
    'P1D',
    '2016-02-03',
  ],
  [
    '"the previous year" counts from the year just told (BBC 046)',
    'The number of Japanese films released rose to 310 in 2004 from 287 the previous year.',
    'the previous year',
    '2003',
    '2005-01-28',
  ],
  [
    '"the New Year" is the year that begins (BBC 219)',
    'Clark is scheduled to welcome in the New Year on the ABC network, a job he has done for 33 years.',
    'the New Year',
    '2005',
    '2004-12-09',
  ],
  [
    '"the turn of the year" is the year that began (BBC 236)',
    'At the turn of the year, Kapranos told BBC News Online the band were fed up with serious bands in "that post-rock thing that seemed to be doing its damndest to avoid any bloody tune".',
    'the turn of the year',
    '2005',
    '2005-02-10',
  ],
  [
    '"for the year" is the year the story is in (BBC 046)',
    'The number of Japanese films released rose to 310 in 2004 from 287 the previous year. Sales of movies on DVD and video amounted to 497bn yen (£2.54bn) for the year.',
    'the year',
    '2004',
    '2005-01-28',
  ],
  [
    '"the year ended March 31" is a fiscal year\'s span (wsj_0346)',
    'Cilcorp said the businesses to be acquired had revenue of $76 million for the year ended March 31.',
    'the year',
    'P1Y',
    '1989-11-01',
  ],
  [
    'a schedule in the present looks ahead (BBC 221, published on a Saturday)',
    "The current series of Celebrity Big Brother ends on Sunday, with Happy Mondays star Bez, actress Brigitte Nielsen and Blazin' Squad rapper Kenzie competing for a £50,000 charity prize.",
    'Sunday',
    '2005-01-30',
    '2005-01-29',
  ],
  [
    '"set" without "to" or "for" tells what was done (APW, published on a Saturday)',
    'The U.S. Immigration and Naturalization Service had ruled that Elian must be returned to his father, Juan Miguel Gonzalez, and set Friday as the deadline for his repatriation to Cuba.',
    'Friday',
    '2000-01-14',
    '2000-01-15',
  ],
  [
    '"set to" still looks ahead (APW, published on a Sunday)',
    "The discovery appeared to be the latest attempt by extremists opposed to the IRA's 8-month-old truce to undermine the peace process, set to resume Monday in Belfast.",
    'Monday',
    '1998-03-23',
    '1998-03-22',
  ],
];

describe('time values on real news sentences', () => {
  it.each(rows)('%s: "%s"', (_why, sentence, phrase, value, published) => {
    const found = findTimesIn(sentence, published).find((t) => t.text === phrase);
    expect(found, `"${phrase}" not found`).toBeDefined();
    expect(found?.value).toBe(value);
  });
});

// Ages are years of a life, not decades.
describe('decades that are ages', () => {
  it.each([
    ['The singer, now in her 70s, still tours.', '2017-11-14'],
    ['The actor died in his late 50s.', '2005-01-24'],
  ])('%s', (sentence, published) => {
    expect(findTimesIn(sentence, published).map((t) => t.text)).not.toContainEqual(expect.stringMatching(/0s$/));
  });
});

// Titles of songs, shows and companies hold time words; they are names, not times (dev gold articles).
describe('titles that hold time words', () => {
  it.each<[sentence: string, title: string, published: string]>([
    [
      "There are currently six re-released Elvis' tracks occupying spots in the top 40 singles chart including Are You Lonesome Tonight at number 20, It's Now or Never at number 27 and Jailhouse Rock at number 37.",
      'Tonight',
      '2005-02-14',
    ],
    [
      "There are currently six re-released Elvis' tracks occupying spots in the top 40 singles chart including Are You Lonesome Tonight at number 20, It's Now or Never at number 27 and Jailhouse Rock at number 37.",
      'Now',
      '2005-02-14',
    ],
    [
      "The king of rock 'n' roll has already had consecutive chart-toppers with Jailhouse Rock and One Night.",
      'One Night',
      '2005-01-24',
    ],
    [
      'Carson, who hosted the Tonight Show for 30 years, died on 23 January from respiratory disease emphysema.',
      'Tonight',
      '2005-02-07',
    ],
    [
      'Tony Robinson, who played the servant Baldrick, told ITV1\'s This Morning the show\'s star, Rowan Atkinson, was "more keen than he has been in the past".',
      'This Morning',
      '2005-02-18',
    ],
    ['The Simpsons (Twentieth Century Fox, BBC Two/Sky One/Channel 4)', 'Twentieth Century', '2004-12-23'],
    [
      "The Spring Breakers star wrote: 'I have not only been following her career as a fan since I was 8.'",
      'Spring',
      '2014-11-22',
    ],
    [
      "The Geordie duo also secured best comedy entertainment programme for Saturday Night Takeaway, beating I'm A Celebrity... Get Me Out Of Here!, which they also host, and the BBC's Have I Got News For You",
      'Saturday',
      '2004-12-23',
    ],
  ])('%s (%s)', (sentence, title, published) => {
    const at = sentence.indexOf(title);
    expect(findTimesIn(sentence, published).filter((t) => t.start < at + title.length && at < t.end)).toEqual([]);
  });

  it('still reads those words as times in prose and in a headline', () => {
    expect(findTimesIn('Now, he is back. He hosted the show tonight.', '2005-02-07').map((t) => t.value)).toEqual([
      '2005-02-07TNI',
    ]);
    expect(
      findTimesIn('Selena Gomez Steps Out With Justin Bieber Last Night', '2017-11-14').map((t) => t.text),
    ).toEqual(['Last Night']);
    // BBC 261: the adjective "current" is not annotated as a time.
    const track =
      "The track, from their current album How To Dismantle An Atomic Bomb, pushed Eminem's Like Toy Soldiers from number one to number three.";
    expect(findTimesIn(track, '2005-02-14')).toEqual([]);
  });
});

describe('"soon" in a story told in the past is no time', () => {
  it('BBC 236', () => {
    const venue =
      'The venue soon became legendary - so well-known that the police spent a month trying to find it, eventually raiding it and arresting Kapranos.';
    expect(findTimesIn(venue, '2005-02-10').map((t) => t.text)).toEqual(['a month']);
  });
});

describe('"the" and a month, or "the year", that are no time', () => {
  it.each([
    ['Fans camped outside the May family home.'],
    ['It was the biggest crowd since the March on Washington.'],
    ['Time named her its Person of the Year.'],
    // BBC 074: "a December release" is any December's, not the coming one.
    [
      "Ocean's Twelve box office triumph marks the fourth-biggest opening for a December release in the US, after the three films in the Lord of the Rings trilogy.",
    ],
  ])('%s', (sentence) => {
    expect(findTimesIn(sentence, '2016-09-26')).toEqual([]);
  });
});

describe('"the year 2006" is the year, once (celebrity 026fake)', () => {
  it('reads the number, not "the year" before it', () => {
    const split = 'The couple were together for two years, and then split in the year 2006.';
    expect(findTimesIn(split, '2017-01-01').map((t) => [t.text, t.value])).toEqual([
      ['two years', 'P2Y'],
      ['2006', '2006'],
    ]);
  });
});
