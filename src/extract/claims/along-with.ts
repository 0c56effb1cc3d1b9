// Who shares a predicate by ", along with …" after it: "Will Smith, star of I, Robot, Independence Day and Men In
// Black, will be given an honorary Cesar, along with French singer/actor, Jacques Dutronc" (bbc-entertainment-063) is
// two honorary Cesars. Set off by its comma, the phrase adds a subject to the whole clause; without one ("will appear
// on the NME stage along with Kasabian", bbc-entertainment-322) it only says whom the subject is with.
import type { Doc } from '../doc.ts';
import type { Located } from '../text/index.ts';
import type { EntityType } from '../types.ts';

const ALONG_WITH = /,\s+along\s+with\s+/giu;
// What may describe the co-subject before its name: up to four words, one comma ("French singer/actor, ").
const DESCRIBED = /^(?:[\p{L}\p{N}/'’.-]+\s+){0,4}?(?:[\p{L}\p{N}/'’.-]+,\s+)?$/u;
// Between two names of a list.
const LISTED = /^(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/u;
const SUBJECTS: ReadonlySet<EntityType> = new Set(['person', 'group']);

/**
 * Rule 'along-with': the names a ", along with" after `from` (and before `end`) adds as subjects, in order: the first
 * named after it (a few describing words aside) and the names listed after that one.
 */
export function alongWith(doc: Doc, located: Located[], from: number, end: number): string[] {
  const { text } = doc;
  // Read up to `end` only: a match running past it gives nothing either way, and searching on to the article's end for
  // every clause was quadratic in a long article (a 2 MB article: 0.6 s).
  ALONG_WITH.lastIndex = from;
  const hit = ALONG_WITH.exec(text.slice(0, end));
  if (!hit || hit.index + hit[0].length >= end) return [];
  const after = hit.index + hit[0].length;
  const names = located
    .filter((l) => SUBJECTS.has(l.entity.type) && l.mention.kind === 'name' && l.mention.end <= end)
    .sort((a, b) => a.mention.start - b.mention.start);
  const first = names.find((l) => l.mention.start >= after && DESCRIBED.test(text.slice(after, l.mention.start)));
  if (!first) return [];
  return listedFrom(text, names, first);
}

// ", as did Keane and Joss Stone", " as is Jools Oliver", "and so is Travis": an elliptical clause that says the same
// predicate holds of the names it opens.
const AS_DOES = /(?:,\s*|\s+)(?:as|and\s+so)\s+(?:is|are|was|were|does|do|did|has|have|had)\s+/giu;

/**
 * Rule 'as-does': the names an elliptical "as is …" after `from` (and before `end`) makes share the clause's predicate:
 * "Tana, 41, wife of chef Gordon, is expecting her fifth as is Jools Oliver, 41, wife of chef Jamie" (celebrity-043fake)
 * is two pregnancies. The first name right after it (no describing words: "as is his style" names nobody) and the
 * names listed with it.
 */
export function asDoes(doc: Doc, located: Located[], from: number, end: number): string[] {
  const { text } = doc;
  // Nothing before `end`, nothing at all: a match inside the clause is one in its prefix too (the search ran on to the
  // article's end for every clause, quadratic in a long article).
  AS_DOES.lastIndex = from;
  if (!AS_DOES.test(text.slice(0, end))) return [];
  AS_DOES.lastIndex = from;
  const hit = AS_DOES.exec(text);
  if (!hit || hit.index + hit[0].length >= end) return [];
  const after = hit.index + hit[0].length;
  const names = located
    .filter((l) => SUBJECTS.has(l.entity.type) && l.mention.kind === 'name' && l.mention.end <= end)
    .sort((a, b) => a.mention.start - b.mention.start);
  const first = names.find((l) => l.mention.start === after);
  if (!first) return [];
  return listedFrom(text, names, first);
}

/** `first` and the names listed right after it ("Keane and Joss Stone"), each once, in order. */
function listedFrom(text: string, names: Located[], first: Located): string[] {
  const out = [first.entity.id];
  let last = first;
  for (const next of names.filter((l) => l.mention.start >= first.mention.end)) {
    if (!LISTED.test(text.slice(last.mention.end, next.mention.start))) break;
    if (!out.includes(next.entity.id)) out.push(next.entity.id);
    last = next;
  }
  return out;
}
