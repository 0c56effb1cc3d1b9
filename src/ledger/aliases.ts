// The names and epithets (descriptions like "the singer" included; pronouns and "the pair" not) the press used for one ledger entity, counted across its stored articles.
//
// Ingest keeps which entity of an article's extraction became which ledger entity (article_entities). For articles
// stored before it did, this recovers the mapping read-only with the same rules: an article's entity is this ledger
// entity when it has the same type,
// the ledger knows this entity by the article entity's name, the entity appears in that article,
// and no other entity appearing there is a better match (the exact name; for a lone name, the only one).
import type { Entity, MentionKind } from '../extract/index.ts';
import { guessedKind, type EntityNameUse, type EntityRow, type Store, type StoreTx } from '../store/index.ts';
import { nameKey, stableId } from './ids.ts';
import { at } from '../invariant/index.ts';

export type NameKind = 'name' | 'epithet';
export type NameUse = { text: string; kind: NameKind; count: number };

const PRONOUN = /^(he|she|they|him|her|them|his|hers|their|theirs|it|its|himself|herself|themselves)$/i;
/** "the pair", "the couple": the group the entity is part of, not a name for the entity itself. */
const GROUP =
  /^(the|this|that|both)\s+(pair|couple|duo|trio|two|three|twosome|lovebirds|lovers|newlyweds|family|pals|friends|stars)$/i;

/** How a mention names its entity, or null for pronouns (not a name a journalist would look for). */
export function nameKindOf(kind: MentionKind, text: string): NameKind | null {
  if (PRONOUN.test(text.trim())) return null;
  if (kind === 'pronoun' || GROUP.test(text.trim())) return null;
  if (kind === 'epithet' || kind === 'descriptor') return 'epithet';
  return kind === 'name' || kind === 'alias' || kind === 'possessive' ? 'name' : null;
}

/** "Ana's" → "Ana"; "The Hollywood legend" → "the Hollywood legend" (sentence case is not part of the epithet). */
function display(text: string, kind: NameKind): string {
  const t = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/['’]s$/, '');
  return kind === 'name' ? t : t.replace(/^The\s/, 'the ').replace(/^An?\s/, (m) => m.toLowerCase());
}

const isFullName = (name: string): boolean => name.trim().split(/\s+/).length >= 2;

/**
 * Adds the names `e`'s mentions use to `uses` (by kind and name key; the first text seen is kept). A mention given
 * without its kind (an extraction made by older code) is read as migration 13 reads it once stored, so what ingest
 * counts is what the stored extraction says.
 */
function countNames(e: Entity, uses: Map<string, NameUse & { key: string }>): void {
  for (const m of e.mentions) {
    const given: MentionKind | undefined = m.kind;
    const kind = nameKindOf(given ?? guessedKind(m.text), m.text);
    if (!kind) continue;
    const text = display(m.text, kind);
    const key = `${kind}:${nameKey(text)}`;
    const use = uses.get(key);
    if (use) use.count++;
    else uses.set(key, { text, kind, count: 1, key: nameKey(text) });
  }
}

/** The order names are listed in: names before epithets, the most used first, then A→Z. */
export function inNameOrder<T extends { kind: string; count: number; text: string }>(uses: T[]): T[] {
  const order = ['name', 'epithet'];
  return uses.sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || b.count - a.count || a.text.localeCompare(b.text),
  );
}

/**
 * The names and epithets one article calls each ledger entity by (`map`: its extraction entity → ledger entity), as
 * namesUsed counts them: what ingest adds to the entity's stored counts.
 */
export function namesOfArticle(entities: Entity[], map: Record<string, string>): EntityNameUse[] {
  const byEntity = new Map<string, Map<string, NameUse & { key: string }>>();
  for (const e of entities) {
    const id = map[e.id];
    if (id === undefined) continue;
    const uses = byEntity.get(id) ?? new Map<string, NameUse & { key: string }>();
    byEntity.set(id, uses);
    countNames(e, uses);
  }
  return [...byEntity].flatMap(([entity, uses]) =>
    [...uses.values()].map((u) => ({ entity, kind: u.kind, key: u.key, text: u.text, count: u.count })),
  );
}

/** Every distinct name and epithet used for `entity`, most used first within each kind. */
export async function namesUsed(
  store: Pick<StoreTx, 'article' | 'entitiesByAlias' | 'appearances' | 'articleEntities'>,
  entity: EntityRow & { aliases: string[] },
  articles: string[],
): Promise<NameUse[]> {
  const known = new Set([entity.name, ...entity.aliases].map(nameKey));
  const appearsIn = new Map<string, Set<string>>();
  const articlesOf = async (id: string): Promise<Set<string>> => {
    let set = appearsIn.get(id);
    if (!set) appearsIn.set(id, (set = new Set((await store.appearances(id)).map((a) => a.article))));
    return set;
  };
  const uses = new Map<string, NameUse & { key: string }>();
  for (const articleId of articles) {
    const row = await store.article(articleId);
    if (!row) continue;
    const kept = await store.articleEntities(articleId);
    for (const e of row.extraction.entities) {
      if (kept) {
        if (kept[e.id] !== entity.id) continue;
      } else {
        if (e.type !== entity.type || !known.has(nameKey(e.name))) continue;
        if ((await resolvedId(store, e, articleId, articlesOf)) !== entity.id) continue;
      }
      countNames(e, uses);
    }
  }
  return inNameOrder([...uses.values()].map(({ text, kind, count }) => ({ text, kind, count })));
}

/** Articles a transaction of fillNames counts. */
const FILL_CHUNK = 500;

/**
 * Counts once the names of the articles stored before ingest counted them (migration 16), as namesUsed reads them: an
 * article's kept entity map, else the resolution rules re-applied with namesUsed's checks (the same type, a name the
 * ledger knows the entity by). A chunk of articles per transaction, with how far it got: an interrupted fill goes on
 * from there, and ingest may run meanwhile (it counts only later articles). Nothing to do on a ledger built since.
 * @example await fillNames(store); // then store.entityNames(id) answers as namesUsed did
 */
export async function fillNames(store: Store): Promise<void> {
  for (;;) {
    const { before, done } = await store.namesBackfill();
    if (done >= before - 1) return;
    const more = await store.transaction(async (tx) => {
      const { done: from } = await tx.namesBackfill();
      const rows = await tx.articlesInSeq(from, before, FILL_CHUNK);
      const kept = await tx.articleEntitiesOf(rows.map((r) => r.id));
      const known = new Map<string, (EntityRow & { aliases: string[] }) | null>();
      const entity = async (id: string) => {
        if (!known.has(id)) known.set(id, await tx.entity(id));
        return known.get(id) ?? null;
      };
      for (const { id: articleId, published, extraction } of rows) {
        let map = kept.get(articleId);
        if (!map) {
          map = {};
          for (const [local, id] of Object.entries(await ledgerIdsOf(tx, articleId, extraction.entities))) {
            const e = extraction.entities.find((x) => x.id === local);
            const to = await entity(id);
            const names = new Set(to ? [to.name, ...to.aliases].map(nameKey) : []);
            if (e && to && e.type === to.type && names.has(nameKey(e.name))) map[local] = id;
          }
        }
        const uses = namesOfArticle(extraction.entities, map);
        await tx.putArticleEntities(articleId, {}, { published, uses });
      }
      const last = rows.at(-1)?.seq ?? before - 1;
      await tx.namesBackfilledTo(last);
      return rows.length > 0;
    });
    if (!more) return;
  }
}

/** Each entity id of a stored article's extraction → the ledger entity it was resolved to (left out when unclear). */
export async function ledgerIdsOf(
  store: Pick<StoreTx, 'entitiesByAlias' | 'appearances'>,
  articleId: string,
  entities: Entity[],
): Promise<Record<string, string>> {
  const appearsIn = new Map<string, Set<string>>();
  const articlesOf = async (id: string): Promise<Set<string>> => {
    let set = appearsIn.get(id);
    if (!set) appearsIn.set(id, (set = new Set((await store.appearances(id)).map((a) => a.article))));
    return set;
  };
  const out: Record<string, string> = {};
  for (const e of entities) {
    const id = await resolvedId(store, e, articleId, articlesOf);
    if (id) out[e.id] = id;
  }
  return out;
}

/** The ledger entity an article's entity was resolved to at ingest (see resolveEntities), or null when unclear. */
async function resolvedId(
  store: Pick<StoreTx, 'entitiesByAlias'>,
  e: Entity,
  articleId: string,
  articlesOf: (id: string) => Promise<Set<string>>,
): Promise<string | null> {
  const candidates: EntityRow[] = [];
  for (const c of await store.entitiesByAlias([e.name])) {
    if (c.type === e.type && !candidates.some((x) => x.id === c.id) && (await articlesOf(c.id)).has(articleId))
      candidates.push(c);
  }
  if (candidates.length === 1) return at(candidates, 0).id;
  if (e.type === 'person' && !isFullName(e.name)) {
    // An ambiguous lone name got an entity of its own.
    const own = stableId('p', `person:${nameKey(e.name)}`);
    return candidates.some((c) => c.id === own) ? own : null;
  }
  return (candidates.find((c) => nameKey(c.name) === nameKey(e.name)) ?? candidates[0])?.id ?? null;
}
