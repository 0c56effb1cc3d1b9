// How many sources stand behind one sentence, on real articles with the real extractor: outlets the article names as
// reporting count each; the article's own voice and unnamed "various newspapers" are one report.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ledger/index.ts';
import { at, must } from '../../src/invariant/index.ts';
import { streamArticles } from '../helpers/streams.ts';
import { memoryLedgers } from './memory.ts';
import { effectiveSources } from '../../src/ledger/score.ts';
import { rowMaker } from '../../src/ledger/adjustments/testing.ts';
import type { Article } from '../../src/read/index.ts';
import type { EvidenceRow } from '../../src/store/index.ts';

const ledgers = memoryLedgers();

describe('corroboration within one article', () => {
  it('counts "Several American outlets reported … E! and the Los Angeles Times went further" as two sources', async () => {
    const { store, ledger } = await ledgers();
    const article = must(
      (await streamArticles()).find((a) => a.id === 'kim-kardashian-pete-davidson-08'),
      'the HuffPost France article of 2022-08-06 is in the stream fixture',
    );
    await ingestArticle(store, article);
    const story = await ledger.story(['Kim Kardashian', 'Pete Davidson']);
    const split = story?.stages?.find((s) => s.value === 'split');
    expect(split?.status).toBe('corroborated');
    // The two outlets it names (E! is found as E! News); the "several outlets" are those two, and HuffPost France's own
    // voice is not a third.
    expect(story?.sources.map((s) => s.name)).toEqual(['E! News', 'Los Angeles Times']);
  }, 60_000);

  it('keeps "according to various newspapers" one report: no outlet is named (BBC, 2005)', async () => {
    const { store, ledger } = await ledgers();
    await ingestArticle(store, {
      id: 'bbc-entertainment-308-excerpt',
      published: '2005-01-14',
      source: 'BBC',
      title: 'Tautou to star in Da Vinci film',
      url: null,
      origin: { file: 'bbc-entertainment/bbc_entertainment.jsonl (excerpt of article 308)' },
      text:
        'French actress Audrey Tautou, star of hit film Amelie, will play the female lead in the film of The Da Vinci Code. ' +
        "Tautou will play Hanks' code-cracking partner, according to various newspapers.",
    });
    const { stories } = await ledger.stories({ limit: 50 });
    const casting = at(
      stories.filter((s) => s.type === 'casting'),
      0,
    );
    expect(casting.status).toBe('reported');
    expect(casting.sources.map((s) => s.name)).toEqual(['BBC']);
  }, 60_000);
});

describe('near-identical copies across articles', () => {
  // Two BBC write-ups of one wire story (bbc-entertainment-233 and -234, no outlet named in the corpus): the SonyBMG
  // sentence differs only by "Elvis'" / "Elvis's". One report, not two.
  const excerpt = (id: string, title: string, text: string) => ({
    id,
    published: null,
    source: null,
    title,
    url: null,
    origin: { file: `bbc-entertainment/bbc_entertainment.jsonl (excerpt of article ${id.slice(-3)})` },
    text,
  });
  const a233 = excerpt(
    'bbc-entertainment-233',
    'Elvis fans hold birthday bash',
    "Jailhouse Rock is now the 999th number one single in UK pop history. Record company SonyBMG are releasing Elvis' " +
      "18 number one singles at the rate of one a week in Britain, complete with original artwork and a collector's box.",
  );
  const a234 = excerpt(
    'bbc-entertainment-234',
    'Elvis regains top chart position',
    "Elvis's number one is the 999th in chart history. Record company SonyBMG are releasing Elvis's 18 number one " +
      "singles at the rate of one a week in Britain, complete with original artwork and a collector's box.",
  );

  // The release sentence makes no story of its own since SonyBMG is read as the record company it is (an organisation
  // is no open claim's subject), so the copy rule is checked on the evidence rows the two articles' sentences make.
  it('counts a sentence copied with a spelling changed as the first article that printed it', () => {
    const sentence = (x: Article) =>
      must(
        x.text.split(/(?<=\.) /).find((t) => t.startsWith('Record company')),
        'the release',
      );
    const row = rowMaker((n) => {
      const x = n === 1 ? a233 : a234;
      return {
        article: x.id,
        published: x.published,
        holderKind: 'author',
        holderName: null,
        sourceKey: `article:${x.id}`,
        sourceName: `“${x.title ?? ''}”`,
      };
    });
    const first = row({ text: sentence(a233) });
    const copy = row({ text: sentence(a234) });
    const sources = effectiveSources([first, copy]);
    expect(sources.get(copy.id)).toEqual({
      key: 'article:bbc-entertainment-233',
      name: '“Elvis fans hold birthday bash”',
    });
    // A sentence of its own stays its own article's.
    const own = row({ text: 'Elvis Presley has scored his 19th number one single in the UK charts.' });
    expect(effectiveSources([first, own]).get(own.id)?.key).toBe('article:bbc-entertainment-234');
  });
});

describe('COPY_RULES near-identical', () => {
  const row = (id: string, article: string, text: string): EvidenceRow => ({
    id,
    story: 's',
    article,
    published: null,
    value: 'release',
    holderKind: 'author',
    holderName: null,
    sourceKey: `article:${article}`,
    sourceName: article,
    stance: 'asserts',
    text,
    start: 0,
    end: text.length,
    observations: 0,
    timeline: [],
    credibility: null,
  });

  it('keeps two outlets apart when their long sentences tell the same news in their own words', () => {
    const rows = [
      row(
        '1',
        'a',
        'The band will release their fourth studio album in March, their label confirmed on Monday evening.',
      ),
      row('2', 'b', 'Their fourth studio album is due out in March, the band said in a statement to fans on Monday.'),
    ];
    expect(new Set([...effectiveSources(rows).values()].map((s) => s.key)).size).toBe(2);
  });

  it('keeps a short stock sentence from two articles two reports: too short to tell a copy', () => {
    const rows = [row('1', 'a', 'The couple split in 2016.'), row('2', 'b', "The couple's split in 2016.")];
    expect(new Set([...effectiveSources(rows).values()].map((s) => s.key)).size).toBe(2);
  });
});
