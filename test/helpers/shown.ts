// The stories a reader is shown: what the ledger lists, page by page, without those merged into another (a lone
// name's story folded into its full-name twin, a desk merge) or dismissed, as `rumourmill stories` and GET
// /api/stories leave them out. The evals (scripts/eval) count stories this way too.
import { deskOf } from '../../src/ledger/editorial.ts';
import type { Ledger, StorySummary } from '../../src/ledger/types.ts';

export async function shownStories(ledger: Ledger): Promise<StorySummary[]> {
  const state = await deskOf(ledger)?.state();
  const out: StorySummary[] = [];
  let cursor: string | null = null;
  do {
    const page: { stories: StorySummary[]; next: string | null } = await ledger.stories({ limit: 500, cursor });
    out.push(...page.stories.filter((s) => !state?.mergedInto.has(s.id) && !state?.dismissed.has(s.id)));
    cursor = page.next;
  } while (cursor);
  return out;
}
