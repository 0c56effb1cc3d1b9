// Reports on settled stories judged against the outcome: the material of outlets' and holders' track records.
import { must } from '../invariant/index.ts';
import type { EvidenceRow, ReportOutcome, StoryRow, StoreTx } from '../store/index.ts';
import { isBackground } from './stages.ts';
import { effectiveSources } from './score.ts';
import type { Sources } from './score.ts';
import { settledBy, statusOf, TOGETHER_STAGES } from './status.ts';
import { totalsDelta } from './track.ts';
import type { StoryStatus } from './types.ts';

/** Reports that put the proposition forward; questions, "unconfirmed" and denials are not predictions to score. */
const REPORTS = new Set(['asserts', 'hedges', 'confirms']);
const SIDES = new Set(['asserts', 'confirms', 'denies']);

const stage = (value: string): number => TOGETHER_STAGES.indexOf(value);

/** Whether a report proved true; null when the outcome says nothing about it. */
function judged(row: EvidenceRow, status: StoryStatus, by: EvidenceRow): boolean | null {
  const split = row.value === 'split';
  // A split on record: the pair were together, so reports of the relationship were true, and so were reports of the split.
  if (status === 'ended') return true;
  if (status === 'confirmed') {
    // A principal's own split that did not end the story (others spoke of the pair since) gives no clean outcome.
    if (by.value === 'split' && by.stance !== 'denies') return null;
    if (split) return false;
    // A confirmed stage says nothing about a further one ("dating" confirmed, "engaged" reported).
    if (stage(by.value) >= 0 && stage(row.value) > stage(by.value)) return null;
    return true;
  }
  // Denied (never a denied split: that confirms the pair). A report of a split presupposes what was denied: no test.
  if (split) return null;
  // Denying a stage says nothing about an earlier one ("not engaged" while dating).
  if (stage(by.value) >= 0 && stage(row.value) >= 0 && stage(row.value) < stage(by.value)) return null;
  return false;
}

/**
 * One story's reports judged against its outcome, when a principal on record settled it (settledBy). Left out:
 * principals (statuses come from them, so their track record would be perfect by construction), reports in an article that
 * carries a principal's word on the story (made with the answer in hand), and reports dated on or after the day the
 * principals' final side was first on record (repeating the answer, not predicting it; see settledBy). Rows must be counted rows (countedRows) in date order.
 */
export function reportOutcomes(
  story: string,
  rows: EvidenceRow[],
  status: StoryStatus,
  sources: Sources,
): ReportOutcome[] {
  const settled = settledBy(rows, status);
  if (!settled) return [];
  const { outcome: by, since } = settled;
  const answered = new Set(
    rows.filter((r) => r.holderKind === 'principal' && SIDES.has(r.stance)).map((r) => r.article),
  );
  const out = new Map<string, ReportOutcome>();
  for (const row of rows) {
    if (row.holderKind === 'principal' || !REPORTS.has(row.stance) || answered.has(row.article)) continue;
    // Made the day the answer was out, or later: not a prediction (the latest word would let repeats count as hits).
    if (since.published !== null && row.published !== null && row.published >= since.published) continue;
    const hit = judged(row, status, by);
    const source = must(sources.get(row.id), 'effectiveSources gives every row a source');
    const key = `${source.key}|${row.holderKind}`;
    if (hit === null || out.has(key)) continue;
    out.set(key, {
      story,
      sourceKey: source.key,
      sourceName: source.name,
      holderKind: row.holderKind,
      hit,
      settledOn: since.published,
      reportedOn: row.published,
    });
  }
  return [...out.values()];
}

/** Whether two lists of a story's outcomes say the same (the store keeps them in a stable order). */
function sameOutcomes(a: ReportOutcome[], b: ReportOutcome[]): boolean {
  const key = (o: ReportOutcome) =>
    `${o.sourceKey}|${o.holderKind}|${o.sourceName}|${o.hit}|${o.settledOn ?? ''}|${o.reportedOn ?? ''}`;
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.length === right.length && left.every((k, i) => k === right[i]);
}

/** A story's settled reports as they stand on all its evidence (what the store keeps for it). */
export function settledReports(story: StoryRow, all: EvidenceRow[]): ReportOutcome[] {
  const rows = all.filter((r) => !isBackground(r));
  const sources = effectiveSources(rows);
  return reportOutcomes(
    story.id,
    rows,
    statusOf(rows, (r) => must(sources.get(r.id), 'effectiveSources gives every row a source').key),
    sources,
  );
}

/**
 * Replaces a story's settled reports (`old`: those stored) and moves the running totals by the difference, when
 * they differ. @returns whether they did (then other stories' track records changed).
 */
export async function saveOutcomes(
  tx: StoreTx,
  story: string,
  old: ReportOutcome[],
  next: ReportOutcome[],
): Promise<boolean> {
  if (sameOutcomes(old, next)) return false;
  await tx.putOutcomes(story, next);
  await tx.addToTotals(totalsDelta(old, next));
  return true;
}
