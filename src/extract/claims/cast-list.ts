// Cast lists: "The film features a stellar ensemble cast including Anna Kendrick, Sam Worthington, William H. Macy…"
// (celebrity-120legit), "This season's lineup includes Bonner Bolton, Mr. T, Olympians Simone Biles and Nancy
// Kerrigan…" (celebrity-031legit). No verb of the person's own says they are cast: the list is the proposition, and
// each person listed is one casting, in the work the clause names (or calls "the film", "the show").
import type { Doc } from '../doc.ts';
import type { Located } from '../text/index.ts';
import { spanMatch } from './open.ts';
import type { Clause } from './clauses.ts';
import type { AssertedFind } from './asserted.ts';

/**
 * Named rules, in order: the first that matches a clause makes its list. Each is a cast noun and the verb that opens
 * the list; up to ten words may stand between ("The celebrities competing on season 24 of Dancing with the Stars are").
 */
export const CAST_LIST_RULES: ReadonlyArray<{ name: string; pattern: RegExp; workBefore?: boolean }> = [
  {
    // "a stellar ensemble cast including", "The cast also includes", "This season's lineup includes", "the line-up
    // features".
    name: 'cast-includes',
    pattern:
      /\b(?:cast|line-?up|ensemble)\s+(?:(?:also|will|now)\s+)?(?:includ(?:es|ed|ing|e)|featur(?:es|ed|ing|e)|compris(?:es|ed|ing|e)|boasts)\s+$/iu,
  },
  {
    // "The celebrities competing on season 24 of Dancing with the Stars are", "the contestants are", "This year's
    // housemates include". A plural noun of who takes part, then "are" or "include".
    name: 'contestants-are',
    pattern:
      /\b(?:contestants|competitors|celebrities\s+(?:competing|taking part|dancing|signed up)|housemates|castaways|cast members)\b(?:\s+[\p{L}\p{N}'’-]+){0,10}?\s+(?:are|were|will be|includ(?:e|ed)|featur(?:e|ed))\s*:?\s+$/iu,
  },
  {
    // "Action comedy Man of the House, starring Tommy Lee Jones as a Texas ranger…", "The low-budget feature Diary of a
    // Mad Black Woman stars Kimberly Elise as a woman thrown out on the streets…" (bbc-entertainment-312): a work that
    // stars people, in a participle after it or as its verb, casts each of them in it. Only right after the work (its
    // name, or "the film"): "Hollywood stars Brad Pitt and Angelina Jolie" are stars, not a film's cast.
    name: 'work-stars',
    pattern: /(?:,\s*(?:also\s+)?(?:starring|co-starring)|\s(?:also\s+)?(?:stars|co-stars))\s+$/iu,
    workBefore: true,
  },
];

// The nouns every rule needs: a clause without one is skipped before the rules run.
const TRIGGER =
  /\b(?:cast|line-?up|ensemble|contestants|competitors|celebrities|housemates|castaways|stars|starring|co-stars|co-starring)\b/i;

// What a list may be announced as ("the film", "the show"), when the clause names no work: the last work named before
// it, in its sentence or the three before.
const DESCRIBED =
  /\b(?:the|this|its)\s+(?:new\s+)?(?:film|movie|show|series|programme|musical|play|production|season)\b/iu;
const LOOK_BACK = 3;
// A word that describes the first person listed ("Olympians Simone Biles", "newcomer"): up to three stand between the
// list's verb and the name.
const DESCRIBING = /^[\p{L}\p{N}'’.-]$/u;
const SPACE = /^\s$/u;

/**
 * Where `/[\p{L}\p{N}'’.-]+\s+$/u` matches `s` (the describing word before its end), or null. Read back from the end:
 * the unanchored pattern tried every position of the text before each list (1,266 times in a 1 MB article, 0.4 s).
 */
function describingWordAt(s: string): number | null {
  let end = s.length;
  while (end > 0 && SPACE.test(s.charAt(end - 1))) end--;
  if (end === s.length) return null;
  let start = end;
  for (;;) {
    // A letter outside the BMP is two code units: read it whole.
    const pair =
      start >= 2 && /[\udc00-\udfff]/.test(s.charAt(start - 1)) && /[\ud800-\udbff]/.test(s.charAt(start - 2));
    const width = pair ? 2 : 1;
    if (start < width || !DESCRIBING.test(s.slice(start - width, start))) break;
    start -= width;
  }
  return start === end ? null : start;
}

/** Where a rule's list opening ends right before `before`'s end, give or take three describing words. */
function opening(pattern: RegExp, before: string): { start: number; end: number } | null {
  let rest = before;
  for (let k = 0; k <= 3; k++) {
    const hit = pattern.exec(rest);
    if (hit) return { start: hit.index, end: hit.index + hit[0].trimEnd().length };
    const word = describingWordAt(rest);
    if (word === null) return null;
    rest = rest.slice(0, word);
  }
  return null;
}

/** One find per person a cast list names, with the work it is for when the clause or its story names one. */
export function castListFinds(doc: Doc, clause: Clause, located: Located[], bySentence: Located[][]): AssertedFind[] {
  const { text } = doc;
  const people = located.filter(
    (l) => l.entity.type === 'person' && l.mention.kind !== 'pronoun' && l.mention.kind !== 'possessive',
  );
  if (people.length === 0 || !TRIGGER.test(clause.text)) return [];
  for (const rule of CAST_LIST_RULES) {
    for (const first of people) {
      const hit = opening(rule.pattern, text.slice(clause.start, first.mention.start));
      if (!hit) continue;
      const start = clause.start + hit.start;
      const end = clause.start + hit.end;
      if (rule.workBefore && !workRightBefore(doc, clause, located, start)) continue;
      const work = workFor(doc, clause, located, bySentence, start);
      // "Previous Big Brother housemates to leave before their time were…" (bbc-entertainment-203): a list of the past.
      if (PAST.test(text.slice(Math.max(clause.start, start - 40), start + hit.end - hit.start))) return [];
      const listed = listFrom(text, people, first).filter((id) => id !== work);
      const match = spanMatch(doc, text, start, end);
      return listed.map((id) => ({
        predicate: { type: 'casting', value: 'cast' },
        match,
        subjects: [id],
        other: work,
        negated: false,
        joint: false,
        announced: false,
        tense: 'present' as const,
        rule: `cast-list:${rule.name}`,
      }));
    }
  }
  return [];
}

// A cast of the past: "former cast members include", "Previous housemates were".
const PAST =
  /\b(?:previous|former|past|earlier|original)\s+(?:[\p{L}-]+\s+){0,3}?(?:cast|line-?up|ensemble|contestants|competitors|celebrities|housemates|castaways)\b/iu;
// Between two people of a list: what one is known for in brackets ("Freddie Stroma (UnREAL, Harry Potter), Dan
// Bucatinsky (Scandal), and Annaleigh Ashford", celebrity-117legit), a comma or "and", and up to three words that
// describe the next one ("Olympians Simone Biles").
const LIST_GAP =
  /^\s*(?:\([^()]{0,80}\)\s*)?(?:,\s*(?:and\s+|&\s+)?|(?:and|&)\s+)(?:(?!(?:and|or|with|to|of|for|by|who|which|as)\b)[\p{L}\p{N}'’.-]+\s+){0,3}$/iu;

/** The people listed from the first one on, in order. */
function listFrom(text: string, people: Located[], first: Located): string[] {
  const sorted = [...people].sort((a, b) => a.mention.start - b.mention.start);
  const out = [first.entity.id];
  let last = first;
  for (const next of sorted.filter((l) => l.mention.start >= first.mention.end)) {
    const gap = text.slice(last.mention.end, next.mention.start);
    // A name inside the brackets is what the last one is known for, not one more of the list.
    if ((gap.match(/\(/g)?.length ?? 0) > (gap.match(/\)/g)?.length ?? 0)) continue;
    if (!LIST_GAP.test(gap)) break;
    if (!out.includes(next.entity.id)) out.push(next.entity.id);
    last = next;
  }
  return out;
}

/** The work a list is for: one the clause names before the list, else one it calls "the film" (the last named). */
function workFor(doc: Doc, clause: Clause, located: Located[], bySentence: Located[][], at: number): string | null {
  const named = located.filter(
    (l) => l.entity.type === 'work' && l.mention.start >= clause.start && l.mention.end <= at + 40,
  );
  if (named.length > 0) return named[0]?.entity.id ?? null;
  if (!DESCRIBED.test(doc.text.slice(clause.start, at + 40))) return null;
  const earlier = bySentence
    .slice(Math.max(0, clause.sentence - LOOK_BACK), clause.sentence + 1)
    .flat()
    .filter((l) => l.entity.type === 'work' && l.mention.end <= clause.start);
  return earlier.at(-1)?.entity.id ?? null;
}

// "the film", "the new comedy": a work called by its kind, right before the verb that stars its cast.
const DESCRIBED_BEFORE =
  /\b(?:the|this|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:film|movie|show|series|programme|musical|play|production|comedy|drama|thriller|sequel|remake|biopic)\s*$/iu;

/** Whether a work's name, or its kind ("the film"), ends right before `at` (a comma between). */
function workRightBefore(doc: Doc, clause: Clause, located: Located[], at: number): boolean {
  const before = doc.text.slice(clause.start, at);
  if (DESCRIBED_BEFORE.test(before)) return true;
  // "Archangel, an adaptation of the Robert Harris best-seller, which stars Daniel Craig" (bbc-entertainment-214): a
  // "which" whose work stands before it, an appositive between at most.
  const relative = WHICH_BEFORE.exec(before);
  const gap = relative ? APPOSITIVE_GAP : /^\s*$/;
  const end = relative ? clause.start + relative.index : at;
  return located.some(
    (l) =>
      l.entity.type === 'work' &&
      l.mention.start >= clause.start &&
      l.mention.end <= end &&
      gap.test(doc.text.slice(l.mention.end, end)),
  );
}
const WHICH_BEFORE = /,?\s*(?:which|that)\s*$/i;
const APPOSITIVE_GAP = /^\s*(?:,\s*(?:an?|the)\s[^,;.:!?]{1,80})?\s*$/i;
