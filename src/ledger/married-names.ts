// One woman, two surnames: "Hailey Baldwin" and "Hailey Bieber" are one person, and the ledger must not make two of her
// (the Bieber pregnancy stream made three stories of one pregnancy). Each rule reads the article for the name the
// person goes by now; resolve.ts files the person under it. Rules are tried in order, first wins.
import type { Entity, Extraction } from '../extract/index.ts';
import { escapeRegExp } from '../extract/text/patterns.ts';
import { at } from '../invariant/index.ts';

export type CurrentName = { rule: string; name: string };

type Context = { entity: Entity; people: Entity[]; text: string };

export type NameRule = { name: string; current: (c: Context) => string | null };

const words = (name: string): string[] => name.trim().split(/\s+/);
/** A whole capitalised word: not an initial ("George H.W. Bush" is no "George Bush"), nor a particle ("de Armas"). */
const FULL_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * Whether `name` occurs in `text` with `around` holding at its start or end: each rule's regex, built from the name,
 * is compiled and run only where this cheaper test (module-level, compiled once) passes. Building the rules' Unicode
 * regexes for every person of every article was 40% of the ledger's own ingest CPU (2.2 of 5.1 ms per article on the
 * development corpus; the rules themselves fire on a few articles only).
 */
function occursWith(text: string, name: string, around: RegExp, side: 'start' | 'end'): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    around.lastIndex = side === 'start' ? i : i + name.length;
    if (around.test(text)) return true;
  }
  return false;
}

const SPOUSE = String.raw`(?:wife|husband|spouse|bride|groom)`;
// What must stand before or after the name for each rule below to match: a prefix of its regex's tail, or of its head.
const SPOUSE_BEFORE = new RegExp(String.raw`(?<=\b${SPOUSE},?\s+)`, 'uy');
const SPOUSE_AFTER = new RegExp(String.raw`,\s+(?:his|her|\p{Lu}[\p{L}'’-]*['’]s?)\s+${SPOUSE}`, 'uy');
const NOW_AFTER = /,?\s+\(?now\s+\p{Lu}\p{Ll}/uy;
const NEE_AFTER = /\s+\p{Lu}\p{Ll}+,?\s+\(?(?:née|nee|born|formerly)\s/uy;

/** "his wife, Hailey Baldwin", "Hailey Baldwin, Justin's wife", "Hailey Baldwin (née …)": the text marries the name. */
function marriedInText(name: string, text: string): boolean {
  if (!occursWith(text, name, SPOUSE_BEFORE, 'start') && !occursWith(text, name, SPOUSE_AFTER, 'end')) return false;
  const n = escapeRegExp(name);
  return [
    new RegExp(String.raw`\b${SPOUSE},?\s+${n}\b`, 'u'),
    new RegExp(String.raw`\b${n},\s+(?:his|her|\p{Lu}[\p{L}'’-]*['’]s?)\s+${SPOUSE}\b`, 'u'),
  ].some((r) => r.test(text));
}

/** "Hailey Baldwin, now Hailey Bieber": the name the text says the person goes by now. */
function statedNow(name: string, text: string): string | null {
  if (!occursWith(text, name, NOW_AFTER, 'end')) return null;
  const [first] = words(name);
  // A name, not a possessive ("now Justin's wife"); the given name kept, or the surname alone.
  const m = new RegExp(
    String.raw`\b${escapeRegExp(name)},?\s+\(?now\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?![\p{L}'’])`,
    'u',
  ).exec(text);
  if (!m) return null;
  const other = words(at(m, 1));
  if (other.length === 1) return `${first ?? ''} ${at(other, 0)}`;
  return other[0] === first ? other.join(' ') : null;
}

/** "Hailey Bieber (née Baldwin)" in an article that also names "Hailey Baldwin": the maiden name's person is her. */
function statedNee(name: string, text: string): string | null {
  const [first, maiden] = words(name);
  if (!first || !maiden || words(name).length !== 2 || !occursWith(text, first, NEE_AFTER, 'end')) return null;
  const m = new RegExp(
    String.raw`\b${escapeRegExp(first)}\s+(\p{Lu}\p{Ll}+),?\s+\(?(?:née|nee|born|formerly)\s+(?:${escapeRegExp(first)}\s+)?${escapeRegExp(maiden)}\b`,
    'u',
  ).exec(text);
  return m ? `${first} ${at(m, 1)}` : null;
}

/**
 * "Hailey Baldwin Bieber" (Enstarz, 2020): a maiden name kept between the given name and the married one; the same
 * person as "Hailey Bieber", which it gives. Three whole words only: "George H.W. Bush" is not "George Bush", and
 * "Ana de Armas" has no middle name. Not read at resolution (which would depend on which name came first): lone-names.ts
 * folds its stories into Hailey Bieber's, in either order.
 */
export function maidenMiddleForm(name: string): string | null {
  const w = words(name);
  return w.length === 3 && w.every((x) => FULL_WORD.test(x)) ? `${at(w, 0)} ${at(w, 2)}` : null;
}

export const NAME_RULES: NameRule[] = [
  // "Hailey Baldwin, now Hailey Bieber": the article says so in as many words.
  { name: 'stated-now', current: ({ entity, text }) => statedNow(entity.name, text) },
  // "Hailey Bieber (née Baldwin)" beside a "Hailey Baldwin" of the same article.
  { name: 'stated-nee', current: ({ entity, text }) => statedNee(entity.name, text) },
  // "Justin Bieber's latest Instagram caption has fans wondering whether his wife, Hailey Baldwin, is expecting",
  // captioned "Justin and Hailey Bieber" (New York Daily News, 2021): a person the text calls someone's wife or
  // husband, beside a person of the same given name who bears the spouse's surname, is that person.
  {
    name: 'married-name',
    current: ({ entity, people, text }) => {
      const w = words(entity.name);
      if (w.length !== 2 || !marriedInText(entity.name, text)) return null;
      const others = people.filter((p) => p !== entity);
      const surname = (p: Entity) => (words(p.name).length >= 2 ? words(p.name).at(-1) : undefined);
      // The other Hailey bears a surname someone else in the article bears too (Justin Bieber): the spouse's.
      const twin = others.find((p) => {
        const v = words(p.name);
        return v.length === 2 && v[0] === w[0] && v[1] !== w[1] && others.some((q) => q !== p && surname(q) === v[1]);
      });
      return twin?.name ?? null;
    },
  },
];

/** The name the article says a person goes by now, when it is not the one it names them by (NAME_RULES, in order). */
export function currentNameOf(entity: Entity, extraction: Extraction, text: string): CurrentName | null {
  if (entity.type !== 'person' || words(entity.name).length < 2) return null;
  const people = extraction.entities.filter((e) => e.type === 'person');
  for (const rule of NAME_RULES) {
    const name = rule.current({ entity, people, text });
    if (name && name !== entity.name) return { rule: rule.name, name };
  }
  return null;
}
