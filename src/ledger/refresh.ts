// Stored scores brought up to date after other stories' outcomes changed (a story's score reads their track record).
import type { ReportOutcome, Store, StoryRow } from '../store/index.ts';
import { sameOutcomes, settledReports } from './outcomes.ts';
import { assemble, summaryOf } from './story.ts';
import { tally, without } from './track.ts';

function byStory<T extends { story: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.story);
    if (list) list.push(row);
    else out.set(row.story, [row]);
  }
  return out;
}

const sameStory = (a: StoryRow, b: StoryRow): boolean =>
  a.value === b.value && a.status === b.status && a.score === b.score && a.firstSeen === b.firstSeen && a.lastSeen === b.lastSeen
  && JSON.stringify(a.summary) === JSON.stringify(b.summary);

/**
 * Rebuilds every story's settled reports from its evidence and rescores every story against the others' track
 * record, when the stored scores are behind (store.scoreState). Derived data only, in one transaction: rerunning
 * it gives the same ledger. Ingest marks scores stale instead of rescoring every story per article (that would make
 * a big ingest quadratic); the listing calls this first, and the CLI ingest once at its end.
 * @returns whether anything had to be done.
 */
export async function refreshScores(store: Store): Promise<boolean> {
  const state = await store.scoreState();
  if (state.outcomes === state.scored) return false;
  return store.transaction(async (tx) => {
    const { outcomes: version, scored } = await tx.scoreState();
    if (version === scored) return false;
    const stories = await tx.stories({ limit: 2 ** 31 - 1, offset: 0 });
    const evidence = byStory(await tx.allEvidence());
    // Settled reports first (a database from before track records has none yet), then every score against them.
    const stored = byStory(await tx.outcomes());
    const outcomes = new Map<string, ReportOutcome[]>();
    for (const story of stories) {
      const mine = settledReports(story, evidence.get(story.id) ?? []);
      if (!sameOutcomes(mine, stored.get(story.id) ?? [])) await tx.putOutcomes(story.id, mine);
      outcomes.set(story.id, mine);
    }
    const total = tally([...outcomes.values()].flat());
    for (const story of stories) {
      const own = without(total, outcomes.get(story.id) ?? []);
      const assembled = assemble(story, evidence.get(story.id) ?? [], { withHistory: false, records: () => own });
      if (!assembled) continue;
      const next: StoryRow = {
        ...story, value: assembled.value, status: assembled.status, score: assembled.score,
        firstSeen: assembled.firstSeen, lastSeen: assembled.lastSeen, summary: summaryOf(assembled),
      };
      if (!sameStory(story, next)) await tx.putStory(next);
    }
    await tx.scoredWith(version);
    return true;
  });
}
