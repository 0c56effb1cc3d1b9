// One entity: the names and epithets used for it, its stories, and when it appears.
import type { EntityDetail } from '../../ledger/types.ts';
import { at } from '../../invariant/index.ts';
import { SHOWN, api } from '../api.ts';
import { field, h, pager, pct, route, s, searchForm } from '../dom.ts';
import { entityEditorialState, entityMergeForm } from '../editorial.ts';
import { dateTicks, padded } from '../axis.ts';
import { dayRange } from '../when.ts';
import { statusBadge, storyName } from './parts.ts';

export async function entityPage(id: string, params = new URLSearchParams()): Promise<Element> {
  // A busy entity's appearances and stories come a page at a time: `items` in the URL is how many of each are shown.
  const items = Math.max(SHOWN, Number.parseInt(params.get('items') ?? '', 10) || SHOWN);
  const e = await api.entity(id, items);
  const more =
    e.next === null
      ? null
      : h(
          'p',
          { class: 'more' },
          `Showing the ${Number(e.next).toLocaleString('en')} newest appearances and most recent stories. `,
          h('a', { href: `${route('entity', id)}?items=${Number(e.next) + SHOWN}` }, `Show ${SHOWN} more`),
          ' · ',
          h(
            'a',
            { href: `${route('entity', id)}?items=${Math.max(e.totals.appearances, e.totals.stories)}` },
            'Show all',
          ),
        );
  return h(
    'article',
    { class: 'entity' },
    h('h1', { tabindex: '-1' }, e.name),
    entityEditorialState(e),
    h('p', { class: 'muted' }, `${e.type} · in ${e.articles} article${e.articles === 1 ? '' : 's'}`),
    h('h2', {}, 'Names and epithets used for them'),
    called(e),
    h(
      'h2',
      {},
      e.stories.length < e.totals.stories ? `Stories (${e.stories.length} of ${e.totals.stories})` : 'Stories',
    ),
    e.stories.length
      ? h(
          'ul',
          {},
          ...e.stories.map((x) =>
            h(
              'li',
              {},
              h('a', { href: route('story', x.id) }, storyName(x)),
              ' ',
              statusBadge(x.status),
              ` ${pct(x.score)}`,
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'No stories.'),
    h('h2', {}, 'Appearances over time'),
    appearances(e),
    more,
    entityMergeForm(e),
  );
}

/** One name or epithet as a pill, with how many times the articles used it for this entity. */
const use = (n: { text: string; count: number }): Element =>
  h(
    'li',
    {},
    h('span', { class: 'name' }, n.text),
    ' ',
    h(
      'span',
      { class: 'count', 'aria-hidden': 'true', title: `used ${n.count} time${n.count === 1 ? '' : 's'}` },
      `×${n.count}`,
    ),
    h('span', { class: 'sr' }, `, used ${n.count} time${n.count === 1 ? '' : 's'}`),
  );

/**
 * The names and epithets the articles use, grouped by kind, with how often each was used. An epithet read once is
 * as often the reading's slip as the press's word for them (Harry Styles got "the Booksmart director", Olivia Wilde's,
 * from one sentence naming both): when anything was used more, those are folded under their count, not listed beside
 * the names a journalist checks.
 */
function called(e: EntityDetail): Element {
  const names = e.names ?? [];
  if (names.length === 0) {
    return e.aliases.length
      ? h('ul', { class: 'aliases' }, ...e.aliases.map((a) => h('li', {}, a)))
      : h('p', { class: 'muted' }, 'Only by this name.');
  }
  const byName = names.filter((n) => n.kind === 'name');
  const epithets = names.filter((n) => n.kind === 'epithet');
  const better = byName.length > 0 || epithets.some((n) => n.count > 1);
  const shown = better ? epithets.filter((n) => n.count > 1) : epithets;
  const once = better ? epithets.filter((n) => n.count === 1) : [];
  const nameGroup = byName.length
    ? h('section', { class: 'called kind-name' }, h('h3', {}, 'Names'), h('ul', { class: 'names' }, ...byName.map(use)))
    : null;
  const epithetGroup = epithets.length
    ? h(
        'section',
        { class: 'called kind-epithet' },
        h('h3', {}, 'Epithets and descriptions'),
        shown.length ? h('ul', { class: 'names' }, ...shown.map(use)) : null,
        once.length
          ? h(
              'details',
              { class: 'once' },
              h('summary', {}, `${shown.length ? `${once.length} more` : once.length} used only once`),
              h('p', { class: 'muted' }, 'Each read in one mention only: the article may have meant someone else.'),
              h('ul', { class: 'names' }, ...once.map(use)),
            )
          : null,
      )
    : null;
  return h('div', { class: 'called-groups' }, nameGroup, epithetGroup);
}

/** Appearances listed in full up to this many; more are folded under a summary (Zendaya is in 99 articles). */
const OPEN_LIST = 12;
/** The chart's plot, in its 600-unit viewBox, and the width its ticks are spaced for: a phone's ~330 px. */
const [LEFT, RIGHT, TICK_ROOM] = [20, 580, 330];
/** A bar's width in the viewBox. */
const BAR = 12;

function appearances(e: EntityDetail): Element {
  // The chart is drawn from every day the entity appears on (appearanceDays), the list from the appearances read so far.
  // A date with no calendar place (never, from the store's YYYY-MM-DD) stays in the list but gets no bar.
  const dated = e.appearanceDays.flatMap((d) => {
    const range = dayRange(d.published);
    return range ? [{ ...d, day: range[0] }] : [];
  });
  // Newest first, undated last: what a journalist checks is the latest coverage.
  const newest = [...e.appearances].sort(
    (a, b) =>
      Number(a.published === null) - Number(b.published === null) ||
      (b.published ?? '').localeCompare(a.published ?? ''),
  );
  const items = newest.map((a) =>
    h(
      'li',
      {},
      h('a', { href: route('article', a.article) }, a.published ?? 'undated'),
      ` — ${a.mentions} mention${a.mentions === 1 ? '' : 's'}`,
    ),
  );
  const shown =
    items.length < e.articles ? `${items.length} newest of ${e.articles.toLocaleString('en')}` : String(items.length);
  const list =
    items.length > OPEN_LIST
      ? h(
          'details',
          { class: 'appearances' },
          h('summary', {}, `Every appearance (${shown}), newest first`),
          h('ul', {}, ...items),
        )
      : h('ul', { class: 'appearances' }, ...items);
  if (dated.length === 0) return list;
  const earliest = at(dated, 0),
    latest = at(dated, dated.length - 1); // not empty: checked above
  // Years or months under the axis (axis.ts), as the timeline has: two end dates said nothing of the years between.
  const [first, last] = padded(earliest.day, latest.day);
  const x = (t: number) => LEFT + ((t - first) / (last - first)) * (RIGHT - LEFT);
  const ticks = dateTicks(first, last, TICK_ROOM);
  // One bar per day with articles, its height the mentions: when the press talked about them. Days whose bars would
  // overlap make one bar, their mentions summed: Zendaya's wire copies, a day apart, drew a stepped blob of bars
  // hiding each other.
  const bins: Array<{ from: string; to: string; day: number; articles: number; mentions: number }> = [];
  for (const d of dated) {
    const open = bins.at(-1);
    if (open && x(d.day) - x(open.day) < BAR) {
      open.to = d.published;
      open.articles += d.articles;
      open.mentions += d.mentions;
    } else bins.push({ from: d.published, to: d.published, day: d.day, articles: d.articles, mentions: d.mentions });
  }
  const max = Math.max(...bins.map((b) => b.mentions), 1);
  const chart = s(
    'svg',
    {
      viewBox: '0 0 600 130',
      class: 'bars',
      role: 'img',
      'aria-label': `Mentions per article from ${earliest.published} to ${latest.published}`,
    },
    s('line', { x1: 10, x2: 590, y1: 100, y2: 100, class: 'axis' }),
    ...ticks.flatMap((tick) => [
      s('line', { x1: x(tick.t), x2: x(tick.t), y1: 100, y2: tick.major ? 106 : 104, class: 'axis' }),
      // A label too near an end would be cut off by the chart's edge ("2026" on a phone): its tick stays, unlabelled.
      x(tick.t) < LEFT + 30 || x(tick.t) > RIGHT - 30
        ? null
        : s('text', { x: x(tick.t), y: 120, class: 'tick', 'text-anchor': 'middle' }, tick.label),
    ]),
    ...bins.map((b) => {
      const hgt = Math.max(2, (b.mentions / max) * 85);
      const when = b.to === b.from ? b.from : `${b.from} – ${b.to}`;
      const articles = b.articles === 1 ? '' : ` in ${b.articles} articles`;
      return s(
        'g',
        {},
        s('title', {}, `${when}: ${b.mentions} mention${b.mentions === 1 ? '' : 's'}${articles}`),
        s('rect', { x: x(b.day) - BAR / 2, y: 100 - hgt, width: BAR, height: hgt, class: 'bar' }),
      );
    }),
  );
  return h('div', {}, chart, list);
}

const PER_PAGE = 100;
const TYPE_WORDS: Record<string, [one: string, many: string]> = {
  person: ['person', 'people'],
  group: ['group', 'groups'],
  outlet: ['outlet', 'outlets'],
  platform: ['platform', 'platforms'],
  organization: ['organization', 'organizations'],
  place: ['place', 'places'],
  work: ['work', 'works'],
  event: ['event', 'events'],
  animal: ['animal', 'animals'],
};
const counted = (n: number, type: string) =>
  `${n.toLocaleString('en')} ${(TYPE_WORDS[type] ?? [type, `${type}s`])[n === 1 ? 0 : 1]}`;

/**
 * People and names: people first, then everything else the articles name, by how often; says how many of how many
 * are shown, filters by type, pages, and finds a person by an epithet the articles use ("Bond girl").
 */
export async function entitiesPage(params: URLSearchParams): Promise<Element> {
  const q = params.get('q') ?? '';
  const asked = params.get('type') ?? '';
  const type = /^[a-z][a-z-]{0,39}$/.test(asked) ? asked : '';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const listed = await api.entities(
    q || undefined,
    type || undefined,
    page > 1 ? String((page - 1) * PER_PAGE) : undefined,
  );
  const href = (change: { q?: string; type?: string; page?: number }) => {
    const next = { q, type, page, ...change };
    const p = new URLSearchParams();
    if (next.q) p.set('q', next.q);
    if (next.type) p.set('type', next.type);
    if (next.page > 1) p.set('page', String(next.page));
    const s = p.toString();
    return `#/entities${s ? `?${s}` : ''}`;
  };
  const input = h('input', {
    type: 'search',
    id: 'entities-q',
    name: 'q',
    value: q,
    placeholder: 'a name or epithet, e.g. Bond girl',
  });
  const types = Object.entries(listed.types ?? {}).sort(
    (a, b) => Number(b[0] === 'person') - Number(a[0] === 'person') || b[1] - a[1],
  );
  const select = h(
    'select',
    { id: 'entities-type', name: 'type' },
    h('option', { value: '' }, 'any type'),
    ...types.map(([v, n]) => h('option', { value: v, selected: v === type }, `${v} (${n})`)),
  );
  const go = () => {
    location.hash = href({ q: input.value.trim(), type: select.value, page: 1 });
  };
  const form = searchForm(
    'People and names',
    go,
    [select],
    field('Name, alias or epithet', input, true),
    field('Type', select),
  );
  const total = listed.total ?? listed.entities.length;
  const first = (page - 1) * PER_PAGE;
  const byType = types.filter(([v]) => !type || v === type).map(([v, n]) => counted(n, v));
  const count = h(
    'p',
    { class: 'count', 'aria-live': 'polite' },
    total === 0
      ? 'No entities match.'
      : `${total > listed.entities.length ? `Showing ${first + 1}–${first + listed.entities.length} of ${total.toLocaleString('en')}` : `All ${total.toLocaleString('en')}`}` +
          `${total === 1 ? ' entity' : ' entities'}, people first${byType.length > 1 ? `: ${byType.join(', ')}` : ''}.`,
  );
  const list = h(
    'ul',
    { class: 'entities' },
    ...listed.entities.map((e) =>
      h(
        'li',
        {},
        h('a', { href: route('entity', e.id) }, e.name),
        h('span', { class: 'muted' }, ` ${e.type} · ${e.articles} article${e.articles === 1 ? '' : 's'}`),
        e.calledAs
          ? h(
              'span',
              { class: 'called-as' },
              ` — called “${e.calledAs.text}”${e.calledAs.count > 1 ? ` (${e.calledAs.count} times)` : ''}`,
            )
          : null,
      ),
    ),
  );
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  const paging = pager('entities', page, pages, Boolean(listed.next), (n) => href({ page: n }));
  return h(
    'section',
    {},
    h('h1', { tabindex: '-1' }, 'People and names'),
    form,
    count,
    listed.entities.length ? list : null,
    paging,
  );
}
