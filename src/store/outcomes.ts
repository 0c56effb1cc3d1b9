// Settled reports (the track records' material) and the versions that say whether stored scores reflect them.
import { toOutcome } from './rows.ts';
import type { Connection } from './sql.ts';
import type { StoreTx } from './types.ts';

type OutcomeQueries = Pick<StoreTx, 'outcomes' | 'putOutcomes' | 'scoreState' | 'outcomesChanged' | 'scoredWith'>;

export function outcomeQueries(db: Connection): OutcomeQueries {
  return {
    async outcomes(story) {
      const order = 'ORDER BY story_id, source_key, holder_kind';
      const rows = story === undefined
        ? await db.all(`SELECT * FROM report_outcomes ${order}`)
        : await db.all(`SELECT * FROM report_outcomes WHERE story_id = ? ${order}`, [story]);
      return rows.map(toOutcome);
    },
    async putOutcomes(story, rows) {
      await db.run('DELETE FROM report_outcomes WHERE story_id = ?', [story]);
      // Chunks keep a story with many sources under the drivers' parameter limits.
      for (let i = 0; i < rows.length; i += 500) {
        const chunk = rows.slice(i, i + 500);
        await db.run(
          `INSERT INTO report_outcomes (story_id, source_key, source_name, holder_kind, hit, settled_on) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}`,
          chunk.flatMap((o) => [story, o.sourceKey, o.sourceName, o.holderKind, o.hit ? 1 : 0, o.settledOn]),
        );
      }
    },
    async scoreState() {
      const rows = await db.all("SELECT key, value FROM ledger_state WHERE key IN ('outcomes', 'scored')");
      const value = (key: string) => Number(rows.find((r) => r.key === key)?.value ?? 0);
      return { outcomes: value('outcomes'), scored: value('scored') };
    },
    async outcomesChanged() {
      await db.run("UPDATE ledger_state SET value = value + 1 WHERE key = 'outcomes'");
    },
    async scoredWith(version) {
      await db.run("UPDATE ledger_state SET value = ? WHERE key = 'scored'", [version]);
    },
  };
}
