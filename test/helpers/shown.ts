// The stories a reader is shown: what the ledger lists, without those merged into another (a lone name's story folded
// into its full-name twin, a desk merge) or dismissed, as `rumourmill stories` and GET /api/stories leave them out.
import { deskOf } from '../../src/ledger/editorial.ts';
import type { Ledger, StorySummary } from '../../src/ledger/types.ts';

export async function shownStories(ledger: Ledger, limit = 500): Promise<StorySummary[]> {
  const state = await deskOf(ledger)?.state();
  const { stories } = await ledger.stories({ limit });
  return stories.filter((s) => !state?.mergedInto.has(s.id) && !state?.dismissed.has(s.id));
}
