// The ledger as the CLI, the API and the web UI see it: the Story JSON of CONTRACT.md.
import type { Article } from '../read/types.ts';
import type { Extraction, HolderKind, Stance } from '../extract/types.ts';
import type { OutcomeCounts, Reliability } from './track-prior.ts';
import type { ArticleBrief, TimelineRow } from '../store/types.ts';

export type { ArticleBrief } from '../store/types.ts';

/** Every status a story or stage can have, in the order of the contract: the one definition (CLI, API, UI read it). */
export const STORY_STATUSES = [
  'speculated',
  'reported',
  'corroborated',
  'confirmed',
  'denied',
  'contested',
  'ended',
] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

/** Below half a percentage point an item's effect rounds to nothing a reader can see (the desk folds it away). */
export const NEAR_ZERO = 0.005;

/**
 * A story's explanation tells each item of a stage other than the headline's with the stage before its why ("engaged
 * stage: …"): written by story.ts assemble, read by the API's verdict and the desk's evidence table.
 */
export const whyOfStage = (stage: string, why: string): string => `${stage} stage: ${why}`;
/** The stage an explanation item's why names, or null for the headline stage's items. */
export const stageOfWhy = (why: string): string | null => /^([a-z][a-z-]*) stage: /.exec(why)?.[1] ?? null;

export type StorySource = {
  name: string;
  kind: HolderKind;
  articles: number;
  independent: boolean;
  /**
   * Whether the source is a publication (an outlet the article names, or the outlet that published it, speaking in its
   * own voice: "People"), not an article with no outlet that stands for itself, named by its title. Optional: summaries
   * stored before it existed lack it.
   */
  outlet?: boolean;
};

export type EvidenceItem = {
  article: string;
  published: string | null;
  holder: { kind: HolderKind; name: string | null };
  stance: Stance;
  text: string;
  start: number;
  end: number;
  /** How much this item moved the score. */
  delta: number;
  why: string;
};

/** A story's timeline entry is the row the store keeps for it (store/types.ts TimelineRow), one definition. */
export type TimelineItem = TimelineRow;

export type StorySummary = {
  id: string;
  type: string;
  value: string;
  subjects: Array<{ id: string; name: string }>;
  status: StoryStatus;
  score: number;
  firstSeen: string | null;
  lastSeen: string | null;
  sources: StorySource[];
  /** Where the story started: the earliest evidence's source and article (added by the ledger). */
  origin?: { source: string; article: string; published: string | null };
  /** Each stage's status and score; the story's value, status and score are its headline stage's. */
  stages?: StoryStage[];
  /** The status in a line: which item made it what it is. */
  statusReason?: string;
  /**
   * What the proposition is done to, when its claims name it: the New York Times Harvey Weinstein will sue, the record
   * Taylor Swift released. Stories of one person, type and value with different objects are different stories.
   */
  object?: { id: string; name: string; type: string };
};

/** One stage of a story (a relationship's dating, engaged, married, split; else the story's value), judged on its own. */
export type StoryStage = {
  value: string;
  status: StoryStatus;
  /** P(this stage holds as of the date), kept within its status's band (data/priors.json statusBands). */
  score: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Why the stage has its status, in words. */
  why: string;
  /** The evidence item that made it confirmed, denied, contested, ended, corroborated or reported. */
  decidedBy: EvidenceItem | null;
  /** Set when the status band moved the evidence's score. */
  calibration: string | null;
  history: Array<{ date: string; status: StoryStatus; score: number }>;
};

export type Story = StorySummary & {
  explanation: EvidenceItem[];
  /** History the articles recall (a past marriage, an earlier split): shown apart, never moves the status. */
  background: EvidenceItem[];
  timeline: TimelineItem[];
  history: Array<{ date: string; status: StoryStatus; score: number }>;
};

/** One holder's track record on settled stories: reports that proved true and false, and what it does to its next one. */
export type TrackRecordEntry = OutcomeCounts &
  Reliability & {
    name: string;
    /** What the weight of its next report is multiplied by. */
    factor: number;
  };

/** GET /api/track-record: outlets by name, holders by kind, and the populations they are compared with. */
export type TrackRecordTable = {
  outlets: TrackRecordEntry[];
  holders: Array<TrackRecordEntry & { kind: HolderKind }>;
  population: { outlets: OutcomeCounts; all: OutcomeCounts };
};

export type EntitySummary = { id: string; name: string; type: string; aliases: string[]; articles: number };
export type EntityDetail = EntitySummary & {
  /** A page of its stories, most recently active first. */
  stories: StorySummary[];
  /** A page of the articles it appears in, oldest first (`?order=newest`: newest), undated last; `articles` counts them all. */
  appearances: Array<{ article: string; published: string | null; mentions: number }>;
  /** The `cursor` of the next page of appearances and stories, null on the last of both (additive). */
  next: string | null;
  /** How many appearances and stories it has in all (additive; `articles` is the first). */
  totals: { appearances: number; stories: number };
  /** Every day it appears on: how many articles of that day and how many mentions (additive; undated ones left out). */
  appearanceDays: Array<{ published: string; articles: number; mentions: number }>;
  /** Every distinct name and epithet the stored articles use for it, with counts (no pronouns, no "the pair"). */
  names: Array<{ text: string; kind: 'name' | 'epithet'; count: number }>;
};

/** A page of a story's and an entity's long lists: `cursor` is the `next` of the page before (default 0). */
export type PageRequest = {
  limit?: number;
  cursor?: string | null;
  /** An entity's appearances oldest first (the default, as they always were listed) or newest first. */
  order?: 'oldest' | 'newest';
  /** Stories an entity's page leaves out (merged into others: the desk lists them as the ones they joined). */
  exclude?: string[];
};

/**
 * A story with a page of its long lists (GET /api/stories/:id): `explanation`, `background` and `timeline` each hold
 * the items from the cursor on, at most `limit` of each; `next` pages on while any of the three has more, and
 * `totals` says how many each has in all (additive fields).
 */
export type StoryPage = Story & {
  next: string | null;
  totals: { explanation: number; background: number; timeline: number };
  /**
   * The items a verdict names, found in the whole explanation (a page may not hold them), with their places in it:
   * the one that decided the headline stage's status, and the headline stage's item that raised its score most and
   * the one that lowered it most (by half a point or more; null when none did).
   */
  verdict: {
    decided: number | null;
    for: { index: number; item: EvidenceItem } | null;
    against: { index: number; item: EvidenceItem } | null;
    /** Who among those involved confirmed or denied the headline stage on record (a name, else null), each once. */
    onRecord: Array<string | null>;
  };
};

export type StoredArticle = {
  article: Article & { id: string };
  extraction: Extraction;
  /** Each extraction entity id → its ledger entity id (GET /api/entities/:id), where the ledger resolved it. */
  entities?: Record<string, string>;
};

export type IngestOutcome = { status: 'new' | 'duplicate'; id: string; extraction: Extraction; stories: string[] };

export type StoryFilter = { q?: string; status?: StoryStatus; person?: string; limit?: number; cursor?: string | null };

/** The ledger's one door for the CLI, API and web UI. */
export interface Ledger {
  /** `extraction`, when given, is this article's extract() (e.g. from the worker pool): not extracted again. */
  ingest(article: Article, extraction?: Extraction): Promise<IngestOutcome>;
  stories(filter?: StoryFilter): Promise<{ stories: StorySummary[]; next: string | null }>;
  /** A story by id, or by its subjects' names; `asOf` gives it as it stood on that date. */
  story(key: string | string[], options?: { asOf?: string }): Promise<Story | null>;
  entities(q?: string): Promise<EntitySummary[]>;
  /** An entity with a page of its appearances (`page.limit` default 200). */
  entity(id: string, page?: PageRequest): Promise<EntityDetail | null>;
  /**
   * story() with a page of its long lists (`page.limit` default 200): what the API answers. Without `asOf` it is read
   * from the story as last assembled, when nothing it was assembled from changed since.
   */
  storyPage(key: string, options?: { asOf?: string } & PageRequest): Promise<StoryPage | null>;
  article(id: string): Promise<StoredArticle | null>;
  /** What a story's evidence table shows of each of these articles (outlet, headline, credibility, events' places). */
  articleBriefs(ids: string[]): Promise<Map<string, ArticleBrief>>;
  /** An entity's name, type and aliases alone (entity() reads its pages of appearances and stories too). */
  entityRow(id: string): Promise<EntitySummary | null>;
  /** Every outlet's and holder kind's track record on settled stories. */
  trackRecord(): Promise<TrackRecordTable>;
  /**
   * Brings stored scores up to date with the track records after stories settled (the reads do it when needed;
   * a batch ingest calls it once at its end).
   */
  refresh(): Promise<void>;
  /**
   * What `rumourmill db check` reports, empty when consistent: the store's own integrity problems, then every
   * track-record total that drifted from the settled reports. Reads only: it never rescores.
   */
  check(): Promise<string[]>;
  close(): Promise<void>;
}
