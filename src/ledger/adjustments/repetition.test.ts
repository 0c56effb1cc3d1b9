import { describe, expect, it } from 'vitest';
import { holderWeight } from './holder.ts';
import { repetition } from './repetition.ts';
import { stance } from './stance.ts';
import { row, steps, why } from './testing.ts';
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
    const indianExpress = {
      article: 'ariana-grande-pete-davidson-02',
      holderName: 'The Indian Express',
      sourceKey: 'outlet:the indian express',
      sourceName: 'The Indian Express',
      value: 'engaged',
    };
    const davidson = {
      ...indianExpress,
      holderKind: 'principal' as const,
      holderName: 'Pete Davidson',
      stance: 'confirms' as const,
      text: '"Well, I did it anyway," Davidson replied.',
    };
    const [, onRecord] = steps(all, [row({ ...indianExpress, holderKind: 'outlet' }), row(davidson)]);
    expect(why(must(onRecord, 'expected onRecord'))).toMatch(/another voice in The Indian Express$/);
    expect(must(onRecord, 'expected onRecord').value).toBe(at(steps(all, [row(davidson)]), 0).value);
  });

  it("a named source quoted after the article's own voice is heard in full: Tom Holland's father in CinemaBlend", () => {
    const cinemaBlend = {
      article: 'zendaya-tom-holland-09',
      sourceKey: 'outlet:cinemablend',
      sourceName: 'CinemaBlend',
      value: 'married',
    };
    const father = {
      ...cinemaBlend,
      holderKind: 'named-source' as const,
      holderName: 'Dominic Holland',
      text: '"I\'m quite sure they\'ll make a real success of being married," he wrote',
    };
    const [, named] = steps(all, [
      row({ ...cinemaBlend, holderKind: 'author', holderName: null, stance: 'hedges' }),
      row(father),
    ]);
    expect(why(must(named, 'expected named'))).toMatch(/another voice in CinemaBlend$/);
    expect(must(named, 'expected named').value).toBe(at(steps(all, [row(father)]), 0).value);
  });
});
