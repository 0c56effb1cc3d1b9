import { isIgnored, type Doc } from '../doc.ts';
import { execAll, firstIndex } from '../text/index.ts';
import type { Time } from '../types.ts';
import { parseDay, rangeOf } from './calendar.ts';
import type { Context, DayAt, Reference, Resolved, Rule } from './rule.ts';
import { RULES } from './rules/index.ts';
import { tenseAt } from './tense.ts';
import { at as atIndex, must } from '../../invariant/index.ts';

// The times stage's door and its driver.
//
// Decisions a reader of the output should know:
// - Our own rule cascade rather than chrono: chrono resolves "Saturday" forward, misses "that week"
//   and durations, and knows no TIMEX3 (see STACK.md); its parse is ~34 value F1 on TempEval-3.
// - Values are TIMEX3 (TimeML 1.2.1), anchored on the publication date; with no date, relative values stay
//   underspecified ("XXXX-WXX-6"). A DATE or TIME carries the ISO interval it covers (`range`).
// - The longest match wins; on equal extents the earlier rule of rules/index.ts; times never overlap.
// - An unanchored "Saturday" or "May" points the way the clause's tense does (unanchored.ts): news reports
//   the past unless the clause announces.
// - "that week", "the next day", "two days later" resolve against the last specific date the story told,
//   not publication; a clock time takes the day of a date in its own sentence ("3 AM … on Saturday").
// - Not times: ages ("the 29-year-old"), "Now," as a discourse marker, counts and money ("2,000 people"),
//   times inside scraped debris, and (refiners/names-are-not-times.ts) inside names ("Brian May", "The Sunday
//   Times").

type Candidate = { rule: Rule; m: RegExpExecArray; start: number; end: number; order: number };

/** Every accepted match of every rule: one pass of each compiled pattern over the text. */
function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  // Case-folding keeps every ASCII letter in place, so a literal an /i pattern matches is in `lower` where it is in
  // `text` (a few non-ASCII letters fold to ASCII: at worst a rule runs that need not).
  const lower = text.toLowerCase();
  // Each word looked for once: rules share their needs (the weekday names, the parts of the day), and every look is
  // a scan of the whole text.
  const holds = new Map<string, boolean>();
  const has = (word: string): boolean => {
    let found = holds.get(word);
    if (found === undefined) holds.set(word, (found = lower.includes(word)));
    return found;
  };
  RULES.forEach((rule, order) => {
    if (rule.needs && !rule.needs.some(has)) return;
    // execAll, not matchAll: matchAll copies the rule's pattern (long alternations of month and number words) per article.
    for (const m of execAll(rule.pattern, text)) {
      const match = m;
      if (match[0].trim() === '' || (rule.accept && !rule.accept(match, text))) continue;
      // Trim trailing spaces the optional groups may have eaten.
      const end = match.index + match[0].trimEnd().length;
      found.push({ rule, m: match, start: match.index, end, order });
    }
  });
  return found;
}

/** Longest match first, earlier rule on ties; no two times overlap. */
function select(found: Candidate[], length: number): Candidate[] {
  const byPreference = [...found].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start,
  );
  // The characters kept times cover. Each candidate reads and marks only its own extent, and one
  // rule's matches never overlap, so this is linear in the text (comparing with every kept time was
  // quadratic: 100 KB of "at 3 PM on Saturday " took 14 s).
  const taken = new Uint8Array(length);
  const kept: Candidate[] = [];
  for (const c of byPreference) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** How many of the ascending `keys` are below `x` (the index of the first one at or above it). */
const countBelow = (keys: number[], x: number): number => firstIndex(keys.length, (k) => atIndex(keys, k) >= x);

type Sentence = { start: number; end: number; text: string };

/**
 * TIMEX3 times in `text` anchored on `published` (`YYYY-MM-DD`, or null to leave relative values
 * underspecified). Offsets are into `text` exactly.
 * @example findTimesIn('She left on Saturday.', '2025-05-07')[0].value // '2025-05-03'
 */
export function findTimesIn(
  text: string,
  published: string | null,
  sentences?: Sentence[],
  skip?: (s: number, e: number) => boolean,
): Time[] {
  const dct = parseDay(published);
  // In reading order and not overlapping, as analyse() and splitSentences() give them.
  const spans = sentences && sentences.length > 0 ? sentences : splitSentences(text);
  const spanStarts = spans.map((s) => s.start);
  const whole = { start: 0, end: text.length, text };
  /** The sentence holding `at`, else the last one before it. */
  const sentenceOf = (at: number): Sentence => spans[countBelow(spanStarts, at + 1) - 1] ?? whole;
  const kept = select(candidates(text), text.length).filter((c) => !skip?.(c.start, c.end));

  // Where each plain word stands in the text, found once per word asked for.
  const wordStarts = new Map<string, number[]>();
  const hasWord = (word: string, from: number, to: number): boolean => {
    let starts = wordStarts.get(word);
    if (!starts)
      wordStarts.set(word, (starts = Array.from(text.matchAll(new RegExp(`\\b${word}\\b`, 'gi')), (m) => m.index)));
    const i = countBelow(starts, from);
    return i < starts.length && atIndex(starts, i) + word.length <= to;
  };

  let ref: Reference | null = null;
  let quarter: Reference | null = null;
  let told: Reference | null = null;
  const refAt = new Map<Candidate, Reference | null>();
  const results = new Map<Candidate, Resolved>();
  const contextFor = (
    c: Candidate,
    r: Reference | null,
    dayBefore: DayAt | null = null,
    dayAfter: DayAt | null = null,
  ): Context => ({
    dct,
    tense: tenseAt(text, sentenceOf(c.start), c.start, c.end),
    ref: r,
    told,
    quarter,
    dayBefore,
    dayAfter,
    hasWord,
    text,
    start: c.start,
    end: c.end,
  });
  // Dates first, in reading order so the narrative reference moves as the story is told.
  for (const c of kept) {
    refAt.set(c, ref);
    if (c.rule.late) continue;
    const resolved = c.rule.resolve(c.m, contextFor(c, ref));
    if (!resolved) continue;
    results.set(c, resolved);
    if (resolved.ref && resolved.ref.granularity !== 'year') ref = resolved.ref;
    if (resolved.ref) told = resolved.ref;
    if (resolved.ref?.granularity === 'quarter') quarter = resolved.ref;
  }
  // Clock times then take a day from the nearest date of their sentence. The dates of a day do not
  // overlap and are in reading order, so their starts and their ends both ascend: binary searches
  // find the ones inside the sentence and the nearest on each side.
  const days = kept.filter((k) => results.get(k)?.ref?.granularity === 'day');
  const dayStarts = days.map((k) => k.start);
  const dayEnds = days.map((k) => k.end);
  const dayAt = (i: number): DayAt => ({
    day: must(results.get(atIndex(days, i))?.ref, 'days holds only results with a day ref').day,
    start: atIndex(days, i).start,
  });
  for (const c of kept.filter((k) => k.rule.late)) {
    const s = sentenceOf(c.start);
    const first = countBelow(dayStarts, s.start); // the first starting inside the sentence
    const last = countBelow(dayEnds, s.end + 2) - 1; // the last ending by the sentence's end (+1)
    const before = Math.min(last, countBelow(dayStarts, c.start) - 1);
    const after = countBelow(dayStarts, c.end);
    const resolved = c.rule.resolve(
      c.m,
      contextFor(c, refAt.get(c) ?? null, before >= first ? dayAt(before) : null, after <= last ? dayAt(after) : null),
    );
    if (resolved) results.set(c, resolved);
  }

  const times: Time[] = [];
  for (const c of kept) {
    const r = results.get(c);
    if (!r) continue;
    const range = r.type === 'DATE' || r.type === 'TIME' ? rangeOf(r.value) : null;
    times.push({
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      value: r.value,
      type: r.type,
      ...(range ? { range } : {}),
      ...(r.mod ? { mod: r.mod } : {}),
      rule: `times/${c.rule.name}`,
    });
  }
  return times;
}

/** Sentence spans when no tagger ran (scripts): split after . ! ? and at line breaks. */
function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?\n]+(?:[.!?]+["'”’)]*|\n|$)/g;
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/** Temporal expressions with TIMEX3 values anchored on the publication date and the narrative. */
export function findTimes(doc: Doc): Time[] {
  return findTimesIn(doc.text, doc.published, doc.sentences, (s, e) => isIgnored(doc, s, e));
}
