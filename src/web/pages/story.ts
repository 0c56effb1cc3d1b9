// One story: status and score explained in words, the SVG timeline, the evidence table.
import type { Story } from '../../ledger/types.ts';
import { api } from '../api.ts';
import { h, pct, route } from '../dom.ts';
import { timeline } from '../timeline.ts';
import { holderBadge, signed, stanceBadge, statusBadge, storyName } from './parts.ts';

export async function storyPage(id: string): Promise<Element> {
  const story = await api.story(id);
  return h('article', { class: 'story' },
    h('h1', { tabindex: '-1' }, storyName(story)),
    h('p', { class: 'subjects' }, 'About: ', ...story.subjects.flatMap((x, i) => [i ? ', ' : '', h('a', { href: route('entity', x.id) }, x.name)])),
    h('p', { class: 'verdict' }, statusBadge(story.status), ' ', h('strong', { class: 'score' }, `${pct(story.score)} likely`)),
    h('p', { class: 'explain' }, explain(story)),
    h('h2', {}, 'Timeline'),
    timeline(story),
    h('h2', {}, 'Evidence'),
    evidenceTable(story),
    story.history.length > 1 ? h('h2', {}, 'How it changed') : null,
    story.history.length > 1 ? h('ol', { class: 'history' }, ...story.history.map((x) => h('li', {}, `${x.date}: `, statusBadge(x.status), ` ${pct(x.score)}`))) : null,
  );
}

/** The score's reasons in one paragraph a reader can check against the table. */
export function explain(story: Story): string {
  const items = story.explanation;
  if (items.length === 0) return 'There is no evidence recorded for this story yet.';
  const independent = story.sources.filter((x) => x.independent).length;
  const parts = [
    `Rumourmill rates this ${story.status} and ${pct(story.score)} likely to be true, from ${items.length} item${items.length === 1 ? '' : 's'} of evidence`,
    ` in ${new Set(items.map((x) => x.article)).size} article(s), with ${independent} independent source${independent === 1 ? '' : 's'}.`,
  ];
  const up = [...items].sort((a, b) => b.delta - a.delta)[0]!;
  const down = [...items].sort((a, b) => a.delta - b.delta)[0]!;
  if (up.delta > 0) parts.push(` The biggest push up (${signed(up.delta)}) came from ${who(up)}: ${up.why}.`);
  if (down.delta < 0) parts.push(` The biggest pull down (${signed(down.delta)}) came from ${who(down)}: ${down.why}.`);
  if (!items.some((x) => x.holder.kind === 'principal' && (x.stance === 'confirms' || x.stance === 'denies'))) {
    parts.push(' Nobody involved has confirmed or denied it on record.');
  }
  return parts.join('');
}

const NAMELESS: Record<string, string> = {
  author: "the article's own voice", fans: 'fans', anonymous: 'an anonymous source', principal: 'someone involved', outlet: 'an outlet', 'named-source': 'a named source',
};
const who = (x: Story['explanation'][number]) => (x.holder.name ? `${x.holder.name} (${x.holder.kind})` : NAMELESS[x.holder.kind] ?? x.holder.kind);

function evidenceTable(story: Story): Element {
  return h('div', { class: 'scroll' }, h('table', { class: 'evidence' },
    h('thead', {}, h('tr', {}, ...['Published', 'Who', 'Stance', 'What was said', 'Effect'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ...story.explanation.map((x) => h('tr', {},
      h('td', {}, x.published ?? 'undated'),
      h('td', {}, holderBadge(x.holder.kind, x.holder.name)),
      h('td', {}, stanceBadge(x.stance)),
      h('td', {}, h('a', { class: 'evidence-link', href: `${route('article', x.article)}?start=${x.start}&end=${x.end}` }, x.text)),
      h('td', { class: 'num', title: x.why }, signed(x.delta), h('div', { class: 'muted small' }, x.why)),
    ))),
  ));
}
