import { createReadStream } from 'node:fs';
import { z } from 'zod';
import { readDay } from './date.ts';
import { MAX_ARTICLE_BYTES, failure } from './errors.ts';
import type { ReadResult } from './types.ts';

const optionalText = z.string().nullish();

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Where `text` holds half of a UTF-16 surrogate pair alone (not Unicode text), or -1. */
export function loneSurrogateAt(text: string): number {
  return LONE_SURROGATE.exec(text)?.index ?? -1;
}

// The corpora's real shape (see /work/shared/data): extra fields such as `label_conflict` are allowed.
const Record = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  published: optionalText,
  title: optionalText,
  text: z.string(),
  url: optionalText,
  // The outlet that published it (the streams' `source`): the ledger's outlet for the article's own voice.
  source: optionalText,
  label: z.union([z.string(), z.boolean(), z.number()]).nullish(),
});

// What each field may hold, for the message when it holds something else.
const EXPECTED: Record<string, string> = {
  id: 'a string or a number',
  text: 'a string',
  label: 'a string, a number or true/false',
  published: 'a date string or null',
  title: 'a string or null',
  url: 'a string or null',
  source: 'a string or null',
};

const kindOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value} (${JSON.stringify(value).slice(0, 40)})`;

/** The first problem of a record, as its writer would fix it: `text: 42` is "must be a string", not "missing". */
function why(error: z.ZodError, record: { [field: string]: unknown }): string {
  const issue = error.issues[0];
  if (!issue) return 'not a valid article record';
  const field = issue.path.length === 1 ? String(issue.path[0]) : '';
  if (!field) return issue.path.length ? `field \`${issue.path.join('.')}\`: ${issue.message}` : issue.message;
  if (record[field] === undefined) return `missing the \`${field}\` field`;
  return `field \`${field}\` must be ${EXPECTED[field] ?? 'something else'}, not ${kindOf(record[field])}`;
}

/** One JSONL line → an article or a failure naming the line. The `text` field is kept untouched. */
export function readJsonlLine(line: string, file: string, lineNumber: number): ReadResult | null {
  if (line.trim() === '') return null;
  if (line.length > MAX_ARTICLE_BYTES) return failure(file, 'line over the 20 MB article limit', lineNumber);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return failure(file, `not valid JSON (${(error as Error).message})`, lineNumber);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return failure(file, 'not a JSON object', lineNumber);
  const parsed = Record.safeParse(value);
  if (!parsed.success) return failure(file, why(parsed.error, value as { [field: string]: unknown }), lineNumber);
  const record = parsed.data;
  if (record.text.trim() === '') return failure(file, 'empty `text` field', lineNumber);
  // A lone surrogate escape ("\ud9da" with no pair) parses, but is no character: the database stores it as bytes
  // that read back as three U+FFFD on SQLite, one on PostgreSQL, and every offset after it pointed elsewhere.
  for (const field of ['text', 'title', 'source', 'url', 'id', 'published'] as const) {
    const value = record[field];
    if (typeof value !== 'string') continue;
    const at = loneSurrogateAt(value);
    if (at >= 0) {
      const code = value.charCodeAt(at).toString(16);
      return failure(
        file,
        `field \`${field}\` holds a lone surrogate escape (\\u${code} at character ${at}), not a character: fix the escaping of the text`,
        lineNumber,
      );
    }
  }
  let published: string | null = null;
  if (record.published) {
    const reading = readDay(record.published);
    if (reading.kind !== 'day') {
      return failure(
        file,
        `impossible date "${record.published}" in \`published\` (${reading.kind === 'impossible' ? reading.why : 'want YYYY-MM-DD'})`,
        lineNumber,
      );
    }
    published = reading.day;
  }
  return {
    ok: true,
    article: {
      id: record.id === null || record.id === undefined ? null : String(record.id),
      published,
      title: record.title ?? null,
      source: record.source?.trim() || null,
      url: record.url ?? null,
      text: record.text,
      origin: { file, line: lineNumber },
      ...(record.label === null || record.label === undefined ? {} : { label: String(record.label) }),
    },
  };
}

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * The lines of a file as bytes, streamed: a line longer than `max` bytes is not kept (only its length is known), so a
 * runaway line never sits in memory whole.
 */
async function* byteLines(file: string, max: number): AsyncGenerator<Buffer | { over: number }> {
  let parts: Buffer[] = [];
  let length = 0;
  let over = false;
  const end = function* (): Generator<Buffer | { over: number }> {
    if (over || length > max) yield { over: length };
    else {
      const line = Buffer.concat(parts, length);
      yield line.length > 0 && line[line.length - 1] === CR ? line.subarray(0, line.length - 1) : line;
    }
    [parts, length, over] = [[], 0, false];
  };
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let at = chunk.indexOf(NEWLINE); at >= 0; at = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, at);
      length += piece.length;
      if (!over) parts.push(piece);
      yield* end();
      start = at + 1;
    }
    const rest = chunk.subarray(start);
    length += rest.length;
    if (length > max) [over, parts] = [true, []];
    else if (rest.length > 0) parts.push(rest);
  }
  if (length > 0) yield* end();
}

/**
 * A JSONL corpus, streamed line by line: corpora can be far larger than memory should hold. Each line is decoded
 * strictly on its own: a line that is not UTF-8 is named and skipped, wherever it is (a bad byte past the first
 * 8 KB used to be stored as U+FFFD, one within them refused the whole file).
 */
export async function* readJsonlFile(file: string): AsyncGenerator<ReadResult, void, undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lineNumber = 0;
  let records = 0;
  for await (const bytes of byteLines(file, MAX_ARTICLE_BYTES)) {
    lineNumber++;
    let result: ReadResult | null;
    if (!(bytes instanceof Buffer)) result = failure(file, 'line over the 20 MB article limit', lineNumber);
    else {
      let line: string | null;
      try {
        line = decoder.decode(bytes);
      } catch {
        line = null;
      }
      // A byte-order mark is an encoding artefact: JSON.parse would refuse the first record over it.
      if (line !== null && lineNumber === 1) line = line.replace(/^\uFEFF/, '');
      result =
        line === null
          ? failure(file, 'not UTF-8 text (convert the file to UTF-8)', lineNumber)
          : readJsonlLine(line, file, lineNumber);
    }
    if (!result) continue;
    records++;
    yield result;
  }
  if (records === 0) yield failure(file, 'empty: no JSONL records');
}

/** Every article of JSONL content already in memory (a pasted corpus). */
export function readJsonlText(content: string, file: string): ReadResult[] {
  const results = content.split(/\r?\n/).map((line, index) => readJsonlLine(line, file, index + 1));
  const found = results.filter((result): result is ReadResult => result !== null);
  return found.length > 0 ? found : [failure(file, 'empty: no JSONL records')];
}
