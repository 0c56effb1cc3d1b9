// A story's timeline as SVG: events on their resolved dates (intervals as bars), a tick for each
// article's publication, coloured by who holds the evidence from that article.
import type { HolderKind } from '../extract/types.ts';
import type { Story } from '../ledger/types.ts';
import { h, s } from './dom.ts';
import { DAY, isoDay, spanOf } from './when.ts';

type Row = { from: number; to: number; label: string; kind: HolderKind | 'publication'; title: string };

const ROW = 26;
const AXIS = 230; // the drawing area; labels run to the right of it
const STACKED_WIDTH = 360;

/** Narrow screens (phones) get a stacked layout: each label over its mark, at full size, no sideways scroll. */
const NARROW = '(max-width: 40rem)';

export function timeline(story: Story): Element {
  const narrow = typeof matchMedia === 'function' ? matchMedia(NARROW) : null;
  const figure = draw(story, narrow?.matches ?? false);
  // Re-laid out when the screen turns or the window is resized across the breakpoint.
  const relayout = () => {
    if (!figure.isConnected) return narrow?.removeEventListener('change', relayout);
    figure.replaceWith(timeline(story));
    narrow?.removeEventListener('change', relayout);
  };
  narrow?.addEventListener('change', relayout);
  return figure;
}

function draw(story: Story, stacked: boolean): Element {
  const kindOf = new Map<string, HolderKind>();
  for (const e of story.explanation) if (!kindOf.has(e.article)) kindOf.set(e.article, e.holder.kind);
  const rows: Row[] = [];
  for (const item of story.timeline) {
    const span = spanOf(item.start, item.end);
    if (!span) continue;
    const when = (item.start === item.end ? item.start : `${item.start} – ${item.end}`).replaceAll('T', ' ');
    rows.push({ from: span[0], to: span[1], label: `${when} · ${item.summary}`, kind: item.holder ?? kindOf.get(item.article) ?? 'author', title: `${item.type}: ${item.summary}` });
  }
  const published = new Map<string, string>();
  for (const e of story.explanation) if (e.published) published.set(e.article, e.published);
  for (const [article, date] of published) {
    const span = spanOf(date, date);
    if (span) rows.push({ from: span[0], to: span[1], label: `${date} · article published`, kind: 'publication', title: `article ${article} published ${date}` });
  }
  if (rows.length === 0) return h('p', { class: 'muted' }, 'No dated events for this story yet.');
  rows.sort((a, b) => a.from - b.from || a.to - b.to);

  const min = Math.min(...rows.map((r) => r.from));
  const max = Math.max(...rows.map((r) => r.to)) + DAY;
  // Wide: labels to the right of a 230-unit drawing area, wide enough for the longest label at ~7 units
  // a character. Stacked: a 360-unit drawing (about a phone's width, so text stays ~12 px), each
  // label wrapped onto at most two lines above its mark.
  const axis = stacked ? STACKED_WIDTH : AXIS;
  const x = (t: number) => 10 + ((t - min) / (max - min)) * (axis - 20);
  const lines = rows.map((r) => (stacked ? wrap(r.label, Math.floor((STACKED_WIDTH - 10) / 6.8)) : [r.label]));
  const heights = lines.map((l) => (stacked ? l.length * 15 + 26 : ROW));
  const tops = heights.map((_, i) => heights.slice(0, i).reduce((a, b) => a + b, 0));
  const height = heights.reduce((a, b) => a + b, 0) + 30;
  const width = stacked ? STACKED_WIDTH : AXIS + 16 + Math.max(...rows.map((r) => r.label.length)) * 7;
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: `timeline${stacked ? ' stacked' : ''}`, role: 'img', 'aria-label': `Timeline of ${rows.length} dated items from ${isoDay(min)} to ${isoDay(max - DAY)}` },
    s('line', { x1: 10, x2: axis - 10, y1: height - 20, y2: height - 20, class: 'axis' }),
    s('text', { x: 10, y: height - 5, class: 'tick' }, isoDay(min)),
    s('text', { x: axis - 10, y: height - 5, class: 'tick', 'text-anchor': 'end' }, isoDay(max - DAY)),
  );
  // Through the CSSOM, which the page's Content-Security-Policy allows (a style attribute it would not).
  if (!stacked) svg.style.minWidth = `${Math.round(width * 0.8)}px`;
  rows.forEach((r, i) => {
    const y = stacked ? tops[i]! + lines[i]!.length * 15 + 8 : i * ROW + 14;
    const group = s('g', { class: `item kind-${r.kind}` }, s('title', {}, `${r.label} (${r.title})`));
    if (r.kind === 'publication') {
      group.append(s('path', { d: `M${x(r.from)},${y - 8} l6,8 l-6,8 l-6,-8 z`, class: 'mark' }));
    } else if (r.to > r.from) {
      group.append(s('rect', { x: x(r.from), y: y - 6, width: Math.max(4, x(r.to + DAY) - x(r.from)), height: 12, rx: 3, class: 'mark' }));
    } else {
      group.append(s('circle', { cx: x(r.from) + 3, cy: y, r: 6, class: 'mark' }));
    }
    if (stacked) {
      group.append(s('text', { x: 4, y: tops[i]! + 13, class: 'label' }, ...lines[i]!.map((line, n) => s('tspan', { x: 4, dy: n ? 15 : 0 }, line))));
    } else {
      group.append(s('text', { x: AXIS + 6, y: y + 4, class: 'label' }, r.label));
    }
    svg.append(group);
  });
  return h('figure', { class: 'timeline-wrap' }, svg, legend());
}

/** Words into lines of at most `width` characters; the second line ends in "…" when more is left. */
function wrap(text: string, width: number, max = 2): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.slice(0, width - 1).trimEnd()}…`;
  return kept;
}

function legend(): Element {
  const kinds: Array<HolderKind | 'publication'> = ['principal', 'outlet', 'anonymous', 'fans', 'named-source', 'author', 'publication'];
  return h('figcaption', { class: 'legend' }, ...kinds.map((k) => h('span', { class: `key kind-${k}` }, k === 'publication' ? 'article published' : k)));
}
