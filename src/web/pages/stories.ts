// The stories list: the server sorts, filters and pages (GET /api/desk/stories?sort=&order=&type=), with a total;
// every choice is kept in the URL, so a list can be shared, reloaded and gone back to.
import { must } from '../../invariant/index.ts';
import { STORY_STATUSES, type StoryStatus, type StorySummary } from '../../ledger/types.ts';
import { api, type ListedStory, type StoryListPage } from '../api.ts';
import { field, h, pager, pct, route, searchForm } from '../dom.ts';
import { statusBadge, storyLabel, subjectNames } from './parts.ts';

type Key = 'name' | 'status' | 'score' | 'sources' | 'activity';
const COLUMNS: Array<[Key, string]> = [
  ['name', 'Story'],
  ['status', 'Status'],
  ['score', 'Score'],
  ['sources', 'Independent outlets'],
  ['activity', 'Last activity'],
];
const SIZES = [10, 25, 50, 100];
/** Which stories by what the desk did to them; the default leaves out dismissed ones (and merged ones always). */
const SHOWS: Array<['' | 'flagged' | 'dismissed' | 'all', string]> = [
  ['', 'not dismissed'],
  ['flagged', 'flagged as wrong'],
  ['dismissed', 'dismissed'],
  ['all', 'all'],
];
const wordsIn = (q: string) => q.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
/** The one of `options` the URL names ("?sort=score" → 'score'); anything else is undefined. */
const named = <T extends string>(options: readonly T[], value: string | null): T | undefined =>
  options.find((o) => o === value);
const day = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '');

/** Outlets that carry it under their own name: an article's own voice is not a second source. */
const outlets = (s: StorySummary) => s.sources.filter((x) => x.independent && x.kind !== 'author').length;

/** The list as the URL asks for it ('' where it asks for nothing). */
type ListState = {
  q: string;
  status: StoryStatus | '';
  type: string;
  sort: Key;
  order: 'asc' | 'desc' | '';
  show: (typeof SHOWS)[number][0];
  from: string;
  to: string;
  since: string;
  page: number;
  per: number;
};

export async function storiesPage(params: URLSearchParams): Promise<Element> {
  const state: ListState = {
    q: params.get('q') ?? '',
    status: named(STORY_STATUSES, params.get('status')) ?? '',
    type: params.get('type') ?? '',
    sort:
      named(
        COLUMNS.map(([k]) => k),
        params.get('sort'),
      ) ?? 'activity',
    order: named(['asc', 'desc'], params.get('order')) ?? '',
    show:
      named(
        SHOWS.map(([k]) => k),
        params.get('show'),
      ) ?? '',
    from: day(params.get('from')),
    to: day(params.get('to')),
    since: day(params.get('since')),
    page: Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1),
    per: SIZES.includes(Number(params.get('per'))) ? Number(params.get('per')) : 50,
  };
  const PAGE = state.per;
  const order = () => state.order || (state.sort === 'name' ? 'asc' : 'desc');
  const listed: StoryListPage = await api.stories({
    q: state.q || undefined,
    status: state.status || undefined,
    type: state.type || undefined,
    sort: state.sort,
    order: order(),
    cursor: state.page > 1 ? String((state.page - 1) * PAGE) : undefined,
    limit: String(PAGE),
    show: state.show || undefined,
    from: state.from || undefined,
    to: state.to || undefined,
    since: state.since || undefined,
  });
  const href = (change: Partial<typeof state>) => {
    const next = { ...state, ...change };
    const p = new URLSearchParams();
    if (next.q) p.set('q', next.q);
    if (next.status) p.set('status', next.status);
    if (next.type) p.set('type', next.type);
    for (const k of ['show', 'from', 'to', 'since'] as const) if (next[k]) p.set(k, next[k]);
    if (next.sort !== 'activity') p.set('sort', next.sort);
    if (next.order) p.set('order', next.order);
    if (next.page > 1) p.set('page', String(next.page));
    if (next.per !== 50) p.set('per', String(next.per));
    const q = p.toString();
    return `#/${q ? `?${q}` : ''}`;
  };

  const search = h('input', {
    type: 'search',
    id: 'stories-q',
    name: 'q',
    value: state.q,
    // Only examples the search answers by name or epithet ("Brangelina" is no one's: it finds articles that use it).
    placeholder: 'e.g. Pitt Jolie, Bond girl',
  });
  const status = h(
    'select',
    { id: 'stories-status', name: 'status' },
    h('option', { value: '' }, 'any status'),
    ...STORY_STATUSES.map((v) => h('option', { value: v, selected: v === state.status }, v)),
  );
  const types = Object.entries(listed.types).sort((a, b) => b[1] - a[1]);
  if (state.type && !listed.types[state.type]) types.push([state.type, 0]);
  const type = h(
    'select',
    { id: 'stories-type', name: 'type' },
    h('option', { value: '' }, 'any type'),
    ...types.map(([v, n]) => h('option', { value: v, selected: v === state.type }, `${v} (${n})`)),
  );
  const per = h(
    'select',
    { id: 'stories-per', name: 'per' },
    ...SIZES.map((n) => h('option', { value: n, selected: n === state.per }, String(n))),
  );
  const show = h(
    'select',
    { id: 'stories-show', name: 'show' },
    ...SHOWS.map(([v, label]) => h('option', { value: v, selected: v === state.show }, label)),
  );
  const dateInput = (id: string, value: string) =>
    h('input', { id, type: 'date', name: id.replace('stories-', ''), value });
  const from = dateInput('stories-from', state.from);
  const to = dateInput('stories-to', state.to);
  const since = dateInput('stories-since', state.since);
  const go = () => {
    location.hash = href({
      q: search.value.trim(),
      status: named(STORY_STATUSES, status.value) ?? '',
      type: type.value,
      per: Number(per.value),
      page: 1,
      show:
        named(
          SHOWS.map(([k]) => k),
          show.value,
        ) ?? '',
      from: day(from.value),
      to: day(to.value),
      since: day(since.value),
    });
  };
  const form = searchForm(
    'Stories',
    go,
    [show, status, type, per],
    field('Name, alias or epithet', search, true),
    field('Status', status),
    field('Type', type),
    field('Per page', per),
    field('Show', show),
    field('Evidence from', from),
    field('to', to),
    field('New evidence or action since', since),
  );

  const first = (state.page - 1) * PAGE;
  const count = h(
    'p',
    { class: 'count', 'aria-live': 'polite' },
    listed.total === 0
      ? 'No stories match.'
      : `${listed.total} stor${listed.total === 1 ? 'y' : 'ies'}${listed.total > PAGE ? `; showing ${first + 1}–${first + listed.stories.length}` : ''}.`,
  );
  // An epithet that is only the person's name ("Kim Kardashian" called "Kim Kardashian") says nothing new.
  const matchedBy = (listed.matchedBy ?? []).filter((m) => m.text.trim().toLowerCase() !== m.name.toLowerCase());
  const epithets = matchedBy.length
    ? h(
        'p',
        { class: 'matched-by' },
        `“${state.q}” also finds what the articles call `,
        ...matchedBy.flatMap((m, i, all) => [
          i ? (i === all.length - 1 ? ' and ' : ', ') : '',
          h('a', { href: route('entity', m.entity) }, m.name),
          ` (“${m.text}”, ${m.count} time${m.count === 1 ? '' : 's'})`,
        ]),
        '.',
      )
    : null;
  // "Brangelina" is no one's name or epithet: the list is of the articles that use the word, and says so (in the
  // headline or the text: "BRANGELINA" heads celebrity-183legit).
  const inText = listed.inText
    ? h(
        'p',
        { class: 'matched-by in-text' },
        `No one in a story goes by “${state.q}”: these are the stories of the ${listed.inText.articles === 1 ? 'article' : `${listed.inText.articles} articles`} that use${listed.inText.articles === 1 ? 's' : ''} ${wordsIn(state.q) === 1 ? 'the word' : 'the words'}.`,
      )
    : null;
  const dismissed = listed.editorial?.dismissed ?? 0;
  const hiddenNote =
    !state.show && dismissed > 0
      ? h(
          'p',
          { class: 'muted small hidden-note' },
          `${dismissed} dismissed stor${dismissed === 1 ? 'y is' : 'ies are'} left out. `,
          h('a', { href: href({ show: 'dismissed', page: 1 }) }, 'Show dismissed stories'),
        )
      : null;
  const head = h(
    'tr',
    {},
    ...COLUMNS.map(([key, label]) => {
      const on = state.sort === key;
      const dir = on ? order() : '';
      const nextOrder = on ? (dir === 'asc' ? 'desc' : 'asc') : '';
      return h(
        'th',
        { scope: 'col', 'aria-sort': on ? (dir === 'asc' ? 'ascending' : 'descending') : 'none' },
        h(
          'a',
          { class: 'sort', href: href({ sort: key, order: nextOrder, page: 1 }) },
          label,
          on ? h('span', { 'aria-hidden': 'true' }, dir === 'asc' ? ' ▲' : ' ▼') : null,
        ),
      );
    }),
  );
  const body = h(
    'tbody',
    {},
    ...listed.stories.map((s) =>
      h(
        'tr',
        {},
        h(
          'td',
          { class: 'name' },
          h('a', { href: route('story', s.id) }, subjectNames(s)),
          h('span', { class: 'label' }, ` — ${storyLabel(s)}`),
          ...editorialBadges(s),
        ),
        h('td', { 'data-label': 'Status' }, statusBadge(s.status)),
        h('td', { class: 'num', 'data-label': 'Score' }, pct(s.score)),
        h('td', { class: 'num', 'data-label': 'Independent outlets' }, outlets(s)),
        h('td', { 'data-label': 'Last activity' }, s.lastSeen ?? h('span', { class: 'muted' }, 'undated')),
      ),
    ),
  );
  const pages = Math.max(1, Math.ceil(listed.total / PAGE));
  const paging = pager('stories', state.page, pages, Boolean(listed.next), (n) => href({ page: n }));

  return h(
    'section',
    {},
    h('h1', { tabindex: '-1' }, 'Stories'),
    form,
    count,
    epithets,
    inText,
    hiddenNote,
    listed.stories.length
      ? h(
          'table',
          { class: 'stories' },
          h(
            'caption',
            { class: 'sr' },
            'Stories, sorted by ' +
              must(
                COLUMNS.find(([k]) => k === state.sort),
                'state.sort is checked against COLUMNS',
              )[1].toLowerCase(),
          ),
          h('thead', {}, head),
          body,
        )
      : null,
    paging,
    h(
      'p',
      { class: 'muted small' },
      'Undated stories (from articles without a date) come after dated ones, the best-sourced first.',
    ),
  );
}

/** "flagged as wrong by Ana Reyes", "dismissed by Sam": what the desk did, beside the story's name. */
function editorialBadges(s: ListedStory): Node[] {
  const out: Element[] = [];
  const e = s.editorial;
  if (e?.flagged)
    out.push(
      h(
        'span',
        { class: 'badge editorial flagged', title: e.flagged.note ?? '' },
        `flagged as wrong by ${e.flagged.editor}`,
      ),
    );
  if (e?.dismissed)
    out.push(
      h(
        'span',
        { class: 'badge editorial dismissed', title: e.dismissed.note ?? '' },
        `dismissed by ${e.dismissed.editor}`,
      ),
    );
  return out.flatMap((b) => [document.createTextNode(' '), b]);
}
