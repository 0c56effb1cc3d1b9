import type { Doc } from '../doc.ts';
import type { Entity, Mention } from '../types.ts';
import { classify } from './classify.ts';
import { scan } from './scan.ts';

/**
 * Named entities, one per distinct name and type, each with its name mentions in text order.
 * Short forms ("Tom" beside "Tom Cruise") are still separate here: coreference joins them.
 * @example findEntities(doc).find((e) => e.name === 'Daily Mail') // {type: 'outlet', …}
 */
export function findEntities(doc: Doc): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const candidate of scan(doc)) {
    const typed = classify(doc, candidate);
    if (!typed) continue;
    const key = `${typed.type}\u0000${typed.name}`;
    let entity = byKey.get(key);
    if (!entity) {
      entity = { id: `e${byKey.size + 1}`, name: typed.name, type: typed.type, mentions: [], rule: typed.rule };
      if (typed.type === 'person') entity.gender = typed.gender;
      byKey.set(key, entity);
    }
    const mention: Mention = {
      text: doc.text.slice(typed.start, typed.end),
      start: typed.start,
      end: typed.end,
      kind: candidate.possessive ? 'possessive' : 'name',
      rule: typed.rule,
    };
    entity.mentions.push(mention);
  }
  return [...byKey.values()];
}
