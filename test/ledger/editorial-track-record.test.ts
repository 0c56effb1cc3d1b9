// Track records respect the desk: a story an editor flagged as wrong, dismissed or merged away is no outlet's hit
// or miss (GET /api/track-record and every story's score read the same running totals), and an undo brings it back;
// `rumourmill db check` (Ledger.check) finds those running totals when they drift from the settled reports.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ledger/index.ts';
import { editorialDesk } from '../../src/ledger/editorial.ts';
import type { Store } from '../../src/store/index.ts';
import { must } from '../../src/invariant/index.ts';
import { article, extraction } from './build.ts';
import { memoryLedgers } from './memory.ts';

const fresh = memoryLedgers();
const GOSSIP = 'Hollywood Gossip';

let n = 0;
async function reports(s: Store, pair: [string, string], published: string) {
  const a = article(`er${++n}`, published, null, `${pair[0]} and ${pair[1]} are dating, ${GOSSIP} reports.`);
  return ingestArticle(s, a, extraction(a, pair, [{ holder: 'outlet', by: GOSSIP, stance: 'asserts' }], [GOSSIP]));
}
async function denied(s: Store, pair: [string, string], published: string) {
  const a = article(`ep${++n}`, published, 'People', `"We are just friends," ${pair[0]} told People of ${pair[1]}.`);
  return ingestArticle(s, a, extraction(a, pair, [{ holder: 'principal', by: pair[0], stance: 'denies' }]));
}

/** Two stories of Hollywood Gossip's denied by a principal, and a third it is scored on. */
async function ledgerWithTrackRecord() {
  const opened = await fresh();
  const { store, ledger } = opened;
  const first: [string, string] = ['Brad Pitt', 'Emma Stone'];
  const second: [string, string] = ['Ryan Gosling', 'Zendaya'];
  await reports(store, first, '2025-01-05');
  await denied(store, first, '2025-01-20');
  await reports(store, second, '2025-01-06');
  await denied(store, second, '2025-01-21');
  await reports(store, ['Harry Styles', 'Olivia Wilde'], '2025-03-01');
  const id = async (pair: [string, string]) => must(await ledger.story(pair), `expected ${pair.join(' & ')}`).id;
  const gossip = async () => (await ledger.trackRecord()).outlets.find((o) => o.name === GOSSIP);
  const why = async () =>
    must(
      must(await ledger.story(['Harry Styles', 'Olivia Wilde']), 'expected the third story').explanation.find(
        (e) => e.holder.name === GOSSIP,
      ),
      'expected the outlet on the third story',
    ).why;
  return { ...opened, desk: editorialDesk(store), first: await id(first), second: await id(second), gossip, why };
}

describe('track records and the desk', () => {
  it('a story flagged as wrong counts neither for nor against its outlets, until the flag is undone', async () => {
    const { ledger, desk, first, gossip, why } = await ledgerWithTrackRecord();
    expect(await gossip()).toMatchObject({ trueCount: 0, falseCount: 2 });
    const flag = await desk.act({ kind: 'flag', subject: first, editor: 'Ana Reyes' });
    expect(await gossip()).toMatchObject({ trueCount: 0, falseCount: 1 });
    expect(await why()).toMatch(/Hollywood Gossip's record: 0 of 1 settled report true/);
    expect(await ledger.check()).toEqual([]);
    await desk.act({ kind: 'undo', subject: first, undoes: flag.seq, editor: 'Ana Reyes' });
    expect(await gossip()).toMatchObject({ trueCount: 0, falseCount: 2 });
    expect(await why()).toMatch(/Hollywood Gossip's record: 0 of 2 settled reports true/);
  });

  it('a dismissed story is left out of the track records, and stays out when more of its evidence arrives', async () => {
    const { store, desk, first, second, gossip } = await ledgerWithTrackRecord();
    await desk.act({ kind: 'dismiss', subject: first, editor: 'desk' });
    await desk.act({ kind: 'dismiss', subject: second, editor: 'desk' });
    expect(await gossip()).toBeUndefined();
    // A later report on the dismissed pair recomputes its story: still out.
    await reports(store, ['Brad Pitt', 'Emma Stone'], '2025-01-10');
    expect(await gossip()).toBeUndefined();
    expect(await store.outcomes(first)).toEqual([]);
  });

  it('a story merged into another is counted once, as part of the story it joined', async () => {
    const { store, ledger, desk, first, second, gossip } = await ledgerWithTrackRecord();
    await desk.act({ kind: 'merge', subject: second, into: first, editor: 'desk' });
    expect(await store.outcomes(second)).toEqual([]);
    // One story now, holding both pairs' reports: Hollywood Gossip missed it once, not twice.
    expect(await gossip()).toMatchObject({ trueCount: 0, falseCount: 1 });
    expect(await ledger.check()).toEqual([]);
  });
});

describe('Ledger.check, as `rumourmill db check` reports', () => {
  it('finds nothing in a consistent ledger, and a running total that drifted from the settled reports', async () => {
    const { store, ledger } = await ledgerWithTrackRecord();
    expect(await ledger.check()).toEqual([]);
    // A change that bypassed the settled reports: three hits Hollywood Gossip never had.
    await store.addToTotals([
      { scope: 'outlet', key: 'outlet:hollywood gossip', name: GOSSIP, trueCount: 3, falseCount: 0 },
    ]);
    expect(await ledger.check()).toEqual([
      'track-record totals for outlet outlet:hollywood gossip: stored 3 true / 2 false, settled reports say 0 true / 2 false',
    ]);
  });
});
