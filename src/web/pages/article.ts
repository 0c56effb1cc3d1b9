// One article: its text with entities, times, hedges and claims marked; its credibility and why.
import type { Extraction } from '../../extract/types.ts';
import { api } from '../api.ts';
import { h, pct, route, safeHref } from '../dom.ts';
import { segments, type Mark } from '../highlight.ts';
import { dayRange, isoDay } from '../when.ts';
import { signed } from './parts.ts';

export async function articlePage(id: string, params: URLSearchParams): Promise<Element> {
  const stored = await api.article(id);
  const focus = range(params);
  const { article, extraction } = stored;
  const url = article.url && safeHref(article.url) ? article.url : null;
  const text = markedText(article.text, extraction, focus, stored.entities ?? {});
  const page = h('article', { class: 'article' },
    h('h1', { tabindex: '-1' }, article.title ?? `Article ${id}`),
    h('p', { class: 'muted' }, `Published ${article.published ?? 'date unknown'}`, article.source ? ` · ${article.source}` : '', url ? ' · ' : '', url ? h('a', { href: url, rel: 'noopener noreferrer' }, 'original') : null),
    credibility(extraction),
    legend(),
    text,
  );
  // Scroll after the page is in the document; the router inserts it before the next frame.
  if (focus) requestAnimationFrame(() => page.querySelector('mark.focus')?.scrollIntoView({ block: 'center' }));
  return page;
}

export function credibility(x: Extraction): Element {
  const signals = x.article.credibility.signals;
  return h('section', { class: 'credibility' },
    h('h2', {}, `Credibility ${pct(x.article.credibility.score)}`),
    signals.length === 0 ? h('p', { class: 'muted' }, 'No credibility signals found.') :
      h('ul', {}, ...signals.map((s) => h('li', {}, h('strong', {}, s.name), ` ${signed(s.weight)} `, h('q', {}, s.text)))));
}

function legend(): Element {
  return h('p', { class: 'legend' }, 'Marked: ', ...(['entity', 'time', 'hedge', 'claim'] as const).map((k) => h('span', { class: `hl-${k}` }, k)),
    ' (hover for details; people and places known to the ledger link to their page; Tab to a time shows its date)');
}

/**
 * The article's text with its marks. `links` maps extraction entity ids to ledger entity ids: those
 * mentions become links to the entity's page. Times are focusable and show their resolved value on
 * focus as well as on hover (the title attribute alone is mouse-only).
 */
export function markedText(text: string, x: Extraction, focus: { start: number; end: number } | null, links: Record<string, string> = {}): Element {
  const marks: Array<Mark & { entity?: string; value?: string }> = [];
  for (const e of x.entities) for (const m of e.mentions) marks.push({ kind: 'entity', start: m.start, end: m.end, title: `${e.name} (${e.type})`, entity: links[e.id] });
  for (const t of x.times) marks.push({ kind: 'time', start: t.start, end: t.end, title: `${t.type} ${readable(t.value)}`, value: t.value });
  for (const hd of x.hedges) marks.push({ kind: 'hedge', start: hd.start, end: hd.end, title: 'hedge' });
  for (const c of x.claims) marks.push({ kind: 'claim', start: c.evidence.start, end: c.evidence.end, title: `claim: ${c.type} ${c.value}, ${c.holder.kind} ${c.stance}` });
  if (focus) marks.push({ kind: 'focus', ...focus, title: 'the evidence you opened' });
  const body = h('div', { class: 'text' });
  for (const seg of segments(text, marks)) {
    if (seg.marks.length === 0) {
      body.append(seg.text);
      continue;
    }
    const isFocus = seg.marks.some((m) => m.kind === 'focus');
    const entity = (seg.marks as typeof marks).find((m) => m.kind === 'entity' && m.entity)?.entity;
    const time = (seg.marks as typeof marks).find((m) => m.kind === 'time')?.value;
    const title = seg.marks.map((m) => m.title).filter(Boolean).join(' · ');
    const classes = [...new Set(seg.marks.map((m) => (m.kind === 'focus' ? 'focus' : `hl-${m.kind}`)))].join(' ');
    let inner: Element | string = seg.text;
    if (entity) inner = h('a', { class: 'entity-link', href: route('entity', entity) }, seg.text);
    else if (time) inner = h('time', { tabindex: 0, 'data-value': readable(time), ...(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(time) ? { datetime: time } : {}) }, seg.text);
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
