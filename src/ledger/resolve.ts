// Resolution across articles: an article's entities → the ledger's entities.
import type { Entity, Extraction } from '../extract/index.ts';
import type { EntityRow, StoreTx } from '../store/index.ts';
import { nameKey, stableId } from './ids.ts';
import { foldLoneEntities } from './lone-names.ts';
import { currentNameOf } from './married-names.ts';
import { at } from '../invariant/index.ts';

const TITLED = /^(?:Mrs|Ms|Miss|Mr|Mx)\.?\s/;
/** "Bruce Jenner's" is Bruce Jenner: extraction sometimes keeps the possessive in a name. */
const possessiveless = (name: string): string => name.replace(/['’]s$/, '');

/** The names an entity goes by in this article: its name and the name-like mentions ("Cruise", "Tom"). */
export function namesOf(entity: Entity): string[] {
  const names = new Set([entity.name]);
  for (const m of entity.mentions) {
    // "Mrs Pearce" in an article about Guy Pearce is usually his wife, miscounted as his mention: a gendered
    // title is not learned as an alias (the bare surname is, below).
    if ((m.kind === 'name' || m.kind === 'alias') && !TITLED.test(m.text)) names.add(possessiveless(m.text));
  }
  // A person is also called by their surname ("Cruise", "de Armas") in other articles: an alias searches find them by.
  const surname = surnameOf(entity.name);
  if (entity.type === 'person' && isFullName(entity.name) && surname) names.add(surname);
  return [...names];
}

const isFullName = (name: string): boolean => name.trim().split(/\s+/).length >= 2;

/** Lowercase particles that belong to a surname: "Ana de Armas" is "de Armas", "Vincent van Gogh" is "van Gogh". */
const PARTICLE = /^(?:de|da|das|do|dos|du|del|della|di|van|von|der|den|le|la|ter|ten|bin|al|el|st\.?)$/;

/** The surname of a full name, with its particles ("de Armas", "van der Beek"); null when it is not capitalised. */
export function surnameOf(name: string): string | null {
  const words = name.trim().split(/\s+/);
  let first = words.length - 1;
  while (first > 1 && PARTICLE.test(at(words, first - 1))) first--;
  const surname = words.slice(first).join(' ');
  return /^\p{Lu}/u.test(words.at(-1) ?? '') ? surname : null;
}

/**
 * Every name resolveEntities looks up (a person's without its possessive, as it drops it), for the store to read at
 * once instead of one round trip per entity on PostgreSQL; a name asked for beyond these is read when asked.
 */
export const namesLookedUp = (extraction: Extraction): string[] =>
  extraction.entities.map((e) => (e.type === 'person' ? possessiveless(e.name) : e.name));

/**
 * Maps each entity id of the extraction to a ledger entity id, creating entities as needed.
 * People match on the full name; a lone name ("Cruise", "Madonna") is an entity of its own, the same in every
 * article. Joining it to the one person the ledger knew by it so far made the ledger depend on ingest order, and
 * was wrong as often as right ("Harry" beside Cressida Bonas became Harry Styles, "Drake" the film Vera Drake).
 * Searches still find the full-name person by the lone name: full names teach their surnames as aliases.
 */
export async function resolveEntities(tx: StoreTx, extraction: Extraction, text = ''): Promise<Map<string, EntityRow>> {
  const resolved = new Map<string, EntityRow>();
  for (const found of extraction.entities) {
    // Only people: "McDonald's" is a name with its possessive.
    const entity = found.type === 'person' ? { ...found, name: possessiveless(found.name) } : found;
    const known = (await tx.entitiesByAlias([entity.name])).filter((e) => e.type === entity.type);
    // The name the article says the person goes by now (married-names.ts): "his wife, Hailey Baldwin" beside "Hailey
    // Bieber" is Hailey Bieber. Filed under that name's own entity, and taught only that name's forms: learning "Hailey
    // Baldwin" as hers would file a later "Hailey Baldwin" article by what the ledger happened to hold first.
    const other = entity.type === 'person' ? currentNameOf(entity, extraction, text) : null;
    const names = namesOf(other ? { ...entity, name: other.name, mentions: [] } : entity);
    let row: EntityRow | undefined;
    if (entity.type === 'person' && !isFullName(entity.name)) {
      row = known.find((e) => nameKey(e.name) === nameKey(entity.name));
    } else if (other) {
      row = (await tx.entitiesByAlias([other.name])).find(
        (e) => e.type === 'person' && nameKey(e.name) === nameKey(other.name),
      ) ?? { id: stableId('p', `person:${nameKey(other.name)}`), name: other.name, type: 'person' };
    } else {
      row = known.find((e) => nameKey(e.name) === nameKey(entity.name)) ?? known[0];
    }
    row ??= {
      id: stableId(entity.type === 'person' ? 'p' : 'e', `${entity.type}:${nameKey(entity.name)}`),
      name: entity.name,
      type: entity.type,
    };
    // A lone-name entity never lends its alias to others; full names teach the ledger their short forms.
    await tx.putEntity(row, isFullName(row.name) ? names : [entity.name]);
    await tx.addAppearance(
      row.id,
      extraction.article.id,
      extraction.article.published,
      Math.max(1, entity.mentions.length),
    );
    resolved.set(found.id, row);
  }
  // "Beyoncé" alone is Beyonce Knowles once the ledger holds one such person: an entity merge, in either order.
  await foldLoneEntities(tx, [...resolved.values()]);
  return resolved;
}
