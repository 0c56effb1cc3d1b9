import { readFeed } from './feed.ts';
import { readHouse, readPlain } from './house.ts';
import { readHtml } from './html.ts';
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
    case 'html':
      return [withDate(readHtml(content, file), date)];
    case 'feed':
      return readFeed(content, file);
    case 'jsonl':
      return readJsonlText(content, file);
  }
}

// A page that carries no date of its own takes the caller's, as plain text does.
function withDate(result: ReadResult, date: string | null): ReadResult {
  if (!result.ok || result.article.published || !date) return result;
  return { ok: true, article: { ...result.article, published: date } };
}
