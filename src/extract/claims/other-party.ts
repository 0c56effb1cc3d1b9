// A two-party legal claim whose other party its sentence names only by a role: "Motley Crue guitarist Mick Mars is
// being sued by his ex-girlfriend for $10 million" (bbc-entertainment-252), then "The woman, Robin Mantooth, said Mars
// promised her repeatedly…"; "US rappers Beastie Boys have won their long-running battle over the use of a sample in
// their song Pass the Mic", then "The punk-rappers used three notes of music from flautist James Newton's Choir"
// (bbc-entertainment-147). A news lead gives the parties' roles; the next sentence names them.
import { sentenceIndexAt } from '../doc.ts';
import type { Claim } from '../types.ts';
import type { ClaimRefiner, RefineContext } from './refine.ts';

// The legal predicates of open-claims.json done to or with someone (`with: person`).
const TWO_PARTY = new Set(['sue', 'win', 'settle', 'injunction']);
// A role or a fight named where the other party would be: "by his ex-girlfriend", "their long-running battle", "a
// former employee".
const ROLE_OR_FIGHT =
  /\b(?:by|against|with)\s+(?:his|her|their|a|an|the)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\b|\b(?:battle|case|dispute|fight|lawsuit|suit|row)\b/iu;

/** The people named (by a name, not a pronoun) in a sentence. */
function namedIn(ctx: RefineContext, s: number): string[] {
  const sentence = ctx.doc.sentences[s];
  if (!sentence) return [];
  return ctx.entities
    .filter(
      (e) =>
        e.type === 'person' &&
        e.mentions.some(
          (m) => m.start >= sentence.start && m.end <= sentence.end && (m.kind === 'name' || m.kind === 'possessive'),
        ),
    )
    .map((e) => e.id);
}

/**
 * Rule 'other-party-named-next': a sue/win/settle/injunction claim of one subject, whose sentence names no other person
 * but a role or a fight, takes as its other party the one person the next sentence names besides the subject.
 */
export const OTHER_PARTY_NAMED_NEXT: ClaimRefiner = {
  name: 'other-party-named-next',
  apply: (c: Claim, ctx: RefineContext): Claim => {
    if (c.type !== 'legal' || !TWO_PARTY.has(c.value) || c.subjects.length !== 1) return c;
    const s = sentenceIndexAt(ctx.doc, c.evidence.start);
    if (s < 0 || !ROLE_OR_FIGHT.test(c.evidence.text)) return c;
    if (namedIn(ctx, s).some((id) => !c.subjects.includes(id))) return c;
    const next = namedIn(ctx, s + 1).filter((id) => !c.subjects.includes(id));
    if (next.length !== 1) return c;
    return { ...c, subjects: [...c.subjects, ...next], rule: `${c.rule ?? 'claim'}+other-party-named-next` };
  },
};
