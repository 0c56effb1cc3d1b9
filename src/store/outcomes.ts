// Settled reports (the track records' material) and the versions that say whether stored scores reflect them.
import { toOutcome, toTotal } from './rows.ts';
import type { Connection } from './sql.ts';
import type { ReportOutcome, StoreTx, TrackRecordTotal } from './types.ts';

type OutcomeQueries = Pick<
  StoreTx,
  | 'outcomes'
  | 'putOutcomes'
  | 'trackRecordTotals'
  | 'addToTotals'
  | 'scoreState'
  | 'outcomesChanged'
  | 'scoredWith'
  | 'scoredTotals'
  | 'outcomesRebuilt'
  | 'storiesCiting'
  | 'storiesWithOutcomes'
  | 'markUnscored'
  | 'unscored'
  | 'clearUnscored'
>;

/** The settled reports of each of `stories`, each in the order `outcomes(story)` gives them: one query per 500. */
export async function outcomesOfStories(db: Connection, stories: string[]): Promise<Map<string, ReportOutcome[]>> {
  const out = new Map<string, ReportOutcome[]>(stories.map((id) => [id, []]));
  for (let i = 0; i < stories.length; i += 500) {
    const chunk = stories.slice(i, i + 500);
    const rows = await db.all(
      `SELECT * FROM report_outcomes WHERE story_id IN (${chunk.map(() => '?').join(', ')})
       ORDER BY story_id, source_key, holder_kind`,
      chunk,
    );
    for (const row of rows.map(toOutcome)) out.get(row.story)?.push(row);
  }
  return out;
}

/**
 * `inTransaction`: the running totals are read once per transaction and kept in step by addToTotals, the only writer
 * of them (recompute reads them once per story: a round trip each on PostgreSQL). Outside a transaction they are
 * read every time: another writer may move them.
 */
export function outcomeQueries(db: Connection, { inTransaction = false } = {}): OutcomeQueries {
  const readTotals = async () => (await db.all('SELECT * FROM record_totals ORDER BY scope, key')).map(toTotal);
  let kept: Promise<TrackRecordTotal[]> | null = null;
  return {
    async outcomes(story) {
      const order = 'ORDER BY story_id, source_key, holder_kind';
      const rows =
        story === undefined
          ? await db.all(`SELECT * FROM report_outcomes ${order}`)
          : typeof story === 'string'
            ? await db.all(`SELECT * FROM report_outcomes WHERE story_id = ? ${order}`, [story])
            : await db.all(`SELECT * FROM report_outcomes WHERE story_id >= ? AND story_id <= ? ${order}`, [
                story.first,
                story.last,
              ]);
      return rows.map(toOutcome);
    },
    async putOutcomes(story, rows) {
      await db.run('DELETE FROM report_outcomes WHERE story_id = ?', [story]);
      // Chunks keep a story with many sources under the drivers' parameter limits.
      for (let i = 0; i < rows.length; i += 500) {
        const chunk = rows.slice(i, i + 500);
        await db.run(
          `INSERT INTO report_outcomes (story_id, source_key, source_name, holder_kind, hit, settled_on, reported_on)
           VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
          chunk.flatMap((o) => [
            story,
            o.sourceKey,
            o.sourceName,
            o.holderKind,
            o.hit ? 1 : 0,
            o.settledOn,
            o.reportedOn,
          ]),
        );
      }
    },
    async trackRecordTotals() {
      if (!inTransaction) return readTotals();
      kept ??= readTotals();
      return (await kept).map((t) => ({ ...t }));
    },
    async addToTotals(delta) {
      for (const t of delta) {
        await db.run(
          `INSERT INTO record_totals (scope, key, name, true_count, false_count) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (scope, key) DO UPDATE SET name = excluded.name,
             true_count = record_totals.true_count + excluded.true_count, false_count = record_totals.false_count + excluded.false_count`,
          [t.scope, t.key, t.name, t.trueCount, t.falseCount],
        );
      }
      if (!kept) return;
      // The same change to the kept rows as the statement above makes to the table's.
      const rows = await kept;
      for (const t of delta) {
        const row = rows.find((r) => r.scope === t.scope && r.key === t.key);
        if (!row) rows.push({ ...t });
        else
          Object.assign(row, {
            name: t.name,
            trueCount: row.trueCount + t.trueCount,
            falseCount: row.falseCount + t.falseCount,
          });
      }
    },
    async scoreState() {
      const rows = await db.all("SELECT key, value FROM ledger_state WHERE key IN ('outcomes', 'scored', 'rebuild')");
      const value = (key: string) => Number(rows.find((r) => r.key === key)?.value ?? 0);
      return { outcomes: value('outcomes'), scored: value('scored'), rebuild: value('rebuild') !== 0 };
    },
    async outcomesChanged() {
      await db.run("UPDATE ledger_state SET value = value + 1 WHERE key = 'outcomes'");
    },
    async scoredWith(version) {
      await db.run("UPDATE ledger_state SET value = ? WHERE key = 'scored'", [version]);
      await db.run('DELETE FROM scored_totals');
      await db.run(
        `INSERT INTO scored_totals (scope, key, name, true_count, false_count)
         SELECT scope, key, name, true_count, false_count FROM record_totals`,
      );
    },
    async scoredTotals() {
      return (await db.all('SELECT * FROM scored_totals ORDER BY scope, key')).map(toTotal);
    },
    async outcomesRebuilt() {
      await db.run("UPDATE ledger_state SET value = 0 WHERE key = 'rebuild'");
    },
    async storiesCiting(sources, kinds) {
      const out = new Set<string>();
      // Chunks keep a long list under the drivers' parameter limits. A principal's own word has no track record.
      for (const [column, values] of [
        ['source_key', sources],
        ['holder_kind', kinds],
      ] as const)
        for (let i = 0; i < values.length; i += 500) {
          const chunk = values.slice(i, i + 500);
          const rows = await db.all(
            `SELECT DISTINCT story_id FROM evidence WHERE holder_kind <> 'principal'
             AND ${column} IN (${chunk.map(() => '?').join(', ')})`,
            chunk,
          );
          for (const r of rows) out.add(String(r.story_id));
        }
      return [...out].sort();
    },
    async markUnscored(ids, version) {
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        await db.run(
          `INSERT INTO unscored_stories (story_id, version) VALUES ${chunk.map(() => '(?, ?)').join(', ')}
           ON CONFLICT (story_id) DO UPDATE SET version = excluded.version`,
          chunk.flatMap((id) => [id, version]),
        );
      }
    },
    async unscored() {
      return (await db.all('SELECT story_id, version FROM unscored_stories ORDER BY story_id')).map((r) => ({
        id: String(r.story_id),
        version: Number(r.version),
      }));
    },
    async clearUnscored(ids) {
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        await db.run(`DELETE FROM unscored_stories WHERE story_id IN (${chunk.map(() => '?').join(', ')})`, chunk);
      }
    },
    async storiesWithOutcomes() {
      return (await db.all('SELECT DISTINCT story_id FROM report_outcomes ORDER BY story_id')).map((r) =>
        String(r.story_id),
      );
    },
  };
}
