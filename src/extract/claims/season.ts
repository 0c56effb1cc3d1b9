// A contestant announced by the season they take part in: "Chris will be hitting the ballroom with pro partner Witney
// Carson on Season 24 of Dancing with the Stars" (celebrity-031legit). No verb of casting says it; the season of a show
// does. The clause's subject is cast in the show; a partner named after "with" is not.
import type { Doc } from '../doc.ts';
import type { Located } from '../text/index.ts';
import type { Clause } from './clauses.ts';
import type { AssertedFind } from './asserted.ts';
import { spanMatch } from './open.ts';

/**
 * Named rules, in order: each a phrase that must stand right before a named work.
 */
export const SEASON_RULES: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  {
    // "on Season 24 of Dancing with the Stars", "in the new season of The Voice", "for next season of Big Brother".
    name: 'season-of-show',
    pattern:
      /\b(?:on|in|for|join(?:s|ing)?)\s+(?:the\s+)?(?:(?:new|next|upcoming|coming|latest|this|forthcoming)\s+)?season(?:\s+\d{1,2})?\s+of\s+$/iu,
  },
];

// A season told as the past: "was on Season 3 of", "competed on", "won Season 12 of" (a past form before the phrase).
const PAST =
  /\b(?:was|were|had|did|appeared|competed|danced|won|finished|placed|starred|featured|took part|previously|formerly|once)\b/i;
// Who is not the subject: the one after a preposition ("with pro partner Sharna Burgess", "to Kaitlyn Bristowe").
const GOVERNED =
  /\b(?:with|to|by|for|from|of|about|against|on|at|than|like|into|over|after|before|alongside|opposite|between|including|partner|partners)\s+(?:[\p{L}'’.-]+\s+){0,2}$/iu;

/** One casting find for the clause's subject in the show whose season the clause names. */
export function seasonFinds(doc: Doc, clause: Clause, located: Located[]): AssertedFind[] {
  const { text } = doc;
  if (!/\bseason\b/i.test(clause.text)) return [];
  for (const rule of SEASON_RULES) {
    for (const work of located.filter((l) => l.entity.type === 'work')) {
      const lead = text.slice(Math.max(clause.start, work.mention.start - 60), work.mention.start);
      const hit = rule.pattern.exec(lead);
      if (!hit) continue;
      const start = work.mention.start - lead.length + hit.index;
      if (PAST.test(text.slice(clause.start, start))) return [];
      const subject = located.find(
        (l) =>
          l.entity.type === 'person' &&
          l.mention.start < start &&
          l.mention.kind !== 'possessive' &&
          !GOVERNED.test(text.slice(clause.start, l.mention.start)),
      );
      if (!subject) return [];
      return [
        {
          predicate: { type: 'casting', value: 'cast' },
          match: spanMatch(doc, text, start, work.mention.end),
          subjects: [subject.entity.id],
          other: work.entity.id,
          negated: false,
          joint: false,
          announced: false,
          tense: 'present' as const,
          rule: `season:${rule.name}`,
        },
      ];
    }
  }
  return [];
}
