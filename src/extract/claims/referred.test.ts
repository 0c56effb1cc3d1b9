// Denials that refer back to what was reported (referred.ts), on the real stream articles the repository carries
// (test/fixtures/streams, the Brad Pitt & Jennifer Aniston reunion stories) and on a development article where a
// "didn't happen" is no denial.
import { beforeAll, describe, expect, it } from 'vitest';
import { streamArticles } from '../../../test/helpers/streams.ts';
import type { Article } from '../../read/index.ts';
import { extract } from '../pipeline.ts';
import type { Extraction } from '../types.ts';
import { must } from '../../invariant/index.ts';
import { REFERRING_RULES, referringIn } from './referred.ts';

/** [type/value, holder kind, holder name or '-', stance, subject names] of the claims the referring rules made. */
function referred(x: Extraction): string[][] {
  const name = (e: string) => x.entities.find((n) => n.id === e)?.name ?? e;
  return x.claims
    .filter((c) => c.rule?.includes('+referred:'))
    .map((c) => [
      `${c.type}/${c.value}`,
      c.holder.kind,
      c.holder.entity === null ? '-' : name(c.holder.entity),
      c.stance,
      c.subjects.map(name).join(' + '),
    ]);
}

let articles: Article[] = [];
beforeAll(async () => {
  articles = await streamArticles();
});
const stream = (id: string): Extraction =>
  extract(
    must(
      articles.find((a) => a.id === id),
      `expected ${id} in test/fixtures/streams`,
    ),
  );

describe('referring rules', () => {
  it('are an ordered list: a denied report, a denial with no object, a thing that never happened, one found untrue', () => {
    expect(REFERRING_RULES.map((r) => r.name)).toEqual([
      'denies-report',
      'denied-outright',
      'never-happened',
      'found-untrue',
    ]);
  });

  it('read the denying words, not a proposition', () => {
    expect(referringIn('Even so, a spokeswoman for Aniston found herself having to deny it.')?.rule).toBe(
      'denies-report',
    );
    expect(referringIn('that the get-together "never took place."')?.rule).toBe('never-happened');
    // celebrity-026fake: "… but later both of them finely denied."; "Jennifer herself denied the news".
    expect(referringIn('but later both of them finely denied.')?.rule).toBe('denied-outright');
    expect(referringIn('it finally turned off when Jennifer herself denied the news.')?.rule).toBe('denies-report');
    // A denial of something named is no referring one: "they denied cheating".
    expect(referringIn('they denied cheating.')).toBeNull();
    expect(referringIn('is one this site has checked and found untrue many times before')?.rule).toBe('found-untrue');
    // "denied it was over" restates what it denies: the lexicon reads that one.
    expect(referringIn('She denied the report was true')).toBeNull();
    expect(referringIn('She emphatically denied that she had any work done on her face')).toBeNull();
    expect(referringIn('Her rep quickly denied that.')?.rule).toBe('denies-report');
    expect(referringIn('The singer posted an ultrasound image to Instagram.')).toBeNull();
  });
});

describe('a denial of what was reported, with whom it is about', () => {
  it('"a spokeswoman for Aniston found herself having to deny it", after a story of a Lake Como encounter (-03)', () => {
    expect(referred(stream('brad-pitt-jennifer-aniston-reunion-03'))).toEqual([
      ['relationship/dating', 'principal', 'Jennifer Aniston', 'denies', 'Jennifer Aniston + Brad Pitt'],
    ]);
  });

  it('"the get-together “never took place”" is the rendezvous of the two the article opened with, not the split it quoted (-01)', () => {
    expect(referred(stream('brad-pitt-jennifer-aniston-reunion-01'))).toEqual([
      ['relationship/dating', 'principal', 'Jennifer Aniston', 'denies', 'Jennifer Aniston + Brad Pitt'],
    ]);
  });

  it('Gossip Cop\'s "this site has checked and found untrue" is the article\'s own denial, not the insiders it quoted (-06)', () => {
    const x = stream('brad-pitt-jennifer-aniston-reunion-06');
    const name = (e: string) => x.entities.find((n) => n.id === e)?.name ?? e;
    const denial = x.claims
      .filter((c) => c.evidence.text.includes('found untrue'))
      .map((c) => [`${c.type}/${c.value}`, c.holder.kind, c.stance, c.rule, c.subjects.map(name).join(' + ')]);
    expect(denial).toEqual([
      ['relationship/dating', 'author', 'denies', 'claim-denial:self', 'Jennifer Aniston + Brad Pitt'],
    ]);
  });

  it('a plan in the same sentence that did not happen is no denied report (celebrity-014fake)', () => {
    const text = [
      "People close to Kanye tell us he never effectively grieved over his mom's death and has always had a difficult time in November, but this time he reached the breaking point.",
      "Kanye, we're told, has had trouble handling stress over the last few months, and in the week or so before the breakdown he started to unravel.",
      "Kanye was sedated and is being treated by doctors and mental health professionals. Doctors hoped to release him 2 days ago, but that didn't happen and so far ... no new release date.",
    ].join('\n\n');
    const x = extract({
      id: 'k',
      published: '2016-11-24',
      title: null,
      source: null,
      url: null,
      text,
      origin: { file: 'k' },
    });
    expect(referred(x)).toEqual([]);
  });
});
