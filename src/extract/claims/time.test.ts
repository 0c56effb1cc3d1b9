// When a claim's proposition holds (refine.ts TIME_RULES), on sentences of development articles, run through the
// whole pipeline: history told in passing is PAST_REF, so the ledger keeps it apart from the news.
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.ts';

/** [type/value, time value] of every claim, for an article with the given date (null: undated, as the corpora are). */
function times(text: string, published: string | null): Array<[string, string | undefined]> {
  const x = extract({ id: 't', published, title: null, source: null, url: null, text, origin: { file: 't' } });
  return x.claims.map((c) => [`${c.type}/${c.value}`, c.time?.value]);
}

// celebrity-112legit, two of its sentences ("she" given her full name): undated, it names 2016 as a year gone by.
const LOPEZ =
  'In 2003, Jennifer Lopez signed a lucrative endorsement deal with Louis Vuitton. ' +
  'In August 2016, when Rodriguez announced his retirement from baseball, he said it was the end.';

describe('an undated article is written no earlier than the latest year it names', () => {
  it('"In 2003, Jennifer Lopez signed a lucrative endorsement deal", beside "August 2016", is history', () => {
    expect(times(LOPEZ, null)).toContainEqual(['money/deal', 'PAST_REF']);
  });
  it('alone, with no later year named, the same sentence keeps its date', () => {
    expect(times('In 2003, Jennifer Lopez signed a lucrative endorsement deal with Louis Vuitton.', null)).toEqual([
      ['money/deal', '2003'],
    ]);
  });
});

describe('a date that names a work is the work’s, not the claim’s', () => {
  // bbc-entertainment-247 (2005): the lawsuit is the news; 2004 is when the tour was to be.
  const BRITNEY =
    'Singer Britney Spears is suing eight insurance companies that have refused to reimburse her for cancelling her 2004 world tour.';
  it('"cancelling her 2004 world tour" does not make the suit history', () => {
    expect(times(BRITNEY, '2005-06-01')).toEqual([['legal/sue', '2005-06-01']]);
  });
  it('but "her July 2016 split from fiancé Taylor Kinney" dates the split itself: history in September 2017', () => {
    const text =
      'In one of the teasers for the film, Lady Gaga breaks down in tears after her July 2016 split from fiancé Taylor Kinney.';
    expect(times(text, '2017-09-12').filter(([t]) => t === 'relationship/split')).toEqual([
      ['relationship/split', 'PAST_REF'],
    ]);
  });
});

describe('a couple recalled as they were is background', () => {
  it('"…invested in each other when they were a couple" (celebrity-114legit) is no confirmation of dating now', () => {
    const text =
      'In 2015, Bieber told Complex magazine that he and Gomez had their identities invested in each other when they were a couple.';
    expect(times(`Justin Bieber and Selena Gomez are back together. ${text}`, null)).toContainEqual([
      'relationship/dating',
      'PAST_REF',
    ]);
  });
});

describe('the cast a work stars is the work’s standing cast, not casting news (refine.ts standing-role)', () => {
  it('"Christmas with the Kranks, starring Tim Allen and Jamie Lee Curtis, was in second place" (bbc-entertainment-083)', () => {
    const text = 'Comedy Christmas with the Kranks, starring Tim Allen and Jamie Lee Curtis, was in second place.';
    expect(times(text, '2004-12-06').filter(([t]) => t.startsWith('casting/'))).toEqual([
      ['casting/cast', 'PAST_REF'],
      ['casting/cast', 'PAST_REF'],
    ]);
  });
  it('but a work still being made that "also stars Tom Hanks" is news (bbc-entertainment-308)', () => {
    const text =
      "The movie version of Dan Brown's best-selling novel is being directed by Ron Howard and also stars Tom Hanks.";
    expect(times(text, '2005-02-07').filter(([t]) => t.startsWith('casting/'))).toEqual([
      ['casting/direct', '2005-02-07'],
      ['casting/cast', '2005-02-07'],
    ]);
  });
});

describe('year-only-history: an undated article that dates its news by the day dates its history by the year', () => {
  // bbc-entertainment-118, two of its sentences: the news is Mike Mills's flu this week; the 1995 collapse is the band's past.
  const REM =
    'The remainder of the band played a short acoustic set on Monday. ' +
    'In 1995 former drummer Bill Berry collapsed in Switzerland while the band was on tour, having suffered a ruptured aneurysm.';
  it('"In 1995 former drummer Bill Berry collapsed", beside "on Monday", is history', () => {
    expect(times(REM, null).filter(([t]) => t === 'health/health')).toContainEqual(['health/health', 'PAST_REF']);
  });
  it('without news dated by the day, the same sentence keeps its year', () => {
    const alone = times(
      'In 1995 former drummer Bill Berry collapsed in Switzerland while the band was on tour, having suffered a ruptured aneurysm.',
      null,
    );
    expect(alone).toContainEqual(['health/health', '1995']);
  });
});
