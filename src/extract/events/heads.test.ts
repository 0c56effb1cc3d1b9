// The head rules (heads.ts) on real development articles (the gold's development part, never its held-out ids), run
// through the whole pipeline: an unnamed subject phrase that is about someone the article names.
import { describe, expect, it } from 'vitest';
import { extract, type Extraction } from '../index.ts';
import { specArticle } from '../../../test/gold/index.ts';
import { HEAD_RULES } from './heads.ts';

const run = (id: string): Extraction => extract(specArticle(id));

/** The events whose sentence contains `words`, as type, date, participant names and the rule that read them. */
function told(out: Extraction, words: string) {
  const name = (id: string) => out.entities.find((e) => e.id === id)?.name ?? id;
  return out.events
    .filter((e) => [e.evidence, ...(e.mentions ?? [])].some((m) => m.text.includes(words)))
    .map((e) => ({ type: e.type, date: e.time?.value ?? null, who: e.participants.map(name), rule: e.rule }));
}

describe('HEAD_RULES', () => {
  it('are tried in a fixed, named order', () => {
    expect(HEAD_RULES.map((r) => r.name)).toEqual([
      'of-complement',
      'descriptor-list',
      'work-appositive',
      'outlet-epithet',
    ]);
  });

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
