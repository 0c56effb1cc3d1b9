// Resolution across articles: an article's entities → the ledger's entities.
import type { Entity, Extraction } from '../extract/index.ts';
import type { EntityRow, StoreTx } from '../store/index.ts';
import { nameKey, stableId } from './ids.ts';

const DETERMINER = /^(the|a|an|this|that|his|her|their)\b/i;
const PRONOUN = /^(he|she|they|him|her|them|his|hers|their|theirs|it|its)$/i;

const TITLED = /^(?:Mrs|Ms|Miss|Mr|Mx)\.?\s/;
/** "Bruce Jenner's" is Bruce Jenner: extraction sometimes keeps the possessive in a name. */
const possessiveless = (name: string): string => name.replace(/['’]s$/, '');

/** The names an entity goes by in this article: its name and the name-like mentions ("Cruise", "Tom"). */
export function namesOf(entity: Entity): string[] {
  const names = new Set([entity.name]);
  for (const m of entity.mentions) {
    const kindSaysName = m.kind === 'name' || m.kind === 'alias';
    const looksLikeName = m.kind === undefined && /^\p{Lu}/u.test(m.text) && !DETERMINER.test(m.text) && !PRONOUN.test(m.text);
    // "Mrs Pearce" in an article about Guy Pearce is usually his wife, miscounted as his mention: a gendered
    // title is not learned as an alias (the bare surname is, below).
    if ((kindSaysName || looksLikeName) && !TITLED.test(m.text)) names.add(possessiveless(m.text));
  }
  // A person is also called by their surname ("Cruise") in other articles; it only resolves while unique.
  const surname = entity.name.trim().split(/\s+/).at(-1);
  if (entity.type === 'person' && isFullName(entity.name) && surname && /^\p{Lu}/u.test(surname)) names.add(surname);
  return [...names];
}

const isFullName = (name: string): boolean => name.trim().split(/\s+/).length >= 2;

/**
 * Maps each entity id of the extraction to a ledger entity id, creating entities as needed.
 * People match on the full name; a lone name ("Cruise", "Madonna") joins a known person only when
 * exactly one person is known by it, so two people sharing a surname are never merged.
 */
export async function resolveEntities(tx: StoreTx, extraction: Extraction): Promise<Map<string, EntityRow>> {
  const resolved = new Map<string, EntityRow>();
  for (const found of extraction.entities) {
    // Only people: "McDonald's" is a name with its possessive.
    const entity = found.type === 'person' ? { ...found, name: possessiveless(found.name) } : found;
    const names = namesOf(entity);
    const known = (await tx.entitiesByAlias([entity.name])).filter((e) => e.type === entity.type);
    let row: EntityRow | undefined;
    if (entity.type === 'person' && !isFullName(entity.name)) {
      const people = new Map(known.map((e) => [e.id, e]));
      if (people.size === 1) row = [...people.values()][0];
    } else {
      row = known.find((e) => nameKey(e.name) === nameKey(entity.name)) ?? known[0];
    }
    row ??= { id: stableId(entity.type === 'person' ? 'p' : 'e', `${entity.type}:${nameKey(entity.name)}`), name: entity.name, type: entity.type };
    // A lone-name entity never lends its alias to others; full names teach the ledger their short forms.
    await tx.putEntity(row, isFullName(row.name) ? names : [entity.name]);
    await tx.addAppearance(row.id, extraction.article.id, extraction.article.published, Math.max(1, entity.mentions.length));
    resolved.set(found.id, row);
  }
  return resolved;
}
