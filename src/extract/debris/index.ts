// The debris stage's only door: scraped debris found without touching the text, so offsets stay valid.
import type { Span } from '../types.ts';
import { INLINE_AGENCY, INLINE_CAPTION, MARKERS } from './lexicon.ts';
import { linesOf, type Line } from './lines.ts';
import { LINE_RULES, isTitleLike } from './rules.ts';

export type Debris = Span & { rule: string };

const span = (line: Line, rule: string): Debris => ({ text: line.text, start: line.start, end: line.end, rule });

/** Whole debris lines: each line by its own rules, then the link lists that follow a "READ NEXT" marker. */
function debrisLines(text: string): Debris[] {
  const lines = linesOf(text);
  const found = new Map<number, Debris>();
  lines.forEach((line, i) => {
    const rule = LINE_RULES.find((candidate) => candidate.test({ line, previous: lines[i - 1], next: lines[i + 1] }));
    if (rule) found.set(i, span(line, rule.name));
  });
  lines.forEach((line, i) => {
    if (!MARKERS.some((marker) => marker.test(line.text))) return;
    // The linked headlines and their bylines run until the first line of prose.
    for (let j = i + 1; j < lines.length && isTitleLike(lines[j]!.text); j++) {
      if (!found.has(j)) found.set(j, span(lines[j]!, 'debris.after-marker'));
    }
  });
  return [...found.values()];
}

/** Debris spans with the rule that found each, sorted by start, never overlapping. */
export function findDebrisWithRules(text: string): Debris[] {
  const found = debrisLines(text);
  for (const match of [...text.matchAll(INLINE_AGENCY), ...text.matchAll(INLINE_CAPTION)]) {
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((other) => start < other.end && end > other.start)) continue;
    found.push({ text: match[0], start, end, rule: 'debris.inline-credit' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Scraped debris in an article's text: photo credits, embedded headlines, "Read more" lines.
 * @example findDebris('…romance.(AFP)\n\n…') // [{ text: '(AFP)', start: …, end: … }]
 */
export function findDebris(text: string): Span[] {
  return findDebrisWithRules(text).map(({ text: spanText, start, end }) => ({ text: spanText, start, end }));
}
