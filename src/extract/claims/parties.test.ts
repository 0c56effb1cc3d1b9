// Who a claim's parties are and what a principal's word does to it, on excerpts of development articles: the pair a
// relationship's own words name (subjects.ts coordinatedPair, find.ts NO_COUPLE_AFTER), the idioms that deny a rumour
// (claims.json denies), and a principal's quote about their own news (own-quote.ts).
import { describe, expect, it } from 'vitest';
import { claimRows, run } from './test-run.ts';

const rowsOf = (id: string, text: string, type: string) =>
  claimRows(run(id, text)).filter(([typeValue]) => typeValue.startsWith(`${type}/`));

describe('the pair a relationship is between', () => {
  it('a sentence opening on "He and Jen" is his and her marriage, not the article couple (celebrity-008fake)', () => {
    const rows = rowsOf(
      'celebrity-008fake',
      'Brad Pitt has reportedly been leaning on ex-wife Jennifer Aniston while he deals with his emotional split from ' +
        'Angelina Jolie. He and Jen married in July 2000 and ended their courtship in Oct. 2005 after he met Angie ' +
        'on the set of their love, action flick, Mr & Mrs. Smith.',
      'relationship',
    ).filter(([typeValue]) => typeValue === 'relationship/married');
    expect(rows.map(([, , , , subjects]) => subjects)).toEqual(['Brad Pitt + Jennifer Aniston']);
  });

  it('"seeing someone else" names no partner, so no pair is made up from the article (celebrity-183fake)', () => {
    const rows = rowsOf(
      'celebrity-183fake',
      'Brad Pitt is fighting Angelina Jolie for custody, his friend Kris Herzog told Grazia magazine. Herzog has ' +
        'also claimed Pitt has already moved on from Jolie and is secretly seeing someone else.',
      'relationship',
    ).filter(([typeValue]) => typeValue === 'relationship/dating');
    expect(rows).toEqual([]);
  });
});

describe('names that are no party', () => {
  const friends =
    'Friends actress Lisa Kudrow is to play the lead role in a new series about a one-time sitcom star, according to ' +
    'the Hollywood reporter.\n\nCourteney Cox Arquette (Monica) has been working on a drama project along with ' +
    'husband David Arquette for HBO, called The Rise And Fall Of Taylor Kennedy.';

  it('"Friends actress" is a sitcom\'s title, not friends as a source (bbc-entertainment-176)', () => {
    const rows = rowsOf('bbc-entertainment-176', friends, 'casting');
    expect(rows.map(([typeValue, holder, , , subjects]) => [typeValue, holder, subjects])).toEqual([
      ['casting/cast', 'author', 'Lisa Kudrow'],
    ]);
  });

  it('the part in brackets after an actor is no second party to her marriage (bbc-entertainment-176)', () => {
    const rows = rowsOf('bbc-entertainment-176', friends, 'relationship');
    expect(rows.map(([typeValue, , , , subjects]) => [typeValue, subjects])).toEqual([
      ['relationship/married', 'Courteney Cox Arquette + David Arquette'],
    ]);
  });
});

describe('idioms of denial', () => {
  it('"put paid to any rumours of … feuding" is the principal denying the feud (celebrity-045legit)', () => {
    const rows = rowsOf(
      'celebrity-045legit',
      'Tom Hiddleston split from Taylor Swift in September. However, last week Tom put paid to any rumours of ' +
        'hard-feelings or feuding between the two as he said they had remained on amicable terms.',
      'feud',
    );
    expect(rows).toEqual([['feud/feud', 'principal', 'Tom Hiddleston', 'denies', 'Tom Hiddleston + Taylor Swift']]);
  });

  it('"tried to put feud rumors to bed" is a denial too, whatever word stands before "rumors" (celebrity-177legit)', () => {
    const rows = rowsOf(
      'celebrity-177legit',
      'Vanessa Lachey danced with Maksim Chmerkovskiy on Monday. Lachey, 36, seemingly tried to put feud rumors to ' +
        'bed, telling Us Weekly that Chmerkovskiy has taught her a lot in a short period of time.',
      'feud',
    );
    expect(rows).toEqual([
      ['feud/feud', 'principal', 'Vanessa Lachey', 'denies', 'Vanessa Lachey + Maksim Chmerkovskiy'],
    ]);
  });
});

describe("a principal's word on their own news", () => {
  it('the guitarist who quit, saying why and then in his own quoted words, is on record (bbc-entertainment-134)', () => {
    const rows = rowsOf(
      'bbc-entertainment-134',
      'The guitarist with US rock band Korn has quit the music business, saying he made the decision after ' +
        "experiencing a religious awakening.\n\nBrian 'Head' Welch told a radio station in California that his " +
        'bandmates respected his decision to leave. A replacement guitarist has yet to be named by Korn, who are ' +
        'currently at work on their eighth studio album. Welch added that he would appear at a church in Bakersfield ' +
        'to explain how he "got to this place in life".\n\nThe 34-year-old made reference to the band\'s aggressive ' +
        'brand of music and its young fans in his parting statement. "Anger is a good thing, and if kids want to ' +
        'listen to Korn, good, but there\'s happiness after the anger," he told his local radio station in ' +
        'Bakersfield. "I\'m going to show it through my actions, how much I love my fans," added Welch.',
      'news',
    );
    expect(rows.map(([typeValue, holder, , stance]) => [typeValue, holder, stance])).toEqual([
      ['news/quit', 'principal', 'confirms'],
    ]);
  });
});

describe('what a rumour is about', () => {
  it('"of course" is an aside, never the predicate a rumour is named by (celebrity-146fake)', () => {
    const rows = rowsOf(
      'celebrity-146fake',
      'Malia Obama, 18, is adjusting to her new life outside of the White House. The former first daughter is ' +
        'expected to attend Harvard University in the fall. All seems to be going well, but a negative story about ' +
        'Malia trying to beat up a right-wing journalist, allegedly, of course, has her parents worried.',
      'rumour',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map(([typeValue]) => typeValue)).not.toContain('rumour/of course');
  });
});

describe('a marriage wished over', () => {
  it('"wants this marriage to be over" is the split a source tells (celebrity-019fake)', () => {
    const rows = rowsOf(
      'celebrity-019fake',
      "Kim Kardashian is ready to file for divorce from Kanye West. An insider blames the rapper's paranoia as a " +
        'reason for the demise of their marriage. "Kim is miserable and wants this marriage to be over," says the source.',
      'relationship',
    ).filter(([, holder]) => holder === 'anonymous');
    expect(rows).toEqual([['relationship/split', 'anonymous', '-', 'asserts', 'Kim Kardashian + Kanye West']]);
  });
});

describe('the partner a named owner had', () => {
  it('"canoodling with Bieber\'s rumored ex, model Yovanna Ventura" pairs The Weeknd with her, not Bieber (celebrity-133fake)', () => {
    const rows = rowsOf(
      'celebrity-133fake',
      'While Justin Bieber and Selena Gomez have been attending church twice in one day, the Weeknd has been parading ' +
        'around with someone new. The Weeknd was caught canoodling with Bieber’s rumored ex, model Yovanna Ventura.',
      'relationship',
    ).filter(([, , , , subjects]) => subjects.includes('Yovanna Ventura') || subjects.includes('Justin Bieber'));
    expect(rows.map(([typeValue, , , , subjects]) => [typeValue, subjects])).toContainEqual([
      'relationship/dating',
      'The Weeknd + Yovanna Ventura',
    ]);
    expect(rows.map(([, , , , subjects]) => subjects)).not.toContain('The Weeknd + Justin Bieber');
  });
});

describe("a pair's own announcement", () => {
  it('"They confirmed their relationship" is the pair on record (celebrity-027legit)', () => {
    const rows = rowsOf(
      'celebrity-027legit',
      'Filming finished in August last year and rumors about their romance started swirling in October when Jennifer ' +
        'Lawrence and Darren Aronofsky were photographed together. They confirmed their relationship after they were ' +
        'photographed kissing on a public street in New York.',
      'relationship',
    ).filter(([, holder, , stance]) => holder === 'principal' && stance === 'confirms');
    expect(rows.map(([typeValue, , , , subjects]) => [typeValue, subjects])).toEqual([
      ['relationship/dating', 'Jennifer Lawrence + Darren Aronofsky'],
    ]);
  });
});

describe('a wedding still to come', () => {
  it('needs a wedding named: "His British-born wife, Joan, suggested he … should write" stays a marriage (bbc-entertainment-305)', () => {
    const rows = rowsOf(
      'bbc-entertainment-305',
      'Stan Lee created Spider-Man. His British-born wife, Joan, suggested he had nothing to lose and, for his ' +
        'swansong, should write the kind of characters he really wanted to create.',
      'relationship',
    );
    expect(rows.map(([typeValue]) => typeValue)).toEqual(['relationship/married']);
  });
});
