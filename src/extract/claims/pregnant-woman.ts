// A pregnancy is a woman's: "She and Justin are ecstatic. … this surprise pregnancy has turned the worst of times into
// the best of times" (a friend of Jennifer Aniston's, celebrity-003fake) is news about her, not about Justin Theroux, and
// "the Lemonade star might have given us a hint about her pregnancy" is not news about the photographer who took her
// pictures. The finder takes every person the sentence relates to the pregnancy words; this rule keeps the women.
import type { Claim, Entity } from '../types.ts';
import type { ClaimRefiner, RefineContext } from './refine.ts';
import { entityOf, mentionsIn, mentionsStartingIn } from './entity-index.ts';
import { PARTNER } from './lexicon.ts';
import { sentenceIndexAt } from '../doc.ts';

const HE = /^(?:he|him|his|himself)$/i;
const SHE = /^(?:she|her|hers|herself)$/i;

/** 'female' or 'male' from the given name, else from the pronouns coreference gave the person; null when unknown or both. */
export function genderOfPerson(e: Entity): 'female' | 'male' | null {
  if (e.gender) return e.gender;
  const pronouns = e.mentions.filter((m) => m.kind === 'pronoun' || m.kind === 'possessive');
  const he = pronouns.some((m) => HE.test(m.text));
  const she = pronouns.some((m) => SHE.test(m.text));
  return he === she ? null : he ? 'male' : 'female';
}

/** The one woman the claim's own words mention (by name, alias, epithet or pronoun), if exactly one. */
function womanIn(c: Claim, ctx: RefineContext, not: string[] = []): string | null {
  const women = ctx.entities.filter(
    (e) =>
      e.type === 'person' &&
      !not.includes(e.id) &&
      genderOfPerson(e) === 'female' &&
      mentionsIn(ctx, e.id, c.evidence.start, c.evidence.end).some(
        (m) => !COMPANY_BEFORE.test(ctx.doc.text.slice(Math.max(c.evidence.start, m.start - 60), m.start)),
      ),
  );
  return women.length === 1 ? (women[0]?.id ?? null) : null;
}

// Company kept, not a partner: "John Stamos' Baby Boy Adorably Hangs Out With Bob Saget & Lori Loughlin" (a GossipCop
// headline) names who the baby was with.
// Only after a verb of keeping company: "Expecting Baby Girl with Lauren Hashian" names the mother.
const COMPANY_BEFORE =
  /\b(?:hang(?:s|ing)?\s+out|out|spotted|seen|pictured|photographed|partying|parties|dinner|lunch|poses?|posing)\s+with\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+)+(?:&|and)\s+)?$/iu;

// Someone's partner: "wife Eniko Parrish" (claims.json partners, the one list of those nouns).
const PARTNER_WORD = new RegExp(`^(?:(?:his|her|their)\\s+)?(?:${PARTNER})$`, 'i');

/**
 * The one woman (or person of unknown gender) the article calls someone's partner and names in a sentence with this man: "Kevin
 * Hart and wife Eniko Parrish shared … Hart announced the arrival of their son" (celebrity-168legit). Null unless one.
 */
function partnerOf(man: string, ctx: RefineContext): string | null {
  const sentences = (e: Entity) => new Set(e.mentions.map((m) => sentenceIndexAt(ctx.doc, m.start)));
  const his = entityOf(ctx, man);
  if (!his) return null;
  const mine = sentences(his);
  const women = ctx.entities.filter(
    (e) =>
      e.type === 'person' &&
      genderOfPerson(e) !== 'male' &&
      e.mentions.some((m) => PARTNER_WORD.test(m.text)) &&
      [...sentences(e)].some((s) => mine.has(s)),
  );
  return women.length === 1 ? (women[0]?.id ?? null) : null;
}

// Right before a name, the word that makes it the child born: "their first child, daughter Blue Ivy", "son Saint".
// Not a comma after "baby": "Even though she's not entirely closing her doors to another baby, Kate is said to…"
// (celebrity-079fake) is Kate's own pregnancy.
const CHILD_BEFORE = /\b(?:(?:daughter|son)\s*,?|(?:baby|child|newborn|firstborn|first-born)(?:\s+(?:girl|boy))?)\s*$/i;

/**
 * "the couple welcomed their first child, daughter Blue Ivy, in January 2012" (celebrity-016legit): the child named in
 * the birth is not who was pregnant. A claim whose subjects are all children goes to the one woman its words mention
 * who is not one of them, or is dropped.
 */
function withoutTheChild(c: Claim, ctx: RefineContext): Claim | null {
  const child = (id: string) =>
    mentionsIn(ctx, id, c.evidence.start, c.evidence.end).some((m) =>
      CHILD_BEFORE.test(ctx.doc.text.slice(Math.max(c.evidence.start, m.start - 24), m.start)),
    );
  const children = c.subjects.filter(child);
  if (children.length === 0) return c;
  const rest = c.subjects.filter((id) => !children.includes(id));
  if (rest.length > 0) return { ...c, subjects: rest };
  const mother = womanIn(c, ctx, children);
  return mother ? { ...c, subjects: [mother], rule: `${c.rule ?? 'claim'}+not-the-child` } : null;
}

/**
 * "Kim Kardashian tells Kourtney and pregnant Khloe 'you look like f***ing clowns'" (a GossipCop headline): the one
 * "pregnant" stands right before is who is pregnant, whoever else the clause names first.
 */
function namedPregnant(c: Claim, ctx: RefineContext): Claim {
  if (c.value !== 'pregnant') return c;
  const { start, end } = c.evidence;
  for (const m of ctx.doc.text.slice(start, end).matchAll(/\bpregnant\s+(?=\p{Lu})/giu)) {
    const at = start + m.index + m[0].length;
    const named = mentionsStartingIn(ctx, at, at + 1).find(
      (x) => x.entity.type === 'person' && x.mention.kind !== 'pronoun',
    )?.entity;
    if (named && !(c.subjects.length === 1 && c.subjects[0] === named.id))
      return { ...c, subjects: [named.id], rule: `${c.rule ?? 'claim'}+named-pregnant` };
  }
  return c;
}

/**
 * "Are Katie Holmes & Jamie Foxx Expecting A Baby?" (a GossipCop headline): a couple expecting is the woman's
 * pregnancy, when the subject's gender is unknown ("Jamie") and the one woman the words mention is coordinated with them.
 */
function coupledWoman(c: Claim, ctx: RefineContext): string | null {
  const woman = womanIn(c, ctx);
  if (!woman || c.subjects.includes(woman)) return null;
  const { start, end } = c.evidence;
  const hers = mentionsIn(ctx, woman, start, end);
  const theirs = c.subjects.flatMap((id) => mentionsIn(ctx, id, start, end));
  const coordinated = (a: { end: number }, b: { start: number }) =>
    b.start >= a.end && /^\s*(?:&|and)\s*$/.test(ctx.doc.text.slice(a.end, b.start));
  return hers.some((h) => theirs.some((t) => coordinated(h, t) || coordinated(t, h))) ? woman : null;
}

/**
 * Rule 'pregnancy-is-a-womans': a pregnancy claim keeps only its women when it names one. A claim whose every subject
 * is a man goes to the one woman its words mention ("It's taken Jen and Justin 16 months of IVF treatments",
 * celebrity-007legit), else it is dropped: a story of a man's pregnancy is wrong. People of unknown gender stay.
 */
export const PREGNANCY_IS_A_WOMANS: ClaimRefiner = {
  name: 'pregnancy-is-a-womans',
  apply: (given: Claim, ctx: RefineContext): Claim | null => {
    if (given.type !== 'pregnancy') return given;
    const c = withoutTheChild(namedPregnant(given, ctx), ctx);
    return c && ownHolder(womansOf(c, ctx));
  },
};

/**
 * A speaker the new subjects take in speaks of herself: '"My crew was the hardest to hide it from," she said' (Rihanna
 * of her pregnancy, a rihanna-asap-rocky desk stream article) was a named source's word on A$AP Rocky's pregnancy until
 * the pregnancy went to the woman; it is hers, on record.
 */
function ownHolder(c: Claim | null): Claim | null {
  if (!c || c.holder.kind !== 'named-source' || !c.holder.entity || !c.subjects.includes(c.holder.entity)) return c;
  return { ...c, holder: { ...c.holder, kind: 'principal' }, stance: c.stance === 'asserts' ? 'confirms' : c.stance };
}

/** The claim's subjects, its women only (PREGNANCY_IS_A_WOMANS). */
function womansOf(c: Claim, ctx: RefineContext): Claim | null {
  const genders = c.subjects.map((id) => {
    const e = entityOf(ctx, id);
    return e && e.type === 'person' ? genderOfPerson(e) : null;
  });
  if (genders.every((g) => g === 'male')) {
    const only = c.subjects.length === 1 ? c.subjects[0] : undefined;
    const woman = womanIn(c, ctx) ?? (only ? partnerOf(only, ctx) : null);
    return woman ? { ...c, subjects: [woman], rule: `${c.rule ?? 'claim'}+pregnancy-is-a-womans` } : null;
  }
  if (!genders.includes('female')) {
    const woman = coupledWoman(c, ctx);
    return woman ? { ...c, subjects: [woman], rule: `${c.rule ?? 'claim'}+pregnancy-is-a-womans` } : c;
  }
  if (!genders.includes('male')) return c;
  return { ...c, subjects: c.subjects.filter((_, i) => genders[i] !== 'male') };
}
