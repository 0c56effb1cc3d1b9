// A story assembled from its stored evidence, as it stood on a given day: its stages, each with a status, a score
// and a history, and the headline stage the story is named by. Background is shown apart and counts for nothing.
import { z } from 'zod';
import type { EvidenceRow, StoryRow } from '../store/index.ts';
import priors from '../../data/priors.json' with { type: 'json' };
import { parseData } from '../extract/data.ts';
import { effectiveSources, evidenceItem, scoreOnly, scoreStory } from './score.ts';
import { replayDays } from './replay.ts';
import { sourceKeys } from './sources.ts';
import type { Scored, Sources } from './score.ts';
import { headlineStage, isBackground, stageStates, storyStatus } from './stages.ts';
import type { StageState } from './stages.ts';
import type { TrackRecord } from './track.ts';
import { STORY_STATUSES, whyOfStage } from './types.ts';
import type { EvidenceItem, Story, StorySource, StoryStage, StoryStatus, StorySummary, TimelineItem } from './types.ts';
import { at, must } from '../invariant/index.ts';

/** Each source a row stands for: "E! and the Los Angeles Times" are two (sources.ts SOURCE_RULES). */
function apart(source: { key: string; name: string }): Array<{ key: string; name: string }> {
  const keys = sourceKeys(source.key);
  const names = source.name.split(' and ');
  return keys.length > 1 && names.length === keys.length
    ? keys.map((key, i) => ({ key, name: at(names, i) }))
    : [source];
}

function sourcesOf(rows: EvidenceRow[], effective: Sources): StorySource[] {
  const bySource = new Map<string, StorySource & { ids: Set<string> }>();
  for (const row of rows)
    for (const source of apart(must(effective.get(row.id), 'effectiveSources gives every row a source'))) {
      const kind = source.key.startsWith('outlet') ? 'outlet' : 'author';
      const entry = bySource.get(source.key) ?? {
        name: source.name,
        kind,
        outlet: !source.key.startsWith('article:'),
        articles: 0,
        independent: true,
        ids: new Set<string>(),
      };
      entry.ids.add(row.article);
      entry.articles = entry.ids.size;
      bySource.set(source.key, entry);
    }
  // Syndicated copies and citations were folded into their source above. An article's own voice beside the outlets
  // it cites ("the Daily Mail called Ana…") is listed, but it is not an independent source of its own.
  const citing = new Set(
    rows.filter((r) => r.holderKind === 'outlet' || r.holderKind === 'named-source').map((r) => r.article),
  );
  return [...bySource.values()].map(({ ids, ...s }) => ({
    ...s,
    independent: !(s.kind === 'author' && [...ids].every((id) => citing.has(id))),
  }));
}

function timelineOf(rows: EvidenceRow[]): TimelineItem[] {
  const items = new Map<string, TimelineItem>();
  // An event with no date of its own in an undated article has no place on a timeline.
  for (const row of rows)
    for (const t of row.timeline) if (t.start !== '') items.set(`${t.article}|${t.type}|${t.start}|${t.summary}`, t);
  return [...items.values()].sort((a, b) => a.start.localeCompare(b.start) || a.article.localeCompare(b.article));
}

/** The track record of the other stories as known on a date (null: everything stored); see trackRecordsAsOf. */
export type TrackRecords = (asOf: string | null) => TrackRecord;

export type AssembleOptions = {
  asOf?: string;
  /** false skips the per-date replay (a scoring of the rows per day judged, replay.ts), which listing does not need. */
  withHistory?: boolean;
  trackRecords?: TrackRecords;
};

const probability = z.number().min(0).max(1);
/** data/priors.json statusBands: the reason every prior has, and a [low, high] band for every status, none unknown. */
export const statusBands = z
  .object({ reason: z.string().min(1) })
  .catchall(z.unknown())
  .transform(({ reason: _reason, ...bands }) => bands)
  .pipe(
    z.record(
      z.enum(STORY_STATUSES),
      z.tuple([probability, probability]).refine(([low, high]) => low <= high, 'a band is [low, high]'),
    ),
  );
const BANDS = parseData(statusBands, priors.statusBands, 'data/priors.json statusBands');

/** The score kept inside its status's band, so the two never contradict ("confirmed 4%"); says so when it moved. */
export function banded(score: number, status: StoryStatus): { score: number; calibration: string | null } {
  const [low, high] = BANDS[status];
  if (score >= low && score <= high) return { score, calibration: null };
  const kept = Math.min(high, Math.max(low, score));
  return {
    score: kept,
    calibration: `the evidence gives ${score.toFixed(2)}; ${status} keeps it within ${low}–${high}`,
  };
}

type Judged = StageState & Scored & { calibration: string | null };

/** Each stage's status and score as of a day; `explained` false leaves out the items, which a past day never shows. */
function judge(
  type: string,
  news: EvidenceRow[],
  asOf: string | null,
  effective: Sources,
  trackRecord: TrackRecord | undefined,
  explained = true,
): Judged[] {
  const sourceOf = (r: EvidenceRow) => must(effective.get(r.id), 'effectiveSources gives every row a source').key;
  return stageStates(type, news, sourceOf).map((state) => {
    const scored = explained
      ? scoreStory(type, state.rows, asOf, effective, trackRecord, true)
      : { score: scoreOnly(type, state.rows, asOf, effective, trackRecord, true), items: [] };
    const { score, calibration } = banded(scored.score, state.status);
    return { ...state, items: scored.items, score, calibration };
  });
}

/** What a history must not miss a change of: the headline stage and its status, and every stage's status. */
function statusesOf(type: string, stages: Judged[]): string {
  const head = must(headlineStage(stages), 'a story with news has a stage');
  return [`${head.value}:${storyStatus(type, head)}`, ...stages.map((s) => `${s.value}:${s.status}`)].join('|');
}

const itemOf = (row: EvidenceRow, why: string): EvidenceItem => evidenceItem(row, 0, why);

const StoryObject = z.object({ id: z.string(), name: z.string(), type: z.string() });

/** The story's object as ingest stored it in the summary (ingest.ts), carried on by every recompute. */
function objectOf(summary: unknown): StorySummary['object'] | undefined {
  const parsed = z.object({ object: StoryObject }).safeParse(summary);
  return parsed.success ? parsed.data.object : undefined;
}

export function assemble(
  row: StoryRow,
  all: EvidenceRow[],
  { asOf, withHistory = true, trackRecords }: AssembleOptions = {},
): Story | null {
  // An undated article may be from any day: it cannot be said to have been known on a given date.
  const rows = asOf ? all.filter((r) => r.published !== null && r.published <= asOf) : all;
  const news = rows.filter((r) => !isBackground(r));
  if (news.length === 0) return null;
  const dates = news
    .map((r) => r.published)
    .filter((d): d is string => !!d)
    .sort();
  const lastSeen = dates.at(-1) ?? null;
  const effective = effectiveSources(news);
  // As of a date, only stories settled by then count: no hindsight in a story's past.
  const judged = judge(row.type, news, asOf ?? lastSeen, effective, trackRecords?.(asOf ?? null));
  const head = must(headlineStage(judged), 'a story with news has a stage');
  const status = storyStatus(row.type, head);
  // Bounded for a busy story (replay.ts): every day of news up to REPLAY_LIMIT, else a sample and every change.
  const past = withHistory
    ? replayDays(
        [...new Set(dates)],
        (date) => {
          const upTo = news.filter((r) => r.published !== null && r.published <= date);
          return judge(row.type, upTo, date, effective, trackRecords?.(date), false);
        },
        (then) => statusesOf(row.type, then),
      ).map(({ date, judged: then }) => ({ date, stages: then }))
    : [];
  const stages: StoryStage[] = judged.map((s) => {
    const seen = s.rows
      .map((r) => r.published)
      .filter((d): d is string => !!d)
      .sort();
    const history = past.flatMap(({ date, stages: then }) => {
      const t = then.find((x) => x.value === s.value);
      return t ? [{ date, status: t.status, score: t.score }] : [];
    });
    return {
      value: s.value,
      status: s.status,
      score: s.score,
      firstSeen: seen[0] ?? null,
      lastSeen: seen.at(-1) ?? null,
      why: s.why,
      decidedBy: s.by ? itemOf(s.by, s.why) : null,
      calibration: s.calibration,
      history,
    };
  });
  // The headline stage's items first, then the other stages' (each item's delta moved its own stage's score).
  const shown = new Set<string>();
  const explanation: EvidenceItem[] = [];
  for (const s of [head, ...judged.filter((x) => x !== head)]) {
    s.rows.forEach((r, i) => {
      if (shown.has(r.id)) return;
      shown.add(r.id);
      const item = at(s.items, i);
      explanation.push(s === head ? item : { ...item, why: whyOfStage(s.value, item.why) });
    });
  }
  const background = rows
    .filter(isBackground)
    .map((r) => itemOf(r, `background (${r.value}): history the article recalls; it does not move the status`));
  const origin = at(news, 0);
  const object = objectOf(row.summary);
  return {
    id: row.id,
    type: row.type,
    value: head.value,
    subjects: row.subjects,
    ...(object ? { object } : {}),
    status,
    score: head.score,
    firstSeen: dates[0] ?? null,
    lastSeen,
    sources: sourcesOf(news, effective),
    origin: {
      source: must(effective.get(origin.id), 'effectiveSources gives every row a source').name,
      article: origin.article,
      published: origin.published,
    },
    stages,
    statusReason: head.by ? `${status}: ${head.why}` : `${status}: ${head.why}`,
    explanation,
    background,
    timeline: timelineOf(news),
    history: past.map(({ date, stages: then }) => {
      const h = must(headlineStage(then), 'a story with news has a stage');
      return { date, status: storyStatus(row.type, h), score: h.score };
    }),
  };
}

export function summaryOf(story: Story): StorySummary {
  const { explanation: _e, timeline: _t, history: _h, background: _b, ...summary } = story;
  return summary;
}

/** The stored row of a story once assembled: what ingest and rescoring save. */
export function storedRow(row: StoryRow, story: Story): StoryRow {
  return {
    ...row,
    value: story.value,
    status: story.status,
    score: story.score,
    firstSeen: story.firstSeen,
    lastSeen: story.lastSeen,
    summary: summaryOf(story),
  };
}
