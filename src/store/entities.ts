// Entities across articles: names and aliases (matched case-insensitively) and where they appear.
import { addEntityNames } from './aggregates.ts';
import { opt } from './rows.ts';
import type { Connection } from './sql.ts';
import type { EntityRow, StoreTx } from './types.ts';

/**
 * Letters a name is spelled both with and without, that compatibility decomposition (NFKD) keeps whole: "Zoë Kravitz"
 * decomposes to "Zoe" + a diaeresis, but "Søren" and "Łukasz" have no mark to drop.
 */
const FOLDED: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe' };

/**
 * The key a name is matched by: case, spacing, accents and the typographic apostrophe folded, so "Beyoncé",
 * "Beyonce" and "BEYONCÉ" are one person and "O’Brien" is "O'Brien". Only accents on Latin letters are dropped
 * (NFKD, then the combining diacritics U+0300–U+036F after a Latin letter): a mark in another script can be a letter
 * of its own (Devanagari vowel signs, the kana's dakuten). The display name stays as written; only the key folds.
 */
export const aliasKey = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})[\u0300-\u036f]+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[øłđðħıßæœ]/g, (c) => FOLDED[c] ?? c)
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A name as spelled, case and spacing aside: the key names had before version 12 folded accents. A ledger stored before
 * may hold two entries one key now joins (an old "Beyoncé" beside an old "Beyonce"); a name spelled as one of them
 * is that one, as it was, so an existing ledger files each spelling where it always did (see FOLDED_NAME_KEYS). In a
 * ledger built since, one key is one entry and this never decides anything.
 */
const spelling = (name: string): string => name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

type EntityQueries = Pick<
  StoreTx,
  | 'entitiesByAlias'
  | 'warmAliases'
  | 'putEntity'
  | 'addAppearance'
  | 'entities'
  | 'entity'
  | 'appearances'
  | 'putArticleEntities'
  | 'articleEntities'
  | 'articleEntitiesOf'
>;

/**
 * Each entity's names, in alias order: one query for a whole listing (one per entity was a round trip each on
 * PostgreSQL, a hundred for a full page).
 */
export async function aliasesOf(db: Connection, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await db.all(
      `SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN (${chunk.map(() => '?').join(', ')})
       ORDER BY entity_id, alias`,
      chunk,
    );
    for (const r of rows) {
      const id = String(r.entity_id);
      const names = out.get(id) ?? [];
      names.push(String(r.alias));
      out.set(id, names);
    }
  }
  return out;
}

/**
 * Entity rows a transaction's ingest writes, held back and sent as three multi-row statements just before the
 * transaction's next statement (or its end): one per row were ~30 statements an article, each parsed and planned by
 * PostgreSQL. Only the entity writes change places among themselves (entities first, then names, then appearances,
 * as foreign keys want); nothing is sent in between, so every later statement sees them all.
 */
export class HeldEntityWrites {
  private entities = new Map<string, EntityRow>();
  private aliases = new Map<string, [string, string, string]>();
  private appearances = new Map<
    string,
    { entity: string; article: string; published: string | null; mentions: number }
  >();

  get empty(): boolean {
    return this.entities.size === 0 && this.aliases.size === 0 && this.appearances.size === 0;
  }

  /** As `INSERT … ON CONFLICT DO NOTHING` would keep them: the first of each key. */
  entity(row: EntityRow, names: Array<[string, string]>): void {
    if (!this.entities.has(row.id)) this.entities.set(row.id, row);
    for (const [key, alias] of names)
      if (!this.aliases.has(`${row.id}\u0000${key}`)) this.aliases.set(`${row.id}\u0000${key}`, [row.id, key, alias]);
  }

  /** Two appearances of one entity in one article add up, as the statement's `ON CONFLICT DO UPDATE` adds them. */
  appearance(entity: string, article: string, published: string | null, mentions: number): void {
    const key = `${entity}\u0000${article}`;
    const seen = this.appearances.get(key);
    if (seen) seen.mentions += mentions;
    else this.appearances.set(key, { entity, article, published, mentions });
  }

  /** Queues what is held on `db`, in chunks under the drivers' parameter limits, and forgets it. */
  async send(db: Connection): Promise<void> {
    if (this.empty) return;
    const entities = [...this.entities.values()];
    const aliases = [...this.aliases.values()];
    const appearances = [...this.appearances.values()];
    this.entities.clear();
    this.aliases.clear();
    this.appearances.clear();
    const tuples = (n: number, width: number) =>
      Array.from({ length: n }, () => `(${Array(width).fill('?').join(', ')})`).join(', ');
    for (let i = 0; i < entities.length; i += 300) {
      const chunk = entities.slice(i, i + 300);
      await db.run(
        `INSERT INTO entities (id, name, type) VALUES ${tuples(chunk.length, 3)} ON CONFLICT (id) DO NOTHING`,
        chunk.flatMap((e) => [e.id, e.name, e.type]),
      );
    }
    for (let i = 0; i < aliases.length; i += 300) {
      const chunk = aliases.slice(i, i + 300);
      await db.run(
        `INSERT INTO entity_aliases (entity_id, alias_key, alias) VALUES ${tuples(chunk.length, 3)}
         ON CONFLICT (entity_id, alias_key) DO NOTHING`,
        chunk.flat(),
      );
    }
    for (let i = 0; i < appearances.length; i += 300) {
      const chunk = appearances.slice(i, i + 300);
      await db.run(
        `INSERT INTO appearances (entity_id, article_id, published, mentions) VALUES ${tuples(chunk.length, 4)}
         ON CONFLICT (entity_id, article_id) DO UPDATE SET mentions = appearances.mentions + excluded.mentions`,
        chunk.flatMap((a) => [a.entity, a.article, a.published, a.mentions]),
      );
    }
  }
}

type AliasMatch = EntityRow & { alias: string };

/**
 * `inTransaction`: the lookups by name are kept for the transaction (see warmAliases). Only putEntity writes names,
 * and it forgets the names it writes, so a kept answer is always what the database would say inside the transaction.
 * Outside a transaction nothing is kept: another writer may add a name at any time.
 */
export function entityQueries(
  db: Connection,
  { inTransaction = false, held }: { inTransaction?: boolean; held?: HeldEntityWrites } = {},
): EntityQueries {
  const kept = inTransaction ? new Map<string, AliasMatch[]>() : null;
  // Each kept match's spelling, worked out once: a common name's hundreds of matches are ranked at every lookup.
  const spelled = new WeakMap<AliasMatch, string>();
  const spellingOf = (m: AliasMatch): string => {
    let s = spelled.get(m);
    if (s === undefined) spelled.set(m, (s = spelling(m.name)));
    return s;
  };
  const lookUp = async (keys: string[]): Promise<AliasMatch[]> => {
    if (keys.length === 0) return [];
    const rows = await db.all(
      `SELECT e.id, e.name, e.type, a.alias_key FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
       WHERE a.alias_key IN (${keys.map(() => '?').join(', ')}) ORDER BY e.id, a.alias_key`,
      keys,
    );
    return rows.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      type: String(r.type),
      alias: String(r.alias_key),
    }));
  };
  const entitiesByAlias = async (names: string[]): Promise<AliasMatch[]> => {
    const keys = [...new Set(names.map(aliasKey))];
    // An entry named as asked, accents and all, comes first (see spelledAs); then by id.
    const asked = new Set(names.map(spelling));
    // Each match ranked once, not in every comparison: a common name ("Jen", a surname) matches hundreds of entries.
    const inOrder = (matches: AliasMatch[]) =>
      matches
        .map((m) => ({ m, rank: asked.has(spellingOf(m)) ? 0 : 1 }))
        .sort(
          (a, b) =>
            a.rank - b.rank ||
            (a.m.id < b.m.id ? -1 : a.m.id > b.m.id ? 1 : a.m.alias < b.m.alias ? -1 : a.m.alias > b.m.alias ? 1 : 0),
        )
        .map(({ m }) => m);
    if (!kept) return inOrder(await lookUp(keys));
    const missing = keys.filter((key) => !kept.has(key));
    // Chunks keep an article with thousands of names under the drivers' parameter limits.
    for (let i = 0; i < missing.length; i += 500) {
      const chunk = missing.slice(i, i + 500);
      const found = await lookUp(chunk);
      for (const key of chunk) kept.set(key, []);
      for (const match of found) kept.get(match.alias)?.push(match);
    }
    return inOrder(keys.flatMap((key) => kept.get(key) ?? []));
  };
  return {
    entitiesByAlias,
    async warmAliases(names) {
      if (kept) await entitiesByAlias(names);
    },
    async putEntity(row, aliases) {
      const byKey = new Map([row.name, ...aliases].map((alias) => [aliasKey(alias), alias]));
      // A name kept as finding this entity already is stored (both inserts are no-ops for it): still right as kept.
      // Forgetting it anyway re-read every common name (a surname, hundreds of entries) at each article naming it.
      const forget = () => {
        for (const key of byKey.keys()) if (!kept?.get(key)?.some((m) => m.id === row.id)) kept?.delete(key);
      };
      if (held) {
        // These names may now find this entity: read again when next asked (after the held rows are sent).
        forget();
        return held.entity(row, [...byKey]);
      }
      await db.run('INSERT INTO entities (id, name, type) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING', [
        row.id,
        row.name,
        row.type,
      ]);
      // One statement for all names: on PostgreSQL every statement is a round trip.
      // These names may now find this entity: read again when next asked.
      forget();
      await db.run(
        `INSERT INTO entity_aliases (entity_id, alias_key, alias) VALUES ${[...byKey].map(() => '(?, ?, ?)').join(', ')}
         ON CONFLICT (entity_id, alias_key) DO NOTHING`,
        [...byKey].flatMap(([key, alias]) => [row.id, key, alias]),
      );
    },
    async addAppearance(entity, article, published, mentions) {
      if (held) return held.appearance(entity, article, published, mentions);
      await db.run(
        `INSERT INTO appearances (entity_id, article_id, published, mentions) VALUES (?, ?, ?, ?)
         ON CONFLICT (entity_id, article_id) DO UPDATE SET mentions = appearances.mentions + excluded.mentions`,
        [entity, article, published, mentions],
      );
    },
    async entities(q, limit) {
      const rows = await db.all(
        `SELECT e.id, e.name, e.type, (SELECT COUNT(*) FROM appearances p WHERE p.entity_id = e.id) AS articles
         FROM entities e ${q ? 'WHERE e.id IN (SELECT entity_id FROM entity_aliases WHERE alias_key LIKE ?)' : ''}
         ORDER BY articles DESC, e.name LIMIT ?`,
        q ? [`%${aliasKey(q)}%`, limit] : [limit],
      );
      const aliases = await aliasesOf(
        db,
        rows.map((r) => String(r.id)),
      );
      return rows.map((r) => ({
        id: String(r.id),
        name: String(r.name),
        type: String(r.type),
        articles: Number(r.articles),
        aliases: aliases.get(String(r.id)) ?? [],
      }));
    },
    async entity(id) {
      const [r] = await db.all('SELECT * FROM entities WHERE id = ?', [id]);
      if (!r) return null;
      const aliases = await db.all('SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias', [id]);
      return {
        id: String(r.id),
        name: String(r.name),
        type: String(r.type),
        aliases: aliases.map((a) => String(a.alias)),
      };
    },
    async putArticleEntities(article, map, names) {
      const pairs = Object.entries(map);
      if (names) await addEntityNames(db, article, names.published, names.uses);
      for (let i = 0; i < pairs.length; i += 300) {
        const chunk = pairs.slice(i, i + 300);
        await db.run(
          `INSERT INTO article_entities (article_id, local_id, entity_id) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')}
           ON CONFLICT (article_id, local_id) DO NOTHING`,
          chunk.flatMap(([local, entity]) => [article, local, entity]),
        );
      }
    },
    async articleEntities(article) {
      const rows = await db.all(
        'SELECT local_id, entity_id FROM article_entities WHERE article_id = ? ORDER BY local_id',
        [article],
      );
      return rows.length ? Object.fromEntries(rows.map((r) => [String(r.local_id), String(r.entity_id)])) : null;
    },
    async articleEntitiesOf(articles) {
      const out = new Map<string, Record<string, string>>();
      for (let i = 0; i < articles.length; i += 500) {
        const chunk = articles.slice(i, i + 500);
        const rows = await db.all(
          `SELECT article_id, local_id, entity_id FROM article_entities
           WHERE article_id IN (${chunk.map(() => '?').join(', ')}) ORDER BY article_id, local_id`,
          chunk,
        );
        for (const r of rows) {
          const map = out.get(String(r.article_id)) ?? {};
          map[String(r.local_id)] = String(r.entity_id);
          out.set(String(r.article_id), map);
        }
      }
      return out;
    },
    async appearances(entity) {
      const rows = await db.all(
        'SELECT article_id, published, mentions FROM appearances WHERE entity_id = ? ORDER BY published IS NULL, published, article_id',
        [entity],
      );
      return rows.map((r) => ({
        article: String(r.article_id),
        published: opt(r.published),
        mentions: Number(r.mentions),
      }));
    },
  };
}
