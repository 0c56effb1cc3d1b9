import { bloodKin, cues } from '../names/index.ts';
import type { Mention } from '../types.ts';
import type { Context } from './choose.ts';
import { POSSESSIVE_PRONOUNS } from './pronouns.ts';
import { compatible, type Referent } from './salience.ts';
import { at } from '../../invariant/index.ts';

// Rule possessor-relation: "As HollywoodLife.com previously revealed The Weeknd introduced his sexy girlfriend to his mom,
// Samra Tesfaye … The Weeknd's mom lives less than an hour away from downtown Toronto" (celebrity-035fake): a tie the
// text gave a name once ("his mom, Samra Tesfaye", "his ex-wife Jennifer Aniston") names that person again when the same
// owner's same tie comes back with no name after it ("The Weeknd's mom", "Brad's former wife of nearly five years").
// Only a tie the text gave to exactly one person of that owner; "former" and "ex" are one mark ("ex-wife", "former
// wife"), a tie without them is another ("wife").

/** Whose ties the text has named so far: owner → tie ("mom", "ex-wife") → the people given it. */
export type Ties = Map<Referent, Map<string, Set<Referent>>>;

const FORMER = /^(?:former|ex|ex-)$/;

/** The tie a relation phrase names ("former wife", "ex-wife", "mom"), or null when its last word is no relation. */
export function tieOf(words: string[]): string | null {
  const last = words.at(-1)?.toLowerCase() ?? '';
  const noun = last.replace(/^ex-/, '');
  if (!cues.relations.has(noun) && !cues.kin.has(noun)) return null;
  const former = last.startsWith('ex-') || words.slice(0, -1).some((w) => FORMER.test(w.toLowerCase()));
  return former ? `ex-${noun}` : noun;
}

// Rule possessor-kin-surname: "Pippa Middleton's wedding! Kate's younger sister is tying the knot on Saturday to James
// Matthews" (celebrity-200legit): a blood relative the text never tied by name is the one person mentioned before who
// bears the owner's surname, when the tie's gender allows them. Not a spouse's tie (a wife often keeps her name) nor
// a step-relative's; an owner named by one word has no surname to share. The ties and their genders: cues.json bloodKin.

const surnameOf = (r: Referent): string | null => {
  const words = r.entity.name.split(/\s+/);
  return words.length >= 2 ? (words.at(-1)?.toLowerCase() ?? null) : null;
};

/** The people mentioned so far who share `owner`'s surname and fit the blood tie `tie` ("sister"); none for others. */
function kinBySurname(ctx: Context, owner: Referent, tie: string): Referent[] {
  if (!bloodKin.has(tie)) return [];
  const gender = bloodKin.get(tie) ?? null;
  const surname = surnameOf(owner);
  if (!surname) return [];
  return ctx.referents.filter(
    (r) =>
      r !== owner && r.count > 0 && r.entity.type === 'person' && surnameOf(r) === surname && compatible(r, gender),
  );
}

/** The referent whose mention ends where token k ends, the walk's last one there. */
const endingOn = (ctx: Context, k: number): Referent | null =>
  ctx.endingAt.get(at(ctx.doc.tokens, k).end)?.at(-1)?.r ?? null;

/**
 * The owner of a relation phrase opening at token `first`: the person a "his"/"her" before it was given, or a possessor
 * named before its "'s" ("Brad Pitt's former wife"); null when neither.
 */
function ownerBefore(ctx: Context, first: number): Referent | null {
  const { tokens } = ctx.doc;
  const before = tokens[first - 1];
  if (!before) return null;
  if (POSSESSIVE_PRONOUNS.has(before.text.toLowerCase())) return endingOn(ctx, first - 1);
  if (/^['’]s?$/.test(before.text) && first >= 2) return endingOn(ctx, first - 2);
  return null;
}

/** Notes that `relation`, a mention the walk gave to `r` ("his mom" before "Samra Tesfaye"), names a tie of its owner. */
export function noteTie(
  ctx: Context,
  r: Referent,
  relation: Mention,
  tokenAt: (offset: number) => number | undefined,
): void {
  const { ties } = ctx;
  const first = tokenAt(relation.start);
  const tie = tieOf(relation.text.split(/\s+/));
  if (first === undefined || tie === null) return;
  const owner = ownerBefore(ctx, first);
  if (!owner || owner === r) return;
  const byTie = ties.get(owner) ?? new Map<string, Set<Referent>>();
  ties.set(owner, byTie);
  byTie.set(tie, (byTie.get(tie) ?? new Set()).add(r));
}

// What may stand between a possessor's "'s" and the relation noun: "former", "sexy", "long-time".
const DESCRIBING = new Set(['ADJ']);
const CAPITAL = /^\p{Lu}/u;

/**
 * After a possessive mention of `owner` ending at token `last` ("The Weeknd" of "The Weeknd's mom"), the person its
 * tie names and the tie's span (the relation words, not the owner), or null: no tie there, a name after it ("Brad
 * Pitt's former wife Jennifer Aniston" is the name's), or a tie the text gave no one, or several.
 */
export function tiedAt(
  ctx: Context,
  owner: Referent,
  last: number,
): { r: Referent; mention: Mention; last: number } | null {
  const { doc, ties } = ctx;
  const { tokens } = doc;
  const apostrophe = tokens[last + 1];
  if (!apostrophe || !/^['’]s?$/.test(apostrophe.text)) return null;
  const first = last + 2;
  for (let k = first; k < first + 3 && tokens[k]?.sentence === apostrophe.sentence; k++) {
    const t = at(tokens, k);
    const words = tokens.slice(first, k + 1).map((w) => w.text);
    const tie = cues.relations.has(t.text.toLowerCase()) || cues.kin.has(t.text.toLowerCase()) ? tieOf(words) : null;
    if (tie !== null) {
      const next = tokens[k + 1];
      if (next && next.sentence === t.sentence && (CAPITAL.test(next.text) || next.text === ',')) return null;
      const named = [...(ties.get(owner)?.get(tie) ?? [])];
      const people = named.length ? named : kinBySurname(ctx, owner, tie);
      if (people.length !== 1 || people[0] === owner) return null;
      const start = at(tokens, first).start;
      const mention: Mention = {
        text: doc.text.slice(start, t.end),
        start,
        end: t.end,
        kind: 'alias',
        rule: named.length ? 'possessor-relation' : 'possessor-kin-surname',
      };
      return { r: at(people, 0), mention, last: k };
    }
    if (!DESCRIBING.has(t.pos) && !FORMER.test(t.text.toLowerCase()) && t.text !== '-') return null;
  }
  return null;
}
