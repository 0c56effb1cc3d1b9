// The stories list: search, status filter, sortable columns, "more" by cursor.
import type { StorySummary } from '../../ledger/types.ts';
import { api } from '../api.ts';
import { h, pct, route } from '../dom.ts';
import { statusBadge, storyName } from './parts.ts';

const STATUSES = ['', 'speculated', 'reported', 'corroborated', 'confirmed', 'denied', 'contested', 'ended'];
type Key = 'name' | 'status' | 'score' | 'sources' | 'lastSeen';
const COLUMNS: Array<[Key, string]> = [['name', 'Story'], ['status', 'Status'], ['score', 'Score'], ['sources', 'Independent sources'], ['lastSeen', 'Last activity']];

const sortValue = (s: StorySummary, key: Key): string | number => {
  if (key === 'name') return storyName(s).toLowerCase();
  if (key === 'score') return s.score;
  if (key === 'sources') return independent(s);
  if (key === 'lastSeen') return s.lastSeen ?? '';
  return s.status;
};
const independent = (s: StorySummary) => s.sources.filter((x) => x.independent).length;

export async function storiesPage(params: URLSearchParams): Promise<Element> {
  const state = { q: params.get('q') ?? '', status: params.get('status') ?? '' };
  let rows: StorySummary[] = [];
  let next: string | null = null;
  let sort: { key: Key; dir: 1 | -1 } = { key: 'lastSeen', dir: -1 };

  const body = h('tbody');
  const more = h('button', { type: 'button', onclick: () => void load(true) }, 'More stories');
  const count = h('p', { class: 'muted', 'aria-live': 'polite' });
  const head = h('tr');

  const draw = () => {
    const sorted = [...rows].sort((a, b) => {
      const x = sortValue(a, sort.key), y = sortValue(b, sort.key);
      return (x < y ? -1 : x > y ? 1 : 0) * sort.dir;
    });
    body.replaceChildren(...sorted.map((s) => h('tr', {},
      h('td', {}, h('a', { href: route('story', s.id) }, storyName(s))),
      h('td', { 'data-label': 'Status' }, statusBadge(s.status)),
      h('td', { class: 'num', 'data-label': 'Score' }, pct(s.score)),
      h('td', { class: 'num', 'data-label': 'Independent sources' }, independent(s)),
      h('td', { 'data-label': 'Last activity' }, s.lastSeen ?? '—'),
    )));
    head.replaceChildren(...COLUMNS.map(([key, label]) => h('th', { scope: 'col', 'aria-sort': sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none' },
      h('button', { type: 'button', class: 'sort', onclick: () => { sort = { key, dir: sort.key === key ? (-sort.dir as 1 | -1) : key === 'name' ? 1 : -1 }; draw(); } },
        label, sort.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''))));
    count.textContent = rows.length === 0 ? 'No stories match.' : `${rows.length} stor${rows.length === 1 ? 'y' : 'ies'}${next ? ' so far' : ''}.`;
    more.hidden = next === null;
  };

  const load = async (append: boolean) => {
    const page = await api.stories({ q: state.q, status: state.status, cursor: append ? next ?? undefined : undefined });
    rows = append ? [...rows, ...page.stories] : page.stories;
    next = page.next;
    draw();
  };

  const search = h('input', { type: 'search', name: 'q', value: state.q, placeholder: 'a name, e.g. Ana de Armas', 'aria-label': 'Search stories' });
  const status = h('select', { name: 'status', 'aria-label': 'Status' }, ...STATUSES.map((v) => h('option', { value: v, selected: v === state.status }, v || 'any status')));
  const form = h('form', { class: 'filters', role: 'search', onsubmit: (e: Event) => {
    e.preventDefault();
    state.q = search.value.trim();
    state.status = status.value;
    history.replaceState(null, '', `#/?${new URLSearchParams(Object.entries(state).filter(([, v]) => v)).toString()}`);
    void load(false);
  } }, search, status, h('button', { type: 'submit' }, 'Search'));
  status.addEventListener('change', () => form.requestSubmit());

  await load(false);
  return h('section', {}, h('h1', { tabindex: '-1' }, 'Stories'), form, count,
    h('div', { class: 'scroll' }, h('table', { class: 'stories' }, h('thead', {}, head), body)), more);
}
