// The head rules (heads.ts) on real development articles (the gold's development part, never its held-out ids), run
// through the whole pipeline: an unnamed subject phrase that is about someone the article names.
import { describe, expect, it } from 'vitest';
import { itTriesInOrder, runGold as run, toldIn } from './told.test-helper.ts';
import { HEAD_RULES } from './heads.ts';

/** The events told in a sentence containing `words` (merged mentions too), with the rule that read them. */
const told = (out: Parameters<typeof toldIn>[0], words: string) =>
  toldIn(out, words, { mentions: true, sorted: false });

describe('HEAD_RULES', () => {
  itTriesInOrder(HEAD_RULES, ['of-complement', 'descriptor-list', 'work-appositive', 'outlet-epithet']);

  // "The mom of six" is one epithet of Jolie's (coreference), so the subject is named, not read off its "of".
  it('read "The mom of six underwent a preventive double mastectomy in 2013" as Jolie\'s surgery (celebrity-122fake)', () => {
    expect(told(run('celebrity-122fake'), 'The mom of six underwent')).toEqual([
      { type: 'surgery', date: '2013', who: ['Angelina Jolie'], rule: 'event-verb:surgery(named-subject)' },
    ]);
  });

  it('read "the actress, director and philanthropist tells PEOPLE" as Jolie speaking (celebrity-122legit)', () => {
    const said = told(run('celebrity-122legit'), 'philanthropist tells PEOPLE');
    expect(said.map((e) => [e.type, e.who[0]])).toEqual([['statement', 'Angelina Jolie']]);
  });

  it('read "…," the magazine reported" as Rolling Stone, named two sentences before, reporting (bbc-entertainment-162)', () => {
    expect(told(run('bbc-entertainment-162'), 'the magazine reported')).toEqual([
      { type: 'report', date: null, who: ['Rolling Stone'], rule: 'event-saying:report(outlet-epithet)' },
    ]);
  });
});
