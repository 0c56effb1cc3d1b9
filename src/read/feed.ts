import Parser from 'rss-parser';
import { readDay } from './date.ts';
import { nestedTooDeep, tooDeepMessage } from './depth.ts';
import { failure } from './errors.ts';
import { htmlText } from './text-of-html.ts';
import type { ReadResult } from './types.ts';

type RawItem = { published?: string; updated?: string; 'content:encoded'?: string; 'dc:date'?: string };

// Atom's raw `published` is asked for because rss-parser converts it to UTC, which can move the day.
// A new parser for every feed: one rss-parser keeps one xml2js parser, whose state a malformed feed leaves
// behind, so the next feed's undefined entities (`&lol9;`, `&xxe;`) were read as literal text.
const newParser = () =>
  new Parser<Record<string, unknown>, RawItem>({ customFields: { item: ['published', 'updated', 'dc:date'] } });

/** An RSS 2.0 / RSS 1.0 / Atom feed: one article per item, its text the item's content stripped of HTML. */
export async function readFeed(content: string, file: string): Promise<ReadResult[]> {
  // xml2js builds its objects recursively: 10,000 nested elements overflowed the stack.
  if (nestedTooDeep(content, { xml: true }))
    return [failure(file, `not a readable RSS/Atom feed: XML ${tooDeepMessage}`)];
  const parser = newParser();
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(content);
  } catch (error) {
    return [failure(file, `not a readable RSS/Atom feed: ${(error as Error).message.split('\n')[0]}`)];
  }
  if (feed.items.length === 0) return [failure(file, 'the feed has no items')];
  const source = typeof feed.title === 'string' && feed.title.trim() ? feed.title.trim() : null;
  return feed.items.map((item, index): ReadResult => {
    const label = `item ${index + 1}${item.title ? ` (“${item.title.trim()}”)` : ''}`;
    const html = item['content:encoded'] ?? item.content ?? item.summary ?? '';
    if (nestedTooDeep(html)) return failure(file, `${label}: HTML ${tooDeepMessage}`);
    const text = htmlText(html);
    if (text === '') return failure(file, `${label}: no content`);
    const rawDate = item.published ?? item.pubDate ?? item['dc:date'] ?? item.updated ?? null;
    const reading = rawDate ? readDay(rawDate) : null;
    if (rawDate && reading?.kind !== 'day') {
      return failure(
        file,
        `${label}: impossible or unreadable date “${rawDate}”${reading?.kind === 'impossible' ? ` (${reading.why})` : ''}`,
      );
    }
    const published = reading?.kind === 'day' ? reading.day : null;
    return {
      ok: true,
      article: {
        id: null,
        published,
        title: item.title?.trim() || null,
        source,
        url: item.link ?? null,
        text,
        origin: { file },
      },
    };
  });
}
