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

/** A sentence as copies share it: whitespace and case only (NFC costs, profiled). */
const normalised = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Its words, an apostrophe's "s" dropped: "Elvis' 18 number one singles" and "Elvis's 18 number one singles" agree. */
const wordsOf = (sentence: string): string[] => sentence.replace(/['’]s\b|['’]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of words two sentences have in common (Dice over the word multisets). */
function overlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Long enough that matching it is a copy, not two outlets' stock phrase ("The couple split in 2016."). */
export const NEAR_IDENTICAL_MIN_WORDS = 12;
/** Words shared by a copy and its original: an edit of a word or two in a long sentence, not a retelling. */
export const NEAR_IDENTICAL_OVERLAP = 0.9;

type Printed = {
  key: string;
  name: string;
  article: string;
  holder: string;
  sentence: string;
  words: string[];
  /** Its capitalised words after the first, lowercased: the names it tells. */
  names: string[];
};

/** The capitalised words of a sentence after its first, lowercased as wordsOf gives them. */
const namesOf = (text: string): string[] =>
  wordsOf(text)
    .slice(1)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.toLowerCase());

/**
 * Whether two sentences' lengths leave room for the overlap a copy needs: they share at most the shorter's words, so
 * 2·min / (a + b) bounds the overlap. Checked first, with the names, before counting words: a busy story compared
 * every row with every earlier sentence of its holder (a third of a 52,000-article ledger's ingest time).
 */
const lengthsAllow = (a: number, b: number): boolean => (2 * Math.min(a, b)) / (a + b) >= NEAR_IDENTICAL_OVERLAP;

/** Every name either sentence tells is in the other: "(Star exclusive)" and "(OK! exclusive)" are two reports. */
const sameNames = (a: Printed, b: Printed): boolean =>
  a.names.every((n) => b.words.includes(n)) && b.names.every((n) => a.words.includes(n));

/**
 * How a row's sentence is found to be another article's copy, in order; the first that finds the earlier printing names
 * the source the row counts as (the streams README: restatements of one outlet's sourcing are one report).
 */
export const COPY_RULES: Array<{
  name: string;
  find: (row: Printed, earlier: Printed[], eligible: (e: Printed) => boolean) => Printed | undefined;
}> = [
  // The same sentence, whitespace and case aside: a syndicated copy.
  {
    name: 'same-sentence',
    find: (row, earlier, eligible) => earlier.find((e) => e.sentence === row.sentence && eligible(e)),
  },
  // "Record company SonyBMG are releasing Elvis' 18 number one singles at the rate of one a week in Britain" and
  // "… Elvis's 18 number one singles …" (bbc-entertainment-233 and -234, two write-ups of one wire story): a long
  // sentence that differs by a word or a spelling is the same report edited, not a second source. Not when a name
  // differs: "The magazine says Taylor Swift and Joe Alwyn are dating (Star exclusive)" and "(OK! exclusive)".
  {
    name: 'near-identical',
    find: (row, earlier, eligible) =>
      row.words.length < NEAR_IDENTICAL_MIN_WORDS
        ? undefined
        : earlier.find(
            (e) =>
              e.words.length >= NEAR_IDENTICAL_MIN_WORDS &&
              eligible(e) &&
              lengthsAllow(e.words.length, row.words.length) &&
              sameNames(e, row) &&
              overlap(e.words, row.words) >= NEAR_IDENTICAL_OVERLAP,
          ),
  },
];

/** A sentence as the copy rules read it. */
type Read = { sentence: string; words: string[]; names: string[] };

/**
 * Each row text read once per process, not once per recompute of its story: a busy story's thousands of rows were
 * split into words at every batch that touched it. Bounded: cleared when full (the reading is a pure function of the
 * text, so a miss only costs the reading again).
 */
const READ = new Map<string, Read>();
const READ_MAX = 50_000;
function readOf(text: string): Read {
  let read = READ.get(text);
  if (!read) {
    if (READ.size >= READ_MAX) READ.clear();
    const sentence = normalised(text);
    read = { sentence, words: wordsOf(sentence), names: namesOf(text) };
    READ.set(text, read);
  }
  return read;
}

export function effectiveSources(rows: EvidenceRow[]): Sources {
  // The first printing of each sentence, by holder: one sentence may hold several voices (a report and its denial).
  const firstByHolder = new Map<string, { printed: Printed[]; sentences: Set<string> }>();
  const out = new Map<string, { key: string; name: string }>();
  for (const row of rows) {
    const holder = `${row.holderKind}|${row.holderName ?? ''}`;
    const printed: Printed = {
      key: row.sourceKey,
      name: row.sourceName,
      article: row.article,
      holder,
      ...readOf(row.text),
    };
    let own = firstByHolder.get(holder);
    if (!own) {
      own = { printed: [], sentences: new Set() };
      firstByHolder.set(holder, own);
    }
    // Only another article from another source can be a copy; a principal's word is theirs wherever it is printed.
    const eligible = (e: Printed) => e.article !== row.article && e.key !== row.sourceKey;
    const first = row.holderKind === 'principal' ? undefined : firstCopy(printed, own.printed, eligible);
    if (!own.sentences.has(printed.sentence)) {
      own.sentences.add(printed.sentence);
      own.printed.push(printed);
    }
    out.set(row.id, first ? { key: first.key, name: first.name } : { key: row.sourceKey, name: row.sourceName });
  }
  return named(rows, out);
}

const firstCopy = (row: Printed, earlier: Printed[], eligible: (e: Printed) => boolean): Printed | undefined => {
  for (const rule of COPY_RULES) {
    const found = rule.find(row, earlier, eligible);
    if (found) return found;
  }
  return undefined;
};

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
  const items: EvidenceItem[] = [];
  const score = scoreOnly(type, rows, asOf, sources, trackRecord, perStage, (row, step, before, after) =>
    // A step too small to show rounds to −0, which JSON prints as 0: adding 0 makes it the 0 a reader is shown.
    items.push(itemOf(row, round(sigmoid(after) - sigmoid(before)) + 0, step)),
  );
  return { score, items };
}

/**
 * The score alone, as scoreStory gives it, each row's step in order from the type's base rate; `onStep` sees each with
 * the log-odds before and after it (scoreStory builds its items there). A story's past days need only their scores:
 * building every item's why on each replayed day was a fifth of reading a busy story (s-64017f51fbf3, 2,674 rows).
 */
export function scoreOnly(
  type: string,
  rows: EvidenceRow[],
  asOf: string | null,
  sources: Sources,
  trackRecord: TrackRecord | undefined,
  perStage: boolean,
  onStep?: (row: EvidenceRow, step: Step, before: number, after: number) => void,
): number {
  const stage = type === 'relationship' && !perStage ? stageOf(rows) : null;
  const state = startState({ type, asOf, perStage, sources, trackRecord, stage });
  let x = logit(baseProbability(type));
  for (const row of rows) {
    const step = stepOf(row, state, ADJUSTMENTS);
    const before = x;
    x += step.value;
    onStep?.(row, step, before, x);
  }
  return round(sigmoid(x));
}
