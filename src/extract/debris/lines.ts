import type { Span } from '../types.ts';

/** A line of the text, trimmed, with its offsets; `index` counts only non-blank lines. */
export type Line = Span & { index: number };

/** The non-blank lines of a text, each trimmed and carrying its exact offsets. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\r\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const lead = match[0].length - match[0].trimStart().length;
    const body = match[0].trim();
    if (body === '') continue;
    const start = match.index + lead;
    lines.push({ text: body, start, end: start + body.length, index: lines.length });
  }
  return lines;
}
