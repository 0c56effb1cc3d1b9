import { readHouse, readPlain } from './house.ts';
import { readJsonlText } from './jsonl.ts';
import type { Format } from './detect.ts';
import type { ReadResult } from './types.ts';

/** Content already in memory, in a known format → its articles (or failures). */
export async function readContent(
  content: string,
  file: string,
  format: Format,
  date: string | null,
): Promise<ReadResult[]> {
  switch (format) {
    case 'house':
      return [readHouse(content, file)];
    case 'text':
      return [readPlain(content, file, date)];
    // The HTML and feed readers (linkedom, readability, rss-parser: ~0.15 s to load) are loaded for the first page or
    // feed, so `extract` of a text file does not pay for them.
    case 'html': {
      const { readHtml } = await import('./html.ts');
      return [withDate(readHtml(content, file), date)];
    }
    case 'feed': {
      const { readFeed } = await import('./feed.ts');
      return readFeed(content, file);
    }
    case 'jsonl':
      return readJsonlText(content, file);
  }
}

// A page that carries no date of its own takes the caller's, as plain text does.
function withDate(result: ReadResult, date: string | null): ReadResult {
  if (!result.ok || result.article.published || !date) return result;
  return { ok: true, article: { ...result.article, published: date } };
}
