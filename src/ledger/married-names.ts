// One woman, two surnames: "Hailey Baldwin" and "Hailey Bieber" are one person, and the ledger must not make two of her
// (the Bieber pregnancy stream made three stories of one pregnancy). Each rule reads the article for another name the
// person goes by; resolve.ts looks that name up and files the person under it. Rules are tried in order, first wins.
import type { Entity, Extraction } from '../extract/index.ts';
import { at } from '../invariant/index.ts';

/** `current`: the other name is the one the person goes by now (file them under it); else a former one (an alias). */
export type OtherName = { rule: string; name: string; current: boolean };

type Context = { entity: Entity; people: Entity[]; text: string };

export type NameRule = { name: string; current: boolean; other: (c: Context) => string | null };

const words = (name: string): string[] => name.trim().split(/\s+/);
/** A whole capitalised word: not an initial ("George H.W. Bush" is no "George Bush"), nor a particle ("de Armas"). */
const FULL_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "his wife, Hailey Baldwin", "Hailey Baldwin, Justin's wife", "Hailey Baldwin (née …)": the text marries the name. */
function marriedInText(name: string, text: string): boolean {
  const n = escape(name);
  const spouse = String.raw`(?:wife|husband|spouse|bride|groom)`;
  return [
    new RegExp(String.raw`\b${spouse},?\s+${n}\b`, 'u'),
    new RegExp(String.raw`\b${n},\s+(?:his|her|\p{Lu}[\p{L}'’-]*['’]s?)\s+${spouse}\b`, 'u'),
  ].some((r) => r.test(text));
}

/** "Hailey Baldwin, now Hailey Bieber" (`now`), "Hailey Bieber, née Baldwin" (`before`): the other name the text gives. */
function statedName(name: string, text: string, when: 'now' | 'before'): string | null {
  const n = escape(name);
  const cue = when === 'now' ? 'now' : '(?:née|nee|formerly|born)';
  // Not "now Justin's wife": a name, not a possessive.
  const m = new RegExp(String.raw`\b${n},?\s+\(?${cue}\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?![\p{L}'’])`, 'u').exec(
    text,
  );
  if (!m) return null;
  const other = words(at(m, 1));
  const first = words(name)[0] ?? '';
  // "née Baldwin" names the surname alone: the same given name goes with it; a full name must keep it.
  if (other.length === 1) return `${first} ${at(other, 0)}`;
  return other[0] === first ? other.join(' ') : null;
}

export const NAME_RULES: NameRule[] = [
  // "Hailey Baldwin, now Hailey Bieber", "Hailey Bieber (née Baldwin)": the article says so in as many words.
  { name: 'stated-current-name', current: true, other: ({ entity, text }) => statedName(entity.name, text, 'now') },
  { name: 'stated-former-name', current: false, other: ({ entity, text }) => statedName(entity.name, text, 'before') },
  // "Hailey Baldwin Bieber has a new approach to pregnancy rumours" (Enstarz, 2020): a maiden name kept between the
  // given name and the married one is the same person as "Hailey Bieber". Three whole words only: "George H.W. Bush"
  // is not "George Bush", and "Ana de Armas" has no middle name.
  {
    name: 'maiden-middle-name',
    current: false,
    other: ({ entity }) => {
      const w = words(entity.name);
      return w.length === 3 && w.every((x) => FULL_WORD.test(x)) ? `${at(w, 0)} ${at(w, 2)}` : null;
    },
  },
  // "Justin Bieber's latest Instagram caption has fans wondering whether his wife, Hailey Baldwin, is expecting",
  // captioned "Justin and Hailey Bieber" (New York Daily News, 2021): a person the text calls someone's wife or
  // husband, beside a person of the same given name who bears the spouse's surname, is that person.
  {
    name: 'married-name',
    current: true,
    other: ({ entity, people, text }) => {
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

/** The other name the article gives a person by (NAME_RULES, in order), or null. */
export function otherNameOf(entity: Entity, extraction: Extraction, text: string): OtherName | null {
  if (entity.type !== 'person' || words(entity.name).length < 2) return null;
  const people = extraction.entities.filter((e) => e.type === 'person');
  for (const rule of NAME_RULES) {
    const name = rule.other({ entity, people, text });
    if (name && name !== entity.name) return { rule: rule.name, name, current: rule.current };
  }
  return null;
}
