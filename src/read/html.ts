import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readDay } from './date.ts';
import { nestedTooDeep, tooDeepMessage } from './depth.ts';
import { failure } from './errors.ts';
import { htmlText } from './text-of-html.ts';
import type { ReadResult } from './types.ts';

type Page = ReturnType<typeof parseHTML>['document'];

/** The first of `keys` the page has a meta tag for, and its content. */
function metaOf(document: Page, ...keys: string[]): { key: string; content: string } | null {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return { key, content };
  }
  return null;
}

const meta = (document: Page, ...keys: string[]): string | null => metaOf(document, ...keys)?.content ?? null;

/**
 * The first `datePublished` in a JSON-LD value, depth first (`@graph` before other members). Iterative, and no
 * deeper than real JSON-LD goes: a script of 10,000 nested arrays must not overflow the stack.
 */
function findDatePublished(root: unknown): string | null {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { value, depth } = top;
    if (!value || typeof value !== 'object' || depth > 32) continue;
    const record = value as Record<string, unknown>;
    if (!Array.isArray(value) && typeof record.datePublished === 'string') return record.datePublished;
    const next = Array.isArray(value)
      ? value
      : record['@graph'] !== undefined
        ? [record['@graph']]
        : Object.values(record);
    for (let i = next.length - 1; i >= 0; i--) stack.push({ value: next[i], depth: depth + 1 });
  }
  return null;
}

function jsonLdDate(document: Page): string | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findDatePublished(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A broken JSON-LD block is common on real pages; the other date sources still count.
    }
  }
  return null;
}

/**
 * The page's publication day, in the contract's order of trust; a source in no date form we read is passed over,
 * but one that names a day that cannot be (`article:published_time` 2025-02-30) is an error: a wrong date changes
 * a story's timeline, and silently undated hid the page's mistake.
 */
function publishedDay(document: Page): { day: string | null } | { error: string } {
  const tag = metaOf(document, 'article:published_time', 'datePublished', 'date');
  const candidates: Array<[string, string | null]> = [
    [tag ? `<meta ${tag.key}>` : 'meta', tag?.content ?? null],
    ['JSON-LD datePublished', jsonLdDate(document)],
    ['<time datetime>', document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null],
  ];
  for (const [where, raw] of candidates) {
    if (!raw) continue;
    const reading = readDay(raw);
    if (reading.kind === 'day') return { day: reading.day };
    if (reading.kind === 'impossible') return { error: `impossible date “${raw}” in ${where} (${reading.why})` };
  }
  return { day: null };
}

/** An HTML page: its main text by Readability (boilerplate dropped), dated and titled from its metadata. */
export function readHtml(content: string, file: string): ReadResult {
  if (nestedTooDeep(content)) return failure(file, `HTML ${tooDeepMessage}`);
  let { document } = parseHTML(content);
  // A fragment (`<p>…`, or text with no element at all) gives linkedom a document element other than <html>, or
  // none, and its `body` getter throws once Readability removes a <script> that was the root: read a fragment as a
  // browser shows it, as the body of a page.
  if (document.documentElement?.tagName !== 'HTML')
    ({ document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`));
  // Metadata first: Readability rewrites the document it is given.
  const dated = publishedDay(document);
  if ('error' in dated) return failure(file, dated.error);
  const published = dated.day;
  const source = meta(document, 'og:site_name', 'application-name');
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url');
  const ogTitle = meta(document, 'og:title', 'twitter:title');
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  const body = document.body?.innerHTML ?? '';
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document).parse();
  } catch (error) {
    return failure(file, `the HTML page could not be read (${(error as Error).message})`);
  }
  const text = htmlText(parsed?.content ?? body);
  if (text.trim() === '') return failure(file, 'no readable text in the HTML page');
  return {
    ok: true,
    article: {
      id: null,
      published,
      title: ogTitle ?? parsed?.title ?? pageTitle,
      source: source ?? parsed?.siteName ?? null,
      url: url ?? null,
      text,
      origin: { file },
    },
  };
}
