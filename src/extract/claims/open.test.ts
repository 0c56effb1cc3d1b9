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
  it.each<{ title: string; key: string; names: Named[]; want: string[][] }>([
    {
      title: '"Liam Gallagher has been fined 50,000 euros" is a legal claim about him (bbc 154)',
      key: 'bbc-entertainment-154',
      names: [
        ['Liam Gallagher', ['Liam Gallagher']],
        ['Oasis', ['Oasis'], 'group'],
      ],
      want: [['legal/fine', 'author', '-', 'asserts', 'Liam Gallagher']],
    },
    {
      title: '"Mick Mars is being sued by his ex-girlfriend": a passive keeps its subject (bbc 252)',
      key: 'bbc-entertainment-252',
      names: [
        ['Mick Mars', ['Mick Mars']],
        ['Motley Crue', ['Motley Crue'], 'group'],
      ],
      want: [['legal/sue', 'author', '-', 'asserts', 'Mick Mars']],
    },
    {
      title: '"Kevin Campbell has gained a court injunction stopping R&B singer Mark Morrison": both parties (bbc 161)',
      key: 'bbc-entertainment-161',
      names: [
        ['Kevin Campbell', ['Kevin Campbell']],
        ['Mark Morrison', ['Mark Morrison']],
      ],
      want: [['legal/injunction', 'author', '-', 'asserts', 'Kevin Campbell + Mark Morrison']],
    },
    {
      title: '"Swank won Best Actress … while Foxx triumphed": one award claim each (bbc 084)',
      key: 'bbc-entertainment-084',
      names: [
        ['Hilary Swank', ['Swank']],
        ['Jamie Foxx', ['Foxx']],
        ['Ray Charles', ['Ray Charles']],
      ],
      want: [
        ['award/win', 'author', '-', 'asserts', 'Hilary Swank'],
        ['award/win', 'author', '-', 'asserts', 'Jamie Foxx'],
      ],
    },
    {
      title: '"Miley just put $2.5 million down on a 4-bedroom home", as Us Magazine reports (celebrity 009fake)',
      key: 'celebrity-009fake',
      names: [
        ['Miley Cyrus', ['Miley']],
        ['Us Magazine', ['Us Magazine'], 'outlet'],
        ['Malibu', ['Malibu'], 'place'],
      ],
      want: [['money/buy', 'outlet', 'Us Magazine', 'asserts', 'Miley Cyrus']],
    },
    {
      title: '"the actress is considering moving to Russia", as the source said (celebrity 039fake)',
      key: 'celebrity-039fake',
      names: [
        ['Lindsay Lohan', ['the actress']],
        ['Egor Tarabasov', ['Tarabasov']],
        ['Russia', ['Russia'], 'place'],
      ],
      want: [['move/move', 'anonymous', '-', 'asserts', 'Lindsay Lohan']],
    },
    {
      title: '"Taylor Swift would NOT be performing" denies the performance (celebrity 099fake)',
      key: 'celebrity-099fake',
      names: [
        ['Taylor Swift', ['Taylor Swift']],
        ['VMA Awards', ['VMA Awards'], 'event'],
      ],
      want: [['career/tour', 'author', '-', 'denies', 'Taylor Swift']],
    },
    {
      title: '"Cyrus and Hemsworth were fighting", sources said: a feud between the two (celebrity 009legit)',
      key: 'celebrity-009legit',
      names: [
        ['Miley Cyrus', ['Cyrus']],
        ['Liam Hemsworth', ['Hemsworth']],
        ['L.A.', ['L.A.'], 'place'],
        ['Australia', ['Australia'], 'place'],
      ],
      want: [['feud/feud', 'anonymous', '-', 'asserts', 'Miley Cyrus + Liam Hemsworth']],
    },
    {
      title: '"Ian Brown was arrested …, his spokesman has said": the representative speaks for him (bbc 293)',
      key: 'bbc-entertainment-293',
      names: [
        ['Ian Brown', ['Ian Brown']],
        ['Stone Roses', ['Stone Roses'], 'group'],
        ['San Francisco', ['San Francisco'], 'place'],
      ],
      want: [['legal/arrest', 'principal', 'Ian Brown', 'confirms', 'Ian Brown']],
    },
  ])('$title', ({ key, names, want }) => {
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
  it.each<{ title: string; key: string; names: Named[]; want: string[][] }>([
    {
      title: '"Ricky Gervais is writing an episode of hit US cartoon The Simpsons" (bbc 196)',
      key: 'bbc-entertainment-196',
      names: [
        ['Ricky Gervais', ['Ricky Gervais']],
        ['The Simpsons', ['The Simpsons'], 'work'],
        ['The Office', ['The Office'], 'work'],
        ['Matt Groening', ['Matt Groening']],
      ],
      want: [['casting/write', 'author', '-', 'asserts', 'Ricky Gervais (in The Simpsons)']],
    },
    {
      title: '"Colin Farrell is to make his debut … in medical sitcom Scrubs, according to … Daily Variety" (bbc 224)',
      key: 'bbc-entertainment-224',
      names: [
        ['Colin Farrell', ['Colin Farrell']],
        ['Scrubs', ['Scrubs'], 'work'],
        ['Daily Variety', ['Daily Variety'], 'outlet'],
      ],
      want: [['casting/cast', 'outlet', 'Daily Variety', 'asserts', 'Colin Farrell (in Scrubs)']],
    },
    {
      title:
        '"Freeman, who starred in hit BBC comedy The Office, will play …": a work of his past is not the part\'s (bbc 299)',
      key: 'bbc-entertainment-299',
      names: [
        ['Martin Freeman', ['Freeman']],
        ['The Office', ['The Office'], 'work'],
        ['BBC', ['BBC'], 'outlet'],
      ],
      want: [['casting/cast', 'author', '-', 'asserts', 'Martin Freeman']],
    },
  ])('$title', ({ key, names, want }) => {
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
  it.each<{ title: string; key: string; names: Named[]; want: string[][] }>([
    {
      title: '"as likely as Andy Murray winning Wimbledon": a bare gerund (celebrity 065legit)',
      key: 'celebrity-065legit#2',
      names: [
        ['Andy Murray', ['Andy Murray']],
        ['Wimbledon', ['Wimbledon'], 'event'],
      ],
      want: [],
    },
    {
      title: '"how Brad won over Jen as a friend": no award (celebrity 144fake)',
      key: 'celebrity-144fake',
      names: [
        ['Brad Pitt', ['Brad']],
        ['Jennifer Aniston', ['Jen']],
      ],
      want: [],
    },
    {
      title: '"Prince Harry\'s move to the US": a possessor names no mover (celebrity 051fake)',
      key: 'celebrity-051fake',
      names: [
        ['Prince Harry', ['Prince Harry']],
        ['Life & Style', ['Life & Style'], 'outlet'],
        ['US', ['US'], 'place'],
      ],
      want: [],
    },
    {
      title:
        '"The wistful romantic comedy directed by Sofia Coppola has already won several awards": the film won (bbc 067)',
      key: 'bbc-entertainment-067',
      names: [
        ['Sofia Coppola', ['Sofia Coppola']],
        ['Oscar', ['Oscar'], 'event'],
      ],
      want: [],
    },
    {
      title: '"Swank, who previously won the Golden Globe": history, not news (bbc 095)',
      key: 'bbc-entertainment-095',
      names: [
        ['Hilary Swank', ['Swank']],
        ['Clint Eastwood', ['Clint Eastwood']],
        ['Golden Globe', ['Golden Globe'], 'event'],
      ],
      want: [],
    },
  ])('$title', ({ key, names, want }) => {
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
