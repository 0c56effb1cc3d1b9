import type { Extraction, MentionKind } from '../extract/types.ts';
import type { Connection, Migration, Row } from './sql.ts';
import { at } from '../invariant/index.ts';
import { briefOf } from './articles.ts';
import { aliasKey } from './entities.ts';
import { opt, str } from './rows.ts';

// Tables both databases share; written in the SQL both accept. Full-text search differs,
// so each connection adds its own migration for it (see sqlite.ts, postgres.ts).
export const COMMON: Migration = {
  version: 1,
  up: [
    `CREATE TABLE articles (
       id TEXT PRIMARY KEY, seq INTEGER NOT NULL, content_hash TEXT NOT NULL UNIQUE, published TEXT, title TEXT, source TEXT, url TEXT,
       text TEXT NOT NULL, extraction TEXT NOT NULL)`,
    `CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL)`,
    `CREATE TABLE entity_aliases (
       entity_id TEXT NOT NULL REFERENCES entities(id), alias_key TEXT NOT NULL, alias TEXT NOT NULL,
       PRIMARY KEY (entity_id, alias_key))`,
    `CREATE INDEX entity_aliases_key ON entity_aliases (alias_key)`,
    `CREATE TABLE appearances (
       entity_id TEXT NOT NULL REFERENCES entities(id), article_id TEXT NOT NULL REFERENCES articles(id),
       published TEXT, mentions INTEGER NOT NULL, PRIMARY KEY (entity_id, article_id))`,
    `CREATE TABLE stories (
       id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, type TEXT NOT NULL, value TEXT NOT NULL,
       subjects TEXT NOT NULL, status TEXT NOT NULL, score DOUBLE PRECISION NOT NULL,
       first_seen TEXT, last_seen TEXT, summary TEXT NOT NULL)`,
    `CREATE INDEX stories_active ON stories (last_seen)`,
    `CREATE TABLE story_subjects (
       story_id TEXT NOT NULL REFERENCES stories(id), entity_id TEXT NOT NULL REFERENCES entities(id),
       PRIMARY KEY (story_id, entity_id))`,
    `CREATE TABLE evidence (
       id TEXT PRIMARY KEY, story_id TEXT NOT NULL REFERENCES stories(id), article_id TEXT NOT NULL REFERENCES articles(id),
       published TEXT, value TEXT NOT NULL, holder_kind TEXT NOT NULL, holder_name TEXT,
       source_key TEXT NOT NULL, source_name TEXT NOT NULL, stance TEXT NOT NULL,
       text TEXT NOT NULL, start_off INTEGER NOT NULL, end_off INTEGER NOT NULL,
       observations INTEGER NOT NULL, timeline TEXT NOT NULL)`,
    `CREATE INDEX evidence_story ON evidence (story_id)`,
  ],
};

// Ingest numbers each article after the last one: without this index that lookup scans every article.
export const ARTICLE_ORDER: Migration = { version: 3, up: ['CREATE INDEX articles_seq ON articles (seq)'] };

/**
 * Each article's credibility score as a column, so evidence rows carry it without parsing the extraction.
 * Existing articles are backfilled from their stored extraction; one without a numeric score stays NULL (neutral).
 * `scoreOf` is the database's own SQL for "the extraction's article.credibility.score, else NULL"; without it the
 * extractions are read in JavaScript (fillCredibility).
 */
export function articleCredibility(scoreOf?: string): Migration {
  const add = 'ALTER TABLE articles ADD COLUMN credibility DOUBLE PRECISION';
  return scoreOf === undefined
    ? { version: 4, up: [add], fill: fillCredibility }
    : { version: 4, up: [add, `UPDATE articles SET credibility = ${scoreOf}`] };
}

/** The score in a stored extraction, else null: never throws (an unreadable extraction is neutral, as if it had none). */
function credibilityIn(extraction: string): number | null {
  try {
    const score: unknown = (JSON.parse(extraction) as { article?: { credibility?: { score?: unknown } } })?.article
      ?.credibility?.score;
    return typeof score === 'number' && Number.isFinite(score) ? score : null;
  } catch {
    return null;
  }
}

/**
 * The backfill in JavaScript, a page of articles at a time. PostgreSQL's jsonb rejects JSON that JavaScript wrote
 * and reads back fine (a lone surrogate escape such as "\ud83d"): a cast in SQL would fail the whole upgrade.
 */
async function fillCredibility(db: Connection): Promise<void> {
  await eachArticle(db, 'extraction', async (row) => {
    const score = credibilityIn(String(row.extraction));
    if (score !== null) await db.run('UPDATE articles SET credibility = ? WHERE id = ?', [score, row.id]);
  });
}

/** Every stored article with the columns asked for, a page of 500 at a time in id order (a backfill's walk). */
async function eachArticle(db: Connection, columns: string, fn: (row: Row) => Promise<void>): Promise<void> {
  for (let after = ''; ;) {
    const rows = await db.all(`SELECT id, ${columns} FROM articles WHERE id > ? ORDER BY id LIMIT 500`, [after]);
    if (rows.length === 0) return;
    for (const row of rows) await fn(row);
    after = String(at(rows, rows.length - 1).id);
  }
}

/**
 * Track records (derived data, rebuilt from evidence and statuses at will): every settled story's reports judged
 * against its outcome, and two version counters that say whether stored scores reflect them. An existing database
 * starts with scores one version behind, so the ledger rebuilds the outcomes and rescores on its first read.
 */
export const TRACK_RECORDS: Migration = {
  version: 5,
  up: [
    `CREATE TABLE report_outcomes (
       story_id TEXT NOT NULL REFERENCES stories(id), source_key TEXT NOT NULL, source_name TEXT NOT NULL,
       holder_kind TEXT NOT NULL, hit INTEGER NOT NULL, settled_on TEXT, PRIMARY KEY (story_id, source_key, holder_kind))`,
    `CREATE TABLE ledger_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL)`,
    `INSERT INTO ledger_state (key, value) VALUES ('outcomes', 1), ('scored', 0)`,
  ],
};

/**
 * Running totals of the track record, a report's own date (as of a date, undated reports count for nothing), and new
 * rules for what counts (no hindsight, one report per story for an outlet). The settled reports are derived data:
 * they are dropped here and, with the outcomes version one ahead, rebuilt (and the totals with them) on first read.
 */
export const RECORD_TOTALS: Migration = {
  version: 6,
  up: [
    'DELETE FROM report_outcomes',
    'ALTER TABLE report_outcomes ADD COLUMN reported_on TEXT',
    `CREATE TABLE record_totals (
       scope TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, true_count INTEGER NOT NULL, false_count INTEGER NOT NULL,
       PRIMARY KEY (scope, key))`,
    "UPDATE ledger_state SET value = value + 1 WHERE key = 'outcomes'",
  ],
};

/**
 * The time a claim refers to (claim.time: a TIMEX3 value, PAST_REF for background) on each evidence row, so the ledger
 * can keep background ("who was married to Theroux from 2015 to 2017") apart from news without re-reading extractions.
 * Rows stored before have none: they count as news, as they did. Scores are rescored on first read.
 */
export const CLAIM_TIME: Migration = {
  version: 7,
  up: [
    'ALTER TABLE evidence ADD COLUMN claim_time TEXT',
    "UPDATE ledger_state SET value = value + 1 WHERE key = 'outcomes'",
  ],
};

/**
 * Each article's extraction entity id → ledger entity id, kept at ingest (resolveEntities decides it once), so the
 * article page and an entity's names read it instead of re-deriving it with copies of the resolution rules.
 * Articles stored before have none; the ledger falls back to re-deriving it for them.
 */
export const ARTICLE_ENTITIES: Migration = {
  version: 8,
  up: [
    `CREATE TABLE article_entities (
       article_id TEXT NOT NULL REFERENCES articles(id), local_id TEXT NOT NULL, entity_id TEXT NOT NULL REFERENCES entities(id),
       PRIMARY KEY (article_id, local_id))`,
    'CREATE INDEX article_entities_entity ON article_entities (entity_id)',
  ],
};

/**
 * The editorial audit log (src/store/editorial.ts): journalists' actions on stories (flag as wrong, dismiss, merge)
 * and entities (merge), and their undos, with who and when. Never updated or deleted; what is in force is derived
 * from it. `cause`: the action that brought this one about (an entity merge merges its stories with their twins).
 */
export const EDITORIAL_LOG: Migration = {
  version: 9,
  up: [
    // IF NOT EXISTS: store.test.ts makes "old" databases by deleting schema_migrations rows above 3 (v9's with them).
    `CREATE TABLE IF NOT EXISTS editorial_actions (
       seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, about TEXT NOT NULL, subject_id TEXT NOT NULL, target_id TEXT,
       undoes INTEGER REFERENCES editorial_actions(seq), cause INTEGER REFERENCES editorial_actions(seq),
       editor TEXT NOT NULL, note TEXT, at TEXT NOT NULL)`,
    'CREATE INDEX IF NOT EXISTS editorial_actions_subject ON editorial_actions (subject_id)',
    'CREATE INDEX IF NOT EXISTS editorial_actions_target ON editorial_actions (target_id)',
  ],
};

/**
 * Stories whose stored row is behind their evidence (src/ledger/batch.ts): a batched ingest recomputes a busy story
 * only once its new rows amount to a tenth of its old ones, and marks it here meanwhile, in the transaction that adds
 * the rows, so a crash leaves the mark. Reads recompute marked stories first (src/ledger/refresh.ts). Derived data.
 */
export const STALE_STORIES: Migration = {
  version: 10,
  // IF NOT EXISTS: store.test.ts makes "old" databases by deleting schema_migrations rows above 3.
  up: ['CREATE TABLE IF NOT EXISTS stale_stories (story_id TEXT PRIMARY KEY)'],
};

/**
 * Each stale story's evidence rows when it was last recomputed (src/ledger/batch.ts): a process that opens the ledger
 * knows how far behind a stale story is, and leaves it stale as the process that marked it would have. Without it a
 * new process recomputed every busy story it touched in its first batch. NULL (a mark written before this version):
 * not known, recomputed at the next batch that touches it. Derived data, as the marks are.
 */
export const STALE_ROWS: Migration = {
  version: 17,
  up: ['ALTER TABLE stale_stories ADD COLUMN recomputed_rows INTEGER'],
};

/**
 * Story keys by range in byte order (stories.ts storyKeysOf: the keys that start with a given head). SQLite's unique
 * index on the key is in that order already; PostgreSQL's is in the database's collation, so it gets one under
 * COLLATE "C", with the id beside the key so that the lookup reads the index alone.
 */
export const STORY_KEY_RANGE: Migration = {
  version: 18,
  up: [],
  fill: async (db) => {
    if (db.kind === 'postgres')
      await db.run('CREATE INDEX IF NOT EXISTS stories_key_bytes ON stories (key COLLATE "C") INCLUDE (id)');
  },
};

/**
 * Background evidence whose story no news has started yet (src/ledger/ingest.ts): "her former boyfriend, Mac Miller"
 * starts no story, but it must join the story once an article starts one, whichever came first. The evidence table's
 * columns without its reference to stories.
 */
export const HELD_BACKGROUND: Migration = {
  version: 11,
  up: [
    `CREATE TABLE IF NOT EXISTS held_evidence (
       id TEXT PRIMARY KEY, story_id TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id),
       published TEXT, value TEXT NOT NULL, holder_kind TEXT NOT NULL, holder_name TEXT,
       source_key TEXT NOT NULL, source_name TEXT NOT NULL, stance TEXT NOT NULL,
       text TEXT NOT NULL, start_off INTEGER NOT NULL, end_off INTEGER NOT NULL,
       observations INTEGER NOT NULL, timeline TEXT NOT NULL, claim_time TEXT)`,
    'CREATE INDEX IF NOT EXISTS held_evidence_story ON held_evidence (story_id)',
  ],
};

/**
 * Name keys that fold accents (aliasKey: "Beyoncé" and "Beyonce" are one key): every stored alias key is worked out
 * again from its alias as written, and every outlet's source key ("outlet:<key>") from the key it had. Nothing is
 * dropped but a second spelling of one entity's name under the key it now shares (the entity's own name is kept,
 * else the spelling with accents). Entity ids are kept as they are: they are in story ids and links.
 *
 * Two stored entities that now share a key (an old "Beyoncé" beside an old "Beyonce") stay two entries: merging them
 * would renumber their stories. Either spelling finds both (search, People page, the entity page's namesakes to merge);
 * a later article's name joins the one spelled as it is, accents and all, as before (else the first by id: the order
 * entitiesByAlias gives resolveEntities, whatever order articles come in); a journalist merges the two with the desk's
 * entity merge, which is reversible.
 * When an outlet's key changed, its settled reports and the record totals (derived data) are dropped and rebuilt, with
 * the stored scores, on first read, as version 6 did.
 */
export const FOLDED_NAME_KEYS: Migration = { version: 12, up: [], fill: refoldNameKeys };

/** The spelling kept for a key: the entity's own name, else the one written with more accents, else A→Z. */
function preferred(a: string, b: string, name: string): string {
  if (a === name || b === name) return name;
  const marks = (x: string) => x.normalize('NFD').length - x.length;
  return marks(a) !== marks(b) ? (marks(a) > marks(b) ? a : b) : a < b ? a : b;
}

async function refoldNameKeys(db: Connection): Promise<void> {
  // A page of entities at a time; only an entity whose keys change is written.
  for (let after = ''; ;) {
    const ids = await db.all(
      'SELECT DISTINCT entity_id FROM entity_aliases WHERE entity_id > ? ORDER BY entity_id LIMIT 500',
      [after],
    );
    if (ids.length === 0) break;
    after = String(at(ids, ids.length - 1).entity_id);
    const chunk = ids.map((r) => String(r.entity_id));
    const rows = await db.all(
      `SELECT a.entity_id, a.alias_key, a.alias, e.name FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
       WHERE a.entity_id IN (${chunk.map(() => '?').join(', ')}) ORDER BY a.entity_id, a.alias_key`,
      chunk,
    );
    const byEntity = new Map<string, Array<{ key: string; alias: string; name: string }>>();
    for (const r of rows) {
      const id = String(r.entity_id);
      byEntity.set(id, [
        ...(byEntity.get(id) ?? []),
        { key: String(r.alias_key), alias: String(r.alias), name: String(r.name) },
      ]);
    }
    for (const [id, aliases] of byEntity) {
      const next = new Map<string, string>();
      for (const a of aliases) {
        const key = aliasKey(a.alias);
        const kept = next.get(key);
        next.set(key, kept === undefined ? a.alias : preferred(kept, a.alias, a.name));
      }
      const same = next.size === aliases.length && aliases.every((a) => next.get(a.key) === a.alias);
      if (same) continue;
      await db.run('DELETE FROM entity_aliases WHERE entity_id = ?', [id]);
      await db.run(
        `INSERT INTO entity_aliases (entity_id, alias_key, alias) VALUES ${[...next].map(() => '(?, ?, ?)').join(', ')}`,
        [...next].flatMap(([key, alias]) => [id, key, alias]),
      );
    }
  }
  // Outlets: the key of a key is the key of the name ("outlet:télé star" → "outlet:tele star").
  let moved = false;
  for (const table of ['evidence', 'held_evidence']) {
    const keys = await db.all(`SELECT DISTINCT source_key FROM ${table} WHERE source_key LIKE 'outlet:%'`);
    for (const r of keys) {
      const old = String(r.source_key);
      const key = `outlet:${aliasKey(old.slice('outlet:'.length))}`;
      if (key === old) continue;
      await db.run(`UPDATE ${table} SET source_key = ? WHERE source_key = ?`, [key, old]);
      moved = true;
    }
  }
  if (moved) {
    await db.run('DELETE FROM report_outcomes');
    await db.run('DELETE FROM record_totals');
    await db.run("UPDATE ledger_state SET value = value + 1 WHERE key = 'outcomes'");
  }
}

/**
 * Extractions stored before the types said so may lack a mention's `kind` or an item's `rule` (the pipeline sets them
 * all: none missing on the 758 development articles). They are filled in here, so the ledger reads every stored
 * extraction as the pipeline writes it now and keeps no guess of its own.
 * A missing rule becomes UNRECORDED_RULE (no rule is made up). A missing kind is guessed from the text, the one
 * fallback (the ledger used to guess at each read, two ways that differed on "His …" and lowercase words): a pronoun
 * ("she"), an epithet after a determiner or possessive ("the Bond girl", "her boyfriend"), a name when capitalised
 * ("Cruise"), else a descriptor ("singer"), which the names page lists as an epithet as it does the pipeline's.
 * Only an extraction that changes is written; one that does not parse stays as it was.
 */
export const EXTRACTION_PROVENANCE: Migration = { version: 13, up: [], fill: fillProvenance };

/** The rule of an item stored before its rule was recorded (migration 13). */
export const UNRECORDED_RULE = 'unrecorded';

const PRONOUN = /^(he|she|they|him|her|them|his|hers|their|theirs|it|its|himself|herself|themselves)$/i;
const DETERMINER = /^(the|a|an|this|that|his|her|their)\b/i;

/** The kind of a mention stored without one, from its text alone. */
export function guessedKind(text: string): MentionKind {
  const t = text.trim();
  if (PRONOUN.test(t)) return 'pronoun';
  if (DETERMINER.test(t)) return 'epithet';
  return /^\p{Lu}/u.test(t) ? 'name' : 'descriptor';
}

type Loose = Record<string, unknown>;
const objects = (list: unknown): Loose[] =>
  Array.isArray(list) ? list.filter((x): x is Loose => typeof x === 'object' && x !== null) : [];

/** Fills what `extraction` (parsed JSON) lacks, in place; true when anything was filled. */
export function fillExtraction(extraction: unknown): boolean {
  if (typeof extraction !== 'object' || extraction === null) return false;
  const x = extraction as Loose;
  let filled = false;
  const ruled = (item: Loose) => {
    if (typeof item.rule === 'string') return;
    item.rule = UNRECORDED_RULE;
    filled = true;
  };
  for (const entity of objects(x.entities)) {
    ruled(entity);
    for (const mention of objects(entity.mentions)) {
      if (typeof mention.kind !== 'string') {
        mention.kind = guessedKind(typeof mention.text === 'string' ? mention.text : '');
        filled = true;
      }
      ruled(mention);
    }
  }
  for (const item of [x.times, x.events, x.claims, x.hedges].flatMap(objects)) ruled(item);
  return filled;
}

async function fillProvenance(db: Connection): Promise<void> {
  await eachArticle(db, 'extraction', async (row) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(String(row.extraction));
    } catch {
      return;
    }
    if (fillExtraction(parsed))
      await db.run('UPDATE articles SET extraction = ? WHERE id = ?', [JSON.stringify(parsed), row.id]);
  });
}

/**
 * Full-text search that folds names as entity keys do (aliasKey): "Beyonce" finds an article about "Beyoncé" and
 * "Soren" one about "Søren", on both databases. Each connection indexes the text folded in TypeScript (indexText)
 * and folds the words searched for: SQLite's FTS5 dropped accents itself but kept "ø" and "ß", PostgreSQL's
 * tsvector folded nothing, and its `unaccent` extension needs a superuser to install. `up` is each database's own
 * SQL to empty (or remake) its index, `after` what it runs once every stored article is indexed again.
 */
export function foldedSearch(up: string[], after: string[] = []): Migration {
  return {
    version: 14,
    up,
    fill: async (db) => {
      await eachArticle(db, 'title, text', (row) => db.indexText(str(row.id), opt(row.title), str(row.text)));
      for (const statement of after) await db.run(statement);
    },
  };
}

/**
 * Scores kept current by what moved: `scored_totals` holds the running totals the stored scores were computed with, so
 * a refresh rescores only the stories citing a source whose track-record factor changed since (src/ledger/refresh.ts),
 * and those recomputed since at another outcomes version (`unscored_stories`), not every story of the ledger. `rebuild` asks the next refresh to rebuild every settled report from the evidence and
 * rescore every story: set here once for a ledger written before, and by any later migration that changes what
 * settles or scores a story (bumping the `outcomes` version alone no longer rescores everything).
 */
export const SCORED_TOTALS: Migration = {
  version: 15,
  up: [
    `CREATE TABLE scored_totals (
       scope TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, true_count INTEGER NOT NULL, false_count INTEGER NOT NULL,
       PRIMARY KEY (scope, key))`,
    // A story recomputed between refreshes, with the outcomes version it was scored at: the totals may have moved on.
    `CREATE TABLE unscored_stories (story_id TEXT PRIMARY KEY, version INTEGER NOT NULL)`,
    // A person's stories by the person: storiesOf and storyKeysOf scanned every subject row of the ledger.
    'CREATE INDEX story_subjects_entity ON story_subjects (entity_id)',
    "INSERT INTO ledger_state (key, value) VALUES ('rebuild', 1)",
  ],
};

/** Each stored article's brief (ArticleBrief) from its extraction; one that does not parse stays NULL (none shown). */
async function fillBriefs(db: Connection): Promise<void> {
  await eachArticle(db, 'extraction', async (row) => {
    let extraction: Extraction;
    try {
      extraction = JSON.parse(String(row.extraction)) as Extraction;
      await db.run('UPDATE articles SET brief = ? WHERE id = ?', [JSON.stringify(briefOf(extraction)), row.id]);
    } catch {
      return;
    }
  });
}

/**
 * What the entity and story pages read instead of recomputing it per request (src/store/aggregates.ts):
 * `entity_names`, the names and epithets the articles called each entity by, counted at ingest; `story_reads` and
 * `story_read_items`, a story as last assembled, its long lists an item a row so that a page is read alone (derived
 * data, assembled again whenever what it was assembled from changed); an index of appearances by entity and day; and
 * each article's `brief`, what a story's evidence table shows of it, filled here from its extraction. A ledger written before has its names counted
 * once by the ledger (src/ledger/aliases.ts fillNames), from the articles stored before this version (`names_before`),
 * as far as `names_done`; articles stored since are counted at ingest. Run again (store.test.ts makes "old" databases
 * by deleting schema_migrations rows), it starts the count over.
 */
export const STORED_READS: Migration = {
  version: 16,
  fill: fillBriefs,
  up: [
    'ALTER TABLE articles ADD COLUMN brief TEXT',
    `CREATE TABLE IF NOT EXISTS entity_names (
       entity_id TEXT NOT NULL REFERENCES entities(id), kind TEXT NOT NULL, name_key TEXT NOT NULL, text TEXT NOT NULL,
       uses INTEGER NOT NULL, first_published TEXT, first_article TEXT NOT NULL, PRIMARY KEY (entity_id, kind, name_key))`,
    `CREATE TABLE IF NOT EXISTS story_reads (
       story_id TEXT PRIMARY KEY, basis TEXT NOT NULL, head TEXT NOT NULL,
       explanation INTEGER NOT NULL, background INTEGER NOT NULL, timeline INTEGER NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS story_read_items (
       story_id TEXT NOT NULL, list TEXT NOT NULL, seq INTEGER NOT NULL, item TEXT NOT NULL,
       PRIMARY KEY (story_id, list, seq))`,
    // An entity's appearances by day, read from the index alone: a page of them, and the days they fall on.
    'CREATE INDEX IF NOT EXISTS appearances_day ON appearances (entity_id, published, article_id, mentions)',
    'DELETE FROM entity_names',
    'DELETE FROM story_read_items',
    'DELETE FROM story_reads',
    "DELETE FROM ledger_state WHERE key IN ('names_before', 'names_done')",
    "INSERT INTO ledger_state (key, value) SELECT 'names_before', COALESCE(MAX(seq), 0) + 1 FROM articles",
    "INSERT INTO ledger_state (key, value) VALUES ('names_done', 0)",
  ],
};

/**
 * Every migration in version order, with the three each database writes its own way (full-text search, its
 * folding, the credibility column's backfill): one list for both stores, so a new version cannot reach one and miss
 * the other.
 */
export function migrationsWith(fts: Migration, credibility: Migration, folded: Migration): Migration[] {
  return [
    COMMON,
    fts,
    ARTICLE_ORDER,
    credibility,
    TRACK_RECORDS,
    RECORD_TOTALS,
    CLAIM_TIME,
    ARTICLE_ENTITIES,
    EDITORIAL_LOG,
    STALE_STORIES,
    HELD_BACKGROUND,
    FOLDED_NAME_KEYS,
    EXTRACTION_PROVENANCE,
    folded,
    SCORED_TOTALS,
    STORED_READS,
    STALE_ROWS,
    STORY_KEY_RANGE,
  ];
}
