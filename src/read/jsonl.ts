import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { isCalendarDay, toDay } from './date.ts';
import { MAX_ARTICLE_BYTES, failure } from './errors.ts';
import type { ReadResult } from './types.ts';

const optionalText = z.string().nullish();

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

function why(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'not a valid article record';
  const field = issue.path.join('.');
  if (issue.code === 'invalid_type' && issue.input === undefined) return `missing the \`${field}\` field`;
  return field ? `field \`${field}\`: ${issue.message}` : issue.message;
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
  if (!value || typeof value !== 'object' || Array.isArray(value)) return failure(file, 'not a JSON object', lineNumber);
  const parsed = Record.safeParse(value);
  if (!parsed.success) return failure(file, why(parsed.error), lineNumber);
  const record = parsed.data;
  if (record.text.trim() === '') return failure(file, 'empty `text` field', lineNumber);
  let published: string | null = null;
  if (record.published) {
    published = toDay(record.published);
    if (!published || (/^\d{4}-\d{2}-\d{2}$/.test(record.published) && !isCalendarDay(record.published))) {
      return failure(file, `impossible date "${record.published}" in \`published\``, lineNumber);
    }
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

/** A JSONL corpus, streamed line by line: corpora can be far larger than memory should hold. */
export async function* readJsonlFile(file: string): AsyncGenerator<ReadResult> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  let records = 0;
  for await (const line of lines) {
    lineNumber++;
    const result = readJsonlLine(line, file, lineNumber);
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
