// A story assembled from its stored evidence, as it stood on a given day.
import type { EvidenceRow, StoryRow } from '../store/index.ts';
import { countedRows } from './record.ts';
import { effectiveSources, scoreStory } from './score.ts';
import type { Sources } from './score.ts';
import { stageOf, statusOf } from './status.ts';
import type { TrackRecord } from './track.ts';
import type { Story, StorySource, StorySummary, TimelineItem } from './types.ts';

/** A relationship story is named by its stage (stageOf); a split is its end, not its name. */
function valueOf(type: string, rows: EvidenceRow[], fallback: string): string {
  if (type !== 'relationship') return rows[0]?.value ?? fallback;
  return stageOf(rows) ?? rows[0]?.value ?? fallback;
}

function sourcesOf(rows: EvidenceRow[], effective: Sources): StorySource[] {
  const bySource = new Map<string, StorySource & { ids: Set<string> }>();
  for (const row of rows) {
    const source = effective.get(row.id)!;
    const kind = source.key.startsWith('outlet:') ? 'outlet' : 'author';
    const entry = bySource.get(source.key) ?? { name: source.name, kind, articles: 0, independent: true, ids: new Set<string>() };
    entry.ids.add(row.article);
    entry.articles = entry.ids.size;
    bySource.set(source.key, entry);
  }
  // Syndicated copies and citations were folded into their source above: each entry is independent.
  return [...bySource.values()].map(({ ids: _ids, ...s }) => s);
}

function timelineOf(rows: EvidenceRow[]): TimelineItem[] {
  const items = new Map<string, TimelineItem>();
  // An event with no date of its own in an undated article has no place on a timeline.
  for (const row of rows) for (const t of row.timeline) if (t.start !== '') items.set(`${t.article}|${t.type}|${t.start}|${t.summary}`, t);
  return [...items.values()].sort((a, b) => a.start.localeCompare(b.start) || a.article.localeCompare(b.article));
}

/** The track record of the other stories as known on a date (null: everything stored); see recordsAsOf. */
export type Records = (asOf: string | null) => TrackRecord;

export type AssembleOptions = {
  asOf?: string;
  /** false skips the per-date replay (quadratic in evidence), which listing does not need. */
  withHistory?: boolean;
  records?: Records;
};

export function assemble(row: StoryRow, all: EvidenceRow[], { asOf, withHistory = true, records }: AssembleOptions = {}): Story | null {
  // An undated article may be from any day: it cannot be said to have been known on a given date.
  const dated = asOf ? all.filter((r) => r.published !== null && r.published <= asOf) : all;
  const rows = countedRows(dated, row.subjects);
  if (rows.length === 0) return null;
  const dates = rows.map((r) => r.published).filter((d): d is string => !!d).sort();
  const lastSeen = dates.at(-1) ?? null;
  const effective = effectiveSources(rows);
  const sourceOf = (r: EvidenceRow) => effective.get(r.id)!.key;
  // As of a date, only stories settled by then count: no hindsight in a story's past.
  const { score, items } = scoreStory(row.type, rows, asOf ?? lastSeen, effective, records?.(asOf ?? null));
  const history = (withHistory ? [...new Set(dates)] : []).map((date) => {
    const upTo = rows.filter((r) => r.published !== null && r.published <= date);
    return { date, status: statusOf(upTo, sourceOf), score: scoreStory(row.type, upTo, date, effective, records?.(date)).score };
  });
  const origin = rows[0]!;
  return {
    id: row.id, type: row.type, value: valueOf(row.type, rows, row.value), subjects: row.subjects,
    status: statusOf(rows, sourceOf), score, firstSeen: dates[0] ?? null, lastSeen,
    sources: sourcesOf(rows, effective),
    origin: { source: effective.get(origin.id)!.name, article: origin.article, published: origin.published },
    explanation: items, timeline: timelineOf(rows), history,
  };
}

export function summaryOf(story: Story): StorySummary {
  const { explanation: _e, timeline: _t, history: _h, ...summary } = story;
  return summary;
}

/** The stored row of a story once assembled: what ingest and rescoring save. */
export function storedRow(row: StoryRow, story: Story): StoryRow {
  return {
    ...row, value: story.value, status: story.status, score: story.score,
    firstSeen: story.firstSeen, lastSeen: story.lastSeen, summary: summaryOf(story),
  };
}
