// Track records: outlets' and holders' reports on settled stories feed the score of their next reports.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ledger/index.ts';
import { ledgerOver } from '../../src/ledger/ledger.ts';
import { refreshScores } from '../../src/ledger/refresh.ts';
import { trackRecordOf, tally } from '../../src/ledger/track.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { article, extraction, withReads } from './build.ts';
import { memoryLedgers } from './memory.ts';
import type { Said } from './build.ts';
import { at, must } from '../../src/invariant/index.ts';

const fresh = memoryLedgers();

// Outlets in no tier of data/priors.json: both start at the same weight, so only their track records tell them apart.
const GOSSIP = 'Hollywood Gossip';
const WIRE = 'Celebrity Wire';

let n = 0;
/** One undated-outlet article in which `outlet` reports the pair dating. */
async function reports(s: Store, outlet: string, pair: [string, string], published: string, credibility = 0.5) {
  const a = article(`r${++n}`, published, null, `${pair[0]} and ${pair[1]} are dating, ${outlet} reports.`);
  const x = extraction(a, pair, [{ holder: 'outlet', by: outlet, stance: 'asserts' }], [outlet]);
  x.article.credibility = { score: credibility, signals: [] };
  return ingestArticle(s, a, x);
}

/** A principal's word on record, in an article of its own. */
async function principal(s: Store, pair: [string, string], published: string, said: Omit<Said, 'holder' | 'by'>) {
  const quote =
    said.stance === 'denies'
      ? '"We are just friends,"'
      : said.value === 'split'
        ? '"We have split,"'
        : '"We are together,"';
  const a = article(`p${++n}`, published, 'People', `${quote} ${pair[0]} told People of ${pair[1]}.`);
  return ingestArticle(s, a, extraction(a, pair, [{ holder: 'principal', by: pair[0], ...said }]));
}

const explained = async (ledger: ReturnType<typeof ledgerOver>, pair: [string, string], outlet: string) =>
  must(
    must(await ledger.story(pair), 'expected (await ledger.story(pair))').explanation.find(
      (e) => e.holder.name === outlet,
    ),
    'expected (await ledger.story(pair))!.explanation.find(…)',
  );

describe('outlet track records', () => {
  it('an outlet whose earlier reports were denied counts less on a new story than one whose reports were confirmed', async () => {
    const { store: s, ledger } = await fresh();
    await reports(s, GOSSIP, ['Brad Pitt', 'Emma Stone'], '2025-01-05');
    await principal(s, ['Brad Pitt', 'Emma Stone'], '2025-01-20', { stance: 'denies' });
    await reports(s, GOSSIP, ['Ryan Gosling', 'Zendaya'], '2025-01-06');
    await principal(s, ['Ryan Gosling', 'Zendaya'], '2025-01-21', { stance: 'denies' });
    await reports(s, WIRE, ['Tom Holland', 'Eva Mendes'], '2025-01-07');
    await principal(s, ['Tom Holland', 'Eva Mendes'], '2025-01-22', { stance: 'confirms' });
    await reports(s, WIRE, ['Jason Momoa', 'Lisa Bonet'], '2025-01-08');
    await principal(s, ['Jason Momoa', 'Lisa Bonet'], '2025-01-23', { stance: 'confirms' });

    await reports(s, GOSSIP, ['Harry Styles', 'Olivia Wilde'], '2025-03-01');
    await reports(s, WIRE, ['Dua Lipa', 'Callum Turner'], '2025-03-01');
    const gossip = await explained(ledger, ['Harry Styles', 'Olivia Wilde'], GOSSIP);
    const wire = await explained(ledger, ['Dua Lipa', 'Callum Turner'], WIRE);
    expect(gossip.delta).toBeGreaterThan(0);
    expect(gossip.delta).toBeLessThan(wire.delta);
    expect(gossip.why).toMatch(/Hollywood Gossip's record: 0 of 2 settled reports true, counts less \(×0\.\d\d\)/);
    expect(wire.why).toMatch(/Celebrity Wire's record: 2 of 2 settled reports true, counts more \(×1\.\d\d\)/);
    // The list agrees with the story it lists.
    const listed = must(
      (await ledger.stories()).stories.find((st) => st.subjects.some((p) => p.name === 'Olivia Wilde')),
      'expected Olivia Wilde',
    );
    expect(listed.score).toBe(
      must(await ledger.story(['Harry Styles', 'Olivia Wilde']), 'expected Harry Styles, Olivia Wilde').score,
    );

    const table = await ledger.trackRecord();
    expect(table.outlets.map((o) => [o.name, o.trueCount, o.falseCount])).toEqual([
      [WIRE, 2, 0],
      [GOSSIP, 0, 2],
    ]);
    expect(at(table.outlets, 1).factor).toBeLessThan(1);
    expect(table.holders).toEqual([expect.objectContaining({ kind: 'outlet', trueCount: 2, falseCount: 2 })]);
  });

  it("a story's own outcome is not counted in its own score", async () => {
    const { store: s, ledger } = await fresh();
    const pair: [string, string] = ['Brad Pitt', 'Emma Stone'];
    await reports(s, GOSSIP, pair, '2025-01-05');
    await principal(s, pair, '2025-01-20', { stance: 'denies' });
    const alone = must(await ledger.story(pair), 'expected (await ledger.story(pair))');
    expect(alone.status).toBe('denied');
    expect(at(alone.explanation, 0).why).not.toMatch(/record/);
    // Another denied story of the same outlet: now its track record is one report, the other story's, not two.
    await reports(s, GOSSIP, ['Ryan Gosling', 'Zendaya'], '2025-01-06');
    await principal(s, ['Ryan Gosling', 'Zendaya'], '2025-01-21', { stance: 'denies' });
    const story = must(await ledger.story(pair), 'expected (await ledger.story(pair))');
    expect(at(story.explanation, 0).why).toMatch(/Hollywood Gossip's record: 0 of 1 settled report true/);
    expect((await ledger.trackRecord()).outlets).toEqual([
      expect.objectContaining({ name: GOSSIP, trueCount: 0, falseCount: 2 }),
    ]);
  });

  it('the why names both the article credibility and the track record', async () => {
    const { store: s, ledger } = await fresh();
    await reports(s, GOSSIP, ['Brad Pitt', 'Emma Stone'], '2025-01-05');
    await principal(s, ['Brad Pitt', 'Emma Stone'], '2025-01-20', { stance: 'denies' });
    await reports(s, GOSSIP, ['Harry Styles', 'Olivia Wilde'], '2025-03-01', 0.31);
    const item = await explained(ledger, ['Harry Styles', 'Olivia Wilde'], GOSSIP);
    expect(item.why).toMatch(/Hollywood Gossip's record: 0 of 1 settled report true/);
    expect(item.why).toMatch(/article credibility 0\.31: counts less \(×0\.81\)/);
  });

  it('stored scores follow when another story settles after them', async () => {
    const { store: s, ledger } = await fresh();
    await reports(s, GOSSIP, ['Harry Styles', 'Olivia Wilde'], '2025-01-04');
    await reports(s, GOSSIP, ['Brad Pitt', 'Emma Stone'], '2025-01-05');
    const before = must(
      (await ledger.stories()).stories.find((st) => st.subjects.some((p) => p.name === 'Olivia Wilde')),
      'expected Olivia Wilde',
    ).score;
    await principal(s, ['Brad Pitt', 'Emma Stone'], '2025-01-20', { stance: 'denies' });
    const after = must(
      (await ledger.stories()).stories.find((st) => st.subjects.some((p) => p.name === 'Olivia Wilde')),
      'expected Olivia Wilde',
    ).score;
    expect(after).toBeLessThan(before);
    expect(after).toBe(
      must(await ledger.story(['Harry Styles', 'Olivia Wilde']), 'expected Harry Styles, Olivia Wilde').score,
    );
    const state = await s.scoreState();
    expect(state.scored).toBe(state.outcomes);
  });

  it('as of a date before the other story settled, there is no track record yet (no hindsight)', async () => {
    const { store: s, ledger } = await fresh();
    await reports(s, GOSSIP, ['Brad Pitt', 'Emma Stone'], '2025-01-05');
    await reports(s, GOSSIP, ['Harry Styles', 'Olivia Wilde'], '2025-01-10');
    await principal(s, ['Brad Pitt', 'Emma Stone'], '2025-01-20', { stance: 'denies' });
    await reports(s, WIRE, ['Harry Styles', 'Olivia Wilde'], '2025-02-01');
    const then = must(
      await ledger.story(['Harry Styles', 'Olivia Wilde'], { asOf: '2025-01-15' }),
      'expected Harry Styles, Olivia Wilde, 2025-01-15',
    );
    expect(at(then.explanation, 0).why).not.toMatch(/record/);
    const now = must(await ledger.story(['Harry Styles', 'Olivia Wilde']), 'expected Harry Styles, Olivia Wilde');
    expect(at(now.explanation, 0).why).toMatch(/record: 0 of 1/);
    // The history replays each day with what was known that day.
    expect(at(now.history, 0).score).toBe(then.score);
  });
});

describe('which reports a settled story tests', () => {
  it("a report in the article that carries the principal's word, or made after it, is not tested", async () => {
    const { store: s, ledger } = await fresh();
    const pair: [string, string] = ['Brad Pitt', 'Emma Stone'];
    const a = article(
      'both',
      '2025-01-05',
      null,
      `Brad Pitt and Emma Stone are dating, ${GOSSIP} reports. "We are together," Brad Pitt said.`,
    );
    await ingestArticle(
      s,
      a,
      extraction(
        a,
        [...pair],
        [
          {
            holder: 'outlet',
            by: GOSSIP,
            stance: 'asserts',
            sentence: `Brad Pitt and Emma Stone are dating, ${GOSSIP} reports.`,
          },
          { holder: 'principal', by: 'Brad Pitt', stance: 'confirms', sentence: '"We are together," Brad Pitt said.' },
        ],
        [GOSSIP],
      ),
    );
    await reports(s, WIRE, pair, '2025-02-01');
    expect(must(await ledger.story(pair), 'expected (await ledger.story(pair))').status).toBe('confirmed');
    expect(await s.outcomes()).toEqual([]);
  });

  it("a split settles only on a principal's word; then reports of the pair and of the split were both true", async () => {
    const { store: s, ledger } = await fresh();
    const pair: [string, string] = ['Brad Pitt', 'Emma Stone'];
    await reports(s, GOSSIP, pair, '2025-01-05');
    const split = article('split', '2025-02-01', null, `Brad Pitt and Emma Stone have split, ${WIRE} says.`);
    await ingestArticle(
      s,
      split,
      extraction(split, [...pair], [{ holder: 'outlet', by: WIRE, stance: 'asserts', value: 'split' }], [WIRE]),
    );
    // An outlet's split is reported; the relationship ends only on a principal's word (EVAL-STORIES.md).
    expect(must(await ledger.story(pair), 'expected (await ledger.story(pair))')).toMatchObject({
      value: 'split',
      status: 'reported',
    });
    expect(await s.outcomes()).toEqual([]);
    await principal(s, pair, '2025-02-10', { stance: 'confirms', value: 'split' });
    expect((await s.outcomes()).map((o) => [o.sourceName, o.hit]).sort()).toEqual([
      [WIRE, true],
      [GOSSIP, true],
    ]);
  });

  it('a principal has no track record: confirmations are what settles stories', async () => {
    const { store: s, ledger } = await fresh();
    await reports(s, GOSSIP, ['Brad Pitt', 'Emma Stone'], '2025-01-05');
    await principal(s, ['Brad Pitt', 'Emma Stone'], '2025-01-20', { stance: 'confirms' });
    await principal(s, ['Harry Styles', 'Olivia Wilde'], '2025-03-01', { stance: 'confirms' });
    expect(
      at(
        must(await ledger.story(['Harry Styles', 'Olivia Wilde']), 'expected Harry Styles, Olivia Wilde').explanation,
        0,
      ).why,
    ).not.toMatch(/record/);
    expect((await s.outcomes()).every((o) => o.holderKind !== 'principal')).toBe(true);
  });
});

describe('cost of track records', () => {
  it("ingest never reads every story's settled reports; the running totals stay their tally", async () => {
    const { store: s, ledger } = await fresh();
    const partial = withReads(s, (tx) => ({
      outcomes: (story) => {
        if (story === undefined) throw new Error("ingest read every story's outcomes");
        return tx.outcomes(story);
      },
    }));
    await reports(partial, GOSSIP, ['Brad Pitt', 'Emma Stone'], '2025-01-05');
    await reports(partial, WIRE, ['Brad Pitt', 'Emma Stone'], '2025-01-06');
    await principal(partial, ['Brad Pitt', 'Emma Stone'], '2025-01-20', { stance: 'confirms' });
    await reports(partial, GOSSIP, ['Ryan Gosling', 'Zendaya'], '2025-01-07');
    await principal(partial, ['Ryan Gosling', 'Zendaya'], '2025-01-21', { stance: 'denies' });
    // The principal changes sides: the story's outcomes are replaced, and the totals follow.
    await principal(partial, ['Ryan Gosling', 'Zendaya'], '2025-02-01', { stance: 'confirms' });
    await reports(partial, GOSSIP, ['Harry Styles', 'Olivia Wilde'], '2025-03-01');
    expect(trackRecordOf(await s.trackRecordTotals())).toEqual(tally(await s.outcomes()));
    expect((await ledger.trackRecord()).outlets.map((o) => [o.name, o.trueCount, o.falseCount])).toEqual([
      [GOSSIP, 2, 0],
      [WIRE, 1, 0],
    ]);
  });

  it('a settled report rescores only the stories it can move, to the scores a ledger scored once gives', async () => {
    // Each step, an article: filed into the ledger refreshed along the way and into one refreshed only at the end.
    const steps: Array<(s: Store) => Promise<unknown>> = [
      (s) => principal(s, ['Jason Momoa', 'Lisa Bonet'], '2025-01-02', { stance: 'confirms' }),
      (s) => reports(s, GOSSIP, ['Brad Pitt', 'Emma Stone'], '2025-01-05'),
      (s) => reports(s, GOSSIP, ['Harry Styles', 'Olivia Wilde'], '2025-01-06'),
      (s) => reports(s, WIRE, ['Dua Lipa', 'Callum Turner'], '2025-01-07'),
    ];
    const later: Array<(s: Store) => Promise<unknown>> = [
      (s) => principal(s, ['Brad Pitt', 'Emma Stone'], '2025-01-20', { stance: 'denies' }),
      (s) => reports(s, GOSSIP, ['Tom Holland', 'Eva Mendes'], '2025-02-01'),
    ];
    const { store: s } = await fresh();
    // The same article ids in both ledgers.
    n = 0;
    for (const step of steps) await step(s);
    await refreshScores(s);
    for (const step of later) await step(s);
    const rescored: string[] = [];
    const counted = withReads(s, (tx) => ({
      prefetch: async (ids) => {
        rescored.push(...ids);
        return tx.prefetch(ids);
      },
    }));
    expect(await refreshScores(counted)).toBe(true);
    const idOf = async (store: Store, name: string) =>
      must((await store.stories({ person: name, limit: 1, offset: 0 }))[0], `expected a story of ${name}`).id;
    // Gossip's first settled report moves its factor: Styles & Wilde, reported by it, is rescored; Momoa & Bonet, on
    // its principal's word alone, reads no track record and is not.
    expect(rescored).toContain(await idOf(s, 'Olivia Wilde'));
    expect(rescored).not.toContain(await idOf(s, 'Lisa Bonet'));
    const once = await openStore(':memory:');
    try {
      n = 0;
      for (const step of [...steps, ...later]) await step(once);
      await refreshScores(once);
      const rows = async (store: Store) => Promise.all((await store.storyIds()).map(async (id) => store.story(id)));
      expect(await rows(s)).toEqual(await rows(once));
    } finally {
      await once.close();
    }
  });

  it('a stale ledger is rescored in short transactions of a few stories each, to the same scores', async () => {
    const { store: s, ledger } = await fresh();
    const pairs: Array<[string, string]> = [
      ['Harry Styles', 'Olivia Wilde'],
      ['Dua Lipa', 'Callum Turner'],
      ['Jason Momoa', 'Lisa Bonet'],
      ['Tom Holland', 'Eva Mendes'],
    ];
    for (const pair of pairs) await reports(s, GOSSIP, pair, '2025-03-01');
    await reports(s, GOSSIP, ['Brad Pitt', 'Emma Stone'], '2025-01-05');
    await principal(s, ['Brad Pitt', 'Emma Stone'], '2025-01-20', { stance: 'denies' });
    const perTransaction: number[] = [];
    const counted = withReads(s, (tx) => ({
      allEvidence: async (range) => {
        const rows = await tx.allEvidence(range);
        perTransaction.push(new Set(rows.map((r) => r.story)).size);
        return rows;
      },
    }));
    expect(await refreshScores(counted, { chunk: 2 })).toBe(true);
    expect(Math.max(...perTransaction)).toBeLessThanOrEqual(2);
    const state = await s.scoreState();
    expect(state.scored).toBe(state.outcomes);
    for (const pair of pairs) {
      const listed = must(
        (await ledger.stories()).stories.find((st) => st.subjects.some((p) => p.name === pair[1])),
        'expected (await ledger.stories()).stories.find(…) => p.name === pa…',
      );
      const story = must(await ledger.story(pair), 'expected (await ledger.story(pair))');
      expect(listed.score).toBe(story.score);
      expect(at(story.explanation, 0).why).toMatch(/Hollywood Gossip's record: 0 of 1 settled report true/);
    }
  });
});
