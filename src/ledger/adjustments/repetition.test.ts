import { describe, expect, it } from 'vitest';
import { holderWeight } from './holder.ts';
import { repetition } from './repetition.ts';
import { stance } from './stance.ts';
import { row, steps, why } from './testing.ts';
import type { EvidenceRow } from '../../store/index.ts';
import { at, must } from '../../invariant/index.ts';

const all = [holderWeight, stance, repetition];
// kim-kardashian-pete-davidson-01 and a later Daily Mail follow-up.
const mail = (article: string, text: string) => row({ article, text });
const first = () =>
  mail(
    'kim-kardashian-pete-davidson-01',
    'Fresh from holding hands at a California theme park, Kim Kardashian and Pete Davidson have both turned up in Manhattan.',
  );
const again = () => mail('mail-follow-up', 'Kim Kardashian and Pete Davidson are dating, the Daily Mail can reveal.');
// harry-styles-olivia-wilde-10 (People) and its sources.
const people = {
  article: 'harry-styles-olivia-wilde-10',
  holderName: 'People',
  sourceKey: 'outlet:people',
  sourceName: 'People',
};

/**
 * In one article of `outlet`: `voice` quoted after `first` is said to be another voice in it, and heard in full (its
 * step as if alone).
 */
function heardInFull(
  { article, outlet, value }: { article: string; outlet: string; value: string },
  first: Partial<EvidenceRow>,
  voice: Partial<EvidenceRow>,
): void {
  const inArticle = { article, value, sourceKey: `outlet:${outlet.toLowerCase()}`, sourceName: outlet };
  const quoted = row({ ...inArticle, ...voice });
  const [, heard] = steps(all, [row({ ...inArticle, ...first }), quoted]);
  expect(why(must(heard, 'expected the quoted voice'))).toMatch(new RegExp(`another voice in ${outlet}$`));
  expect(must(heard, 'expected the quoted voice').value).toBe(at(steps(all, [quoted]), 0).value);
}

describe('repetition', () => {
  it("a tabloid's repeat of itself adds less than its first report, and is named as a repeat", () => {
    const [one, two] = steps(all, [first(), again()]);
    expect(must(two, 'expected two').value).toBeLessThan(must(one, 'expected one').value / 2);
    expect(why(must(one, 'expected one'))).toMatch(/first from Daily Mail$/);
    expect(why(must(two, 'expected two'))).toMatch(/repeats Daily Mail, not independent$/);
  });

  it('another outlet saying the same is heard in full', () => {
    const [, people] = steps(all, [
      first(),
      row({ holderName: 'People', sourceKey: 'outlet:people', sourceName: 'People' }),
    ]);
    expect(why(must(people, 'expected people'))).toMatch(/first from People$/);
    expect(must(people, 'expected people').value).toBe(
      at(steps(all, [row({ holderName: 'People', sourceKey: 'outlet:people', sourceName: 'People' })]), 0).value,
    );
  });

  it("the Daily Mail's sentence syndicated word for word by another site is the Daily Mail again", () => {
    const original = first();
    const copy = row({
      ...original,
      id: 'copy',
      article: 'syndicated',
      holderName: 'Daily Mail',
      sourceKey: 'outlet:msn',
      sourceName: 'MSN',
      text: ` ${original.text.toUpperCase()}`,
    });
    const [, repeat] = steps(all, [original, copy]);
    expect(why(must(repeat, 'expected repeat'))).toMatch(/repeats Daily Mail, not independent$/);
  });

  it('a second unnamed voice in the same article is no corroboration: the author, "a source", "the insider" are one chain of reporting', () => {
    const [, insider, friend] = steps(all, [
      row({ ...people, holderKind: 'outlet', text: 'Harry Styles and Olivia Wilde are taking a break' }),
      row({
        ...people,
        holderKind: 'anonymous',
        holderName: 'the insider',
        stance: 'asserts',
        text: '"They remain great friends," the insider said',
      }),
      row({
        ...people,
        holderKind: 'anonymous',
        holderName: 'a source',
        stance: 'asserts',
        text: 'a source close to the pair said',
      }),
    ]);
    expect(why(must(insider, 'expected insider'))).toMatch(/another voice in People, not independent of it$/);
    // "A source" and "the insider" are one anonymous voice, whatever the article calls them.
    expect(why(must(friend, 'expected friend'))).toMatch(/repeats the same voice, not independent$/);
    expect(must(insider, 'expected insider').value).toBeLessThan(
      at(steps(all, [row({ ...people, holderKind: 'anonymous', holderName: 'the insider' })]), 0).value,
    );
  });

  it("a principal quoted in the same article is heard in full: Davidson on Fallon, after the outlet's own report", () => {
    heardInFull(
      { article: 'ariana-grande-pete-davidson-02', outlet: 'The Indian Express', value: 'engaged' },
      { holderKind: 'outlet', holderName: 'The Indian Express' },
      {
        holderKind: 'principal',
        holderName: 'Pete Davidson',
        stance: 'confirms',
        text: '"Well, I did it anyway," Davidson replied.',
      },
    );
  });

  it("a named source quoted after the article's own voice is heard in full: Tom Holland's father in CinemaBlend", () => {
    heardInFull(
      { article: 'zendaya-tom-holland-09', outlet: 'CinemaBlend', value: 'married' },
      { holderKind: 'author', holderName: null, stance: 'hedges' },
      {
        holderKind: 'named-source',
        holderName: 'Dominic Holland',
        text: '"I\'m quite sure they\'ll make a real success of being married," he wrote',
      },
    );
  });
});
