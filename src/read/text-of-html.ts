import { parseHTML } from 'linkedom';
import { at } from '../invariant/index.ts';

// Elements that start a new paragraph: their text becomes its own block, so debris detection
// and sentence splitting see captions and headings on lines of their own.
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

type Walker = { blocks: string[]; current: string };

function flush(walker: Walker): void {
  const text = walker.current
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  if (text) walker.blocks.push(text);
  walker.current = '';
}

/**
 * Depth first over the tree, with a stack of its own rather than recursion: no depth of nesting overflows the call
 * stack (readers refuse pages nested past MAX_DEPTH before building a tree; this holds whatever it is given).
 */
function walk(root: Node, walker: Walker): void {
  // A block's end is pushed beneath its children, so its text is flushed once they are all read.
  const stack: Array<Node | 'end-of-block'> = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node === 'end-of-block') {
      flush(walker);
      continue;
    }
    if (node.nodeType === 3) {
      walker.current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === 'BR') {
      walker.current += '\n';
      continue;
    }
    if (BLOCKS.has(tag)) {
      flush(walker);
      stack.push('end-of-block');
    }
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(at(children, i));
  }
}

/**
 * Readable text of an HTML fragment or page: one paragraph per block element, blank lines between.
 * @example htmlText('<p>One <b>two</b></p><p>Three</p>') // 'One two\n\nThree'
 */
export function htmlText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const walker: Walker = { blocks: [], current: '' };
  walk(document.body, walker);
  flush(walker);
  return walker.blocks.join('\n\n');
}
