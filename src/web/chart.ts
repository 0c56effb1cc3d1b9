// "How it changed": the headline stage's score after each dated article, on a real date axis, with the same
// figures as a table for anyone who cannot see the chart.
import type { StoryStage, StoryStatus } from '../ledger/types.ts';
import { dateTicks, padded } from './axis.ts';
import { h, pct, s } from './dom.ts';
import { at } from '../invariant/index.ts';
import { dayRange } from './when.ts';

type Point = { date: string; status: StoryStatus; score: number };

/** Drawn at the size it is shown (no scaling), so its labels are the page's 12 px. */
const WIDE = { width: 640, height: 170 };
const NARROW = { width: 340, height: 170 };
const NARROW_QUERY = '(max-width: 40rem)';
/** A generous width of one character of a 12 px tick label. */
const CHAR_PX = 7;

export function scoreChart(history: Point[], stage: Pick<StoryStage, 'value'>, proposition: string): Element {
  const dated = history.flatMap((p) => {
    const range = dayRange(p.date);
    return range ? [{ ...p, day: range[0] }] : [];
  });
  if (dated.length === 0) return h('p', { class: 'muted' }, 'No dated evidence: the score has no history to draw.');
  // One day of evidence is one dot on an empty axis (Brad Pitt & Angelina Jolie, Celebuzz, 2009-10-08): said instead.
  if (new Set(dated.map((p) => p.day)).size === 1) {
    const last = at(dated, dated.length - 1);
    return h(
      'p',
      { class: 'chart-one' },
      'All its dated evidence is from one day, ',
      h('span', { class: 'day' }, last.date),
      `: ${pct(last.score)}, ${last.status}. The chart starts once a second day brings evidence.`,
    );
  }
  const narrow = typeof matchMedia === 'function' ? matchMedia(NARROW_QUERY) : null;
  const figure = h(
    'figure',
    { class: 'chart' },
    draw(dated, narrow?.matches ? NARROW : WIDE, proposition),
    h(
      'figcaption',
      { class: 'muted small' },
      `The score of the headline stage (${stage.value}) after each day with new evidence: the probability that ${proposition} as it stood that day.`,
    ),
    h(
      'details',
      { class: 'as-table' },
      h('summary', {}, 'The same as a table'),
      h(
        'table',
        { class: 'plain' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Date'),
            h('th', { scope: 'col' }, 'Status'),
            h('th', { scope: 'col' }, 'Score'),
          ),
        ),
        h(
          'tbody',
          {},
          ...dated.map((p) =>
            h('tr', {}, h('td', {}, p.date), h('td', {}, p.status), h('td', { class: 'num' }, pct(p.score))),
          ),
        ),
      ),
    ),
  );
  // Redrawn when the window crosses the phone breakpoint (a turned phone).
  const relayout = () => {
    narrow?.removeEventListener('change', relayout);
    if (figure.isConnected) figure.replaceWith(scoreChart(history, stage, proposition));
  };
  narrow?.addEventListener('change', relayout);
  return figure;
}

function draw(
  points: Array<Point & { day: number }>,
  size: { width: number; height: number },
  proposition: string,
): SVGElement {
  const days = points.map((p) => p.day);
  const [min, max] = padded(Math.min(...days), Math.max(...days));
  const left = 40,
    right = size.width - 12,
    top = 10,
    bottom = size.height - 34;
  const x = (t: number) => left + ((t - min) / (max - min)) * (right - left);
  const y = (score: number) => bottom - score * (bottom - top);
  // scoreChart draws only when some point is dated.
  const first = at(points, 0),
    last = at(points, points.length - 1);
  const svg = s('svg', {
    viewBox: `0 0 ${size.width} ${size.height}`,
    width: size.width,
    height: size.height,
    class: 'score-chart',
    role: 'img',
    'aria-label': `The probability that ${proposition}: ${pct(first.score)} on ${first.date}, ${pct(last.score)} on ${last.date}, over ${points.length} day${points.length === 1 ? '' : 's'} with new evidence.`,
  });
  for (const v of [0, 0.5, 1]) {
    svg.append(
      s('line', { x1: left, x2: right, y1: y(v), y2: y(v), class: v === 0 ? 'axis' : 'grid' }),
      s('text', { x: left - 6, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' }, pct(v)),
    );
  }
  for (const tick of dateTicks(min, max, right - left)) {
    // A label centred on a tick near the right edge ("Feb 2025" at x = 628 of 640) would be cut by the SVG's edge.
    const half = (tick.label.length * CHAR_PX) / 2;
    const anchor = x(tick.t) + half > size.width - 2 ? 'end' : x(tick.t) - half < 2 ? 'start' : 'middle';
    svg.append(
      s('line', { x1: x(tick.t), x2: x(tick.t), y1: bottom, y2: bottom + (tick.major ? 7 : 4), class: 'axis' }),
      s('text', { x: x(tick.t), y: bottom + 20, class: 'tick date', 'text-anchor': anchor }, tick.label),
    );
  }
  // A step line: the score holds until the next day with evidence.
  const path = points
    .map(
      (p, i) =>
        `${i === 0 ? 'M' : `H${x(p.day).toFixed(1)} V`}${i === 0 ? `${x(p.day).toFixed(1)},` : ''}${y(p.score).toFixed(1)}`,
    )
    .join(' ');
  svg.append(s('path', { d: path, class: 'score-line' }));
  points.forEach((p) =>
    svg.append(
      s(
        'g',
        { class: `point status-${p.status}` },
        s('title', {}, `${p.date}: ${p.status}, ${pct(p.score)}`),
        s('circle', { cx: x(p.day), cy: y(p.score), r: 4 }),
      ),
    ),
  );
  return svg;
}
