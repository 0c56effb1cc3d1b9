// Open claims (data/lexicons/open-claims.json) on sentences of development articles (celebrity pairs 001-200,
// BBC entertainment 001-350), copied into test/fixtures/claims-open-excerpts.jsonl; entities typed by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handEntities, makeDoc } from '../../../test/helpers/hand-doc.ts';
import { findEvents } from '../events/index.ts';
import { findHedges } from '../hedges/index.ts';
import type { EntityType } from '../types.ts';
import { findClaims } from './index.ts';
import { inflect } from './open.ts';
import { must } from '../../invariant/index.ts';

const rows = readFileSync(new URL('../../../test/fixtures/claims-open-excerpts.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { key: string; id: string; text: string });

type Named = [name: string, mentions: string[], type?: EntityType];
/** One excerpt (by its key in claims-open-excerpts.jsonl), the names in it, and the claims it should give. */
type Case = { title: string; key: string; names: Named[]; want: string[][] };
// The cases that are data (an excerpt → its claims), one table each, in open.cases.json.
const cases = JSON.parse(readFileSync(new URL('./open.cases.json', import.meta.url), 'utf8')) as Record<
  'news' | 'casting' | 'noClaim',
  Case[]
>;

/** [type/value, holder kind, holder name, stance, subject names (and the work a casting is in)] of every claim. */
function claims(key: string, names: Named[]): string[][] {
  const { text } = must(
    rows.find((r) => r.key === key),
    `expected article ${key} in the corpus`,
  );
  const doc = makeDoc(text, '2017-01-01');
  const entities = handEntities(
    text,
    names.map(([name, mentions, type], i) => ({ id: `e${i + 1}`, type: type ?? 'person', name, mentions })),
  );
  const name = (id: string | null) =>
    id === null
      ? '-'
      : must(
          entities.find((e) => e.id === id),
          `expected entity ${id}`,
        ).name;
  return findClaims(doc, entities, findEvents(doc, entities, []), findHedges(doc)).map((c) => [
    `${c.type}/${c.value}`,
    c.holder.kind,
    name(c.holder.entity),
    c.stance,
    c.subjects.map(name).join(' + ') + (c.implied ? ` (in ${c.implied.map(name).join(' + ')})` : ''),
  ]);
}

describe('open claims: what a named person does or undergoes, typed by its predicate', () => {
  it.each<Case>(cases.news)('$title', ({ key, names, want }) => {
    expect(claims(key, names)).toEqual(want);
  });

  it('"Matt Lucas and David Walliams also jointly won …": one shared award; a relative clause headed by a name is its own (bbc 201)', () => {
    const found = claims('bbc-entertainment-201', [
      ['Matt Lucas', ['Matt Lucas']],
      ['David Walliams', ['David Walliams']],
      ['Ricky Gervais', ['Ricky Gervais']],
      ['The Office', ['The Office'], 'work'],
    ]);
    expect(found.map((c) => [c[0], c[4]])).toEqual([
      ['award/win', 'Matt Lucas + David Walliams'],
      ['award/win', 'Ricky Gervais'],
    ]);
  });

  it('"Pixies, Foo Fighters and Iron Maiden will headline": bands are subjects, one claim each (bbc 322)', () => {
    const found = claims('bbc-entertainment-322', [
      ['Pixies', ['Pixies'], 'group'],
      ['Foo Fighters', ['Foo Fighters'], 'group'],
      ['Iron Maiden', ['Iron Maiden'], 'group'],
      ['Leeds', ['Leeds'], 'place'],
      ['Reading', ['Reading'], 'place'],
    ]);
    expect(found.map((c) => [c[0], c[4]])).toEqual([
      ['career/tour', 'Pixies'],
      ['career/tour', 'Foo Fighters'],
      ['career/tour', 'Iron Maiden'],
    ]);
  });

  it('"with Tom reportedly losing a huge contract": a deal, hedged by the article (celebrity 045fake)', () => {
    const found = claims('celebrity-045fake', [
      ['Tom Hiddleston', ['Tom Hiddleston', 'Tom']],
      ['Taylor Swift', ['Taylor Swift']],
    ]);
    expect(found.filter((c) => c[0] === 'money/deal')).toEqual([
      ['money/deal', 'author', '-', 'hedges', 'Tom Hiddleston'],
    ]);
  });

  it('"REM have announced plans to perform": the band on record (bbc 287)', () => {
    expect(claims('bbc-entertainment-287', [['REM', ['REM'], 'group']])).toEqual([
      ['career/tour', 'principal', 'REM', 'confirms', 'REM'],
    ]);
  });

  it('"rumours that Sarah Jessica Parker will succeed Anna Wintour … are shot down" (celebrity 065legit)', () => {
    const found = claims('celebrity-065legit', [
      ['Sarah Jessica Parker', ['Sarah Jessica Parker']],
      ['Anna Wintour', ['Anna Wintour', 'Wintour']],
      ['US Vogue', ['US Vogue'], 'outlet'],
    ]);
    expect(found.map((c) => [c[0], c[3], c[4]])).toEqual([
      ['career/succeed', 'denies', 'Sarah Jessica Parker + Anna Wintour'],
    ]);
  });

  it('"Do you think that Jennifer Hudson should never return to ‘The Voice’ again?" asks readers: no claim (107fake)', () => {
    // The gold never annotates the article's questions to its readers (asserted.ts reader-question).
    expect(
      claims('celebrity-107fake', [
        ['Jennifer Hudson', ['Jennifer Hudson']],
        ['The Voice', ['The Voice'], 'work'],
      ]),
    ).toEqual([]);
  });

  it('"Germaine Greer has criticised … after quitting the show": an adjunct takes the clause\'s subject (bbc 203)', () => {
    const found = claims('bbc-entertainment-203', [
      ['Germaine Greer', ['Germaine Greer']],
      ['Celebrity Big Brother', ['Celebrity Big Brother'], 'work'],
    ]);
    expect(found.map((c) => [c[0], c[4]])).toEqual([['career/quit', 'Germaine Greer']]);
  });

  it('"had to pull out of pre-Broadway performances … with a broken foot": the career and the injury (bbc 343)', () => {
    const found = claims('bbc-entertainment-343', [['Christina Applegate', ['Christina Applegate']]]);
    expect(found.map((c) => [c[0], c[4]])).toEqual([
      ['career/quit', 'Christina Applegate'],
      ['health/health', 'Christina Applegate'],
    ]);
  });
});

// The gold guide's casting is about its person; the work it is for rides along in `implied` (the ledger files it there).
describe('casting names the person and the work', () => {
  it.each<Case>(cases.casting)('$title', ({ key, names, want }) => {
    expect(claims(key, names)).toEqual(want);
  });
});

describe('denials of open claims', () => {
  it('"faced blackmail and robbery charges in court, which he denies" (bbc 276)', () => {
    expect(claims('bbc-entertainment-276', [['Pete Doherty', ['Doherty', 'he']]])).toEqual([
      ['legal/charge', 'principal', 'Pete Doherty', 'denies', 'Pete Doherty'],
    ]);
  });
  it('"Catherine, who plays … Rose Winters in the new Dad\'s Army film, also denied she has ever been under the knife": the part is not denied (celebrity 080legit)', () => {
    const found = claims('celebrity-080legit', [
      ['Catherine Zeta-Jones', ['Catherine', 'she']],
      ["Dad's Army", ["Dad's Army"], 'work'],
    ]);
    expect(found.filter((c) => c[0] === 'casting/cast').map((c) => c[3])).toEqual(['asserts']);
  });
});

describe('a work that stars someone casts them', () => {
  it('"The revival … will also star Jessica Lange as the domineering mother" (bbc 019)', () => {
    expect(
      claims('bbc-entertainment-019', [
        ['Jessica Lange', ['Jessica Lange']],
        ['David Leveaux', ['David Leveaux']],
      ]),
    ).toEqual([['casting/cast', 'author', '-', 'asserts', 'Jessica Lange']]);
  });
});

describe('no claim where no named person is the subject of a predicate that is news', () => {
  it.each<Case>(cases.noClaim)('$title', ({ key, names, want }) => {
    expect(claims(key, names)).toEqual(want);
  });

  it('"The actor who will voice Wilbur the pig has yet to be revealed": no name, no claim (bbc 302)', () => {
    expect(claims('bbc-entertainment-302', [['Gary Winick', ['The actor']]])).toEqual([]);
  });
  it('"proud of Selena for dumping Justin": a break-up is no firing (celebrity 088fake)', () => {
    const found = claims('celebrity-088fake', [
      ['Selena Gomez', ['Selena']],
      ['Justin Bieber', ['Justin']],
    ]);
    expect(found.filter((c) => must(c[0], 'a found claim starts with its type/value').startsWith('career/'))).toEqual(
      [],
    );
  });
  it('"she said she was attacked in her Paris apartment": a victim is no party to a feud (celebrity 136fake)', () => {
    expect(
      claims('celebrity-136fake', [
        ['Kim Kardashian', ['Kim', 'she']],
        ['Paris', ['Paris'], 'place'],
      ]).filter((c) => c[0] === 'feud/feud'),
    ).toEqual([]);
  });
});

describe('an insider telling an outlet is an anonymous source', () => {
  it('"multiple sources confirmed to PEOPLE that …", after a passive "was revealed" (celebrity 101fake)', () => {
    const found = claims('celebrity-101fake', [
      ['Kylie Jenner', ['Jenner']],
      ['Khloé Kardashian', ['Khloé Kardashian']],
      ['Tristan Thompson', ['Tristan Thompson']],
      ['PEOPLE', ['PEOPLE'], 'outlet'],
    ]);
    expect(found.map((c) => [c[0], c[1], c[3]])).toEqual([['pregnancy/pregnant', 'anonymous', 'asserts']]);
  });
  it('a close "friend" told the folks over at OK! magazine (celebrity 071fake)', () => {
    const found = claims('celebrity-071fake', [
      ['Charlize Theron', ['Charlize Theron']],
      ['Keanu Reeves', ['Keanu Reeves']],
      ['OK!', ['OK! magazine'], 'outlet'],
    ]);
    expect(found.map((c) => [c[1], c[3]])).toEqual([['anonymous', 'asserts']]);
  });
  it('"she wants a divorce," a Kardashian friend claims in the new issue of Us Weekly (celebrity 018fake)', () => {
    const found = claims('celebrity-018fake', [
      ['Kim Kardashian', ['she']],
      ['Kanye West', ['Kanye West']],
      ['Us Weekly', ['Us Weekly'], 'outlet'],
    ]);
    expect(found.filter((c) => c[1] === 'anonymous').length).toBe(1);
    expect(found.filter((c) => c[1] === 'author')).toEqual([]);
  });
});

describe('inflect', () => {
  it('spells regular and irregular forms, keeping a particle', () => {
    expect(inflect('sign with').map(([f]) => f)).toEqual([
      'sign with',
      'signs with',
      'signed with',
      'signed with',
      'signing with',
    ]);
    expect(inflect('ban').map(([f]) => f)).toEqual(['ban', 'bans', 'banned', 'banned', 'banning']);
    expect(inflect('relocate').map(([f]) => f)).toEqual([
      'relocate',
      'relocates',
      'relocated',
      'relocated',
      'relocating',
    ]);
    expect(inflect('win').map(([f]) => f)).toEqual(['win', 'wins', 'won', 'won', 'winning']);
  });
});
