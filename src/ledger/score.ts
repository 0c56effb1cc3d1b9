// The score: log-odds that the proposition is true, moved by each evidence item in date order.
import type { EvidenceRow } from '../store/index.ts';
import { baseProbability, credibilityFactor, HALF_LIFE_DAYS, OBSERVATION, REPEAT_FACTOR, reliability, stanceFactor, UNDATED_UNATTRIBUTED_MAX } from './priors.ts';
import { articleName } from './sources.ts';
import { deniesFurtherStage, direction as towards, stageOf, undatedUnattributed } from './status.ts';
import { recordFactor } from './track.ts';
import type { TrackRecord } from './track.ts';
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
      names.set(key, articleName(name.startsWith('“') ? name.slice(1, -1) : null, published.has(id) ? published.get(id)! : null));
    }
  }
  const byName = new Map<string, string[]>();
  for (const [key, name] of names) if (key.startsWith('article:')) byName.set(name, [...(byName.get(name) ?? []), key]);
  for (const [name, keys] of byName) if (keys.length > 1) keys.forEach((key, i) => names.set(key, `${name} (${i + 1})`));
  return new Map([...sources].map(([id, s]) => [id, { key: s.key, name: names.get(s.key)! }]));
}

const STANCE_WORDS: Record<EvidenceRow['stance'], string> = {
  asserts: 'asserts it', confirms: 'confirms it', hedges: 'hedges', questions: 'asks whether',
  denies: 'denies it', unconfirmed: 'notes it is unconfirmed',
};

export type Scored = { score: number; items: EvidenceItem[] };

/**
 * Rows must be in date order; `asOf` (YYYY-MM-DD) is the day the score is asked for; `record` is the track record of
 * the other stories (never this one's own outcome), as known that day.
 */
/**
 * With `perStage`, every row bears on one stage (stages.ts): a split stage's rows count for the split, and a principal's
 * later word supersedes an earlier one by its stance alone.
 */
export function scoreStory(type: string, rows: EvidenceRow[], asOf: string | null, sources: Sources = effectiveSources(rows), record?: TrackRecord, perStage = false): Scored {
  const leaning = (row: EvidenceRow): number => (perStage ? (row.stance === 'asserts' || row.stance === 'confirms' ? 1 : row.stance === 'denies' ? -1 : 0) : towards(row));
  const seen = new Set<string>();
  const heard = new Set<string>();
  let principalSoFar = 0;
  let principalDirection: number | null = null;
  let principalDated = true;
  const observed = new Set<string>();
  const stage = type === 'relationship' && !perStage ? stageOf(rows) : null;
  // Undated articles with no outlet: which came first and who wrote them is unknown, so they are not told apart.
  const undatedArticles = new Set<string>();
  let undatedSum = 0;
  let x = logit(baseProbability(type));
  const items: EvidenceItem[] = [];
  for (const row of rows) {
    const source = sources.get(row.id)!;
    const holder = reliability(row.holderKind, row.holderName);
    const item = (delta: number, why: string): EvidenceItem => ({
      article: row.article, published: row.published, holder: { kind: row.holderKind, name: row.holderName },
      stance: row.stance, text: row.text, start: row.start, end: row.end, delta, why,
    });
    if (deniesFurtherStage(row, stage)) {
      items.push(item(0, `${holder.why} denies ${row.value}, a stage beyond the story's (${stage}): it bears on that stage only, not on the pair`));
      continue;
    }
    // Name the stage each item is about: a story mixes them ("dating", "engaged", "split"), and a split moves it down.
    const about = perStage || row.value !== 'split' || leaning(row) === 0 ? row.value
      : leaning(row) < 0 ? 'split: counts against the pair being together' : 'split: denying it counts for the pair';
    const reasons = [`${holder.why} ${STANCE_WORDS[row.stance]} (${about})`];
    // A split claim is evidence against the pair being together, not for it.
    const direction = row.value === 'split' && !perStage ? -1 : 1;
    // The holder's record on settled stories scales its weight (track.ts); a principal has none.
    const track = recordFactor(record, row.holderKind, source);
    if (track) reasons.push(track.why);
    let step = holder.weight * (track?.factor ?? 1) * stanceFactor(row.stance) * direction;
    // An article's sightings and photos count once for the story, not again with each of its claims.
    if (row.observations > 0 && row.stance !== 'denies' && !observed.has(row.article)) {
      observed.add(row.article);
      step += OBSERVATION.weight * Math.min(row.observations, OBSERVATION.max) * direction;
      reasons.push(`backed by ${row.observations} observation${row.observations > 1 ? 's' : ''} (sighting/photo)`);
    }
    // The article's credibility scales all it reports, sightings included; a principal on record speaks for themselves.
    const credibility = credibilityFactor(row.holderKind, row.credibility);
    if (credibility) {
      step *= credibility.factor;
      reasons.push(credibility.why);
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
    if (row.holderKind === 'principal' && row.stance !== 'unconfirmed') {
      // "Neither has confirmed it" is the article's observation: it supersedes nothing. Undated statements cannot be ordered, so neither supersedes the other: both count.
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
    // Every undated article with no outlet counting as an independent source took big undated stories to 1.00:
    // together they add at most a small, capped amount. A principal on record is not capped (their word is theirs).
    if (undatedUnattributed(row) && row.holderKind !== 'principal') {
      if (undatedArticles.size > 0 && !undatedArticles.has(row.article) && step > 0) {
        step *= REPEAT_FACTOR;
        reasons.push('undated with no outlet: not independent of the other such articles');
      }
      undatedArticles.add(row.article);
      if (step > 0 && undatedSum + step > UNDATED_UNATTRIBUTED_MAX) {
        step = Math.max(0, UNDATED_UNATTRIBUTED_MAX - undatedSum);
        reasons.push(`capped: undated articles with no outlet add at most ${UNDATED_UNATTRIBUTED_MAX} in log-odds together`);
      }
      undatedSum += step;
    }
    const before = sigmoid(x);
    x += step;
    items.push(item(round(sigmoid(x) - before), reasons.join('; ')));
  }
  return { score: round(sigmoid(x)), items };
}
