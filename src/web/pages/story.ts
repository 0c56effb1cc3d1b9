// One story, read in ten seconds: its headline proposition and stages in plain words, a verdict in four bullets
// that each land on their evidence row, then how the score changed, the evidence, the timeline and the background.
import type { EvidenceItem, Story, StoryStage } from '../../ledger/types.ts';
import { SHOWN, api, type StoryPageData } from '../api.ts';
import { h, pct, route } from '../dom.ts';
import { scoreChart } from '../chart.ts';
import { editorialActions, editorialState } from '../editorial.ts';
import { evidenceTable, rowId, type EvidenceState } from '../evidence.ts';
import { timeline } from '../timeline.ts';
import {
  HOLDER_WORDS,
  STANCE_WORDS,
  names,
  points,
  proposition,
  stageLine,
  statusBadge,
  subjectNames,
  wholeDays,
} from './parts.ts';
import { plainWhy, quoted } from './plain.ts';

export async function storyPage(id: string, params: URLSearchParams): Promise<Element> {
  // A busy story's long lists come a page at a time: `items` in the URL is how many of each are shown.
  const items = Math.max(SHOWN, Number.parseInt(params.get('items') ?? '', 10) || SHOWN);
  const story = await api.storyPage(id, items);
  const here = (extra: Record<string, string>) => {
    const p = new URLSearchParams();
    const shown: Record<string, string> = items > SHOWN ? { items: String(items) } : {};
    for (const [k, v] of Object.entries({ ...stateParams(table.state), ...shown, ...extra })) if (v) p.set(k, v);
    const q = p.toString();
    return `${route('story', id)}${q ? `?${q}` : ''}`;
  };
  const table = { state: stateFrom(params) };
  const evidence = evidenceTable(story, table.state, (state) => {
    table.state = state;
    // Kept in the URL (without a new history entry) so a shared or reloaded link shows the same rows.
    if (location.hash.startsWith(route('story', id))) history.replaceState(history.state, '', here({}));
  });
  const goTo = (index: number | 'evidence') => (event?: Event) => {
    event?.preventDefault();
    const target = index === 'evidence' ? document.getElementById('evidence') : evidence.reveal(index);
    if (!target) return;
    history.replaceState(history.state, '', here({ at: index === 'evidence' ? 'evidence' : rowId(index) }));
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    target.classList.add('landed');
    setTimeout(() => target.classList.remove('landed'), 2000);
  };
  const link = (index: number | 'evidence', text: string) =>
    index !== 'evidence' && index >= story.explanation.length
      ? // An item past the pages read (the verdict names it from the whole story): read up to it, then land on it.
        h('a', { href: here({ items: String(Math.ceil((index + 1) / SHOWN) * SHOWN), at: rowId(index) }) }, text)
      : h('a', { href: here({ at: index === 'evidence' ? 'evidence' : rowId(index) }), onclick: goTo(index) }, text);

  const head = headline(story);
  const page = h(
    'article',
    { class: 'story' },
    h(
      'p',
      { class: 'kicker subjects' },
      'A story about ',
      ...story.subjects.flatMap((x, i) => [
        i ? (i === story.subjects.length - 1 ? ' and ' : ', ') : '',
        h('a', { href: route('entity', x.id) }, x.name),
      ]),
    ),
    h('h1', { tabindex: '-1' }, `${subjectNames(story)}: ${story.type}`),
    editorialState(story),
    h(
      'p',
      { class: 'proposition' },
      h('span', { class: 'label' }, 'Headline: '),
      h('strong', {}, sentence(proposition(story, story.value))),
      ' ',
      // The status of what the headline says: "have split" is confirmed; the story as a whole has `ended`.
      statusBadge(head?.status ?? story.status),
      ' ',
      h('strong', { class: 'score' }, pct(story.score)),
    ),
    story.stages && story.stages.length > 1
      ? h('p', { class: 'stages' }, h('span', { class: 'label' }, 'Stages: '), ...stageList(story.stages, story.value))
      : null,
    h('p', { class: 'score-note' }, ...wholeDays(scoreNote(story))),
    h(
      'section',
      { class: 'verdict', 'aria-labelledby': 'verdict-h' },
      h('h2', { id: 'verdict-h' }, 'Verdict'),
      verdict(story, link),
    ),
    h('h2', {}, 'How it changed'),
    scoreChart(
      head?.history.length ? head.history : story.history,
      { value: story.value },
      proposition(story, story.value),
    ),
    h(
      'h2',
      { id: 'evidence', tabindex: -1 },
      `Evidence (${counted(story.explanation.length, story.totals.explanation)})`,
    ),
    evidence.element,
    more(story, (n) => here({ items: String(n) })),
    h('h2', {}, 'Timeline'),
    timeline(story),
    background(story),
    editorialActions(story),
  );
  const at = params.get('at');
  if (at) {
    const index = /^ev-(\d+)$/.exec(at)?.[1];
    // After the router has put the page in the document.
    requestAnimationFrame(() => goTo(index === undefined ? 'evidence' : Number(index))());
  }
  return page;
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/** "40", or "200 of 2,399" when only the first part is shown. */
const counted = (shown: number, total: number) =>
  shown < total ? `${shown.toLocaleString('en')} of ${total.toLocaleString('en')}` : String(total);

/** Links to more of a busy story's evidence, background and timeline, when some are not shown yet. */
function more(story: StoryPageData, href: (items: number) => string): Element | null {
  if (story.next === null) return null;
  const shown = Number(story.next);
  const all = Math.max(story.totals.explanation, story.totals.background, story.totals.timeline);
  return h(
    'p',
    { class: 'more' },
    `Showing the first ${shown.toLocaleString('en')} items of the evidence, the timeline and the background. `,
    h('a', { href: href(shown + SHOWN) }, `Show ${Math.min(SHOWN, all - shown).toLocaleString('en')} more`),
    ' · ',
    h('a', { href: href(all) }, `Show all ${all.toLocaleString('en')}`),
  );
}

function stateFrom(params: URLSearchParams): EvidenceState {
  return { holder: params.get('holder') ?? '', stance: params.get('stance') ?? '', all: params.get('all') === '1' };
}
function stateParams(state: EvidenceState): Record<string, string> {
  return { holder: state.holder, stance: state.stance, all: state.all ? '1' : '' };
}

function headline(story: Story): StoryStage | null {
  return story.stages?.find((s) => s.value === story.value) ?? null;
}

function stageList(stages: StoryStage[], headlineValue: string): Array<Node | string> {
  return stages.flatMap((stage, i) => [
    i ? ' · ' : '',
    h(
      stage.value === headlineValue ? 'strong' : 'span',
      { class: `stage status-${stage.status}` },
      ...wholeDays(stageLine(stage)),
    ),
  ]);
}

/** What the percentage means, and as of when. */
function scoreNote(story: Story): string {
  const what = proposition(story, story.value);
  const when = story.lastSeen
    ? `as of ${story.lastSeen}, the date of the latest evidence`
    : 'on the evidence so far (its articles carry no dates)';
  return `${pct(story.score)} is the probability that ${what}, ${when}.`;
}

type Link = (index: number | 'evidence', text: string) => Element;

/** What `ended` means for a story whose last stage is settled (src/ledger/stages.ts: a split on record, a birth). */
const ENDED: Record<string, string> = {
  relationship: 'the relationship is over',
  pregnancy: 'the pregnancy is over',
  feud: 'the feud is over',
};

/** The verdict in at most four bullets: the verdict and its reason, the strongest item for, against, what is missing. */
function verdict(story: StoryPageData, link: Link): Element {
  // Found by the server in the whole explanation: a busy story's page holds only its first items.
  const decided = story.verdict.decided ?? -1;
  const reason = (story.statusReason ?? story.status).replace(/^[a-z]+: /, '');
  const up = story.verdict.for;
  const down = story.verdict.against;
  const said = ({ item, index }: { item: EvidenceItem; index: number }) => [
    `${who(item, story)} ${STANCE_WORDS[item.stance] ?? item.stance}`,
    ...(item.published ? [' (', h('span', { class: 'day' }, item.published), ')'] : []),
    ': ',
    link(index, quoted(clip(item.text, 150))),
    ` ${points(item.delta)}.`,
  ];
  return h(
    'ul',
    { class: 'verdict-list' },
    h(
      'li',
      {},
      h('span', { class: 'label' }, 'Verdict: '),
      statusBadge(story.status),
      ` ${pct(story.score)} — ${story.status === 'ended' && ENDED[story.type] ? `${ENDED[story.type]}; ` : ''}${reason}.`,
      ...(decided >= 0 ? [' ', link(decided, 'The deciding item')] : []),
    ),
    h(
      'li',
      {},
      h('span', { class: 'label' }, 'Strongest for: '),
      ...(up ? said(up) : ['nothing in the evidence raises it by half a point or more.']),
    ),
    h(
      'li',
      {},
      h('span', { class: 'label' }, 'Strongest against: '),
      ...(down ? said(down) : ['nothing in the evidence lowers it by half a point or more.']),
    ),
    h('li', {}, h('span', { class: 'label' }, 'Missing: '), missing(story), ' ', link('evidence', 'All the evidence')),
  );
}

/** What a journalist would want before believing it: a word on record, a second source, dates. */
function missing(story: StoryPageData): string {
  const gaps: string[] = [];
  const people = story.subjects.map((x) => x.name);
  const onRecord = story.verdict.onRecord;
  if (onRecord.length === 0) {
    const that = proposition(story, story.value, { they: true });
    gaps.push(
      people.length > 1
        ? `neither ${people.length > 2 ? 'of them' : names(people).replace(' and ', ' nor ')} has confirmed or denied on record that ${that}`
        : `${people[0] ?? 'nobody involved'} has not confirmed or denied it on record`,
    );
  }
  const independent = story.sources.filter((x) => x.independent && x.kind !== 'author').length;
  if (independent < 2)
    gaps.push(independent === 0 ? 'no outlet carries it under its own name' : 'only one independent outlet reports it');
  if (!story.lastSeen) gaps.push('its articles carry no dates, so the order of events is unknown');
  if (gaps.length === 0)
    return `nothing essential: ${names([...new Set(onRecord.map((x) => x ?? 'someone involved'))])} spoke on record and ${independent} independent outlets report it.`;
  return `${sentence(gaps.join('; ')).replace(/\.$/, '')}.`;
}

function who(item: EvidenceItem, story: StoryPageData): string {
  const outlet = story.articles[item.article]?.source;
  const { kind, name } = item.holder;
  if (kind === 'author') return outlet ? `${outlet}, in its own voice,` : "The article's own voice";
  if (kind === 'anonymous') return `An anonymous source${outlet ? ` in ${outlet}` : ''}`;
  // A holder named by a common noun ("the site", "the internet") opens the sentence.
  if (name) return kind === 'principal' ? `${name} (involved)` : sentence(name).replace(/\.$/, '');
  return sentence(HOLDER_WORDS[kind] ?? kind).replace(/\.$/, '');
}

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;

/** History the articles recall, apart and folded: it never moved the status. */
function background(story: StoryPageData): Element | null {
  if (story.background.length === 0) return null;
  return h(
    'details',
    { class: 'background' },
    h(
      'summary',
      {},
      h('h2', { class: 'inline' }, `Background (${counted(story.background.length, story.totals.background)})`),
      h('span', { class: 'muted' }, ' — history the articles recall; it does not move the status'),
    ),
    h(
      'ul',
      {},
      ...story.background.map((x) =>
        h(
          'li',
          {},
          h('span', { class: 'muted' }, `${x.published ?? 'undated'} · ${x.holder.name ?? x.holder.kind}: `),
          h('a', { href: `${route('article', x.article)}?start=${x.start}&end=${x.end}` }, x.text),
          h(
            'span',
            { class: 'muted small' },
            ` (${plainWhy(x.why).replace(/: history the articles recall; it does not move the status/, '')})`,
          ),
        ),
      ),
    ),
  );
}
