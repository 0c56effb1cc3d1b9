// The house format's header: optional leading whitespace, then `date YYYY-MM-DD ` before the text. One definition,
// read by the file reader, format detection, the API and the web page's paste box (so it imports nothing else).
import { at } from '../invariant/index.ts';

const HEADER = /^\s*date (\d{4}-\d{2}-\d{2}) /;

/** The house format's date, its header's length and the text after it, or null when the content has no header. */
export function parseHouse(content: string): { published: string; text: string; header: number } | null {
  const match = HEADER.exec(content);
  if (!match) return null;
  return { published: at(match, 1), text: content.slice(match[0].length), header: match[0].length };
}
