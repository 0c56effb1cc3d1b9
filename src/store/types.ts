// What the ledger keeps, as rows: plain data, the same on SQLite and PostgreSQL.
import type { Extraction, HolderKind, Stance } from '../extract/index.ts';
// A leaf module of the ledger (no imports): the running totals are the ledger's track-record counts.
import type { OutcomeCounts } from '../ledger/track-prior.ts';
import type { EditorialQueries } from './editorial.ts';
import type { ListingQueries } from './listing.ts';

export type {
  EditorialAction,
  EditorialKind,
  EditorialQuery,
  EntityListing,
  EntityListingQuery,
  NewEditorialAction,
} from './editorial.ts';
export type { StoryListingPage, StoryListingQuery } from './listing.ts';

export type ArticleRow = {
  id: string;
  /** articleId() of the text: the same content under another id is the same article. */
  contentHash: string;
  published: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  /** The text every extraction offset points into, kept verbatim. */
  text: string;
  extraction: Extraction;
};

export type EntityRow = { id: string; name: string; type: string };

/**
 * What a story's evidence table shows of an article (kept at ingest in `articles.brief`, so a page of a busy story
 * reads it without parsing hundreds of extractions): its outlet, headline, credibility, and where each of its events
 * (by type and summary, the first of each) is told.
 */
export type ArticleBrief = {
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  credibility: { score: number; signals: Array<{ name: string; weight: number }> } | null;
  events: Array<{ type: string; summary: string; start: number; end: number }>;
};

/** One dated event on a story's timeline, as stored and as shown (the ledger's TimelineItem). */
export type TimelineRow = {
  start: string;
  end: string;
  type: string;
  summary: string;
  article: string;
  /** Who holds the evidence that put this event on the story (the UI colours by it). */
  holder?: HolderKind;
};

/** One claim of one article about one story: the unit a story's score is computed from. */
export type EvidenceRow = {
  id: string;
  story: string;
  article: string;
  published: string | null;
  value: string;
  holderKind: HolderKind;
  holderName: string | null;
  /** Who this really comes from (a cited outlet, else the article's outlet): independence is counted on it. */
  sourceKey: string;
  sourceName: string;
  stance: Stance;
  text: string;
  start: number;
  end: number;
  /** Sightings and photos backing the claim (claim.supports): observations, not assertions. */
  observations: number;
  timeline: TimelineRow[];
  /** The article's credibility score (article.credibility.score); null when its stored extraction has none (neutral). */
  credibility: number | null;
  /** The time the claim refers to (claim.time.value: a TIMEX3 value, PAST_REF for background); null when none. */
  claimTime?: string | null;
};

/**
 * One report on a settled story, judged against its outcome (src/ledger/outcomes.ts): the material of track records.
 * Derived from evidence and statuses alone, so it can be rebuilt at any time.
 */
export type ReportOutcome = {
  story: string;
  /** The independent source as the score counts it, and the holder's kind: one report per story, source and kind. */
  sourceKey: string;
  sourceName: string;
  holderKind: HolderKind;
  /** Whether the report proved true. */
  hit: boolean;
  /** The date the principals' final word was first on record (settledBy); null when undated. */
  settledOn: string | null;
  /** The report's own date (its source's first on the story); null when undated, and then it counts as of no date. */
  reportedOn: string | null;
};

/**
 * One running total of the track record (src/ledger/track.ts decides what is counted), kept by delta as stories'
 * settled reports change, so scoring a story never has to read every story's: `outlet` (key: source key), `kind`
 * (key: holder kind), `outlets` and `all` (key '').
 */
export type TrackRecordTotal = {
  scope: 'outlet' | 'kind' | 'outlets' | 'all';
  key: string;
  name: string;
} & OutcomeCounts;

/** Stories with ids from `first` to `last` (in the database's order, as storyIds gives them), both included. */
export type IdRange = { first: string; last: string };
/** A story's evidence rows now, and its stale mark: null when it has none, else the rows it had when last recomputed. */
export type StorySize = { rows: number; stale: { recomputedRows: number | null } | null };

/** How often one article called a ledger entity by one name or epithet (`key`: the name as matched, `text`: as shown). */
export type EntityNameUse = { entity: string; kind: string; key: string; text: string; count: number };

export type Page = { limit: number; offset: number };

/** The long lists of an assembled story, stored an item a row so that a page is read without the rest. */
export type StoryReadList = 'explanation' | 'background' | 'timeline';

/**
 * A story as last assembled (src/ledger/ledger.ts storyPage): `head` is the story without its long lists, `basis` what
 * it was assembled from (when that changed, it is assembled again), `counts` each long list's length.
 */
export type StoryReadHead = { basis: string; head: Record<string, unknown>; counts: Record<StoryReadList, number> };

export type StoryRow = {
  id: string;
  key: string;
  type: string;
  value: string;
  subjects: Array<{ id: string; name: string }>;
  status: string;
  score: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** The StorySummary JSON as last computed, so listing needs no recomputation. */
  summary: unknown;
};

export type StoryQuery = { q?: string; status?: string; person?: string; limit: number; offset: number };

/** Every read and write the ledger needs; inside `transaction` they see and commit together. */
export interface StoreTx extends EditorialQueries, ListingQueries {
  hasArticle(id: string): Promise<boolean>;
  /** The id of an article stored with this id or this content, if any. */
  findArticle(id: string, contentHash: string): Promise<string | null>;
  /** Stories an article's evidence bears on. */
  articleStories(article: string): Promise<string[]>;
  insertArticle(row: ArticleRow): Promise<void>;
  article(id: string): Promise<ArticleRow | null>;
  /** The brief of each of `ids` that is stored (one query per 500). */
  articleBriefs(ids: string[]): Promise<Map<string, ArticleBrief>>;
  /** The stored articles of `ids`, in that order (ids not stored are left out): one query, not one per article. */
  articlesOf(ids: string[]): Promise<ArticleRow[]>;
  /**
   * Entities whose name or alias equals one of `names` (case, spacing and accents aside: aliasKey); those named as
   * asked, accents and all, first, then by id.
   */
  entitiesByAlias(names: string[]): Promise<Array<EntityRow & { alias: string }>>;
  /**
   * Inside a transaction: looks up all these names at once, so that entitiesByAlias for any of them later in the
   * transaction needs no query of its own (on PostgreSQL, a round trip each). Outside one it does nothing.
   */
  warmAliases(names: string[]): Promise<void>;
  /**
   * Inside a transaction: reads at once what recomputing each of these stories asks for (its row, its evidence, its
   * settled reports, its editorial log), so that the first `story`, `evidence`, `outcomes` and `editorialLog({ subject
   * })` of each later in the transaction needs no query of its own (on PostgreSQL, a batch's end was three round trips
   * per story). A write that may change them forgets them. Outside a transaction it does nothing.
   */
  prefetch(stories: string[]): Promise<void>;
  putEntity(row: EntityRow, aliases: string[]): Promise<void>;
  addAppearance(entity: string, article: string, published: string | null, mentions: number): Promise<void>;
  insertEvidence(rows: EvidenceRow[]): Promise<void>;
  evidence(story: string): Promise<EvidenceRow[]>;
  putStory(row: StoryRow): Promise<void>;
  story(id: string): Promise<StoryRow | null>;
  storyByKey(key: string): Promise<StoryRow | null>;
  stories(query: StoryQuery): Promise<StoryRow[]>;
  entities(q: string | undefined, limit: number): Promise<Array<EntityRow & { aliases: string[]; articles: number }>>;
  entity(id: string): Promise<(EntityRow & { aliases: string[] }) | null>;
  appearances(entity: string): Promise<Array<{ article: string; published: string | null; mentions: number }>>;
  /**
   * Which ledger entity each entity of an article's extraction was resolved to, kept at ingest, and (`names`) the names
   * and epithets the article called each by, added to the entity's counts (entityNames).
   */
  putArticleEntities(
    article: string,
    map: Record<string, string>,
    names?: { published: string | null; uses: EntityNameUse[] },
  ): Promise<void>;
  /** The map kept at ingest; null for an article stored before it was kept. */
  articleEntities(article: string): Promise<Record<string, string> | null>;
  /** articleEntities of each of `articles` that has its map kept, in one query. */
  articleEntitiesOf(articles: string[]): Promise<Map<string, Record<string, string>>>;
  storiesOf(entity: string): Promise<StoryRow[]>;
  /** The names and epithets the articles called `entity` by, with how often (kept at ingest; see namesBackfill). */
  entityNames(entity: string): Promise<Array<{ kind: string; text: string; count: number }>>;
  /** A page of an entity's appearances, oldest (or newest) first, undated last, and how many it has in all. */
  appearancePage(
    entity: string,
    page: Page,
    order?: 'oldest' | 'newest',
  ): Promise<{ total: number; rows: Array<{ article: string; published: string | null; mentions: number }> }>;
  /** A page of storiesOf (in its order) less the stories `exclude`, and how many there are in all. */
  storiesOfPage(entity: string, page: Page, exclude?: string[]): Promise<{ total: number; rows: StoryRow[] }>;
  /** Per day of publication, how many articles named `entity` and how many times (undated articles left out). */
  appearanceDays(entity: string): Promise<Array<{ published: string; articles: number; mentions: number }>>;
  /**
   * The articles whose names an upgrade counts once (migration 16): those with seq below `before`, done up to `done`.
   * Articles stored since are counted at ingest.
   */
  namesBackfill(): Promise<{ before: number; done: number }>;
  namesBackfilledTo(seq: number): Promise<void>;
  /** Articles with `after` < seq < `before`, by seq, at most `limit`, with their extractions (not their text). */
  articlesInSeq(
    after: number,
    before: number,
    limit: number,
  ): Promise<Array<{ id: string; seq: number; published: string | null; extraction: Extraction }>>;
  /** The story as last assembled for reading (null when never, or since forgotten). */
  storyRead(story: string): Promise<StoryReadHead | null>;
  /** A page of one of its long lists. */
  storyReadItems(story: string, list: StoryReadList, page: Page): Promise<unknown[]>;
  /** Replaces the story as assembled for reading. */
  putStoryRead(
    story: string,
    read: { basis: string; head: Record<string, unknown>; lists: Record<StoryReadList, unknown[]> },
  ): Promise<void>;
  /** How many evidence rows the story has. */
  evidenceCount(story: string): Promise<number>;
  /**
   * The id and key of each story of `entity` whose key starts with `prefix` and ends with `suffix`: the few of a busy
   * person's thousands of stories that can be a story's twin (lone-names.ts), found by the key's index without
   * reading the person's stories.
   */
  storyKeysOf(entity: string, prefix: string, suffix?: string): Promise<Array<{ id: string; key: string }>>;
  /** Article ids whose text matches the words of `q` (FTS5 / tsvector). */
  searchArticles(q: string, limit: number): Promise<string[]>;
  /** Every story's settled reports (`story` given: that story's, or those of a range of stories), in a stable order. */
  outcomes(story?: string | IdRange): Promise<ReportOutcome[]>;
  /** The running totals of every story's settled reports. */
  trackRecordTotals(): Promise<TrackRecordTotal[]>;
  /** Adds to the running totals (negative counts take away); `putOutcomes` callers keep them in step (saveOutcomes). */
  addToTotals(delta: TrackRecordTotal[]): Promise<void>;
  /** Replaces one story's settled reports. */
  putOutcomes(story: string, rows: ReportOutcome[]): Promise<void>;
  /**
   * Versions of the derived data: `outcomes` goes up whenever any story's settled reports change (`outcomesChanged`),
   * `scored` is the outcomes version every stored score was computed with (`scoredWith`). They differ: scores are stale.
   * `rebuild`: the next refresh rebuilds every settled report from the evidence and rescores every story (a migration
   * asked for it), not only the stories the change of totals can move.
   */
  scoreState(): Promise<{ outcomes: number; scored: number; rebuild: boolean }>;
  outcomesChanged(): Promise<void>;
  /** Marks every stored score as computed with outcomes `version` and keeps the running totals they read (scoredTotals). */
  scoredWith(version: number): Promise<void>;
  /** The running totals as they were when the stored scores were last made current (scoredWith). */
  scoredTotals(): Promise<TrackRecordTotal[]>;
  /** Clears `rebuild` (scoreState): every settled report has been rebuilt from the evidence. */
  outcomesRebuilt(): Promise<void>;
  /** The stories with a row whose track record is that of one of `sources` (source keys) or `kinds` (holder kinds). */
  storiesCiting(sources: string[], kinds: string[]): Promise<string[]>;
  /** The stories that have settled reports of their own. */
  storiesWithOutcomes(): Promise<string[]>;
  /** Notes stories scored between refreshes, at outcomes `version` (the totals may move before the next refresh). */
  markUnscored(ids: string[], version: number): Promise<void>;
  /** The stories markUnscored noted, with the version each was scored at. */
  unscored(): Promise<Array<{ id: string; version: number }>>;
  clearUnscored(ids: string[]): Promise<void>;
  /** Every evidence row of every story (or of a range of stories), grouped by story in the order `evidence` gives them. */
  allEvidence(range?: IdRange): Promise<EvidenceRow[]>;
  /** Every story id, in the database's order (the order ranges follow). */
  storyIds(): Promise<string[]>;
  /** The stories of a range. */
  storiesIn(range: IdRange): Promise<StoryRow[]>;
  /**
   * Marks stories whose stored row is behind their evidence (recomputed on the next read: src/ledger/refresh.ts), each
   * with its evidence rows when it was last recomputed where `recomputedRows` gives them (a mark already there keeps
   * its count otherwise).
   */
  markStale(ids: string[], recomputedRows?: ReadonlyMap<string, number>): Promise<void>;
  /**
   * The evidence rows of each of `ids` that has any, and whether it is marked stale, with the rows it had when last
   * recomputed (null when its mark does not say): what a batched ingest needs to leave a busy story stale (batch.ts).
   */
  storySizes(ids: string[]): Promise<Map<string, StorySize>>;
  /** Up to `limit` marked stories, in id order. */
  staleStories(limit: number): Promise<string[]>;
  clearStale(ids: string[]): Promise<void>;
  /** Keeps background rows whose story does not exist yet (history alone starts no story). */
  holdEvidence(rows: EvidenceRow[]): Promise<void>;
  /** A story's held background rows, removed from the holding table: its caller files them as evidence. */
  takeHeldEvidence(story: string): Promise<EvidenceRow[]>;
  /** What is wrong with the stored data (empty when consistent): database integrity and our own invariants. */
  check(): Promise<string[]>;
  counts(): Promise<{ articles: number; evidence: number; stories: number; entities: number }>;
}

export interface Store extends StoreTx {
  readonly kind: 'sqlite' | 'postgres';
  /** Runs `fn` in one transaction: all of it is stored, or none (also on kill -9). */
  /**
   * `shareCommit`: on PostgreSQL this transaction may share its BEGIN and COMMIT with others waiting at the same time
   * that allow it, each under a savepoint of its own (a failing one is rolled back alone); it is answered once that
   * COMMIT is done. Only for a short `fn` that waits on nothing but the store and may be run again from the start
   * (one article's ingest): when the shared transaction fails, each is run again alone.
   */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>, options?: { shareCommit?: boolean }): Promise<T>;
  close(): Promise<void>;
}
