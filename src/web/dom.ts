// The UI's only way to make nodes: text always goes through textContent, never through HTML parsing,
// so article text and names cannot inject markup or script.
type Attr = string | number | boolean | undefined | null | ((event: Event) => void);
export type Child = Node | string | number | null | undefined | false;

const SVG_NS = 'http://www.w3.org/2000/svg';

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
