// Database rows → the store's typed rows. Both drivers return plain objects keyed by column name.
import type { Row } from './sql.ts';
import type { ArticleRow, EvidenceRow, TrackRecordTotal, ReportOutcome, StoryRow } from './types.ts';
import type { Extraction, HolderKind, Stance } from '../extract/index.ts';

export const str = (v: unknown): string => String(v);
export const opt = (v: unknown): string | null => (v === null || v === undefined ? null : str(v));
const score = (v: unknown): number | null =>
  v === null || v === undefined || !Number.isFinite(Number(v)) ? null : Number(v);
/** A column the store wrote with JSON.stringify. */
const json = <T>(v: unknown): T => JSON.parse(str(v)) as T;
/** A column holding one of a union's values (the store writes only those). */
const oneOf = <T extends string>(v: unknown): T => str(v) as T;

/** How each field is read: from the column of its name in snake_case (contentHash ← content_hash), else as named. */
type Readers<T> = { [K in keyof T]: ((v: unknown) => T[K]) | readonly [column: string, read: (v: unknown) => T[K]] };

/** A row reader from one reader per field, in the order the fields are listed. */
function rowReader<T>(readers: Readers<T>): (r: Row) => T {
  type Read = (v: unknown) => unknown;
  const fields = Object.entries<Read | readonly [string, Read]>(readers).map(([field, how]): [string, string, Read] =>
    typeof how === 'function' ? [field, field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), how] : [field, ...how],
  );
  return (r) => Object.fromEntries(fields.map(([field, column, read]) => [field, read(r[column])])) as T;
}

export const toArticle = rowReader<ArticleRow>({
  id: str,
  contentHash: str,
  published: opt,
  title: opt,
  source: opt,
  url: opt,
  text: str,
  extraction: json<Extraction>,
});

export const toEvidence = rowReader<EvidenceRow>({
  id: str,
  story: ['story_id', str],
  article: ['article_id', str],
  published: opt,
  value: str,
  holderKind: oneOf<HolderKind>,
  holderName: opt,
  sourceKey: str,
  sourceName: str,
  stance: oneOf<Stance>,
  text: str,
  start: ['start_off', Number],
  end: ['end_off', Number],
  observations: Number,
  timeline: json<EvidenceRow['timeline']>,
  credibility: score,
  claimTime: opt,
});

export const toStory = rowReader<StoryRow>({
  id: str,
  key: str,
  type: str,
  value: str,
  subjects: json<StoryRow['subjects']>,
  status: str,
  score: Number,
  firstSeen: opt,
  lastSeen: opt,
  summary: json<unknown>,
});

export const toOutcome = rowReader<ReportOutcome>({
  story: ['story_id', str],
  sourceKey: str,
  sourceName: str,
  holderKind: oneOf<HolderKind>,
  hit: (v) => Number(v) === 1,
  settledOn: opt,
  reportedOn: opt,
});

export const toTotal = rowReader<TrackRecordTotal>({
  scope: oneOf<TrackRecordTotal['scope']>,
  key: str,
  name: str,
  trueCount: Number,
  falseCount: Number,
});
