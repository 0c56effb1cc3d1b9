// The score: log-odds that the proposition is true, moved by each evidence item in date order, each item's step
// built by the named adjustments of adjustments/index.ts.
import { must } from '../invariant/index.ts';
import type { EvidenceRow } from '../store/index.ts';
import { ADJUSTMENTS, startState, stepOf } from './adjustments/index.ts';
import type { Step } from './adjustments/index.ts';
import { baseProbability } from './priors.ts';
import { articleName } from './sources.ts';
import { stageOf } from './status.ts';
import type { TrackRecord } from './track.ts';
import type { EvidenceItem } from './types.ts';
import { round } from '../math/index.ts';

const logit = (p: number): number => Math.log(p / (1 - p));
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export { daysBetween } from './adjustments/index.ts';

/**
 * The independent source behind each row: a sentence seen before from another source is a
 * syndicated copy and counts as the source that printed it first.
 */
export type Sources = Map<string, { key: string; name: string }>;

export function effectiveSources(rows: EvidenceRow[]): Sources {
  const firstBySentence = new Map<string, { key: string; name: string; article: string }>();
  const out = new Map<string, { key: string; name: string }>();
  for (const row of rows) {
    // Whitespace and case only: sentences of copies differ in little else, and NFC costs (profiled).
    const sentence = row.text.replace(/\s+/g, ' ').trim().toLowerCase();
    const holder = `${row.holderKind}|${row.holderName ?? ''}`;
    const first = firstBySentence.get(`${holder}|${sentence}`);
    if (!first)
      firstBySentence.set(`${holder}|${sentence}`, { key: row.sourceKey, name: row.sourceName, article: row.article });
    // Only another article can be a copy; one sentence may hold several voices (a report and its denial).
    const copy =
      first && first.article !== row.article && first.key !== row.sourceKey && row.holderKind !== 'principal';
    out.set(row.id, copy ? { key: first.key, name: first.name } : { key: row.sourceKey, name: row.sourceName });
  }
  return named(rows, out);
}

/**
 * An article with no outlet is named by its title, else "the article of <date>" / "an undated article" (not by
 * its hash); articles that would share a name are numbered in order of appearance, so each stays identifiable.
 */
function named(rows: EvidenceRow[], sources: Sources): Sources {
  const published = new Map(rows.map((r) => [r.article, r.published]));
  const names = new Map<string, string>();
  for (const { key, name } of sources.values()) {
    if (names.has(key)) continue;
    if (!key.startsWith('article:')) names.set(key, name);
    else {
      const id = key.slice('article:'.length);
      names.set(key, articleName(name.startsWith('“') ? name.slice(1, -1) : null, published.get(id) ?? null));
    }
  }
  const byName = new Map<string, string[]>();
  for (const [key, name] of names) if (key.startsWith('article:')) byName.set(name, [...(byName.get(name) ?? []), key]);
  for (const [name, keys] of byName)
    if (keys.length > 1) keys.forEach((key, i) => names.set(key, `${name} (${i + 1})`));
  return new Map(
    [...sources].map(([id, s]) => [
      id,
      { key: s.key, name: must(names.get(s.key), 'every source key was named above') },
    ]),
  );
}

export type Scored = { score: number; items: EvidenceItem[] };

/** An evidence row as the explanation shows it, with how much it moved the score and why. */
export const evidenceItem = (row: EvidenceRow, delta: number, why: string): EvidenceItem => ({
  article: row.article,
  published: row.published,
  holder: { kind: row.holderKind, name: row.holderName },
  stance: row.stance,
  text: row.text,
  start: row.start,
  end: row.end,
  delta,
  why,
});

const itemOf = (row: EvidenceRow, delta: number, step: Step): EvidenceItem =>
  evidenceItem(row, delta, [`${step.who} ${step.says}`, ...step.reasons].join('; '));

/**
 * Rows must be in date order; `asOf` (YYYY-MM-DD) is the day the score is asked for; `trackRecord` is the track record of
 * the other stories (never this one's own outcome), as known that day. With `perStage`, every row bears on one stage
 * (stages.ts): a split stage's rows count for the split, and a principal's later word supersedes an earlier one by its
 * stance alone. Each row's step goes through the adjustments (adjustments/index.ts) in order, and each says in the
 * item's `why` what it did.
 * @example scoreStory('relationship', rows, '2025-05-07').items[0].why // "a tabloid (Daily Mail) asserts it (dating); first from Daily Mail"
 */
export function scoreStory(
  type: string,
  rows: EvidenceRow[],
  asOf: string | null,
  sources: Sources = effectiveSources(rows),
  trackRecord?: TrackRecord,
  perStage = false,
): Scored {
  const stage = type === 'relationship' && !perStage ? stageOf(rows) : null;
  const state = startState({ type, asOf, perStage, sources, trackRecord, stage });
  let x = logit(baseProbability(type));
  const items: EvidenceItem[] = [];
  for (const row of rows) {
    const step = stepOf(row, state, ADJUSTMENTS);
    const before = sigmoid(x);
    x += step.value;
    // A step too small to show rounds to −0, which JSON prints as 0: adding 0 makes it the 0 a reader is shown.
    items.push(itemOf(row, round(sigmoid(x) - before) + 0, step));
  }
  return { score: round(sigmoid(x)), items };
}
