import { isIgnored, type Doc } from '../doc.ts';
import type { Entity } from '../types.ts';
import { at } from '../../invariant/index.ts';

const GROUP_NOUNS = new Set(['band', 'group', 'duo', 'trio', 'quartet']);

/**
 * "the band" after U2 is named: a descriptor mention of the last band named before it. Groups
 * are few per article, so the most recent one is the reading a reader takes.
 */
export function linkGroupDescriptors(doc: Doc, entities: Entity[]): Entity[] {
  const groups = entities.filter((e) => e.type === 'group');
  if (groups.length === 0) return entities;
  const added = new Map<Entity, Entity['mentions']>();
  const { tokens } = doc;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const the = at(tokens, i);
    const noun = at(tokens, i + 1);
    if (the.text.toLowerCase() !== 'the' || !GROUP_NOUNS.has(noun.text) || tokens[i + 2]?.pos === 'NOUN') continue;
    if (isIgnored(doc, the.start, noun.end)) continue;
    let latest: Entity | null = null;
    let latestStart = -1;
    for (const g of groups)
      for (const m of g.mentions) {
        if (m.start < the.start && m.start > latestStart) {
          latest = g;
          latestStart = m.start;
        }
      }
    if (!latest) continue;
    const list = added.get(latest) ?? [];
    list.push({
      text: doc.text.slice(the.start, noun.end),
      start: the.start,
      end: noun.end,
      kind: 'descriptor',
      rule: 'group-descriptor',
    });
    added.set(latest, list);
  }
  return entities.map((e) => {
    const more = added.get(e);
    return more ? { ...e, mentions: [...e.mentions, ...more].sort((a, b) => a.start - b.start) } : e;
  });
}
