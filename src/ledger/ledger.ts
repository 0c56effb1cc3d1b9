// The Ledger interface over a Store: what the CLI, API and web UI call.
// From its own module, not the readers' door (which loads the feed and HTML readers), as the CLI's options do.
import { isCalendarDay } from '../read/date.ts';
import type { ReportOutcome, Store, StoryRow } from '../store/index.ts';
import { fillNames, ledgerIdsOf } from './aliases.ts';
import { attachDesk, finalStory, stateOf, type EditorialState } from './editorial.ts';
import { batcher } from './batch.ts';
import { ingestArticle } from './ingest.ts';
import { entityPage, storyPage } from './reads.ts';
import { refreshScores } from './refresh.ts';
import { assemble } from './story.ts';
import { inSettlementOrder, totalsMismatches, trackRecordOf, trackRecordsAsOf, trackRecordTable } from './track.ts';
import type { Ledger, Story, StorySummary } from './types.ts';

/** A stored story row as the lists show it. */
export function summaryFrom(row: StoryRow): StorySummary {
  const stored = row.summary as Partial<StorySummary>;
  return {
    id: row.id,
    type: row.type,
    value: row.value,
    subjects: row.subjects,
    status: row.status as StorySummary['status'],
    score: row.score,
    firstSeen: row.firstSeen,
    lastSeen: row.lastSeen,
    sources: stored.sources ?? [],
    ...(stored.origin ? { origin: stored.origin } : {}),
    // The list says why each story stands where it does, and at which stage, as `story` does (additive fields).
    ...(stored.stages ? { stages: stored.stages } : {}),
    ...(stored.statusReason ? { statusReason: stored.statusReason } : {}),
    ...(stored.object ? { object: stored.object } : {}),
  };
}

/** Stories whose subjects include a person known by each of the names; relationship stories first. */
async function storyByNames(store: Store, names: string[], merges: EditorialState): Promise<StoryRow | null> {
  const perName: Array<Set<string>> = [];
  for (const name of names) {
    const ids = new Set<string>();
    for (const person of await store.entitiesByAlias([name]))
      for (const s of await store.storiesOf(person.id)) ids.add(s.id);
    perName.push(ids);
  }
  // A story merged into another (a lone name's, folded into its full-name twin) is found as the one it joined.
  const candidates = [
    ...new Set(
      (perName[0] ? [...perName[0]] : [])
        .filter((id) => perName.every((ids) => ids.has(id)))
        .map((id) => finalStory(merges, id)),
    ),
  ];
  const rows: StoryRow[] = [];
  for (const id of candidates) {
    const row = await store.story(id);
    if (row) rows.push(row);
  }
  rows.sort(
    (a, b) =>
      Number(b.type === 'relationship') - Number(a.type === 'relationship') ||
      (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''),
  );
  return rows[0] ?? null;
}

export type LedgerOptions = {
  /**
   * Articles per transaction for `ingest` (default 1: each article committed before ingest returns, as a server
   * needs). A bulk ingest gives more: its stories are recomputed once per batch, and a crash loses at most the open
   * batch. Any other call commits the open batch first.
   */
  batch?: number;
  /** A batch is committed after this many milliseconds even when not full (default 2000): a crash loses little. */
  batchMs?: number;
  /** Stories of at least this many rows may be left stale between batches (see BatchOptions; default 200). */
  deferFrom?: number;
};

export function ledgerOver(store: Store, { batch = 1, batchMs = 2000, deferFrom }: LedgerOptions = {}): Ledger {
  const batches = batch > 1 ? batcher(store, { size: batch, ms: batchMs, deferFrom }) : null;
  const flushed = async () => batches?.flush();
  // Reads first bring stored scores up to date when stories settled since (one query when nothing did).
  const fresh = async () => {
    await flushed();
    return refreshScores(store);
  };
  // Every story's settled reports in settlement order, for a story's history (its track record as known each day):
  // read again only when the outcomes version says they changed, not on every request.
  let settled: { version: number; rows: ReportOutcome[] } | undefined;
  const settledInOrder = async (): Promise<ReportOutcome[]> => {
    const { outcomes: version } = await store.scoreState();
    if (settled?.version !== version) settled = { version, rows: inSettlementOrder(await store.outcomes()) };
    return settled.rows;
  };
  /** The story a key names (an id, else its subjects' names), as the one it was merged into; scores brought up to date. */
  const storyRow = async (key: string | string[], asOf: string | undefined): Promise<StoryRow | null> => {
    // The readers' rule, as the CLI's --as-of and the API's ?asOf=: "2023-02-30" matched the old pattern.
    if (asOf !== undefined && !isCalendarDay(asOf))
      throw new Error(`as-of date must be YYYY-MM-DD, a real day from 1900 on, got "${asOf}"`);
    await flushed();
    const names = Array.isArray(key) ? key : [];
    // A story merged into another lives on in the one it joined (its evidence is filed there), as the API says.
    const merges = stateOf(await store.editorialLog({ kinds: ['merge', 'undo'] }));
    const found = Array.isArray(key)
      ? await storyByNames(store, names, merges)
      : ((await store.story(key)) ?? (await storyByNames(store, [key], merges)));
    if (!found) return null;
    const final = finalStory(merges, found.id);
    const row = final === found.id ? found : ((await store.story(final)) ?? found);
    await fresh();
    return row;
  };
  /** The story assembled from its evidence as of `asOf` (today when not given), with its history. */
  const assembled = async (row: StoryRow, asOf: string | undefined): Promise<Story | null> => {
    const trackRecords = trackRecordsAsOf(
      trackRecordOf(await store.trackRecordTotals()),
      await store.outcomes(row.id),
      await settledInOrder(),
      row.id,
    );
    return assemble(row, await store.evidence(row.id), { asOf, trackRecords });
  };
  // The names each entity was called by are counted at ingest; a ledger from before counts its older articles once,
  // on the first read that needs them (fillNames). Until that has succeeded (a ledger opened to read only cannot),
  // names are read from the articles as before.
  let counted: Promise<boolean> | undefined;
  const namesCounted = (): Promise<boolean> =>
    (counted ??= fillNames(store).then(
      () => true,
      () => {
        counted = undefined;
        return false;
      },
    ));
  // The editorial desk (src/ledger/editorial.ts) goes with the ledger, for the API's actions on stories.
  return attachDesk(
    {
      ingest: (article, extraction) =>
        batches ? batches.ingest(article, extraction) : ingestArticle(store, article, extraction),
      async stories(filter = {}) {
        await fresh();
        const limit = Math.max(1, Math.min(filter.limit ?? 50, 500));
        const offset = Math.max(0, Number.parseInt(filter.cursor ?? '0', 10) || 0);
        const rows = await store.stories({
          q: filter.q,
          status: filter.status,
          person: filter.person,
          limit: limit + 1,
          offset,
        });
        return {
          stories: rows.slice(0, limit).map(summaryFrom),
          next: rows.length > limit ? String(offset + limit) : null,
        };
      },
      async story(key, options = {}): Promise<Story | null> {
        const row = await storyRow(key, options.asOf);
        return row && assembled(row, options.asOf);
      },
      async storyPage(key, { asOf, ...page } = {}) {
        const row = await storyRow(key, asOf);
        return row && storyPage(store, row.id, page, { asOf, assembled: () => assembled(row, asOf) });
      },
      async entities(q) {
        await flushed();
        return store.entities(q, 100);
      },
      async entity(id, page) {
        await flushed();
        await fresh();
        return entityPage(store, id, page, { namesCounted, summaryFrom });
      },
      async articleBriefs(ids) {
        await flushed();
        return store.articleBriefs(ids);
      },
      async entityRow(id) {
        await flushed();
        const entity = await store.entity(id);
        return entity && { ...entity, articles: (await store.appearancePage(id, { limit: 0, offset: 0 })).total };
      },
      async article(id) {
        await flushed();
        const row = await store.article(id);
        if (!row) return null;
        const { contentHash: _hash, extraction, ...meta } = row;
        const entities =
          (await store.articleEntities(row.id)) ?? (await ledgerIdsOf(store, row.id, extraction.entities));
        return { article: { ...meta, origin: { file: row.url ?? `ledger:${row.id}` } }, extraction, entities };
      },
      async trackRecord() {
        await fresh();
        return trackRecordTable(trackRecordOf(await store.trackRecordTotals()));
      },
      async refresh() {
        await fresh();
        await fillNames(store);
      },
      async check() {
        await flushed();
        return [...(await store.check()), ...totalsMismatches(await store.trackRecordTotals(), await store.outcomes())];
      },
      async close() {
        try {
          await flushed();
        } finally {
          await store.close();
        }
      },
    },
    store,
  );
}
