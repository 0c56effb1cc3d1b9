import type { Doc } from '../doc.ts';
import type { Entity, Mention } from '../types.ts';
import { titles } from '../names/index.ts';

// "The Weeknd (AKA Abel Tesfaye)" (celebrity-143legit), "Selena Gomez and The Weeknd (a.k.a. Abel Tesfaye)"
// (celebrity-173legit), "Jay-Z, real name Shawn Carter, said" (bbc 117), "Sizzla, whose real name is Miguel Collins"
// (bbc 246), "JK, also known as Jason King" (bbc 284): a second name set off by one of these cues right after a
// person's name is the same person, and so is its surname alone later ("after she and Tesfaye broke up"). So is
// "Prince, whose full name was Prince Rogers Nelson" (celebrity-029legit), where the name's mention leaves its title out.

/** What may stand between the two names, all of it: an opening bracket or a dash or comma, the cue, a comma. */
const CUE =
  /^\s*(?:\(|[,–—-])?\s*(?:aka|a\.k\.a\.?|also known as|(?:real|full|birth) name|whose (?:real|full|birth) name (?:is|was)|born|née)\s*:?,?\s*$/i;
const ANY_CUE = /\b(?:aka|a\.k\.a|also known as|(?:real|full|birth) name|born|née)\b/i;
/** A title the name's mention leaves out: "Prince, whose full name was Prince Rogers Nelson" (celebrity-029legit). */
const TITLE_LEFT_OUT = /\s\p{Lu}\p{L}+\s*$/u;
/** Longer than the longest cue with its marks ("  , whose real name is  "). */
const REACH = 32;

/**
 * The people named a second time under another name: each such entity → the person it is another name of (the one
 * named first). A name set off from two people, or from itself, is left alone.
 * @example alsoKnownAs(doc, people).get(abelTesfaye) // the entity of "The Weeknd"
 */
export function alsoKnownAs(doc: Doc, people: Entity[]): Map<Entity, Entity> {
  const nicknames = byNickname(people);
  // Most articles have no cue at all: one look at the text spares sorting every name of them.
  if (!ANY_CUE.test(doc.text)) return nicknames;
  const named: { m: Mention; e: Entity }[] = [];
  for (const e of people)
    for (const m of e.mentions) if (m.kind === 'name' || m.kind === 'possessive') named.push({ m, e });
  named.sort((a, b) => a.m.start - b.m.start);
  const out = new Map<Entity, Entity>();
  const torn = new Set<Entity>();
  for (let k = 1; k < named.length; k++) {
    const a = named[k - 1];
    const b = named[k];
    if (!a || !b || a.e === b.e || a.m.kind === 'possessive' || b.m.start - a.m.end > REACH) continue;
    const between = doc.text.slice(a.m.end, b.m.start);
    const title = TITLE_LEFT_OUT.exec(between);
    if (!CUE.test(between) && !(title && titles.has(title[0].trim()) && CUE.test(between.slice(0, title.index))))
      continue;
    const target = out.get(a.e) ?? a.e;
    const earlier = out.get(b.e);
    if (target === b.e || (earlier !== undefined && earlier !== target)) torn.add(b.e);
    else out.set(b.e, target);
  }
  for (const e of torn) out.delete(e);
  for (const [e, target] of nicknames) if (!out.has(e) && !torn.has(e)) out.set(e, target);
  return out;
}

/** The quoted nickname inside a name's mention and the surname after it: 'Giuseppe “Joe” Giudice' → "Joe", "Giudice". */
const QUOTED = /\p{Lu}\p{Ll}+ ["“‘'](.+)["”’'] (\S.*)$/u;

/**
 * 'Her husband Giuseppe “Joe” Giudice was deported … Joe Giudice … Joe said' (celebrity-169legit): the nickname a name
 * gave in quotes (entities rule "quoted-nickname") names that person when it stands alone later, or with the surname.
 * Not a nickname two people were given.
 */
function byNickname(people: Entity[]): Map<Entity, Entity> {
  const owner = new Map<string, Entity | null>();
  for (const e of people)
    for (const m of e.mentions) {
      const quoted = m.rule === 'quoted-nickname' ? QUOTED.exec(m.text) : null;
      if (!quoted) continue;
      // "Joe" and "Joe Giudice" alike.
      for (const nick of [quoted[1] ?? '', `${quoted[1] ?? ''} ${quoted[2] ?? ''}`]) {
        const known = owner.get(nick);
        owner.set(nick, known === undefined || known === e ? e : null);
      }
    }
  const out = new Map<Entity, Entity>();
  if (owner.size === 0) return out;
  const first = (e: Entity): number => Math.min(...e.mentions.map((m) => m.start));
  for (const e of people) {
    const named = owner.get(e.name);
    if (!named || named === e) continue;
    // The one named first keeps the name: 'Jay-Z … Shawn "Jay-Z" Carter' stays Jay-Z (celebrity-132legit).
    if (first(e) < first(named)) out.set(named, e);
    else out.set(e, named);
  }
  return out;
}
