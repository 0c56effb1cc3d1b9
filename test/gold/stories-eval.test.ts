// The story-level scorer of `npm run eval` (scripts/eval/stories.ts), without the corpus: the rules of
// ../shared/EVAL-STORIES.md on the development story gold and on small ledgers listings made by hand.
import { describe, expect, it } from 'vitest';
import type { StoryStatus, StorySummary } from '../../src/ledger/index.ts';
import {
  combineStatus, goldStories, readGold, sameName, sameSubjects, sameType, scoreStories,
} from '../../scripts/eval/stories.ts';
import type { GoldFile, GoldStory } from '../../scripts/eval/stories.ts';
import { must } from '../../src/invariant/index.ts';

let next = 0;
/** A ledger story as `ledger.stories()` lists it. */
function listed(type: string, value: string, subjects: string[], status: StoryStatus, articles = 1): StorySummary {
  next++;
  return {
    id: `s${next}`, type, value, status, score: 0.5, firstSeen: null, lastSeen: null,
    subjects: subjects.map((name, i) => ({ id: `e${next}-${i}`, name })),
    sources: [{ name: 'Daily Mail', kind: 'outlet', articles, independent: true }],
  };
}

const asListed = (g: GoldStory): StorySummary => listed(g.type, g.value, g.subjects, g.status, g.tellings.length);

const file = (id: string, stories: GoldFile['stories'], background: GoldFile['background'] = []): GoldFile => ({ id, stories, background });

describe('the name, subject and type rules', () => {
  it('a name matches when every word of the shorter is in the longer', () => {
    expect(sameName('Jolie', 'Angelina Jolie')).toBe(true);
    expect(sameName('angelina jolie', 'Angelina Jolie')).toBe(true);
    expect(sameName('Maddox Jolie Pitt', 'Maddox Jolie-Pitt')).toBe(true);
    expect(sameName('Angelina Jolie', 'Jon Voight')).toBe(false);
    expect(sameName('Angelina Jolie', 'Jolie Pitt')).toBe(false);
  });

  it('subjects match one to one, in any order, and only in the same number', () => {
    expect(sameSubjects(['Brad Pitt', 'Jolie'], ['Angelina Jolie', 'Brad Pitt'])).toBe(true);
    expect(sameSubjects(['Jolie', 'Jolie'], ['Angelina Jolie', 'Brad Pitt'])).toBe(false);
    expect(sameSubjects(['Angelina Jolie'], ['Angelina Jolie', 'Brad Pitt'])).toBe(false);
    expect(sameSubjects(['Angelina Jolie', 'Jon Voight'], ['Angelina Jolie', 'Brad Pitt'])).toBe(false);
  });

  it('the five core types match only themselves; any other type matches any other', () => {
    expect(sameType('relationship', 'relationship')).toBe(true);
    expect(sameType('relationship', 'feud')).toBe(false);
    expect(sameType('health', 'lawsuit')).toBe(false);
    expect(sameType('lawsuit', 'deal')).toBe(true);
    expect(sameType('wedding-plans', 'moving')).toBe(true);
  });
});

describe('the status of a story several articles tell', () => {
  const tell = (...statuses: Array<[string, StoryStatus]>) => statuses.map(([article, status]) => ({ article, status }));

  it('principals on record both ways make it contested, whatever the outlets say', () => {
    expect(combineStatus(tell(['a', 'confirmed'], ['b', 'denied'], ['c', 'reported']))).toBe('contested');
    expect(combineStatus(tell(['a', 'ended'], ['b', 'denied']))).toBe('contested');
    expect(combineStatus(tell(['a', 'contested'], ['b', 'reported']))).toBe('contested');
  });

  it('then a principal\'s split, a confirmation, a denial', () => {
    expect(combineStatus(tell(['a', 'confirmed'], ['b', 'ended']))).toBe('ended');
    expect(combineStatus(tell(['a', 'reported'], ['b', 'confirmed'], ['c', 'speculated']))).toBe('confirmed');
    expect(combineStatus(tell(['a', 'reported'], ['b', 'reported'], ['c', 'denied']))).toBe('denied');
  });

  it('two or more reporting articles corroborate; one reports; hedges alone speculate', () => {
    expect(combineStatus(tell(['a', 'reported'], ['b', 'reported']))).toBe('corroborated');
    expect(combineStatus(tell(['a', 'corroborated'], ['b', 'speculated']))).toBe('corroborated');
    expect(combineStatus(tell(['a', 'reported'], ['a', 'reported']))).toBe('reported');
    expect(combineStatus(tell(['a', 'reported'], ['b', 'speculated']))).toBe('reported');
    expect(combineStatus(tell(['a', 'speculated'], ['b', 'speculated']))).toBe('speculated');
  });

  it('a story two articles tell under different spellings is one gold story, at its furthest stage', () => {
    const gold = goldStories([
      file('celebrity-x', [{ type: 'relationship', value: 'dating', subjects: ['Jolie', 'Brad Pitt'], status: 'reported' }]),
      file('celebrity-y', [{ type: 'relationship', value: 'split', subjects: ['Pitt', 'Angelina Jolie'], status: 'ended' },
        { type: 'relationship', value: 'dating', subjects: ['Angelina Jolie', 'Jon Voight'], status: 'speculated' }]),
    ]);
    expect(gold.stories).toHaveLength(2);
    const [pair, other] = gold.stories;
    expect(pair).toMatchObject({ value: 'split', status: 'ended', subjects: ['Angelina Jolie', 'Brad Pitt'] });
    expect(must(pair, 'expected pair').tellings.map((t) => t.article)).toEqual(['celebrity-x', 'celebrity-y']);
    expect(other).toMatchObject({ value: 'dating', status: 'speculated', subjects: ['Angelina Jolie', 'Jon Voight'] });
  });
});

describe('scoring a ledger against the gold', () => {
  const development = readGold().development;

  it('reads the development part of test/stories', () => {
    expect(development.length).toBe(365);
    expect(goldStories(development).stories.length).toBeGreaterThan(100);
  });

  it('a ledger that lists exactly the gold stories scores perfectly', () => {
    const gold = goldStories(development);
    const { figures, falsePositives, missed, wrongStatus } = scoreStories(gold, gold.stories.map(asListed));
    expect(falsePositives).toEqual([]);
    expect(missed).toEqual([]);
    expect(wrongStatus).toEqual([]);
    expect(figures).toMatchObject({ precision: 1, recall: 1, f1: 1, statusAccuracy: 1, stageAccuracy: 1, confirmedPrecision: 1, backgroundOnly: 0 });
    expect(figures.stageTotal).toBeGreaterThan(0);
    expect(figures.confirmed).toBe(gold.stories.filter((g) => g.status === 'confirmed').length);
  });

  it('an empty ledger finds nothing', () => {
    const { figures, missed } = scoreStories(goldStories(development), []);
    expect(figures).toMatchObject({ recall: 0, precision: 0, f1: 0, goldFound: 0, system: 0 });
    expect(missed.length).toBe(figures.gold);
  });

  it('counts wrong statuses and stages, leaves background-only stories out of precision, and checks "confirmed"', () => {
    const gold = goldStories([
      file('a', [
        { type: 'relationship', value: 'engaged', subjects: ['Miley Cyrus', 'Liam Hemsworth'], status: 'confirmed' },
        { type: 'casting', value: 'cast', subjects: ['Tom Hanks', 'The Da Vinci Code'], status: 'reported' },
        { type: 'lawsuit', value: 'sued', subjects: ['Mick Mars'], status: 'confirmed' },
      ], [{ type: 'relationship', value: 'married', subjects: ['Johnny Cash', 'June Carter Cash'] }]),
    ]);
    const system = [
      listed('relationship', 'dating', ['Liam Hemsworth', 'Miley Cyrus'], 'confirmed'), // found, stage wrong
      listed('casting', 'cast', ['Hanks', 'The Da Vinci Code'], 'confirmed'), // found, status wrong, a wrong "confirmed"
      listed('relationship', 'married', ['Johnny Cash', 'June Carter Cash'], 'confirmed'), // background only
      listed('feud', 'feud', ['Miley Cyrus', 'Liam Hemsworth'], 'reported'), // no such gold story
    ];
    const { figures, falsePositives, missed } = scoreStories(gold, system);
    expect(figures).toMatchObject({
      system: 4, backgroundOnly: 1, matched: 2, goldFound: 2, gold: 3,
      statusRight: 1, stageRight: 0, stageTotal: 1, confirmed: 2, confirmedRight: 1,
    });
    expect(figures.precision).toBeCloseTo(2 / 3);
    expect(figures.recall).toBeCloseTo(2 / 3);
    expect(falsePositives.map((s) => s.type)).toEqual(['feud']);
    expect(missed.map((g) => g.type)).toEqual(['lawsuit']);
  });

  it('a duplicate counts as matched once its gold story is found, and the story judged is the one of its exact type', () => {
    const gold = goldStories([file('a', [{ type: 'moving', value: 'russia', subjects: ['Lindsay Lohan'], status: 'confirmed' }])]);
    const { figures } = scoreStories(gold, [
      listed('deal', 'signed', ['Lohan'], 'reported', 3),
      listed('moving', 'russia', ['Lindsay Lohan'], 'confirmed', 1),
    ]);
    expect(figures).toMatchObject({ matched: 2, duplicates: 1, goldFound: 1, statusRight: 1, precision: 1 });
  });
});
