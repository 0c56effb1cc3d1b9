// The score: log-odds that the proposition is true, moved by each evidence item in date order.
import type { EvidenceRow } from '../store/index.ts';
import { baseProbability, HALF_LIFE_DAYS, OBSERVATION, REPEAT_FACTOR, reliability, stanceFactor } from './priors.ts';
import type { CountedRow } from './record.ts';
import { direction as leaning } from './status.ts';
import type { EvidenceItem } from './types.ts';

const logit = (p: number): number => Math.log(p / (1 - p));
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const round = (x: number): number => Math.round(x * 1000) / 1000;

export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
}

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
    if (!first) firstBySentence.set(`${holder}|${sentence}`, { key: row.sourceKey, name: row.sourceName, article: row.article });
    // Only another article can be a copy; one sentence may hold several voices (a report and its denial).
    const copy = first && first.article !== row.article && first.key !== row.sourceKey && row.holderKind !== 'principal';
    out.set(row.id, copy ? { key: first.key, name: first.name } : { key: row.sourceKey, name: row.sourceName });
  }
  return out;
}

const STANCE_WORDS: Record<EvidenceRow['stance'], string> = {
  asserts: 'asserts it', confirms: 'confirms it', hedges: 'hedges', questions: 'asks whether',
  denies: 'denies it', unconfirmed: 'notes it is unconfirmed',
};

export type Scored = { score: number; items: EvidenceItem[] };

/** Rows must be in date order; `asOf` (YYYY-MM-DD) is the day the score is asked for. */
export function scoreStory(type: string, rows: CountedRow[], asOf: string | null, sources: Sources = effectiveSources(rows)): Scored {
  const seen = new Set<string>();
  const heard = new Set<string>();
  let principalSoFar = 0;
  let principalDirection: number | null = null;
  let principalDated = true;
  const observed = new Set<string>();
  let x = logit(baseProbability(type));
  const items: EvidenceItem[] = [];
  for (const row of rows) {
    const source = sources.get(row.id)!;
    const holder = reliability(row.holderKind, row.holderName);
    // Name the stage each item is about: a story mixes them ("dating", "engaged", "split"), and a split moves it down.
    const about = row.value !== 'split' || leaning(row) === 0 ? row.value
      : leaning(row) < 0 ? 'split: counts against the pair being together' : 'split: denying it counts for the pair';
    const reasons = [`${holder.why} ${STANCE_WORDS[row.stance]} (${about})`];
    if (row.offRecord) reasons.push(`counted as the article's report (${row.offRecord})`);
    // A split claim is evidence against the pair being together, not for it.
    const direction = row.value === 'split' ? -1 : 1;
    let step = holder.weight * stanceFactor(row.stance) * direction;
    // An article's sightings and photos count once for the story, not again with each of its claims.
    if (row.observations > 0 && row.stance !== 'denies' && !observed.has(row.article)) {
      observed.add(row.article);
      step += OBSERVATION.weight * Math.min(row.observations, OBSERVATION.max) * direction;
      reasons.push(`backed by ${row.observations} observation${row.observations > 1 ? 's' : ''} (sighting/photo)`);
    }
    // A voice saying the same again adds little. Another voice in the same source is heard in full only when
    // it is someone on record (a principal, a named source): the author, "the report", "a source" and "a second
    // source" of one article are one chain of reporting, not five (one article scored 0.97 on them alone).
    // Anonymous sources are one voice whatever the article calls them.
    const voice = `${source.key}|${row.holderKind}|${row.holderKind === 'anonymous' ? '' : row.holderName ?? ''}|${row.stance}`;
    if (seen.has(voice)) {
      step *= REPEAT_FACTOR;
      reasons.push(`repeats ${row.holderKind === 'outlet' ? source.name : 'the same voice'}, not independent`);
    } else if (source.key !== row.sourceKey) {
      reasons.push(`copy of ${source.name}`);
    } else if (heard.has(source.key) && (row.holderKind === 'principal' || row.holderKind === 'named-source')) {
      reasons.push(`another voice in ${source.name}`);
    } else if (heard.has(source.key)) {
      step *= REPEAT_FACTOR;
      reasons.push(`another voice in ${source.name}, not independent of it`);
    } else {
      reasons.push(`first from ${source.name}`);
    }
    seen.add(voice);
    heard.add(source.key);
    const age = asOf && row.published ? Math.max(0, daysBetween(row.published, asOf)) : 0;
    if (age >= 30) {
      step *= 0.5 ** (age / HALF_LIFE_DAYS);
      reasons.push(`${Math.round(age)} days old`);
    }
    // A principal's latest word supersedes their earlier one when it points the other way: what they said before stops counting.
    if (row.holderKind === 'principal') {
      // Undated statements cannot be ordered, so neither supersedes the other: both count.
      if (principalDirection !== null && principalDirection !== leaning(row) && (row.published === null || !principalDated)) {
        reasons.push("the principals' statements cannot be ordered (undated): both count");
        principalSoFar += step;
      } else if (principalDirection !== null && principalDirection !== leaning(row)) {
        reasons.push("supersedes the principals' earlier statement");
        [step, principalSoFar] = [step - principalSoFar, step];
      } else {
        principalSoFar += step;
      }
      principalDirection = leaning(row);
      principalDated = row.published !== null;
    }
    const before = sigmoid(x);
    x += step;
    items.push({
      article: row.article, published: row.published, holder: { kind: row.holderKind, name: row.holderName },
      stance: row.stance, text: row.text, start: row.start, end: row.end,
      delta: round(sigmoid(x) - before), why: reasons.join('; '),
    });
  }
  return { score: round(sigmoid(x)), items };
}
