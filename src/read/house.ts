import type { Article } from './types.ts';

// The house format: optional leading whitespace, then `date YYYY-MM-DD ` before the text.
const HEADER = /^\s*date (\d{4}-\d{2}-\d{2}) /;

/** The house format's date and text, or null when the content does not start with its header. */
export function parseHouse(content: string): { published: string; text: string } | null {
  const match = HEADER.exec(content);
  if (!match) return null;
  return { published: match[1]!, text: content.slice(match[0].length) };
}

export function houseArticle(content: string, file: string): Article | null {
  const parsed = parseHouse(content);
  if (!parsed) return null;
  return { id: null, published: parsed.published, title: null, source: null, url: null, text: parsed.text, origin: { file } };
}
