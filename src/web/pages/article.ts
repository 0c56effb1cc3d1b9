// One article, the evidence hub: the stories it feeds (with its own items in each), its credibility in plain words,
// and its text with entities, times, hedges and claims marked, each layer of marks shown or hidden at will.
import type { Extraction } from '../../extract/types.ts';
import type { ArticleStory } from '../../ledger/editorial.ts';
import { api } from '../api.ts';
import { h, pct, route, safeHref, wrappable } from '../dom.ts';
import { segments, type Mark } from '../highlight.ts';
import { dayRange, isoDay } from '../when.ts';
import { STANCE_WORDS, holderBadge, statusBadge, storyLabel, subjectNames } from './parts.ts';
import { credibilitySignals, credibilityWords, nestedQuotes, quoted } from './plain.ts';

export async function articlePage(id: string, params: URLSearchParams): Promise<Element> {
  const stored = await api.article(id);
  const focus = range(params);
  const { article, extraction } = stored;
  const url = article.url && safeHref(article.url) ? article.url : null;
  const hidden = hiddenLayers();
  const marked = () => markedText(article.text, extraction, focus, stored.entities ?? {}, hidden);
  let text = marked();
  const page = h(
    'article',
    { class: 'article' },
    article.title ? null : h('p', { class: 'kicker' }, 'Untitled article'),
    h('h1', { tabindex: '-1' }, ...wrappable(article.title ?? untitled(article.text, article.source))),
    h(
      'p',
      { class: 'muted meta' },
      `Published ${article.published ?? 'date unknown'}`,
      article.source ? ` · ${article.source}` : '',
      url ? ' · ' : '',
      url ? h('a', { href: url, rel: 'noopener noreferrer' }, 'original') : null,
    ),
    feeds(stored.stories, stored.article.id, article.text),
    credibility(extraction),
    layers(hidden, () => {
      // Drawn again without the hidden layers: a hidden name is plain text, not a link that looks like text.
      const next = marked();
      text.replaceWith(next);
      text = next;
    }),
    text,
  );
  // Scroll after the page is in the document; the router inserts it before the next frame.
  if (focus) requestAnimationFrame(() => page.querySelector('mark.focus')?.scrollIntoView({ block: 'center' }));
  return page;
}

/** An untitled article is headed by its first words, not its id: "“The rumour mill kicked into overdrive…”". */
export function untitled(text: string, source: string | null): string {
  const first = text.trim().split(/(?<=[.!?])\s+/)[0] ?? '';
  if (!first) return `An article${source ? ` from ${source}` : ''}`;
  return first.length > 90 ? inQuotes(first.slice(0, 89).replace(/\s+\S*$/, ''), true) : inQuotes(first, false);
}

/**
 * Words of the article in quotation marks, `clipped` ones with an ellipsis. Words that open with their own quotation
 * mark keep it, closed after the ellipsis: the seed article's anonymous source read `““She has been traveling with
 * Tom…”` with the desk's mark added to its own. Quotes inside become single ones ({@link quoted}).
 */
function inQuotes(words: string, clipped: boolean): string {
  const said = clipped ? `${words}…` : words;
  if (/^["“]/.test(said)) return clipped ? `${said}”` : said;
  return quoted(said);
}

/** The stories the article's evidence feeds, each with what this article says in it, linked to the sentence. */
/**
 * A sentence's first words as its link ("“GQ got what months of gossip could not…”"): four links all saying "the
 * sentence" told a reader nothing about which was which.
 */
export function opening(text: string, start: number, end: number, words = 8): string {
  const said = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (!said) return 'the sentence';
  const parts = said.split(' ');
  const cut = parts.length > words ? parts.slice(0, words).join(' ') : said;
  // A 20,000-character word is one word: the link keeps to 80 characters all the same.
  const short = cut.length > 80 ? cut.slice(0, 80) : cut;
  return inQuotes(short, short !== said);
}

function feeds(stories: ArticleStory[] | undefined, id: string, text: string): Element | null {
  if (!stories) return null;
  return h(
    'section',
    { class: 'feeds', 'aria-labelledby': 'feeds-h' },
    h('h2', { id: 'feeds-h' }, `Stories it feeds (${stories.length})`),
    stories.length === 0
      ? h('p', { class: 'muted' }, 'None: no claim in it bears on a story.')
      : h(
          'ul',
          {},
          ...stories.map((s) =>
            h(
              'li',
              {},
              h('a', { class: 'story-link', href: route('story', s.id) }, `${subjectNames(s)} — ${storyLabel(s)}`),
              ' ',
              statusBadge(s.status),
              ` ${pct(s.score)}`,
              h(
                'ul',
                { class: 'items' },
                ...s.items.map((x) =>
                  h(
                    'li',
                    {},
                    holderBadge(x.holder, x.holderName),
                    ` ${STANCE_WORDS[x.stance] ?? x.stance}: `,
                    h(
                      'a',
                      { href: `${route('article', id)}?start=${x.start}&end=${x.end}` },
                      opening(text, x.start, x.end),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
  );
}

/** Credibility in plain words: a verdict with its main reasons, then every signal, which way it counts and why. */
export function credibility(x: Extraction): Element {
  const c = x.article.credibility;
  const said = credibilitySignals(c.signals);
  return h(
    'section',
    { class: 'credibility' },
    h('h2', {}, 'Credibility'),
    h('p', { class: 'credibility-words' }, credibilityWords({ score: c.score, signals: c.signals }) ?? pct(c.score)),
    said.length === 0
      ? h('p', { class: 'muted' }, 'Nothing in the text moves it either way.')
      : h(
          'details',
          {},
          h('summary', {}, `What it rests on (${said.length})`),
          h(
            'ul',
            {},
            ...said.map((s) =>
              h(
                'li',
                {},
                h('strong', {}, s.what),
                ` counts ${s.strength} ${s.counts}`,
                ...(s.quote ? [' (', h('q', {}, nestedQuotes(s.quote)), ')'] : []),
              ),
            ),
          ),
        ),
  );
}

// Layers of marks a reader can hide; the sentence an evidence link opened is always marked.
const LAYERS: Array<[kind: string, label: string]> = [
  ['entity', 'people and names'],
  ['time', 'times'],
  ['hedge', 'hedges'],
  ['claim', 'claims'],
];
const LAYERS_KEY = 'rumourmill-hidden-layers';

function hiddenLayers(): Set<string> {
  return new Set(
    (localStorage.getItem(LAYERS_KEY) ?? '').split(',').filter((k) => LAYERS.some(([kind]) => kind === k)),
  );
}

/** Checkboxes that show or hide each layer of marks (remembered in this browser). */
function layers(hidden: Set<string>, redraw: () => void): Element {
  return h(
    'fieldset',
    { class: 'layers' },
    h('legend', {}, 'Marks shown'),
    ...LAYERS.map(([kind, label]) => {
      const box = h('input', { type: 'checkbox', id: `layer-${kind}`, checked: !hidden.has(kind) });
      box.addEventListener('change', () => {
        if (box.checked) hidden.delete(kind);
        else hidden.add(kind);
        localStorage.setItem(LAYERS_KEY, [...hidden].join(','));
        redraw();
      });
      return h('span', { class: 'layer' }, box, ' ', h('label', { for: `layer-${kind}`, class: `hl-${kind}` }, label));
    }),
    h('span', { class: 'muted small hint' }, 'Hover a mark for details; Tab to a time shows its date.'),
  );
}

/**
 * The article's text with its marks. `links` maps extraction entity ids to ledger entity ids: those
 * mentions become links to the entity's page. Times are focusable and show their resolved value on
 * focus as well as on hover (the title attribute alone is mouse-only).
 */
export function markedText(
  text: string,
  x: Extraction,
  focus: { start: number; end: number } | null,
  links: Record<string, string> = {},
  hidden: ReadonlySet<string> = new Set(),
): Element {
  const all: Array<Mark & { entity?: string; value?: string }> = [];
  const marks = { push: (m: (typeof all)[number]) => (hidden.has(m.kind) ? 0 : all.push(m)) };
  for (const e of x.entities)
    for (const m of e.mentions)
      marks.push({ kind: 'entity', start: m.start, end: m.end, title: `${e.name} (${e.type})`, entity: links[e.id] });
  for (const t of x.times)
    marks.push({ kind: 'time', start: t.start, end: t.end, title: `${t.type} ${readable(t.value)}`, value: t.value });
  for (const hd of x.hedges) marks.push({ kind: 'hedge', start: hd.start, end: hd.end, title: 'hedge' });
  for (const c of x.claims)
    marks.push({
      kind: 'claim',
      start: c.evidence.start,
      end: c.evidence.end,
      title: `claim: ${c.type} ${c.value}, ${c.holder.kind} ${c.stance}`,
    });
  if (focus) marks.push({ kind: 'focus', ...focus, title: 'the evidence you opened' });
  const body = h('div', { class: 'text' });
  for (const seg of segments(text, all)) {
    if (seg.marks.length === 0) {
      body.append(seg.text);
      continue;
    }
    const isFocus = seg.marks.some((m) => m.kind === 'focus');
    const entity = (seg.marks as typeof all).find((m) => m.kind === 'entity' && m.entity)?.entity;
    const time = (seg.marks as typeof all).find((m) => m.kind === 'time')?.value;
    const title = seg.marks
      .map((m) => m.title)
      .filter(Boolean)
      .join(' · ');
    const classes = [...new Set(seg.marks.map((m) => (m.kind === 'focus' ? 'focus' : `hl-${m.kind}`)))].join(' ');
    let inner: Element | string = seg.text;
    if (entity) inner = h('a', { class: 'entity-link', href: route('entity', entity) }, seg.text);
    else if (time)
      inner = h(
        'time',
        {
          tabindex: 0,
          'data-value': readable(time),
          ...(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(time) ? { datetime: time } : {}),
        },
        seg.text,
      );
    body.append(h(isFocus ? 'mark' : 'span', { class: classes, title, 'data-start': seg.start }, inner));
  }
  return body;
}

/** A TIMEX3 value as a reader would check it: "2025-05-04T03:00" → "2025-05-04 03:00"; "2025-W19" → "2025-W19 (2025-05-05 – 2025-05-11)". */
function readable(value: string): string {
  const range = dayRange(value);
  if (range && range[1] > range[0]) return `${value} (${isoDay(range[0])} – ${isoDay(range[1])})`;
  return value.replace('T', ' ');
}

function range(params: URLSearchParams): { start: number; end: number } | null {
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  return params.has('start') && Number.isInteger(start) && Number.isInteger(end) && end > start ? { start, end } : null;
}
