// Splits an article's text into flat segments, each knowing which marks cover it, so overlapping
// spans (an entity inside a claim's sentence) render without nesting or re-parsing any HTML.
import { at } from '../invariant/index.ts';

export type MarkKind = 'entity' | 'time' | 'hedge' | 'claim' | 'focus';
export type Mark = { kind: MarkKind; start: number; end: number; title?: string };
export type Segment = { text: string; start: number; marks: Mark[] };

export function segments(text: string, marks: Mark[]): Segment[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = at(points, i);
    const end = at(points, i + 1);
    out.push({ text: text.slice(start, end), start, marks: valid.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}
