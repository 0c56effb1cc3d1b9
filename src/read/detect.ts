import { extname } from 'node:path';
import { parseHouse } from './header.ts';

export const FORMATS = ['house', 'text', 'html', 'jsonl', 'feed'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/** File extensions a directory walk picks up; anything else in a folder (images, notes) is not an article. */
export const ARTICLE_EXTENSIONS = new Set([
  '.txt',
  '.text',
  '.html',
  '.htm',
  '.xhtml',
  '.jsonl',
  '.ndjson',
  '.xml',
  '.rss',
  '.atom',
]);

const HTML = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;
const FEED = /<(?:rss|feed|rdf:RDF)[\s>]/;

/**
 * The format of an input from its first few kilobytes, the file name breaking ties.
 * Content wins over the name: a `.txt` that starts with a `date` header is the house format.
 */
export function detectFormat(name: string, head: string): Format {
  const start = head.replace(/^\uFEFF/, '');
  if (parseHouse(start)) return 'house';
  const trimmed = start.trimStart();
  if (HTML.test(trimmed)) return 'html';
  if (trimmed.startsWith('<') && FEED.test(trimmed)) return 'feed';
  if (trimmed.startsWith('{')) return 'jsonl';
  switch (extname(name).toLowerCase()) {
    case '.html':
    case '.htm':
    case '.xhtml':
      return 'html';
    case '.jsonl':
    case '.ndjson':
      return 'jsonl';
    case '.xml':
    case '.rss':
    case '.atom':
      return 'feed';
    default:
      return 'text';
  }
}

/** True for content no article is written in: NUL bytes or a run of control characters. */
export function looksBinary(head: Buffer): boolean {
  if (head.includes(0)) return true;
  let control = 0;
  for (const byte of head) if (byte < 9 || (byte > 13 && byte < 32)) control++;
  return head.length > 0 && control / head.length > 0.1;
}
