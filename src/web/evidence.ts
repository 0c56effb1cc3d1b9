// A story's evidence for 100+ rows: grouped by article (date, outlet, headline, credibility once per article),
// rows that barely moved the score and sentences repeated from an earlier article folded away, filters by holder
// and stance. Everything is rendered once; filters only hide rows, so a long story stays quick to use.
import { at, must } from '../invariant/index.ts';
import { NEAR_ZERO, type EvidenceItem } from '../ledger/types.ts';
import type { ArticleBrief, StoryPageData } from './api.ts';
import { field, h, route, wrappable } from './dom.ts';
import { STANCE_WORDS, holderBadge, holderKind, points, stanceBadge, wholeDays } from './pages/parts.ts';
import { credibilityWords, plainWhy, stageOfItem } from './pages/plain.ts';

export type Row = {
  item: EvidenceItem;
  index: number;
  stage: string;
  nearZero: boolean;
  /** The row this one repeats (same sentence, holder and stance in an earlier article), if any. */
  repeatOf: number | null;
  /** Articles that repeat this row. */
  copies: string[];
};

export type EvidenceState = { holder: string; stance: string; all: boolean };

export const rowId = (index: number) => `ev-${index}`;
const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The rows in article order (dated first, oldest first), each article's in text order, with repeats found. */
export function evidenceRows(story: Pick<StoryPageData, 'explanation' | 'value'>): {
  rows: Row[];
  groups: Array<{ article: string; rows: Row[] }>;
} {
  const byArticle = new Map<string, Row[]>();
  story.explanation.forEach((item, index) => {
    const row: Row = {
      item,
      index,
      stage: stageOfItem(item, story.value),
      nearZero: Math.abs(item.delta) < NEAR_ZERO,
      repeatOf: null,
      copies: [],
    };
    byArticle.set(item.article, [...(byArticle.get(item.article) ?? []), row]);
  });
  const groups = [...byArticle].map(([article, rows]) => ({
    article,
    rows: rows.sort((a, b) => a.item.start - b.item.start || a.index - b.index),
  }));
  // A group exists because a row was put in it: rows[0] is always there.
  const when = (g: { rows: Row[] }) => at(g.rows, 0).item.published;
  groups.sort(
    (a, b) =>
      (when(a) === null ? 1 : 0) - (when(b) === null ? 1 : 0) ||
      (when(a) ?? '').localeCompare(when(b) ?? '') ||
      at(a.rows, 0).index - at(b.rows, 0).index,
  );
  const first = new Map<string, Row>();
  for (const g of groups) {
    for (const row of g.rows) {
      const key = `${norm(row.item.text)}|${row.item.holder.kind}|${row.item.stance}`;
      const original = first.get(key);
      if (original && original.item.article !== row.item.article) {
        row.repeatOf = original.index;
        if (!original.copies.includes(row.item.article)) original.copies.push(row.item.article);
      } else if (!original) {
        first.set(key, row);
      }
    }
  }
  return { rows: groups.flatMap((g) => g.rows), groups };
}

export function evidenceTable(
  story: StoryPageData,
  initial: EvidenceState,
  onChange: (state: EvidenceState) => void,
): { element: Element; reveal: (index: number) => HTMLElement | null } {
  const { rows, groups } = evidenceRows(story);
  const state = { ...initial };
  const trs = new Map<number, HTMLTableRowElement>();
  const bodies: Array<{ body: HTMLTableSectionElement; rows: Row[] }> = [];

  const table = h(
    'table',
    { class: 'evidence' },
    h('caption', { class: 'sr' }, `Evidence for this story, grouped by article`),
    h(
      'colgroup',
      {},
      h('col', { class: 'c-who' }),
      h('col', { class: 'c-stance' }),
      h('col', { class: 'c-said' }),
      h('col', { class: 'c-stage' }),
      h('col', { class: 'c-effect' }),
    ),
    h(
      'thead',
      {},
      h('tr', {}, ...['Who', 'Stance', 'What was said', 'Stage', 'Effect'].map((t) => h('th', { scope: 'col' }, t))),
    ),
  );
  for (const g of groups) {
    const brief = story.articles[g.article];
    const body = h(
      'tbody',
      { class: 'article-group' },
      h(
        'tr',
        { class: 'article-head' },
        h('th', { colspan: 5, scope: 'rowgroup' }, ...articleHead(g.article, brief, at(g.rows, 0).item.published)),
      ),
    );
    for (const row of g.rows) {
      const tr = itemRow(row, story);
      trs.set(row.index, tr);
      body.append(tr);
    }
    bodies.push({ body, rows: g.rows });
    table.append(body);
  }

  const shown = (row: Row) =>
    (!state.holder || row.item.holder.kind === state.holder) &&
    (!state.stance || row.item.stance === state.stance) &&
    (state.all || (!row.nearZero && row.repeatOf === null));
  const status = h('p', { class: 'evidence-status', 'aria-live': 'polite' });
  const apply = () => {
    let visible = 0;
    const articles = new Set<string>();
    for (const { body, rows: inGroup } of bodies) {
      let any = false;
      for (const row of inGroup) {
        const on = shown(row);
        must(trs.get(row.index), 'every row got its tr when the table was built').hidden = !on;
        if (on) {
          visible++;
          any = true;
          articles.add(row.item.article);
        }
      }
      body.hidden = !any;
    }
    const repeats = rows.filter((r) => r.repeatOf !== null).length;
    const small = rows.filter((r) => r.nearZero && r.repeatOf === null).length;
    const folded = state.all
      ? ''
      : [
          repeats ? `${repeats} repeat${repeats === 1 ? '' : 's'} of a sentence from an earlier article` : '',
          small ? `${small} that moved the score by less than half a point` : '',
        ]
          .filter(Boolean)
          .join(' and ');
    status.textContent = `Showing ${visible} of ${rows.length} item${rows.length === 1 ? '' : 's'}, in ${articles.size} of ${groups.length} article${groups.length === 1 ? '' : 's'}.${folded ? ` Folded away: ${folded}.` : ''}`;
    onChange({ ...state });
  };

  const choice = (
    name: string,
    label: string,
    value: string,
    options: Array<[string, string]>,
    set: (v: string) => void,
  ) => {
    const select = h(
      'select',
      { id: `ev-${name}`, name },
      ...options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
    );
    select.addEventListener('change', () => {
      set(select.value);
      apply();
    });
    return field(label, select);
  };
  const count = <K extends string>(key: (r: Row) => K) => {
    const n = new Map<K, number>();
    for (const r of rows) n.set(key(r), (n.get(key(r)) ?? 0) + 1);
    return n;
  };
  const holders = count((r) => r.item.holder.kind);
  const stances = count((r) => r.item.stance);
  const all = h('input', { type: 'checkbox', id: 'ev-all', checked: state.all });
  all.addEventListener('change', () => {
    state.all = all.checked;
    apply();
  });
  const filters = h(
    'div',
    { class: 'filters evidence-filters' },
    choice(
      'holder',
      'Who holds it',
      state.holder,
      [
        ['', 'anyone'],
        ...[...holders].map(([k, n]): [string, string] => [
          k,
          `${holderKind(k, (kind, words) => `${kind} — ${words}`)} (${n})`,
        ]),
      ],
      (v) => {
        state.holder = v;
      },
    ),
    choice(
      'stance',
      'Stance',
      state.stance,
      [['', 'any stance'], ...[...stances].map(([k, n]): [string, string] => [k, `${STANCE_WORDS[k] ?? k} (${n})`])],
      (v) => {
        state.stance = v;
      },
    ),
    h('span', { class: 'field check' }, all, h('label', { for: 'ev-all' }, 'Show repeated and near-zero items')),
  );
  apply();

  return {
    element: h('div', { class: 'evidence-wrap' }, filters, status, table),
    /** Shows a row whatever the filters hide, and returns it (a verdict bullet's link lands on it). */
    reveal(index) {
      const tr = trs.get(index);
      if (!tr) return null;
      if (tr.hidden) {
        state.holder = '';
        state.stance = '';
        state.all = true;
        all.checked = true;
        filters.querySelectorAll('select').forEach((s) => {
          s.value = '';
        });
        apply();
      }
      return tr;
    },
  };
}

function articleHead(article: string, brief: ArticleBrief | undefined, published: string | null): Array<Node | string> {
  const credibility = credibilityWords(brief?.credibility ?? null);
  return [
    h('span', { class: 'when' }, brief?.published ?? published ?? 'undated'),
    ' · ',
    h('span', { class: 'outlet' }, brief?.source ?? 'outlet unknown'),
    ...(brief?.title
      ? [' · ', h('a', { class: 'headline', href: route('article', article) }, ...wrappable(brief.title))]
      : [' · ', h('a', { class: 'headline', href: route('article', article) }, 'open the article')]),
    ...(credibility ? [' · ', h('span', { class: 'credibility' }, `credibility ${credibility}`)] : []),
  ];
}

function itemRow(row: Row, story: StoryPageData): HTMLTableRowElement {
  const { item } = row;
  const copies = row.copies.map((a) => story.articles[a]?.source ?? a);
  return h(
    'tr',
    {
      id: rowId(row.index),
      class: `item${row.nearZero ? ' near-zero' : ''}${row.repeatOf !== null ? ' repeat' : ''}`,
      tabindex: -1,
    },
    h('td', { class: 'who' }, holderBadge(item.holder.kind, item.holder.name)),
    h('td', { class: 'stance' }, stanceBadge(item.stance)),
    h(
      'td',
      { class: 'said' },
      h(
        'a',
        { class: 'evidence-link', href: `${route('article', item.article)}?start=${item.start}&end=${item.end}` },
        item.text,
      ),
      row.repeatOf !== null ? h('span', { class: 'note' }, ' (repeats an earlier article)') : null,
      copies.length
        ? h(
            'span',
            { class: 'note' },
            ` Also in ${copies.length} later article${copies.length === 1 ? '' : 's'}: ${[...new Set(copies)].slice(0, 4).join(', ')}${copies.length > 4 ? ' …' : '.'}`,
          )
        : null,
      h('details', { class: 'why' }, h('summary', {}, 'Why this effect'), h('p', {}, ...wholeDays(plainWhy(item.why)))),
    ),
    h('td', { class: 'stage' }, h('span', { class: 'label' }, 'Stage: '), row.stage),
    h('td', { class: 'num effect' }, row.nearZero ? '≈ 0' : points(item.delta)),
  );
}
