// The status machine: speculated → reported → corroborated → confirmed, or denied, contested, ended.
// RELATIONSHIP_VALUES from its own module, not the extract stage's door: the door loads the whole extractor (~0.5 s
// of CPU), which `stories`, `story`, `db check` and the API's reads never need (as ingest.ts does for articleId).
import { RELATIONSHIP_VALUES } from '../extract/types.ts';
import type { EvidenceRow } from '../store/index.ts';
import { sourceKeys } from './sources.ts';
import type { StoryStatus } from './types.ts';
import { at } from '../invariant/index.ts';

const POSITIVE = new Set(['asserts', 'confirms']);

/** A relationship's stages while the pair are together, in order: its course less its end, the split. */
export const TOGETHER_STAGES: readonly string[] = RELATIONSHIP_VALUES.filter((value) => value !== 'split');

/**
 * The stage a relationship story stands at: the furthest stage asserted or confirmed (not hedged, asked or
 * denied: "they are not married" must not make it "married"), else the furthest named at all; null for other types.
 */
export function stageOf(rows: EvidenceRow[]): string | null {
  const positive = rows.filter((r) => POSITIVE.has(r.stance) && r.holderKind !== 'fans');
  const stages = (positive.length ? positive : rows).map((r) => TOGETHER_STAGES.indexOf(r.value)).filter((i) => i >= 0);
  return stages.length ? at(TOGETHER_STAGES, Math.max(...stages)) : null;
}

/**
 * A denial of a stage beyond the story's ("I don't envision marriage", "no wedding plans" while the story is
 * dating) says nothing against the pair: it bears only on that stage, not on the relationship.
 */
export function deniesFurtherStage(row: EvidenceRow, stage: string | null): boolean {
  return (
    row.stance === 'denies' && stage !== null && TOGETHER_STAGES.indexOf(row.value) > TOGETHER_STAGES.indexOf(stage)
  );
}

/** +1 for the pair being together (or the proposition true), -1 against (a denial, a split), 0 neither. */
export function direction(row: EvidenceRow): number {
  const sign = POSITIVE.has(row.stance) ? 1 : row.stance === 'denies' ? -1 : 0;
  return row.value === 'split' ? -sign : sign;
}

/** An undated article with no outlet: the article stands for itself, and nothing tells its source apart from another's. */
export function undatedUnattributed(row: EvidenceRow): boolean {
  return row.published === null && row.sourceKey.startsWith('article:');
}

function undatedConflict(principal: EvidenceRow[]): boolean {
  const pro = principal.filter((r) => direction(r) > 0);
  const con = principal.filter((r) => direction(r) < 0);
  return pro.length > 0 && con.length > 0 && [...pro, ...con].some((r) => r.published === null);
}

/** The principal's latest word on record that takes a side (confirms, asserts or denies), if any. */
function lastPrincipalWord(rows: EvidenceRow[]): EvidenceRow | undefined {
  return rows.findLast(
    (row) =>
      row.holderKind === 'principal' &&
      (row.stance === 'confirms' || row.stance === 'asserts' || row.stance === 'denies'),
  );
}

/** What settled a story: the word that decides the outcome, and the first word of the principals' final side. */
export type Settlement = { outcome: EvidenceRow; since: EvidenceRow };

/**
 * The principal's word on record that settles a story, for the track record: the latest one for a confirmed or
 * denied story; for an ended one, a principal's own word on the split (a split only outlets report is not an
 * outcome they can be tested against). `since` is the first principal word of the run that ends with it (the first
 * after the last word pointing the other way): from then on the answer was public, so reports from that day on only
 * repeat it. Null when the story is not settled that way.
 */
export function settledBy(all: EvidenceRow[], status: StoryStatus): Settlement | null {
  const stage = stageOf(all);
  const rows = all.filter((r) => !deniesFurtherStage(r, stage));
  const outcome =
    status === 'ended'
      ? rows.findLast((r) => r.holderKind === 'principal' && r.value === 'split' && POSITIVE.has(r.stance))
      : status === 'confirmed' || status === 'denied'
        ? lastPrincipalWord(rows)
        : undefined;
  if (!outcome) return null;
  const side = direction(outcome);
  const words = rows.filter(
    (r) => r.holderKind === 'principal' && direction(r) !== 0 && rows.indexOf(r) <= rows.indexOf(outcome),
  );
  let first = words.length - 1;
  while (first > 0 && direction(at(words, first - 1)) === side) first--;
  return { outcome, since: words[first] ?? outcome };
}

/**
 * Rows in date order, with their independent source keys. Confirmation needs a principal (or their
 * representative) on record; corroboration needs two independent sources, not anonymous, in two articles.
 */
export function statusOf(all: EvidenceRow[], sourceOf: (row: EvidenceRow) => string): StoryStatus {
  const stage = stageOf(all);
  const rows = all.filter((r) => !deniesFurtherStage(r, stage));
  // Undated articles with no outlet cannot be told apart as sources: together they are one.
  const independent = (r: EvidenceRow) => (undatedUnattributed(r) ? 'undated-unattributed' : sourceOf(r));
  const lastPrincipal = lastPrincipalWord(rows);
  let lastSplit = -1;
  let lastTogether = -1;
  rows.forEach((row, i) => {
    if (POSITIVE.has(row.stance)) {
      if (row.value === 'split') lastSplit = i;
      else lastTogether = i;
    }
  });
  // Principals on record both ways, and an undated row among them: which word is their latest is unknown.
  if (undatedConflict(rows.filter((r) => r.holderKind === 'principal'))) return 'contested';
  if (lastSplit > lastTogether && rows[lastSplit]?.holderKind !== 'fans') return 'ended';
  const afterDenial = (denial: EvidenceRow) => rows.slice(rows.indexOf(denial) + 1);
  // Denying a split ("we have not split") is a word for the pair, not a denial of the story.
  if (lastPrincipal?.stance === 'denies' && lastPrincipal.value !== 'split') {
    const later = afterDenial(lastPrincipal).filter(
      (r) => POSITIVE.has(r.stance) && r.value !== 'split' && r.holderKind !== 'fans',
    );
    return later.length > 0 ? 'contested' : 'denied';
  }
  // A principal's latest word on record settles it, even over their own earlier denial.
  if (lastPrincipal) return 'confirmed';
  // An outlet's or a named source's denial is no side on record: contested is principals both ways (stages.ts).
  const asserting = rows.filter((r) => POSITIVE.has(r.stance) && r.value !== 'split' && r.holderKind !== 'fans');
  const onRecord = asserting.filter((r) => r.holderKind !== 'anonymous');
  const sources = new Set(onRecord.flatMap((r) => sourceKeys(independent(r))));
  const articles = new Set(asserting.map((r) => r.article));
  if (sources.size >= 2 && articles.size >= 2) return 'corroborated';
  if (asserting.length > 0) return 'reported';
  return 'speculated';
}
