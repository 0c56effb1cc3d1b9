// Stories across articles: independence of sources, the status machine, as-of, resolution.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ledger/index.ts';
import { ledgerOver } from '../../src/ledger/ledger.ts';
import type { Store } from '../../src/store/index.ts';
import { article, extraction, fileSaid, republished, stageNamed } from './build.ts';
import type { Said } from './build.ts';
import { seedArticle, seedExtraction } from './fixtures.ts';
import { memoryLedgers } from './memory.ts';
import { at, must } from '../../src/invariant/index.ts';

const fresh = memoryLedgers();

async function ledgerWithSeed() {
  const { store, ledger } = await fresh();
  await ingestArticle(store, seedArticle(), seedExtraction());
  return { store, ledger };
}

async function add(
  s: Store,
  id: string,
  published: string,
  source: string | null,
  text: string,
  said: Said[],
  outlets: string[] = [],
) {
  return fileSaid(s, [id, published, source, text], ['Tom Cruise', 'Ana de Armas'], said, outlets);
}

const story = (s: Store, asOf?: string) => ledgerOver(s).story(['Tom Cruise', 'Ana de Armas'], { asOf });

describe('stories across articles', () => {
  it('a syndicated copy of the seed is the same source: still reported, not corroborated', async () => {
    const { store: s } = await ledgerWithSeed();
    const [copy, x] = republished(
      seedArticle(),
      seedExtraction(),
      'From our partners: ',
      'copy',
      '2025-05-08',
      'Mirror',
    );
    await ingestArticle(s, copy, x);
    const st = must(await story(s), 'expected (await story(s))');
    expect(st.status).toBe('reported');
    expect(st.sources.map((src) => src.name)).not.toContain('Mirror');
    expect(st.explanation.filter((e) => e.article === 'copy').every((e) => /not independent|copy of/.test(e.why))).toBe(
      true,
    );
    expect(st.history.map((h) => h.date)).toEqual(['2025-05-07', '2025-05-08']);
  });

  it('an outlet citing the Daily Mail counts as the Daily Mail, an outlet of its own corroborates', async () => {
    const { store: s } = await ledgerWithSeed();
    await add(
      s,
      'cite',
      '2025-05-08',
      'Hello!',
      'According to the Daily Mail, Tom Cruise and Ana de Armas are dating.',
      [{ holder: 'outlet', by: 'Daily Mail', stance: 'asserts' }],
      ['Daily Mail'],
    );
    expect(must(await story(s), 'expected (await story(s))').status).toBe('reported');
    await add(s, 'people', '2025-05-12', 'People', 'Tom Cruise and Ana de Armas are dating, People can reveal.', [
      { holder: 'author', stance: 'asserts' },
    ]);
    const st = must(await story(s), 'expected (await story(s))');
    expect(st.status).toBe('corroborated');
    expect(st.sources.find((src) => src.name === 'Daily Mail')?.articles).toBe(2);
    expect(st.history.map((h) => h.status)).toEqual(['reported', 'reported', 'corroborated']);
    expect(st.score).toBeGreaterThan(at(st.history, 0).score);
    // As it stood on the day of the seed, before anyone else reported it.
    const then = must(await story(s, '2025-05-07'), 'expected 2025-05-07');
    expect(then.status).toBe('reported');
    expect(then.explanation.every((e) => e.published === '2025-05-07')).toBe(true);
  });

  it('a representative on record confirms it; a later denial makes it denied, and a tabloid repeat ten days on does not overturn it', async () => {
    const { store: s } = await ledgerWithSeed();
    await add(
      s,
      'rep',
      '2025-06-01',
      'People',
      'A representative for Tom Cruise confirmed to People that he and Ana de Armas are dating.',
      [{ holder: 'principal', stance: 'confirms' }],
    );
    const confirmed = must(await story(s), 'expected (await story(s))');
    expect(confirmed.status).toBe('confirmed');
    expect(confirmed.score).toBeGreaterThan(0.9);
    await add(
      s,
      'deny',
      '2025-06-10',
      'E! News',
      'Ana de Armas denied she is dating Tom Cruise: "We are just friends."',
      [{ holder: 'principal', stance: 'denies' }],
    );
    const denied = must(await story(s), 'expected (await story(s))');
    expect(denied.status).toBe('denied');
    expect(must(denied.explanation.at(-1), 'expected denied.explanation.at(-1)').delta).toBeLessThan(-0.2);
    await add(
      s,
      'again',
      '2025-06-20',
      'Page Six',
      'Tom Cruise and Ana de Armas were spotted kissing, so they are dating after all, Page Six says.',
      [{ holder: 'author', stance: 'asserts' }],
    );
    // EVAL-STORIES.md: an on-record denial stands until newer first-hand evidence or an on-record voice appears.
    expect(must(await story(s), 'expected (await story(s))').status).toBe('denied');
    expect(must(await story(s, '2025-06-05'), 'expected 2025-06-05').status).toBe('confirmed');
  });

  it('a split on record ends the story', async () => {
    const { store: s } = await ledgerWithSeed();
    const before = must(await story(s), 'expected (await story(s))').score;
    await add(
      s,
      'split',
      '2025-09-01',
      'People',
      'Tom Cruise and Ana de Armas have split, a representative for Ana de Armas said.',
      [{ holder: 'principal', stance: 'confirms', value: 'split' }],
    );
    const st = must(await story(s), 'expected (await story(s))');
    expect(st.status).toBe('ended');
    expect(st.value).toBe('split');
    const dating = stageNamed(st, 'dating');
    expect(dating.status).toBe('ended');
    expect(dating.score).toBeLessThan(before);
    expect(stageNamed(st, 'split').status).toBe('confirmed');
  });

  it('a chart placing is counted, not claimed: the claim is kept, no story is made of it', async () => {
    const { store } = await fresh();
    const a = article(
      'chart',
      '2005-01-03',
      'BBC',
      'Elvis Presley is expected to top the singles chart again this week.',
    );
    const outcome = await ingestArticle(store, a);
    expect(outcome.extraction.claims.map((c) => `${c.type}/${c.value}`)).toEqual(['chart/top']);
    expect((await ledgerOver(store).stories()).stories).toEqual([]);
  });

  it('lists stories most recently active first, by person and status', async () => {
    const { store: s, ledger } = await ledgerWithSeed();
    const a = article(
      'other',
      '2025-07-01',
      'People',
      'David Beckham and Victoria Beckham renewed their vows, People reports.',
    );
    await ingestArticle(
      s,
      a,
      extraction(a, ['David Beckham', 'Victoria Beckham'], [{ holder: 'author', stance: 'asserts', value: 'married' }]),
    );
    const all = (await ledger.stories()).stories;
    expect(
      all.map((st) =>
        st.subjects
          .map((p) => p.name)
          .sort()
          .join(' & '),
      ),
    ).toEqual(['David Beckham & Victoria Beckham', 'Ana de Armas & Tom Cruise']);
    expect((await ledger.stories({ person: 'Victoria' })).stories).toHaveLength(1);
    expect((await ledger.stories({ person: 'Cruise', status: 'reported' })).stories).toHaveLength(1);
    const page = await ledger.stories({ limit: 1 });
    expect(page.next).not.toBeNull();
    expect(at((await ledger.stories({ limit: 1, cursor: page.next })).stories, 0).id).toBe(at(all, 1).id);
  });
});

describe('resolution across articles', () => {
  // A lone name once joined whichever one person the ledger knew by it *so far*: shuffling the development articles
  // then changed stories ("Harry" in a Cressida Bonas piece became Harry Styles when his articles came first).
  it('a lone surname stays its own entity whatever came before, so the order of ingest changes nothing', async () => {
    const lone = article('lone', '2025-05-09', 'Mirror', 'Cruise was later seen leaving the Core restaurant.');
    const loneExtraction = {
      ...extraction(lone, [], []),
      entities: [
        {
          id: 'e1',
          name: 'Cruise',
          type: 'person' as const,
          mentions: [{ text: 'Cruise', start: 0, end: 6, kind: 'name' as const, rule: 'hand' }],
          rule: 'hand',
        },
      ],
    };
    const son = article('son', '2025-05-10', null, 'Connor Cruise posted a fishing photo.');
    const inOrder = async (order: Array<'seed' | 'lone' | 'son'>) => {
      const { store: s, ledger } = await fresh();
      for (const which of order) {
        if (which === 'seed') await ingestArticle(s, seedArticle(), seedExtraction());
        if (which === 'lone') await ingestArticle(s, lone, loneExtraction);
        if (which === 'son') await ingestArticle(s, son, extraction(son, ['Connor Cruise'], []));
      }
      const people = await ledger.entities('Cruise');
      const appearances = await Promise.all(
        people.map(
          async (p) =>
            `${p.name}: ${must(await ledger.entity(p.id), p.name)
              .appearances.map((x) => x.article)
              .join(',')}`,
        ),
      );
      return appearances.sort();
    };
    const expected = ['Connor Cruise: son', 'Cruise: lone', 'Tom Cruise: seed'];
    expect(await inOrder(['seed', 'lone', 'son'])).toEqual(expected);
    expect(await inOrder(['lone', 'son', 'seed'])).toEqual(expected);
    expect(await inOrder(['son', 'seed', 'lone'])).toEqual(expected);
  });

  // "Ariana Grande's former fiancé, Pete Davidson" came before or after the news of their split: the background row
  // was kept only when the story already existed, so a shuffled ingest lost it.
  it('history alone starts no story, and joins the story news starts later, in either order', async () => {
    const recall = article('recall', '2025-05-01', 'Mirror', 'Tom Cruise and Ana de Armas dated years ago.');
    const recalled = extraction(
      recall,
      ['Tom Cruise', 'Ana de Armas'],
      [{ holder: 'author', stance: 'asserts', past: true }],
    );
    const inOrder = async (historyFirst: boolean) => {
      const { store: s, ledger } = await fresh();
      if (historyFirst) {
        await ingestArticle(s, recall, recalled);
        expect((await ledger.stories()).stories).toEqual([]);
      }
      await ingestArticle(s, seedArticle(), seedExtraction());
      if (!historyFirst) await ingestArticle(s, recall, recalled);
      const st = must(await story(s), 'the seed story');
      return { background: st.background.map((b) => b.article), status: st.status, score: st.score };
    };
    const first = await inOrder(true);
    expect(first.background).toEqual(['recall']);
    expect(await inOrder(false)).toEqual(first);
  });
});
