// The UI's only way to make nodes: text always goes through textContent, never through HTML parsing,
// so article text and names cannot inject markup or script.
import { wrapPieces } from './wrap.ts';

type Attr = string | number | boolean | undefined | null | ((event: Event) => void);
export type Child = Node | string | number | null | undefined | false;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A text with a <wbr> wherever wrapPieces lets a long run wrap (a headline that is an address). */
export function wrappable(text: string): Child[] {
  return wrapPieces(text).flatMap((piece, i) => (i === 0 ? [piece] : [document.createElement('wbr'), piece]));
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, Attr> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  apply(node, attrs);
  append(node, children);
  return node;
}

export function s(tag: string, attrs: Record<string, Attr> = {}, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  apply(node, attrs);
  append(node, children);
  return node;
}

export function append(node: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

function apply(node: Element, attrs: Record<string, Attr>): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') {
      node.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    } else if (/^on/i.test(name)) {
      throw new Error(`refusing inline handler attribute ${name}`);
    } else if (name === 'href' && !safeHref(String(value))) {
      continue;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
}

/** Only in-app routes and plain web links: no `javascript:`, `data:` or other schemes. */
export function safeHref(href: string): boolean {
  if (href.startsWith('#') || href.startsWith('/')) return !href.startsWith('//');
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function route(...parts: string[]): string {
  return '#/' + parts.map(encodeURIComponent).join('/');
}

export function pct(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/** A control with its label, which names it by its id (so a click on the label, or a screen reader, finds it). */
export function field(label: string, control: HTMLElement, grow = false): HTMLSpanElement {
  return h('span', { class: grow ? 'field grow' : 'field' }, h('label', { for: control.id }, label), control);
}

/** A list's search form: `go` applies its filters, on submit and as soon as one of `instant` (its selects) changes. */
export function searchForm(label: string, go: () => void, instant: HTMLElement[], ...fields: Child[]): HTMLFormElement {
  for (const control of instant) control.addEventListener('change', go);
  const submit = (e: Event) => {
    e.preventDefault();
    go();
  };
  return h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': label, onsubmit: submit },
    ...fields,
    h('button', { type: 'submit' }, 'Search'),
  );
}

/** A paged list's previous and next links, and where the reader is; null for a list of one page. */
export function pager(of: string, page: number, pages: number, hasNext: boolean, href: (page: number) => string) {
  if (pages <= 1) return null;
  return h(
    'nav',
    { class: 'pager', 'aria-label': `Pages of ${of}` },
    page > 1 ? h('a', { href: href(page - 1), rel: 'prev' }, '← Previous') : null,
    h('span', {}, `Page ${page} of ${pages}`),
    hasNext ? h('a', { href: href(page + 1), rel: 'next' }, 'Next →') : null,
  );
}
