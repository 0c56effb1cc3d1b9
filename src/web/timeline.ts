// A story's timeline: one row per dated event, each a link to the sentence it was read from (keyboard-reachable),
// its mark placed on a real date axis with year and month ticks. Who holds the evidence is said by the mark's shape
// and in words, as well as by its colour. The articles' publication days are a rug under the axis.
import type { HolderKind } from '../extract/types.ts';
import { must } from '../invariant/index.ts';
import type { StoryPageData } from './api.ts';
import { dateTicks, padded } from './axis.ts';
import { h, route } from './dom.ts';
import { HOLDER_SHAPE, holderKind } from './pages/parts.ts';
import { DAY, dayRange, isoDay, spanOf } from './when.ts';

type Row = {
  from: number;
  to: number;
  when: string;
  type: string;
  summary: string;
  kind: HolderKind;
  href: string;
  articles: number;
};

/** The track's width in px as laid out by style.css (40% of the 70rem column; the full width on a phone). */
const TRACK_PX = { wide: 330, narrow: 330 };

export function timeline(story: StoryPageData): Element {
  const rows = rowsOf(story);
  if (rows.length === 0) return h('p', { class: 'muted' }, 'No dated events for this story yet.');
  const published = [
    ...new Set(
      Object.values(story.articles)
        .map((a) => a.published)
        .filter((d): d is string => !!d),
    ),
  ]
    // A date with no calendar place (never, from the store's YYYY-MM-DD) gets no tick rather than failing the page.
    .flatMap((d) => dayRange(d)?.[0] ?? []);
  const [min, max] = padded(
    Math.min(...rows.map((r) => r.from), ...published),
    Math.max(...rows.map((r) => r.to), ...published),
  );
  const at = (t: number) => `${(((t - min) / (max - min)) * 100).toFixed(2)}%`;
  const narrow = typeof matchMedia === 'function' && matchMedia('(max-width: 40rem)').matches;
  // A label centred on its tick needs half its width of track on each side: "12 Dec 2021" at the rows' date size
  // (0.85rem, ~80 px) needs ~12% of a phone's 315 px track. At 9% one stuck out by 2 px on a phone (Nicholas Hoult's
  // Batman casting story).
  const inside = (t: number) => (t - min) / (max - min) > 0.13 && (t - min) / (max - min) < 0.87;
  const ticks = dateTicks(min, max, narrow ? TRACK_PX.narrow : TRACK_PX.wide);
  // The first label shown says its year: the axis's own first ("Jan 2021") can sit too near the end to be labelled,
  // and a phone's axis of the Styles & Wilde story read "Jul, Jan 2022", leaving 2021 to be guessed.
  const labelled = ticks
    .filter((t) => inside(t.t))
    .map((t, i) =>
      i > 0 || /\d{4}/.test(t.label) ? t : { ...t, label: `${t.label} ${new Date(t.t).getUTCFullYear()}` },
    );

  const place = (node: HTMLElement, from: number, to?: number) => {
    // Through the CSSOM, which the page's Content-Security-Policy allows (a style attribute it would not).
    node.style.left = at(from);
    if (to !== undefined) node.style.width = `max(0.5rem, ${(((to + DAY - from) / (max - min)) * 100).toFixed(2)}%)`;
    return node;
  };
  const axis = h(
    'div',
    { class: 'tl-row tl-axis', 'aria-hidden': 'true' },
    h('span', { class: 'tl-when' }),
    h(
      'span',
      { class: 'tl-track' },
      // A label too near an end would stick out of the track: its tick stays, unlabelled.
      ...ticks.map((t) => place(h('span', { class: `tl-tick${t.major ? ' major' : ''}` }), t.t)),
      ...labelled.map((t) => place(h('span', { class: 'tl-tick-label' }, t.label), t.t)),
      ...published.map((t) => place(h('span', { class: 'tl-rug', title: 'an article was published' }), t)),
    ),
    h('span', { class: 'tl-what' }),
  );

  const list = h(
    'ol',
    { class: 'tl-rows' },
    ...rows.map((r) =>
      h(
        'li',
        {},
        h(
          'a',
          { class: `tl-row kind-${r.kind}`, href: r.href },
          // Each date whole: a range breaks at its dash, never inside a date ("2021-|08-31").
          h(
            'span',
            { class: 'tl-when' },
            ...r.when.split(' – ').flatMap((day, i) => [i ? ' – ' : '', h('span', { class: 'day' }, day)]),
          ),
          h(
            'span',
            { class: 'tl-track', 'aria-hidden': 'true' },
            r.to > r.from ? place(h('span', { class: 'tl-bar' }), r.from, r.to) : null,
            place(h('span', { class: 'tl-mark' }, HOLDER_SHAPE[r.kind] ?? '•'), r.from),
          ),
          h(
            'span',
            { class: 'tl-what' },
            `${r.type}: ${r.summary}`,
            h(
              'span',
              { class: 'tl-who' },
              ' · ',
              h('span', { 'aria-hidden': 'true' }, HOLDER_SHAPE[r.kind] ?? ''),
              ` ${r.kind}${r.articles > 1 ? ` · in ${r.articles} articles` : ''}`,
            ),
          ),
        ),
      ),
    ),
  );

  return h(
    'figure',
    { class: 'tl' },
    h(
      'figcaption',
      { class: 'muted small' },
      `${rows.length} dated event${rows.length === 1 ? '' : 's'}, from ${isoDay(must(rows[0], 'no rows returned early above').from)} to ${isoDay(Math.max(...rows.map((r) => r.to)))}. `,
      // Undated articles can still date what they tell ("in 2008"): then no day of publication is marked.
      published.length
        ? `Ticks under the axis: the ${published.length} day${published.length === 1 ? '' : 's'} articles were published. `
        : 'Its articles carry no dates of their own, so no day of publication is marked. ',
      'Each row opens the sentence it was read from.',
    ),
    axis,
    list,
    legend(new Set(rows.map((r) => r.kind))),
  );
}

/**
 * Events as rows. The same event told by several articles (a rerun, a recap) is one row that says how many: same
 * type and summary, dated within a week of each other (each copy dates "on Wednesday" from its own publication day).
 */
function rowsOf(story: StoryPageData): Row[] {
  const rows: Row[] = [];
  const items = story.timeline
    .map((item) => ({ item, span: spanOf(item.start, item.end) }))
    .filter((x): x is { item: StoryPageData['timeline'][number]; span: [number, number] } => x.span !== null)
    .sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  const byEvent = new Map<string, Row>();
  for (const { item, span } of items) {
    const key = `${item.type}|${item.summary}`;
    const known = byEvent.get(key);
    if (known && span[0] - known.from <= 7 * DAY && Math.abs(span[1] - span[0] - (known.to - known.from)) <= 7 * DAY) {
      known.articles++;
      continue;
    }
    const where = item.evidence ? `?start=${item.evidence.start}&end=${item.evidence.end}` : '';
    const row: Row = {
      from: span[0],
      to: span[1],
      when: when(item.start, item.end),
      type: item.type,
      summary: item.summary,
      kind: item.holder ?? 'author',
      href: `${route('article', item.article)}${where}`,
      articles: 1,
    };
    byEvent.set(key, row);
    rows.push(row);
  }
  return rows;
}

/** "2021-01-04"; a whole month "2021-01"; a whole year "2020"; else "2021-01-09 – 2021-01-10". */
export function when(start: string, end: string): string {
  const a = start.replace('T', ' '),
    b = end.replace('T', ' ');
  if (a === b) return a;
  const year = /^(\d{4})-01-01$/.exec(a)?.[1];
  if (year && b === `${year}-12-31`) return year;
  const month = /^(\d{4}-\d{2})-01$/.exec(a)?.[1];
  // "2021-01-31" ends January; an end with no calendar place ("2021-01-XX") is not a whole month.
  const last = dayRange(b);
  if (
    month &&
    b.startsWith(month) &&
    last &&
    last[0] + DAY === Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 1)
  )
    return month;
  return `${a} – ${b}`;
}

/** The shapes of the holders on this timeline only: a key to shapes that are not there is one more thing to read. */
function legend(present: Set<HolderKind>): Element {
  const kinds = (Object.keys(HOLDER_SHAPE) as HolderKind[]).filter((k) => present.has(k));
  return h(
    'p',
    { class: 'legend' },
    'Who holds it: ',
    ...kinds.map((k) =>
      h(
        'span',
        { class: `key kind-${k}` },
        h('span', { class: 'shape', 'aria-hidden': 'true' }, HOLDER_SHAPE[k]),
        ` ${holderKind(k, (kind, words) => `${kind} (${words})`)}`,
      ),
    ),
  );
}
