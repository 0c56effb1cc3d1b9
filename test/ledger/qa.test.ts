// Faults found by ingesting the development corpora and reading the stories as a fact-checker would.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ledger/index.ts';
import { article, extraction, fileSaid, refined, stageNamed, type Said } from './build.ts';
import { memoryLedgers } from './memory.ts';
import { at, must } from '../../src/invariant/index.ts';

const fresh = memoryLedgers();

describe('pairwise stories need two parties', () => {
  // bbc-entertainment-*: "Married twice before to Madonna and Robin, the Gangster Squad star said…" gave one
  // story "Madonna & Sean Penn & Robin Wright: married"; celebrity-*fake gave "Josh Duhamel: relationship (married)".
  it('a relationship claim with one or three subjects makes no story', async () => {
    const { store: s, ledger } = await fresh();
    const a = article(
      'three',
      '2025-01-02',
      null,
      'Married twice before to Madonna and Robin Wright, Sean Penn said he never expected to be in love.',
    );
    const x = extraction(
      a,
      ['Madonna', 'Robin Wright', 'Sean Penn'],
      [{ holder: 'principal', by: 'Sean Penn', stance: 'confirms', value: 'married' }],
    );
    at(x.claims, 0).subjects = ['e1', 'e2', 'e3'];
    const one = extraction(a, ['Sean Penn'], []);
    one.article.id = 'one';
    one.claims = [{ ...at(x.claims, 0), id: 'c1', subjects: ['e1'] }];
    await ingestArticle(s, a, x);
    await ingestArticle(s, { ...a, id: 'one', text: `${a.text} ` }, one);
    expect((await ledger.stories()).stories).toEqual([]);
  });
});

describe('a confirmation needs a principal on record', () => {
  const pair = ['Taylor Swift', 'Joe Alwyn'];
  // celebrity-*: these sentences were filed as "a principal confirms" and made Taylor Swift & Joe Alwyn "confirmed 1.00".
  it.each([
    [
      'hearsay',
      'Taylor Swift was said to have made Joe Alwyn feel "stupid" by telling the media about their relationship.',
      'Taylor Swift',
      'record:hearsay',
      'author',
      // "was said to": the article reports it at one remove, and hedges.
      'hedges',
    ],
    [
      'an insider',
      'A Taylor Swift insider tells Life & Style that she and Joe Alwyn barely spent any time together.',
      'Taylor Swift',
      'record:hearsay',
      'author',
      'asserts',
    ],
    [
      'no statement',
      'Pop superstar Taylor Swift is buying new boyfriend Joe Alwyn gifts worth millions.',
      'Taylor Swift',
      'record:no-statement',
      'author',
      'asserts',
    ],
    [
      'not a subject',
      'Paul LeBlanc told me about it - it was when Taylor Swift was dating Joe Alwyn.',
      'Paul LeBlanc',
      'record:speaker-not-subject',
      'named-source',
      'asserts',
    ],
  ])(
    '%s is not a principal on record: the extractor decides, and the story is only reported',
    async (_name, text, by, rule, kind, stance) => {
      const { store: s, ledger } = await fresh();
      const a = article('a1', '2025-03-01', null, text);
      const x = refined(
        a,
        extraction(a, by === 'Paul LeBlanc' ? [...pair, by] : pair, [
          { holder: 'principal', by, stance: 'confirms', about: ['Taylor Swift', 'Joe Alwyn'] },
        ]),
      );
      expect(at(x.claims, 0).rule).toContain(rule);
      expect(at(x.claims, 0).holder.kind).toBe(kind);
      expect(at(x.claims, 0).stance).toBe(stance);
      await ingestArticle(s, a, x);
      const st = must(await ledger.story(pair), 'expected (await ledger.story(pair))');
      // Never confirmed: reported, whether asserted or told at one remove ("was said to": hearsay reports, stages.ts).
      expect(st.status).toBe('reported');
      expect(st.score).toBeLessThan(0.5);
      expect(at(st.explanation, 0).holder.kind).toBe(kind);
    },
  );

  it('the principal quoted, or their representative, still confirms', async () => {
    const { store: s, ledger } = await fresh();
    const a = article(
      'a1',
      '2025-03-01',
      'People',
      '"We are very happy," Taylor Swift told People of her romance with Joe Alwyn.',
    );
    await ingestArticle(s, a, extraction(a, pair, [{ holder: 'principal', by: 'Taylor Swift', stance: 'confirms' }]));
    await fileSaid(
      s,
      ['a2', '2025-03-02', 'E! News', 'Reps for the singer confirmed that Taylor Swift and Joe Alwyn are dating.'],
      pair,
      [{ holder: 'principal', stance: 'confirms' }],
    );
    const st = must(await ledger.story(pair), 'expected (await ledger.story(pair))');
    expect(st.status).toBe('confirmed');
    expect(st.explanation.every((e) => e.holder.kind === 'principal')).toBe(true);
  });
});

describe('undated statements cannot be ordered', () => {
  // celebrity-*: every article is undated; "Jennifer Aniston & Brad Pitt" was "confirmed" at score 0.02, because a
  // denial by her rep and a later-ingested statement were ordered by file position, not by date.
  const pair = ['Jennifer Aniston', 'Brad Pitt'];
  const confirm = article('yes', '', null, '"We were so happy," Jennifer Aniston said of her marriage to Brad Pitt.');
  const deny = article(
    'no',
    '',
    null,
    '"It is absolutely 100 percent false!" the rep for Jennifer Aniston said of her and Brad Pitt.',
  );
  const undated = (a: ReturnType<typeof article>) => ({ ...a, published: null });
  const x = (a: ReturnType<typeof article>, stance: 'confirms' | 'denies') => {
    const e = extraction(a, pair, [{ holder: 'principal', by: 'Jennifer Aniston', stance, value: 'married' }]);
    return { ...e, article: { ...e.article, published: null } };
  };

  it.each([[['yes', 'no']], [['no', 'yes']]])(
    'principals on record both ways, undated, is contested whatever the ingest order (%s)',
    async (order) => {
      const { store: s, ledger } = await fresh();
      for (const id of order) {
        if (id === 'yes') await ingestArticle(s, undated(confirm), x(confirm, 'confirms'));
        else await ingestArticle(s, undated(deny), x(deny, 'denies'));
      }
      const st = must(await ledger.story(pair), 'expected (await ledger.story(pair))');
      expect(st.status).toBe('contested');
      expect(at(st.explanation, 1).why).toMatch(/cannot be ordered/);
      expect(at(st.explanation, 1).why).not.toMatch(/supersedes/);
    },
  );
});

describe('the stage a relationship story is named by', () => {
  // celebrity-*fake: "Harry Styles & Kendall Jenner: relationship (married)" though no one asserted a marriage.
  it('a denied or hedged marriage does not name the story "married"', async () => {
    const { store: s, ledger } = await fresh();
    const pair = ['Harry Styles', 'Kendall Jenner'];
    await fileSaid(
      s,
      ['a1', '2025-02-01', 'Us Weekly', 'Harry Styles and Kendall Jenner are dating again, Us Weekly reports.'],
      pair,
      [{ holder: 'author', stance: 'asserts', value: 'dating' }],
    );
    const b = article(
      'a2',
      '2025-02-03',
      'Star',
      'Could Harry Styles and Kendall Jenner be secretly married? Kendall Jenner laughed it off.',
    );
    await ingestArticle(
      s,
      b,
      extraction(b, pair, [
        { holder: 'author', stance: 'questions', value: 'married' },
        { holder: 'principal', by: 'Kendall Jenner', stance: 'denies', value: 'married' },
      ]),
    );
    expect(must(await ledger.story(pair), 'expected (await ledger.story(pair))').value).toBe('dating');
  });
});

describe('explanation wording', () => {
  // celebrity-*: "a tabloid (In Touch) asserts it" with delta -0.005 read as a contradiction; it asserted the split.
  it('says which stage each item is about; a split is a stage of its own', async () => {
    const { store: s, ledger } = await fresh();
    const pair = ['Brad Pitt', 'Angelina Jolie'];
    await fileSaid(
      s,
      ['a1', '2025-02-01', 'People', 'Brad Pitt and Angelina Jolie are engaged, People reports.'],
      pair,
      [{ holder: 'author', stance: 'asserts', value: 'engaged' }],
    );
    await fileSaid(
      s,
      ['a2', '2025-03-01', 'In Touch', 'Brad Pitt and Angelina Jolie have split, In Touch reports.'],
      pair,
      [{ holder: 'author', stance: 'asserts', value: 'split' }],
    );
    const st = must(await ledger.story(pair), 'expected (await ledger.story(pair))');
    // The split is a stage of its own (reported by one outlet); the engagement stays as it was, explained apart.
    expect(st).toMatchObject({ value: 'split', status: 'reported' });
    expect(at(st.explanation, 0).why).toMatch(/asserts it \(split\)/);
    expect(at(st.explanation, 1).why).toMatch(/^(dating|engaged) stage: .*asserts it \(engaged\)/);
    expect(must(st.stages, 'expected st.stages').map((x) => [x.value, x.status])).toEqual([
      ['dating', 'reported'],
      ['engaged', 'reported'],
      ['split', 'reported'],
    ]);
  });
});

describe('cited outlets', () => {
  // celebrity-*: "The magazine", "The site", "A new report" became outlets shared by unrelated articles.
  it('a sentence-initial "The magazine" is not an outlet name shared across articles', async () => {
    const { store: s, ledger } = await fresh();
    const pair = ['Taylor Swift', 'Joe Alwyn'];
    for (const [id, outlet] of [
      ['a1', 'Star'],
      ['a2', 'OK!'],
    ] as const) {
      const a = article(
        id,
        '2025-04-0' + id.slice(1),
        outlet,
        `The magazine says Taylor Swift and Joe Alwyn are dating (${outlet} exclusive).`,
      );
      const x = extraction(a, pair, [{ holder: 'outlet', stance: 'asserts' }]);
      at(x.claims, 0).holder.text = 'The magazine';
      await ingestArticle(s, a, x);
    }
    const st = must(await ledger.story(pair), 'expected (await ledger.story(pair))');
    expect(st.sources.map((src) => src.name).sort()).toEqual(['OK!', 'Star']);
    expect(st.status).toBe('corroborated');
  });
});

describe('resolution', () => {
  // bbc-entertainment-*: "Mrs Pearce" became an alias of Guy Pearce; celebrity-*: "Bruce Jenner's" was a person.
  it('a gendered title is not learned as an alias, and a possessive name is the person', async () => {
    const { store: s, ledger } = await fresh();
    const a = article('a1', '2025-01-01', null, 'Guy Pearce arrived; Mrs Pearce stayed home.');
    const x = extraction(a, ['Guy Pearce'], []);
    at(x.entities, 0).mentions.push({ text: 'Mrs Pearce', start: 17, end: 27, kind: 'alias', rule: 'hand' });
    await ingestArticle(s, a, x);
    const b = article('a2', '2025-01-02', null, 'Mrs Pearce spoke to reporters.');
    await ingestArticle(s, b, extraction(b, ['Mrs Pearce'], []));
    expect((await ledger.entities('Pearce')).map((e) => e.name).sort()).toEqual(['Guy Pearce', 'Mrs Pearce']);

    const c = article('a3', '2025-01-03', null, "Bruce Jenner's interview aired; Bruce Jenner spoke.");
    const y = extraction(c, ["Bruce Jenner's"], []);
    await ingestArticle(s, c, y);
    const d = article('a4', '2025-01-04', null, 'Bruce Jenner spoke again.');
    await ingestArticle(s, d, extraction(d, ['Bruce Jenner'], []));
    const jenner = await ledger.entities('Jenner');
    expect(jenner.map((e) => e.name)).toEqual(['Bruce Jenner']);
    expect(at(jenner, 0).articles).toBe(2);
  });
});

describe('denying a split', () => {
  /** The pair's story after one article whose only claim is `by`'s denial of their split. */
  async function afterSplitDenial(pair: string[], source: string, text: string, by: Pick<Said, 'holder' | 'by'>) {
    const { store: s, ledger } = await fresh();
    const a = article('a1', '2025-02-01', source, text);
    await ingestArticle(s, a, extraction(a, pair, [{ ...by, stance: 'denies', value: 'split' }]));
    return must(await ledger.story(pair), `the ${pair.join('–')} story`);
  }

  // bbc-entertainment-*: "Mick Mars & Robin Mantooth" was "denied" at score 1.00: a principal denied a split.
  it('is a word for the pair: confirmed, not denied, and explained as counting for it', async () => {
    const st = await afterSplitDenial(
      ['Mick Mars', 'Robin Mantooth'],
      'People',
      '"We have not split," Mick Mars told People of Robin Mantooth.',
      { holder: 'principal', by: 'Mick Mars' },
    );
    expect(st.status).toBe('confirmed');
    expect(st.score).toBeGreaterThan(0.5);
    expect(stageNamed(st, 'dating').status).toBe('confirmed');
  });

  it('only when its own words name the split: "… – Her Team Denies It" denies something else the sentence tells', async () => {
    // A GossipCop headline: the team denies the Scientology story, not the divorce.
    const st = await afterSplitDenial(
      ['Ben Affleck', 'Jennifer Garner'],
      'Radar',
      'Ben Affleck Divorce Reportedly Pushed Jennifer Garner To Join The Church Of Scientology – Her Team Denies It',
      { holder: 'principal', by: 'Jennifer Garner' },
    );
    expect(st.status).not.toBe('confirmed');
    expect(st.stages?.some((x) => x.value === 'dating')).toBe(false);
  });

  it('nor when it denies a cause of the split: "Jolie’s Cancer Scare Did Not Lead To Split [Debunked]"', async () => {
    const st = await afterSplitDenial(
      ['Brad Pitt', 'Angelina Jolie'],
      'Gossip Cop',
      'Brad Pitt, Angelina Jolie Divorce — Jolie’s Cancer Scare Did Not Lead To Split [Debunked]',
      { holder: 'author' },
    );
    expect(st.stages?.some((x) => x.value === 'dating')).toBe(false);
  });

  it('by an outlet does not contest a report', async () => {
    const { store: s, ledger } = await fresh();
    const pair = ['Mick Mars', 'Robin Mantooth'];
    await fileSaid(s, ['a1', '2025-02-01', 'People', 'Mick Mars and Robin Mantooth are dating.'], pair, [
      { holder: 'author', stance: 'asserts' },
    ]);
    const b = article('a2', '2025-02-02', 'TMZ', 'TMZ says Mick Mars and Robin Mantooth have not split.');
    await ingestArticle(
      s,
      b,
      extraction(b, pair, [{ holder: 'outlet', by: 'TMZ', stance: 'denies', value: 'split' }], ['TMZ']),
    );
    expect(must(await ledger.story(pair), 'expected (await ledger.story(pair))').status).not.toBe('contested');
  });
});

describe('one article is one chain of reporting', () => {
  // celebrity-*fake "Selena Gomez And The Weeknd Engaged…?": its author, "the report", "a source", "the source",
  // "the magazine" and "a second source" each counted in full, and one article scored 0.97.
  it('many unnamed voices in one article stay well short of certainty', async () => {
    const { store: s, ledger } = await fresh();
    const pair = ['Selena Gomez', 'Abel Tesfaye'];
    const lines = [
      'Selena Gomez and Abel Tesfaye are getting married.',
      'A source said Selena Gomez will wed Abel Tesfaye.',
      'The source explained Selena Gomez has a dress for marrying Abel Tesfaye.',
      'A second source said Selena Gomez and Abel Tesfaye will marry.',
      'According to the report, Selena Gomez and Abel Tesfaye will marry.',
    ];
    const a = article('a1', '2025-02-01', null, lines.join(' '));
    const x = extraction(a, pair, [
      { holder: 'author', stance: 'asserts', value: 'married', sentence: lines[0] },
      { holder: 'anonymous', stance: 'asserts', value: 'married', sentence: lines[1] },
      { holder: 'anonymous', stance: 'asserts', value: 'married', sentence: lines[2] },
      { holder: 'anonymous', stance: 'asserts', value: 'married', sentence: lines[3] },
      { holder: 'outlet', stance: 'asserts', value: 'married', sentence: lines[4] },
    ]);
    x.claims.forEach((c, i) => {
      c.holder.text = ['', 'A source', 'The source', 'A second source', 'the report'][i] || undefined;
    });
    await ingestArticle(s, a, x);
    const st = must(await ledger.story(pair), 'expected (await ledger.story(pair))');
    expect(st.status).toBe('reported');
    expect(st.score).toBeLessThan(0.7);
    expect(st.explanation.slice(1).every((e) => /not independent/.test(e.why))).toBe(true);
  });
});

describe('the timeline of undated articles', () => {
  // celebrity-*: undated articles put events with an empty date on the timeline, printed blank by `story`.
  it('keeps events with a date of their own and leaves out the undated ones', async () => {
    const { extract } = await import('../../src/extract/index.ts');
    const { store: s, ledger } = await fresh();
    const text =
      'Tom Cruise and Ana de Armas are dating, a source told People. The pair were spotted leaving a party together. ' +
      'On March 3, 2017, Tom Cruise and Ana de Armas were photographed in London.';
    const a = {
      id: 'undated',
      published: null,
      title: null,
      source: null,
      url: null,
      text,
      origin: { file: 'undated.txt' },
    };
    await ingestArticle(s, a, extract(a));
    const story = must(await ledger.story(['Tom Cruise', 'Ana de Armas']), 'expected Tom Cruise, Ana de Armas');
    expect(story.timeline.length).toBeGreaterThan(0);
    for (const item of story.timeline) expect(item.start).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });
});

describe('denying a further stage', () => {
  // celebrity-137fake: Miley Cyrus "had no wedding plans", "I don't envision marriage" (the story: her fiancé Liam
  // Hemsworth) was filed as a principal's denial of the whole couple, and the story came out contested at 0.99.
  const pair = ['Miley Cyrus', 'Liam Hemsworth'];
  const lines = [
    'In September, Miley Cyrus told The Sun on Sunday that she and her fiancé Liam Hemsworth had no wedding plans anytime soon.',
    '"I don’t envision marriage," Miley Cyrus told The Sun on Sunday about Liam Hemsworth.',
    'A source told the outlet that Miley Cyrus and Liam Hemsworth secretly had "a very intimate ceremony at their house in Malibu."',
  ];

  it('bears only on that stage: the relationship is not denied or contested, and the score does not drop', async () => {
    const { store: s, ledger } = await fresh();
    const a = article('celebrity-137fake', '2025-02-01', null, lines.join(' '));
    await ingestArticle(
      s,
      a,
      extraction(a, pair, [
        { holder: 'author', stance: 'asserts', value: 'engaged', sentence: lines[0] },
        { holder: 'principal', by: 'Miley Cyrus', stance: 'denies', value: 'married', sentence: lines[0] },
        { holder: 'principal', by: 'Miley Cyrus', stance: 'denies', value: 'married', sentence: lines[1] },
        { holder: 'anonymous', stance: 'hedges', value: 'married', sentence: lines[2] },
      ]),
    );
    await fileSaid(
      s,
      ['b', '2025-02-02', 'People', 'Miley Cyrus and Liam Hemsworth are engaged, People reports.'],
      pair,
      [{ holder: 'author', stance: 'asserts', value: 'engaged' }],
    );
    const st = must(await ledger.story(pair), 'expected (await ledger.story(pair))');
    expect(st.value).toBe('engaged');
    expect(st.status).toBe('corroborated');
    expect(st.score).toBeGreaterThan(0.4);
    const denials = st.explanation.filter((e) => e.stance === 'denies');
    expect(denials).toHaveLength(2);
    // They bear on the married stage, explained apart: the engaged headline does not move.
    for (const d of denials) expect(d.why).toMatch(/^married stage: /);
    expect(stageNamed(st, 'married').status).toBe('denied');
  });

  it("a denial of the story's own stage still denies it, and an outlet denying a wedding does not contest dating", async () => {
    const { store: s, ledger } = await fresh();
    const a = article('a1', '2025-02-01', 'Us Weekly', 'Miley Cyrus and Liam Hemsworth are dating, Us Weekly reports.');
    await ingestArticle(s, a, extraction(a, pair, [{ holder: 'author', stance: 'asserts' }]));
    const b = article('a2', '2025-02-02', 'TMZ', 'TMZ says Miley Cyrus and Liam Hemsworth have no wedding plans.');
    await ingestArticle(
      s,
      b,
      extraction(b, pair, [{ holder: 'outlet', by: 'TMZ', stance: 'denies', value: 'married' }], ['TMZ']),
    );
    expect(must(await ledger.story(pair), 'expected (await ledger.story(pair))').status).toBe('reported');
    await fileSaid(
      s,
      ['a3', '2025-02-03', 'People', '"We are not dating," Miley Cyrus told People of Liam Hemsworth.'],
      pair,
      [{ holder: 'principal', by: 'Miley Cyrus', stance: 'denies' }],
    );
    expect(must(await ledger.story(pair), 'expected (await ledger.story(pair))').status).toBe('denied');
  });
});

describe('undated articles with no outlet', () => {
  // celebrity-*: every article is undated and has no outlet; each counted as its own independent source and
  // big stories (a dozen articles repeating one rumour) reached 1.00 and "corroborated".
  const pair = ['Selena Gomez', 'Justin Bieber'];
  const many = async (published: string | null, n: number) => {
    const { store: s, ledger } = await fresh();
    for (let i = 0; i < n; i++) {
      const a = {
        ...article(
          `u${i}`,
          published ?? '',
          null,
          `Selena Gomez and Justin Bieber are dating again (${i}). A source said Selena Gomez loves Justin Bieber.`,
        ),
        published,
      };
      const x = extraction(a, pair, [
        { holder: 'author', stance: 'asserts', sentence: a.text.split('. ')[0] + '.' },
        { holder: 'anonymous', stance: 'asserts', sentence: 'A source said Selena Gomez loves Justin Bieber.' },
      ]);
      await ingestArticle(s, a, { ...x, article: { ...x.article, published } });
    }
    return must(await ledger.story(pair), 'expected (await ledger.story(pair))');
  };

  it('add only a small, capped amount together and say so; as distinct articles they corroborate (EVAL-STORIES.md)', async () => {
    const st = await many(null, 15);
    expect(st.score).toBeLessThan(0.6);
    expect(st.status).toBe('corroborated');
    expect(st.explanation.some((e) => /not independent of the other such articles/.test(e.why))).toBe(true);
    expect(st.explanation.some((e) => /capped: undated articles with no outlet/.test(e.why))).toBe(true);
    expect(st.explanation.reduce((sum, e) => sum + e.delta, 0)).toBeLessThan(0.3);
  });

  it('dated articles with no outlet are still told apart', async () => {
    const st = await many('2025-03-01', 3);
    expect(st.status).toBe('corroborated');
    expect(st.explanation.some((e) => /capped/.test(e.why))).toBe(false);
  });
});

describe('naming an article with no outlet', () => {
  // celebrity-*: the explanation said "first from article 3f2a9c1b0d4e5f67": a hash a reader cannot place.
  const pair = ['Zayn Malik', 'Gigi Hadid'];
  it('by its title, else its date, else "an undated article", numbered when two would share a name', async () => {
    const { store: s, ledger } = await fresh();
    const texts: Array<[string, string | null, string | null]> = [
      ['3f2a9c1b0d4e5f67', null, null],
      ['0a1b2c3d4e5f6a7b', null, null],
      ['1111aaaa2222bbbb', '2025-03-01', null],
      ['2222bbbb3333cccc', null, 'Zayn and Gigi: Back On?'],
    ];
    for (const [id, published, title] of texts) {
      const a = {
        ...article(id, published ?? '', null, `Zayn Malik and Gigi Hadid are dating (${id}).`),
        published,
        title,
      };
      const x = extraction(a, pair, [{ holder: 'author', stance: 'asserts' }]);
      await ingestArticle(s, a, { ...x, article: { ...x.article, published, title } });
    }
    const st = must(await ledger.story(pair), 'expected (await ledger.story(pair))');
    expect(st.sources.map((src) => src.name).sort()).toEqual([
      'an undated article (1)',
      'an undated article (2)',
      'the article of 2025-03-01',
      '“Zayn and Gigi: Back On?”',
    ]);
    for (const item of st.explanation) expect(item.why).not.toMatch(/article [0-9a-f]{16}/);
    expect(
      must(
        st.explanation.find((e) => e.article === '1111aaaa2222bbbb'),
        'expected 1111aaaa2222bbbb',
      ).why,
    ).toMatch(/first from the article of 2025-03-01/);
    expect(new Set(st.explanation.map((e) => e.why.replace(/^.*from /, ''))).size).toBe(4);
  });
});
