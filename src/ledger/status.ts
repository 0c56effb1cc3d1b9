// The status machine: speculated → reported → corroborated → confirmed, or denied, contested, ended.
import type { EvidenceRow } from '../store/index.ts';
import type { StoryStatus } from './types.ts';

const POSITIVE = new Set(['asserts', 'confirms']);

/** +1 for the pair being together (or the proposition true), -1 against (a denial, a split), 0 neither. */
export function direction(row: EvidenceRow): number {
  const sign = POSITIVE.has(row.stance) ? 1 : row.stance === 'denies' ? -1 : 0;
  return row.value === 'split' ? -sign : sign;
}

function undatedConflict(principal: EvidenceRow[]): boolean {
  const pro = principal.filter((r) => direction(r) > 0);
  const con = principal.filter((r) => direction(r) < 0);
  return pro.length > 0 && con.length > 0 && [...pro, ...con].some((r) => r.published === null);
}

/**
 * Rows in date order, with their independent source keys. Confirmation needs a principal (or their
 * representative) on record; corroboration needs two independent sources, not anonymous, in two articles.
 */
export function statusOf(rows: EvidenceRow[], sourceOf: (row: EvidenceRow) => string): StoryStatus {
  let lastPrincipal: EvidenceRow | undefined;
  let lastSplit = -1;
  let lastTogether = -1;
  rows.forEach((row, i) => {
    if (row.holderKind === 'principal' && (row.stance === 'confirms' || row.stance === 'asserts' || row.stance === 'denies')) lastPrincipal = row;
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
    const later = afterDenial(lastPrincipal).filter((r) => POSITIVE.has(r.stance) && r.value !== 'split' && r.holderKind !== 'fans');
    return later.length > 0 ? 'contested' : 'denied';
  }
  // A principal's latest word on record settles it, even over their own earlier denial.
  if (lastPrincipal) return 'confirmed';
  const asserting = rows.filter((r) => POSITIVE.has(r.stance) && r.value !== 'split' && r.holderKind !== 'fans');
  const denials = rows.filter((r) => r.stance === 'denies' && r.value !== 'split' && (r.holderKind === 'named-source' || r.holderKind === 'outlet'));
  if (asserting.length > 0 && denials.length > 0) return 'contested';
  const onRecord = asserting.filter((r) => r.holderKind !== 'anonymous');
  const sources = new Set(onRecord.map(sourceOf));
  const articles = new Set(asserting.map((r) => r.article));
  if (sources.size >= 2 && articles.size >= 2) return 'corroborated';
  if (asserting.length > 0) return 'reported';
  return 'speculated';
}
