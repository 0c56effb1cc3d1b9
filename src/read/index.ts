// The read stage's only door: inputs (files, directories, pasted text) → Articles,
// failures reported with their file (and line), never thrown.
import { readFile } from 'node:fs/promises';
import { readContent } from './content.ts';
import { badDay } from './date.ts';
import { detectFormat, looksBinary, type Format } from './detect.ts';
import { MAX_ARTICLE_BYTES, failure } from './errors.ts';
import { describePath, fsReason, listDirectory, readHead } from './files.ts';
import { loneSurrogateAt, readJsonlFile } from './jsonl.ts';
import type { ReadResult } from './types.ts';

export type { Article, ReadFailure, ReadResult } from './types.ts';
export { FORMATS, isFormat, looksBinary, type Format } from './detect.ts';
export { badDay, dayProblem, EARLIEST_YEAR, isCalendarDay, toDay } from './date.ts';
export { MAX_ARTICLE_BYTES, describeFailure } from './errors.ts';
export { loneSurrogateAt } from './jsonl.ts';
export { parseHouse } from './header.ts';

export type ReadOptions = {
  /** Publication date `YYYY-MM-DD` for inputs that carry none (plain text, undated pages). */
  date?: string;
  /** Skip detection and read every input as this format. */
  format?: Format;
};

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const utf8 = (): TextDecoder => new TextDecoder('utf-8', { fatal: true });

async function* readOneFile(
  file: string,
  size: number,
  options: ReadOptions,
): AsyncGenerator<ReadResult, void, undefined> {
  if (size === 0) return yield failure(file, 'empty file');
  const head = await readHead(file);
  if (looksBinary(head)) return yield failure(file, 'binary file, not text');
  // Detection reads the head leniently: a JSONL corpus is checked line by line (a bad line is skipped, not the file).
  const format = options.format ?? detectFormat(file, new TextDecoder('utf-8').decode(head, { stream: true }));
  if (format === 'jsonl') return yield* readJsonlFile(file);
  try {
    utf8().decode(head, { stream: true });
  } catch {
    return yield failure(file, 'not UTF-8 text (binary, or another encoding: convert it to UTF-8)');
  }
  if (size > MAX_ARTICLE_BYTES) return yield failure(file, `${megabytes(size)}, over the 20 MB limit for one article`);
  let content: string;
  try {
    content = utf8().decode(await readFile(file));
  } catch (error) {
    return yield failure(file, error instanceof TypeError ? 'not UTF-8 text (convert it to UTF-8)' : fsReason(error));
  }
  yield* await readContent(content, file, format, options.date ?? null);
}

/**
 * Reads every input in order (directories recursively, sorted), one result per article or bad input.
 * @example for await (const r of readInputs(['seed.txt', 'corpus.jsonl'])) if (r.ok) extract(r.article);
 */
export async function* readInputs(
  paths: string[],
  options: ReadOptions = {},
): AsyncGenerator<ReadResult, void, undefined> {
  const wrongDate = options.date === undefined ? null : badDay(options.date);
  if (wrongDate) return yield failure('--date', wrongDate);
  for (const path of paths) {
    let files: { file: string; size: number }[];
    try {
      const info = await describePath(path);
      if (!info.directory) files = [{ file: path, size: info.size }];
      else
        files = await Promise.all(
          (await listDirectory(path)).map(async (file) => ({ file, size: (await describePath(file)).size })),
        );
    } catch (error) {
      yield failure(path, fsReason(error));
      continue;
    }
    for (const { file, size } of files) {
      try {
        yield* readOneFile(file, size, options);
      } catch (error) {
        yield failure(file, fsReason(error));
      }
    }
  }
}

/**
 * Reads one pasted input (the API's POST body); `name` labels failures.
 * @example await readText(' date 2025-05-07 Tom Cruise…', { name: 'body' }) // [{ ok: true, article }]
 */
export async function readText(
  content: string,
  options: { name: string; format?: Format; date?: string },
): Promise<ReadResult[]> {
  const { name } = options;
  const wrongDate = options.date === undefined ? null : badDay(options.date);
  if (wrongDate) return [failure(name, wrongDate)];
  if (content.trim() === '') return [failure(name, 'empty: no text')];
  if (content.includes('\u0000')) return [failure(name, 'binary content, not text')];
  // Only a JavaScript caller can hand over a lone surrogate (UTF-8 cannot carry one): no character, so no text.
  const lone = loneSurrogateAt(content);
  if (lone >= 0)
    return [
      failure(
        name,
        `not Unicode text: a lone surrogate (\\u${content.charCodeAt(lone).toString(16)}) at character ${lone}`,
      ),
    ];
  const format = options.format ?? detectFormat(name, content.slice(0, 8192));
  if (format !== 'jsonl' && Buffer.byteLength(content) > MAX_ARTICLE_BYTES) {
    return [failure(name, `${megabytes(Buffer.byteLength(content))}, over the 20 MB limit for one article`)];
  }
  return readContent(content, name, format, options.date ?? null);
}
