// One entity: the names and epithets used for it, its stories, and when it appears.
import type { EntityDetail } from '../../ledger/types.ts';
import { api } from '../api.ts';
import { h, pct, route, s } from '../dom.ts';
import { dayRange } from '../when.ts';
import { statusBadge, storyName } from './parts.ts';

export async function entityPage(id: string): Promise<Element> {
  const e = await api.entity(id);
  return h('article', { class: 'entity' },
    h('h1', { tabindex: '-1' }, e.name),
    h('p', { class: 'muted' }, `${e.type} · in ${e.articles} article${e.articles === 1 ? '' : 's'}`),
    h('h2', {}, 'Names and epithets used for them'),
    called(e),
    h('h2', {}, 'Stories'),
    e.stories.length ? h('ul', {}, ...e.stories.map((x) => h('li', {}, h('a', { href: route('story', x.id) }, storyName(x)), ' ', statusBadge(x.status), ` ${pct(x.score)}`))) : h('p', { class: 'muted' }, 'No stories.'),
    h('h2', {}, 'Appearances over time'),
    appearances(e),
  );
}

/** The names and epithets the articles use, grouped by kind, with how often each was used. */
function called(e: EntityDetail): Element {
  const names = e.names ?? [];
  if (names.length === 0) {
    return e.aliases.length ? h('ul', { class: 'aliases' }, ...e.aliases.map((a) => h('li', {}, a))) : h('p', { class: 'muted' }, 'Only by this name.');
  }
  const group = (kind: 'name' | 'epithet', label: string) => {
    const uses = names.filter((n) => n.kind === kind);
    if (uses.length === 0) return null;
    return h('section', { class: `called kind-${kind}` }, h('h3', {}, label),
      h('ul', { class: 'names' }, ...uses.map((n) => h('li', {}, h('span', { class: 'name' }, n.text), ' ',
        h('span', { class: 'count', 'aria-hidden': 'true', title: `used ${n.count} time${n.count === 1 ? '' : 's'}` }, `×${n.count}`),
        h('span', { class: 'sr' }, `, used ${n.count} time${n.count === 1 ? '' : 's'}`)))));
  };
  return h('div', { class: 'called-groups' }, group('name', 'Names'), group('epithet', 'Epithets and descriptions'));
}

function appearances(e: EntityDetail): Element {
  const dated = e.appearances.filter((a) => a.published).sort((a, b) => a.published!.localeCompare(b.published!));
  const list = h('ul', {}, ...e.appearances.map((a) => h('li', {}, h('a', { href: route('article', a.article) }, a.published ?? 'undated'), ` — ${a.mentions} mention${a.mentions === 1 ? '' : 's'}`)));
  if (dated.length === 0) return list;
  // One bar per article at its date, its height the mentions: when the press talked about them.
  const max = Math.max(...dated.map((a) => a.mentions), 1);
  const days = dated.map((a) => dayRange(a.published!)![0]);
  const first = days[0]!, last = days.at(-1)!;
  const x = (t: number) => (last === first ? 290 : 20 + ((t - first) / (last - first)) * 560);
  const chart = s('svg', { viewBox: '0 0 600 130', class: 'bars', role: 'img', 'aria-label': `Mentions per article from ${dated[0]!.published} to ${dated.at(-1)!.published}` },
    s('line', { x1: 10, x2: 590, y1: 100, y2: 100, class: 'axis' }),
    s('text', { x: last > first ? 10 : 290, y: 118, class: 'tick', 'text-anchor': last > first ? 'start' : 'middle' }, dated[0]!.published),
    last > first ? s('text', { x: 590, y: 118, class: 'tick', 'text-anchor': 'end' }, dated.at(-1)!.published) : null,
    ...dated.map((a, i) => {
      const hgt = Math.max(2, (a.mentions / max) * 85);
      return s('g', {}, s('title', {}, `${a.published}: ${a.mentions} mentions`), s('rect', { x: x(days[i]!) - 6, y: 100 - hgt, width: 12, height: hgt, class: 'bar' }));
    }));
  return h('div', {}, chart, list);
}

export async function entitiesPage(params: URLSearchParams): Promise<Element> {
  const q = params.get('q') ?? '';
  const list = h('ul', { class: 'entities' });
  const fill = async (query: string) => {
    const { entities } = await api.entities(query || undefined);
    list.replaceChildren(...entities.map((e) => h('li', {}, h('a', { href: route('entity', e.id) }, e.name), h('span', { class: 'muted' }, ` ${e.type} · ${e.articles} article${e.articles === 1 ? '' : 's'}`))));
    if (entities.length === 0) list.append(h('li', { class: 'muted' }, 'No entities match.'));
  };
  const input = h('input', { type: 'search', value: q, 'aria-label': 'Search people and names', placeholder: 'a name or epithet' });
  const form = h('form', { role: 'search', class: 'filters', onsubmit: (ev: Event) => { ev.preventDefault(); void fill(input.value.trim()); } }, input, h('button', { type: 'submit' }, 'Search'));
  await fill(q);
  return h('section', {}, h('h1', { tabindex: '-1' }, 'People and names'), form, list);
}
