import { dayProblem } from './date.ts';
import { failure } from './errors.ts';
import type { Article, ReadResult } from './types.ts';
import { parseHouse } from './header.ts';

export { parseHouse } from './header.ts';

function article(file: string, published: string | null, text: string): Article {
  return { id: null, published, title: null, source: null, url: null, text, origin: { file } };
}

/** A house-format article; offsets point into what follows the header. */
export function readHouse(content: string, file: string): ReadResult {
  const parsed = parseHouse(content);
  if (!parsed) return failure(file, 'no `date YYYY-MM-DD ` header at the start (use --format text for plain text)');
  const why = dayProblem(parsed.published);
  if (why) return failure(file, `impossible date ${parsed.published} in the header (${why})`);
  if (parsed.text.trim() === '') return failure(file, 'no text after the date header');
  return { ok: true, article: article(file, parsed.published, parsed.text) };
}

/** Plain text, dated only by what the caller says (`--date`). */
export function readPlain(content: string, file: string, date: string | null): ReadResult {
  // A byte-order mark is an encoding artefact, not text an offset should count.
  const text = content.replace(/^\uFEFF/, '');
  if (text.trim() === '') return failure(file, 'empty: no text');
  return { ok: true, article: article(file, date, text) };
}
