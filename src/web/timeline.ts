// A story's timeline as SVG: events on their resolved dates (intervals as bars), a tick for each
// article's publication, coloured by who holds the evidence from that article.
import type { HolderKind } from '../extract/types.ts';
import type { Story } from '../ledger/types.ts';
import { h, s } from './dom.ts';
import { DAY, isoDay, spanOf } from './when.ts';

type Row = { from: number; to: number; label: string; kind: HolderKind | 'publication'; title: string };

const ROW = 26;
const AXIS = 230; // the drawing area; labels run to the right of it

export function timeline(story: Story): Element {
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
  const x = (t: number) => 10 + ((t - min) / (max - min)) * (AXIS - 20);
  const height = rows.length * ROW + 30;
  // Wide enough for the longest label at ~7 px a character, so no label is clipped.
  const width = AXIS + 16 + Math.max(...rows.map((r) => r.label.length)) * 7;
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline', role: 'img', 'aria-label': `Timeline of ${rows.length} dated items from ${isoDay(min)} to ${isoDay(max - DAY)}` },
    s('line', { x1: 10, x2: AXIS - 10, y1: height - 20, y2: height - 20, class: 'axis' }),
    s('text', { x: 10, y: height - 5, class: 'tick' }, isoDay(min)),
    s('text', { x: AXIS - 10, y: height - 5, class: 'tick', 'text-anchor': 'end' }, isoDay(max - DAY)),
  );
  // Through the CSSOM, which the page's Content-Security-Policy allows (a style attribute it would not).
  svg.style.minWidth = `${Math.round(width * 0.8)}px`;
  rows.forEach((r, i) => {
    const y = i * ROW + 14;
    const group = s('g', { class: `item kind-${r.kind}` }, s('title', {}, r.title));
    if (r.kind === 'publication') {
      group.append(s('path', { d: `M${x(r.from)},${y - 8} l6,8 l-6,8 l-6,-8 z`, class: 'mark' }));
    } else if (r.to > r.from) {
      group.append(s('rect', { x: x(r.from), y: y - 6, width: Math.max(4, x(r.to + DAY) - x(r.from)), height: 12, rx: 3, class: 'mark' }));
    } else {
      group.append(s('circle', { cx: x(r.from) + 3, cy: y, r: 6, class: 'mark' }));
    }
    group.append(s('text', { x: AXIS + 6, y: y + 4, class: 'label' }, r.label));
    svg.append(group);
  });
  return h('figure', { class: 'timeline-wrap' }, svg, legend());
}

function legend(): Element {
  const kinds: Array<HolderKind | 'publication'> = ['principal', 'outlet', 'anonymous', 'fans', 'named-source', 'author', 'publication'];
  return h('figcaption', { class: 'legend' }, ...kinds.map((k) => h('span', { class: `key kind-${k}` }, k === 'publication' ? 'article published' : k)));
}
