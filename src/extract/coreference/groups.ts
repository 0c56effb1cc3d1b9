import { isIgnored, type Doc } from '../doc.ts';
import type { Entity } from '../types.ts';
import { at } from '../../invariant/index.ts';

// The nouns that stand for a named band, or a named body: "the band" after U2; "Bookmaker William Hill has stopped
// taking bets … The firm closed the book on Friday".
const DESCRIPTOR_NOUNS = new Map<string, Entity['type']>([
  ['band', 'group'],
  ['group', 'group'],
  ['duo', 'group'],
  ['trio', 'group'],
  ['quartet', 'group'],
  ['firm', 'organization'],
  ['company', 'organization'],
  ['bookmaker', 'organization'],
  ['bookmakers', 'organization'],
  ['label', 'organization'],
  ['studio', 'organization'],
  ['charity', 'organization'],
]);

/**
 * "the band" after U2 is named, "the firm" after William Hill: a descriptor mention of the last band (or body) named
 * before it. They are few per article, so the most recent one is the reading a reader takes.
 */
export function linkGroupDescriptors(doc: Doc, entities: Entity[]): Entity[] {
  if (!entities.some((e) => e.type === 'group' || e.type === 'organization')) return entities;
  const added = new Map<Entity, Entity['mentions']>();
  const { tokens } = doc;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const the = at(tokens, i);
    const noun = at(tokens, i + 1);
    const type = DESCRIPTOR_NOUNS.get(noun.text);
    if (the.text.toLowerCase() !== 'the' || !type || tokens[i + 2]?.pos === 'NOUN') continue;
    // "the company of actors": a noun with its own complement is no short name.
    if (type === 'organization' && tokens[i + 2]?.text === 'of') continue;
    if (isIgnored(doc, the.start, noun.end)) continue;
    const groups = entities.filter((e) => e.type === type);
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
      rule: `${type}-descriptor`,
    });
    added.set(latest, list);
  }
  return entities.map((e) => {
    const more = added.get(e);
    return more ? { ...e, mentions: [...e.mentions, ...more].sort((a, b) => a.start - b.start) } : e;
  });
}
