// The desk's story list, sorted, filtered and paged by the database (GET /api/stories?sort=…): the API read every
// story, 500 at a time, and sorted them in JavaScript, 4–5 s on a ledger of 42k articles.
import { aliasKey } from './entities.ts';
import type { Connection } from './sql.ts';
import { rowsInOrder } from './stories.ts';
import type { StoryRow } from './types.ts';

export const LISTING_SORTS = ['activity', 'first', 'score', 'sources', 'name', 'status'] as const;

export type StoryListingQuery = {
  /** Every word in one of the names or aliases of the story's subjects (as `stories`). */
  q?: string;
  /** Stories about one of these entities match as well (an epithet search found them). */
  entities?: string[];
  /**
   * When no story's people go by `q` (its names, aliases, and `entities`), the stories of the articles whose text uses
   * its words instead ("Brangelina" is no one's name, but articles use it): the page says how many articles (inText).
   */
  inText?: boolean;
  /** Only stories with evidence from one of these articles. */
  articles?: string[];
  status?: string;
  /** Left out whatever else holds (stories merged into others). */
  exclude?: string[];
  /** Counted among the stories the above match, before `show` and the dates: how many are dismissed, flagged. */
  count?: Record<string, string[]>;
  /** Only these (`in`) or all but these (`out`): the desk's flagged or dismissed stories. */
  show?: { in: string[] } | { out: string[] };
  /** Evidence dated within from–to (either end open); undated stories match no date. */
  from?: string;
  to?: string;
  /** Evidence dated on or after `date`, or one of `acted` (an editor acted on it since). */
  since?: { date: string; acted: string[] };
  type?: string;
  sort: (typeof LISTING_SORTS)[number];
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
};

export type StoryListingPage = {
  rows: StoryRow[];
  /** Stories that match, `type` included. */
  total: number;
  /** Stories that match but for `type`, by type. */
  types: Record<string, number>;
  /** query.count's sets, each counted. */
  counts: Record<string, number>;
  /** With `inText`, when no story's people go by `q`: how many articles using its words the stories come from. */
  inText?: number;
};

export interface ListingQueries {
  /**
   * One page of the stories that match, in the desk's order: the sort's key (undated stories last by date), then the
   * most independent sources, the highest score, the names A→Z and the id.
   */
  storyListing(query: StoryListingQuery): Promise<StoryListingPage>;
}

// Strongest first when a list is sorted by status (as STATUS_RANK of the API had it).
const STATUS_RANK = `CASE s.status WHEN 'confirmed' THEN 6 WHEN 'corroborated' THEN 5 WHEN 'reported' THEN 4
  WHEN 'speculated' THEN 3 WHEN 'contested' THEN 2 WHEN 'denied' THEN 1 WHEN 'ended' THEN 0 ELSE -1 END`;

/**
 * The two keys read out of the stored JSON, in each database's dialect: outlets carrying the story under their own
 * name (an article's own voice, kind author, is not a second source) and the subjects' names as the list shows them.
 * Text is compared by code point on both (PostgreSQL's locale collation would order "a" and "B" otherwise).
 */
function dialect(kind: Connection['kind']) {
  return kind === 'postgres'
    ? {
        independent: `(SELECT COUNT(*) FROM json_array_elements(CAST(s.summary AS json) -> 'sources') j
          WHERE j ->> 'independent' = 'true' AND (j ->> 'kind') IS DISTINCT FROM 'author')`,
        name: `(SELECT lower(string_agg(j ->> 'name', ' & ' ORDER BY n)) FROM json_array_elements(CAST(s.subjects AS json))
          WITH ORDINALITY AS t(j, n)) COLLATE "C"`,
        text: (x: string) => `${x} COLLATE "C"`,
      }
    : {
        independent: `(SELECT COUNT(*) FROM json_each(s.summary, '$.sources') j
          WHERE json_extract(j.value, '$.independent') = 1 AND json_extract(j.value, '$.kind') IS NOT 'author')`,
        name: `(SELECT lower(group_concat(json_extract(j.value, '$.name'), ' & ')) FROM json_each(s.subjects) j)`,
        text: (x: string) => x,
      };
}

const marks = (xs: unknown[]) => xs.map(() => '?').join(', ');

/** Articles a search in the text reads at most: the best matches (FTS rank), enough for a word the press rarely uses. */
const TEXT_ARTICLES = 200;

/** The search's words: only those with a letter or digit ("&" alone is no word). */
const wordsOf = (q: string | undefined) => (q ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/**
 * Stories whose people go by every word of the search (each in one of their names or aliases, any of them: "Pitt
 * Jolie" is Brad Pitt & Angelina Jolie), or about one of `entities`; null when neither is asked.
 */
function nameMatch(query: Pick<StoryListingQuery, 'q' | 'entities'>): { sql: string; params: unknown[] } | null {
  const words = wordsOf(query.q);
  const named = words.map(
    () => `s.id IN (SELECT ss.story_id FROM story_subjects ss JOIN entity_aliases a ON a.entity_id = ss.entity_id
             WHERE a.alias_key LIKE ?)`,
  );
  const about = query.entities?.length
    ? `s.id IN (SELECT story_id FROM story_subjects WHERE entity_id IN (${marks(query.entities)}))`
    : null;
  const params = [...words.map((w) => `%${aliasKey(w)}%`), ...(query.entities ?? [])];
  if (named.length && about) return { sql: `((${named.join(' AND ')}) OR ${about})`, params };
  if (named.length) return { sql: named.join(' AND '), params };
  return about ? { sql: about, params } : null;
}

export function listingQueries(db: Connection): ListingQueries {
  const sql = dialect(db.kind);
  const list = async (query: StoryListingQuery): Promise<StoryListingPage> => {
    // The stories the search and status match, less the merged: what the desk's counts are over.
    const base: string[] = [];
    const baseParams: unknown[] = [];
    const named = nameMatch(query);
    if (named) {
      base.push(named.sql);
      baseParams.push(...named.params);
    }
    if (query.articles?.length) {
      base.push(`s.id IN (SELECT story_id FROM evidence WHERE article_id IN (${marks(query.articles)}))`);
      baseParams.push(...query.articles);
    }
    if (query.status) {
      base.push('s.status = ?');
      baseParams.push(query.status);
    }
    if (query.exclude?.length) {
      base.push(`s.id NOT IN (${marks(query.exclude)})`);
      baseParams.push(...query.exclude);
    }
    // What the desk shows of them: by editorial state and dates.
    const shown = [...base];
    const shownParams = [...baseParams];
    if (query.show && 'in' in query.show) {
      shown.push(query.show.in.length ? `s.id IN (${marks(query.show.in)})` : '1 = 0');
      shownParams.push(...query.show.in);
    } else if (query.show?.out.length) {
      shown.push(`s.id NOT IN (${marks(query.show.out)})`);
      shownParams.push(...query.show.out);
    }
    if (query.from) {
      shown.push('s.last_seen IS NOT NULL AND s.last_seen >= ?');
      shownParams.push(query.from);
    }
    if (query.to) {
      shown.push('s.first_seen IS NOT NULL AND s.first_seen <= ?');
      shownParams.push(query.to);
    }
    if (query.since) {
      const acted = query.since.acted.length ? ` OR s.id IN (${marks(query.since.acted)})` : '';
      shown.push(`((s.last_seen IS NOT NULL AND s.last_seen >= ?)${acted})`);
      shownParams.push(query.since.date, ...query.since.acted);
    }
    const where = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

    const types: Record<string, number> = {};
    for (const r of await db.all(
      `SELECT s.type, COUNT(*) AS n FROM stories s ${where(shown)} GROUP BY s.type`,
      shownParams,
    ))
      types[String(r.type)] = Number(r.n);
    const total = query.type ? (types[query.type] ?? 0) : Object.values(types).reduce((a, b) => a + b, 0);
    const counts: Record<string, number> = {};
    for (const [name, ids] of Object.entries(query.count ?? {})) {
      if (ids.length === 0) counts[name] = 0;
      else {
        const [row] = await db.all(
          `SELECT COUNT(*) AS n FROM stories s ${where([...base, `s.id IN (${marks(ids)})`])}`,
          [...baseParams, ...ids],
        );
        counts[name] = Number(row?.n ?? 0);
      }
    }
    if (query.type) {
      shown.push('s.type = ?');
      shownParams.push(query.type);
    }
    if (total === 0 || query.offset >= total) return { rows: [], total, types, counts };

    const dir = query.order === 'asc' ? 'ASC' : 'DESC';
    const dated = query.sort === 'activity' ? 's.last_seen' : query.sort === 'first' ? 's.first_seen' : null;
    const key =
      dated ??
      { score: 's.score', status: STATUS_RANK, sources: sql.independent, name: sql.name }[
        query.sort as 'score' | 'status' | 'sources' | 'name'
      ];
    const order = [
      ...(dated ? [`${dated} IS NULL`] : []),
      `${key} ${dir}`,
      `${sql.independent} DESC`,
      's.score DESC',
      `${sql.name} ASC`,
      `${sql.text('s.id')} ASC`,
    ].join(', ');
    // The keys after the first are read out of stored JSON, too slow to work out for every story of a big ledger.
    // The page's first and last rows by the first key alone bound it: rows before the first one's key come before
    // the page whatever their other keys (they are only counted), rows past the last one's key come after it; only
    // the rows between (the page and the ties at either end) are fully ordered.
    const bounded = [...shown];
    const boundedParams = [...shownParams];
    let skip = query.offset;
    if (query.sort !== 'sources' && query.sort !== 'name') {
      const keys = await db.all(
        `SELECT ${key} AS k FROM stories s ${where(shown)} ORDER BY ${dated ? `${dated} IS NULL, ` : ''}${key} ${dir}
           LIMIT ? OFFSET ?`,
        [...shownParams, query.limit, query.offset],
      );
      const first = keys.at(0)?.k ?? null;
      const last = keys.at(-1)?.k ?? null;
      const [before, after] = dir === 'DESC' ? ['>', '<'] : ['<', '>'];
      // Before the first row's key: for dates, any dated row when the page starts among the undated.
      const ahead = dated
        ? first === null
          ? { sql: `${dated} IS NOT NULL`, params: [] }
          : { sql: `${dated} IS NOT NULL AND ${dated} ${before} ?`, params: [first] }
        : { sql: `${key} ${before} ?`, params: [first] };
      const [counted] = await db.all(`SELECT COUNT(*) AS n FROM stories s ${where([...shown, ahead.sql])}`, [
        ...shownParams,
        ...ahead.params,
      ]);
      skip = query.offset - Number(counted?.n ?? 0);
      bounded.push(`NOT (${ahead.sql})`);
      boundedParams.push(...ahead.params);
      if (last !== null) {
        bounded.push(dated ? `(${dated} IS NOT NULL AND NOT ${dated} ${after} ?)` : `NOT ${key} ${after} ?`);
        boundedParams.push(last);
      }
    }
    // Ids first, then the page's rows: a sort that carries whole rows (summaries) is slow past the first page.
    const ids = await db.all(`SELECT s.id FROM stories s ${where(bounded)} ORDER BY ${order} LIMIT ? OFFSET ?`, [
      ...boundedParams,
      query.limit,
      skip,
    ]);
    const rows = await rowsInOrder(
      db,
      ids.map((r) => String(r.id)),
    );
    return { rows, total, types, counts };
  };
  return {
    async storyListing(query) {
      const named = query.inText && wordsOf(query.q).length ? nameMatch(query) : null;
      if (!named) return list(query);
      // Whatever the other filters: a story whose people go by the words is the answer, even filtered out.
      const [some] = await db.all(`SELECT 1 AS found FROM stories s WHERE ${named.sql} LIMIT 1`, named.params);
      if (some) return list(query);
      const articles = await db.search(wordsOf(query.q).join(' '), TEXT_ARTICLES);
      if (articles.length === 0) return list(query);
      return { ...(await list({ ...query, q: undefined, entities: undefined, articles })), inText: articles.length };
    },
  };
}
