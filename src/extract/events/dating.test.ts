// The dating rules (dating.ts) on real development articles (the gold's development part, never its held-out ids),
// run through the whole pipeline: the date a reader would give an event its own clause leaves undated.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../index.ts';
import { itTriesInOrder, runExcerpt, runGold as run } from './told.test-helper.ts';
import { DATING_RULES } from './dating.ts';

const told = (out: Extraction, words: string, type: string) =>
  out.events.filter((e) => e.type === type && e.evidence.text.includes(words)).map((e) => e.time?.value ?? null);

describe('DATING_RULES', () => {
  itTriesInOrder(DATING_RULES, [
    'beside-time-clause',
    'purpose',
    'participle',
    'inside-time-clause',
    'where-at-gathering',
    'medium-of-saying',
    'edition-of-object',
  ]);

  it('date "In the December issue of Health magazine, Katharine opened up" by the issue (celebrity-110legit)', () => {
    expect(told(run('celebrity-110legit'), 'In the December issue of Health magazine', 'statement')).toEqual([
      '2017-12',
    ]);
  });

  it('leave a saying undated by a time of another noun: "said the play\'s 15 March opening date remains" (bbc-entertainment-019)', () => {
    const out = run('bbc-entertainment-019');
    expect(out.events.filter((e) => e.type === 'statement').map((e) => e.time?.value ?? null)).not.toContain(
      '2005-03-15',
    );
  });

  it('date "when he was arrested" by the clause it hangs on, "stalled in 2006" (celebrity-124fake)', () => {
    expect(told(run('celebrity-124fake'), 'when he was arrested', 'arrest')).toEqual(['2006']);
  });

  it('still date "gave her when they renewed their vows two years ago" by the time clause (bbc-entertainment-141)', () => {
    expect(told(run('bbc-entertainment-141'), 'renewed their vows', 'gift')).toEqual(['2002']);
  });

  it('date "spotted … at the … Awards 2017 earlier this week" by the week, not the edition year (celebrity-110fake)', () => {
    expect(told(run('celebrity-110fake'), 'Awards 2017 earlier this week', 'appearance')).toEqual(['2017-W45']);
  });

  it('date "won the 2003 Golden Lion award" by the year of the award it won (bbc-entertainment-331)', () => {
    expect(told(run('bbc-entertainment-331'), 'won the 2003 Golden Lion award', 'award')).toEqual(['2003']);
  });

  it('date "their appearance at 1985\'s Live Aid" by the year of the event it was at (bbc-entertainment-262)', () => {
    expect(told(run('bbc-entertainment-262'), "appearance at 1985's Live Aid", 'appearance')).toEqual(['1985']);
  });

  it('keep "(debuting Sept. 15)" from dating "a movie she directed for Netflix" before it (celebrity-122legit)', () => {
    expect(told(run('celebrity-122legit'), 'a movie she directed for Netflix', 'direct')).toEqual([null]);
  });

  it('keep the date of "the awards, which will be held on 8 December" off the nominations (bbc-entertainment-150)', () => {
    // "Alicia Keys has 12 nominations for the awards, which will be held on 8 December at the MGM Grand in Las Vegas."
    const out = runExcerpt('bbc-entertainment-150');
    expect(told(out, '12 nominations', 'nomination')).toEqual([null]);
  });
});

describe('a time right after a saying dates the saying only', () => {
  it('leave "will be reunited with boyfriend Blake Shelton …, the show announced Tuesday" undated (celebrity-038legit)', () => {
    expect(told(run('celebrity-038legit'), 'will be reunited with boyfriend Blake Shelton', 'reconciliation')).toEqual([
      null,
    ]);
  });

  it('still date "Ozzy gave her when they renewed their vows two years ago": "vows" is no saying (bbc-entertainment-141)', () => {
    expect(told(run('bbc-entertainment-141'), 'renewed their vows', 'wedding')).toEqual(['2002']);
  });
});

describe('reference times date an event of their own clause', () => {
  // TimeML's PRESENT_REF and FUTURE_REF are times as PAST_REF is: the clause's only time anchors its event.
  it('dates "John Deacon has currently retired from the stage" PRESENT_REF (bbc-entertainment-138)', () => {
    expect(told(run('bbc-entertainment-138'), 'currently retired', 'retirement')).toEqual(['PRESENT_REF']);
  });

  it('leave "has already won the Orange Prize …, and is now 5/4 favourite" undated: "now" is the odds (bbc-entertainment-007)', () => {
    // "The book has already won the Orange Prize for fiction, and is now 5/4 favourite for the £25,000 Whitbread."
    const out = runExcerpt('bbc-entertainment-007');
    expect(out.times.map((t) => t.value)).toContain('PRESENT_REF');
    expect(told(out, 'Orange Prize', 'award')).toEqual([null]);
  });
});
