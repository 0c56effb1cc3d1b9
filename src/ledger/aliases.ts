// The names and epithets (descriptions like "the singer" included; pronouns and "the pair" not) the press used for one ledger entity, counted across its stored articles.
//
// Ingest keeps which entity of an article's extraction became which ledger entity (article_entities). For articles
// stored before it did, this recovers the mapping read-only with the same rules: an article's entity is this ledger
// entity when it has the same type,
// the ledger knows this entity by the article entity's name, the entity appears in that article,
// and no other entity appearing there is a better match (the exact name; for a lone name, the only one).
import type { Entity, MentionKind } from '../extract/index.ts';
import type { EntityRow, StoreTx } from '../store/index.ts';
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
  const uses = new Map<string, NameUse>();
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
      for (const m of e.mentions) {
        const kind = nameKindOf(m.kind, m.text);
        if (!kind) continue;
        const text = display(m.text, kind);
        const key = `${kind}:${nameKey(text)}`;
        const use = uses.get(key);
        if (use) use.count++;
        else uses.set(key, { text, kind, count: 1 });
      }
    }
  }
  const order: NameKind[] = ['name', 'epithet'];
  return [...uses.values()].sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || b.count - a.count || a.text.localeCompare(b.text),
  );
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
