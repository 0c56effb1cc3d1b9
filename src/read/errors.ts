import type { ReadFailure, ReadResult } from './types.ts';

/** Articles larger than this are refused: no real news article comes near it, a runaway dump does. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export function failure(file: string, message: string, line?: number): ReadResult {
  const failed: ReadFailure = line === undefined ? { file, message } : { file, line, message };
  return { ok: false, failure: failed };
}

/** "file:line: message", the one-line form the CLI prints. */
export function describeFailure(failed: ReadFailure): string {
  return `${failed.line === undefined ? failed.file : `${failed.file}:${failed.line}`}: ${failed.message}`;
}
