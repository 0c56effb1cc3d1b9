import { isIgnored, type Doc } from '../doc.ts';
import type { Time } from '../types.ts';
import { parseDay, rangeOf, type Day } from './calendar.ts';
import type { Context, Reference, Resolved, Rule } from './rule.ts';
import { RULES } from './rules/index.ts';
import { tenseAt } from './tense.ts';

// Our own rule cascade rather than chrono: chrono resolves "Saturday" forward, misses "that week"
// and durations, and knows no TIMEX3 (see STACK.md); its parse is ~34 value F1 on TempEval-3.

type Candidate = { rule: Rule; m: RegExpExecArray; start: number; end: number; order: number };

/** Every accepted match of every rule: one pass of each compiled pattern over the text. */
function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  RULES.forEach((rule, order) => {
    for (const m of text.matchAll(rule.pattern)) {
      const match = m as RegExpExecArray;
      if (match[0].trim() === '' || (rule.accept && !rule.accept(match, text))) continue;
      // Trim trailing spaces the optional groups may have eaten.
      const end = match.index + match[0].trimEnd().length;
      found.push({ rule, m: match, start: match.index, end, order });
    }
  });
  return found;
}

/** Longest match first, earlier rule on ties; no two times overlap. */
function select(found: Candidate[]): Candidate[] {
  const byPreference = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of byPreference) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

type Sentence = { start: number; end: number; text: string };

/**
 * TIMEX3 times in `text` anchored on `published` (`YYYY-MM-DD`, or null to leave relative values
 * underspecified). Offsets are into `text` exactly.
 * @example findTimesIn('She left on Saturday.', '2025-05-07')[0].value // '2025-05-03'
 */
export function findTimesIn(text: string, published: string | null, sentences?: Sentence[], skip?: (s: number, e: number) => boolean): Time[] {
  const dct = parseDay(published);
  const spans = sentences && sentences.length > 0 ? sentences : splitSentences(text);
  const sentenceOf = (at: number): Sentence => spans.find((s) => at >= s.start && at < s.end) ?? spans.findLast((s) => s.start <= at) ?? { start: 0, end: text.length, text };
  const kept = select(candidates(text)).filter((c) => !skip?.(c.start, c.end));

  let ref: Reference | null = null;
  let quarter: Reference | null = null;
  const refAt = new Map<Candidate, Reference | null>();
  const results = new Map<Candidate, Resolved>();
  const contextFor = (c: Candidate, r: Reference | null, days: Context['sentenceDays']): Context => {
    const s = sentenceOf(c.start);
    return { dct, tense: tenseAt(s.text, c.start - s.start, c.end - s.start), ref: r, quarter, sentenceDays: days, text, start: c.start, end: c.end };
  };
  // Dates first, in reading order so the narrative reference moves as the story is told.
  for (const c of kept) {
    refAt.set(c, ref);
    if (c.rule.late) continue;
    const resolved = c.rule.resolve(c.m, contextFor(c, ref, []));
    if (!resolved) continue;
    results.set(c, resolved);
    if (resolved.ref && resolved.ref.granularity !== 'year') ref = resolved.ref;
    if (resolved.ref?.granularity === 'quarter') quarter = resolved.ref;
  }
  // Clock times then take a day from the dates of their sentence.
  for (const c of kept.filter((k) => k.rule.late)) {
    const s = sentenceOf(c.start);
    const days = kept
      .filter((k) => k !== c && k.start >= s.start && k.end <= s.end + 1 && results.get(k)?.ref?.granularity === 'day')
      .map((k) => ({ day: results.get(k)!.ref!.day as Day, start: k.start }));
    const resolved = c.rule.resolve(c.m, contextFor(c, refAt.get(c) ?? null, days));
    if (resolved) results.set(c, resolved);
  }

  const times: Time[] = [];
  for (const c of kept) {
    const r = results.get(c);
    if (!r) continue;
    const range = r.type === 'DATE' || r.type === 'TIME' ? rangeOf(r.value) : null;
    times.push({
      text: text.slice(c.start, c.end), start: c.start, end: c.end, value: r.value, type: r.type,
      ...(range ? { range } : {}), ...(r.mod ? { mod: r.mod } : {}), rule: `times/${c.rule.name}`,
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
