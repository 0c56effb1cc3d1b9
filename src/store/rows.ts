// Database rows → the store's typed rows. Both drivers return plain objects keyed by column name.
import type { Row } from './sql.ts';
import type { ArticleRow, EvidenceRow, RecordTotal, ReportOutcome, StoryRow } from './types.ts';
import type { Extraction, HolderKind, Stance } from '../extract/index.ts';

export const str = (v: unknown): string => String(v);
export const opt = (v: unknown): string | null => (v === null || v === undefined ? null : str(v));
const score = (v: unknown): number | null =>
  v === null || v === undefined || !Number.isFinite(Number(v)) ? null : Number(v);

export function toArticle(r: Row): ArticleRow {
  return {
    id: str(r.id),
    contentHash: str(r.content_hash),
    published: opt(r.published),
    title: opt(r.title),
    source: opt(r.source),
    url: opt(r.url),
    text: str(r.text),
    extraction: JSON.parse(str(r.extraction)) as Extraction,
  };
}

export function toEvidence(r: Row): EvidenceRow {
  return {
    id: str(r.id),
    story: str(r.story_id),
    article: str(r.article_id),
    published: opt(r.published),
    value: str(r.value),
    holderKind: str(r.holder_kind) as HolderKind,
    holderName: opt(r.holder_name),
    sourceKey: str(r.source_key),
    sourceName: str(r.source_name),
    stance: str(r.stance) as Stance,
    text: str(r.text),
    start: Number(r.start_off),
    end: Number(r.end_off),
    observations: Number(r.observations),
    timeline: JSON.parse(str(r.timeline)) as EvidenceRow['timeline'],
    credibility: score(r.credibility),
    claimTime: opt(r.claim_time),
  };
}

export function toStory(r: Row): StoryRow {
  return {
    id: str(r.id),
    key: str(r.key),
    type: str(r.type),
    value: str(r.value),
    subjects: JSON.parse(str(r.subjects)) as StoryRow['subjects'],
    status: str(r.status),
    score: Number(r.score),
    firstSeen: opt(r.first_seen),
    lastSeen: opt(r.last_seen),
    summary: JSON.parse(str(r.summary)) as unknown,
  };
}

export function toOutcome(r: Row): ReportOutcome {
  return {
    story: str(r.story_id),
    sourceKey: str(r.source_key),
    sourceName: str(r.source_name),
    holderKind: str(r.holder_kind) as HolderKind,
    hit: Number(r.hit) === 1,
    settledOn: opt(r.settled_on),
    reportedOn: opt(r.reported_on),
  };
}

export function toTotal(r: Row): RecordTotal {
  return {
    scope: str(r.scope) as RecordTotal['scope'],
    key: str(r.key),
    name: str(r.name),
    trueCount: Number(r.true_count),
    falseCount: Number(r.false_count),
  };
}
