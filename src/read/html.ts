import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toDay } from './date.ts';
import { failure } from './errors.ts';
import { htmlText } from './text-of-html.ts';
import type { ReadResult } from './types.ts';

type Page = ReturnType<typeof parseHTML>['document'];

function meta(document: Page, ...keys: string[]): string | null {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

function findDatePublished(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.datePublished === 'string') return record.datePublished;
    return findDatePublished(record['@graph'] ?? Object.values(record).filter((v) => typeof v === 'object'));
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

/** The page's publication day, in the contract's order of trust. */
function publishedDay(document: Page): string | null {
  const candidates = [
    meta(document, 'article:published_time', 'datePublished', 'date'),
    jsonLdDate(document),
    document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
  ];
  for (const candidate of candidates) {
    const day = toDay(candidate);
    if (day) return day;
  }
  return null;
}

/** An HTML page: its main text by Readability (boilerplate dropped), dated and titled from its metadata. */
export function readHtml(content: string, file: string): ReadResult {
  const { document } = parseHTML(content);
  // Metadata first: Readability rewrites the document it is given.
  const published = publishedDay(document);
  const source = meta(document, 'og:site_name', 'application-name');
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url');
  const ogTitle = meta(document, 'og:title', 'twitter:title');
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  const body = document.body?.innerHTML ?? '';
  const parsed = new Readability(document as unknown as Document).parse();
  const text = htmlText(parsed?.content ?? body);
  if (text.trim() === '') return failure(file, 'no readable text in the HTML page');
  return {
    ok: true,
    article: {
      id: null, published, title: ogTitle ?? parsed?.title ?? pageTitle, source: source ?? parsed?.siteName ?? null,
      url: url ?? null, text, origin: { file },
    },
  };
}
