// A proposition named as one person's, then as others' in the same sentence: "While the internet hunts for clues about
// Kylie Jenner's maybe pregnancy (along with Khloé Kardashian's maybe pregnancy and Kim Kardashian's confirmed
// pregnancy), …" (celebrity-113legit) tells three pregnancies, one a possessor. The clause reader keeps one proposition
// per clause and one subject for a one-person type; this rule gives each further possessor its own claim.
import { sentenceIndexAt, type Doc } from '../doc.ts';
import type { Located } from '../text/index.ts';
import type { Claim, Stance } from '../types.ts';
import { PARTNER } from './lexicon.ts';

type Draft = Omit<Claim, 'id' | 'supports'>;

// The nouns of a one-person proposition, by type (the weak forms of data/lexicons/claims.json that name it as a thing
// someone has).
const POSSESSED: Readonly<Record<string, string>> = {
  pregnancy: String.raw`pregnancy|baby bump`,
};
// The possessive, up to two modifiers ("maybe", "confirmed", "second"), then the noun.
const possessedBy = (noun: string): RegExp =>
  new RegExp(String.raw`^['’]s?\s+((?:[\p{Ll}-]+\s+){0,2}?)(?:${noun})\b`, 'iu');
// A modifier that says how sure the article is: "Kim Kardashian's confirmed pregnancy" is told as so; "Khloé
// Kardashian's maybe pregnancy" is supposed.
const SURE = /^(?:confirmed|announced|official|known|real)$/i;
const UNSURE = /^(?:maybe|possible|rumou?red|alleged|reported|supposed|potential|secret|speculated)$/i;

/**
 * Rule 'each-possessor': for each claim of a one-person type (POSSESSED) in a sentence, every other person named as a
 * possessor of the same noun in that sentence ("X's … pregnancy") has a claim of their own: the same holder, and the
 * stance the modifier says (asserts for "confirmed", hedges for "maybe"), else the first claim's.
 */
export function eachPossessor(doc: Doc, drafts: Draft[], located: Located[][]): Draft[] {
  const out: Draft[] = [];
  const done = new Set<string>();
  for (const d of drafts) {
    const noun = POSSESSED[d.type];
    if (!noun || d.subjects.length !== 1) continue;
    const possessed = possessedBy(noun);
    const s = sentenceIndexAt(doc, d.evidence.start);
    const sentence = doc.sentences[s];
    if (!sentence) continue;
    const people = located[s]?.filter((l) => l.entity.type === 'person') ?? [];
    // A claim of that type already made of the person in this sentence stands.
    const told = (id: string) =>
      drafts.some(
        (o) =>
          o.type === d.type &&
          o.subjects.includes(id) &&
          o.evidence.start >= sentence.start &&
          o.evidence.start < sentence.end,
      );
    for (const l of people) {
      const key = `${d.type}|${s}|${l.entity.id}`;
      if (d.subjects.includes(l.entity.id) || done.has(key)) continue;
      if (told(l.entity.id)) continue;
      const after = doc.text.slice(l.mention.end, l.mention.end + 60);
      const mods = possessed.exec(after);
      if (!mods) continue;
      const words = (mods[1] ?? '').trim().split(/\s+/).filter(Boolean);
      const stance: Stance = words.some((w) => SURE.test(w))
        ? 'asserts'
        : words.some((w) => UNSURE.test(w))
          ? 'hedges'
          : d.stance;
      const holder =
        words.length > 0 && d.holder.kind === 'fans' ? { kind: 'author' as const, entity: null } : d.holder;
      done.add(key);
      const rule = holder.kind === 'author' ? 'claim-author:each-possessor' : `${d.rule ?? 'claim'}+each-possessor`;
      out.push({ ...d, subjects: [l.entity.id], holder, stance, rule });
    }
  }
  return out;
}

// "Hart feels bad for his pregnant wife, Eniko Parrish, after getting caught in a sex scandal" (celebrity-168fake): a
// partner called pregnant, then named.
const PREGNANT_PARTNER = new RegExp(String.raw`\bpregnant\s+(?:${PARTNER})\s*,?\s*$`, 'iu');

/**
 * Rule 'pregnant-partner': a relationship claim whose partner is named right after "pregnant wife" (girlfriend, …) tells
 * that partner's pregnancy too, held and hedged as the relationship is.
 */
export function pregnantPartners(doc: Doc, drafts: Draft[], located: Located[][]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    if (d.type !== 'relationship' || d.subjects.length !== 2) continue;
    const s = sentenceIndexAt(doc, d.evidence.start);
    const named = (located[s] ?? []).find(
      (l) =>
        d.subjects.includes(l.entity.id) &&
        l.mention.kind === 'name' &&
        PREGNANT_PARTNER.test(doc.text.slice(Math.max(0, l.mention.start - 40), l.mention.start)),
    );
    if (!named || out.some((o) => o.subjects[0] === named.entity.id && o.evidence.start === d.evidence.start)) continue;
    const rule = d.holder.kind === 'author' ? 'claim-author:pregnant-partner' : `${d.rule ?? 'claim'}+pregnant-partner`;
    out.push({ ...d, type: 'pregnancy', value: 'pregnant', subjects: [named.entity.id], rule });
  }
  return out;
}
