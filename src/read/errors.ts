import type { ReadFailure, ReadResult } from './types.ts';

/** Articles larger than this are refused: no real news article comes near it, a runaway dump does. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/** A failure of `file` (and line): its message is kept to one line, as the CLI prints one per failure. */
export function failure(file: string, message: string, line?: number): ReadResult {
  // Messages may quote the input (JSON.parse's "\"<\r\" is not valid JSON", a feed item's title): no line breaks.
  const oneLine = message.replace(/[\r\n\u2028\u2029]+/g, ' ');
  const failed: ReadFailure = line === undefined ? { file, message: oneLine } : { file, line, message: oneLine };
  return { ok: false, failure: failed };
}

/** "file:line: message", the one-line form the CLI prints. */
export function describeFailure(failed: ReadFailure): string {
  return `${failed.line === undefined ? failed.file : `${failed.file}:${failed.line}`}: ${failed.message}`;
}
