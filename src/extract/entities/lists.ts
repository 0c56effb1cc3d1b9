import type { Doc } from '../doc.ts';
import type { EntityType } from '../types.ts';
import type { Typed } from './classify.ts';
import { cues, epithetHeads } from '../names/index.ts';
import { givenName, lowerWords, sentenceInitial, type Candidate } from './scan.ts';
import { at } from '../../invariant/index.ts';

// Names listed together are things of one kind: "It was followed by Harry Potter and the Prisoner of Azkaban, Finding
// Nemo and The Lord of the Rings" (bbc 046), "Other nominees included the Motorcycle Diaries, Zatoichi and Hero" (bbc
// 331). A run no rule typed, or typed a person only for being a given name ("Foxx has starred in Collateral and Ray",
// bbc 092), takes the kind of the names listed with it.

/**
 * One list rule: when a list of at least `members` names has at least `min` of `type`, more than of any other type,
 * each member that `takes` allows becomes one too. The first rule that holds decides.
 */
export type ListRule = {
  name: string;
  type: EntityType;
  min: number;
  /** The fewest members a list needs for the rule. */
  members: number;
  takes: (typed: Typed | null) => boolean;
  /** When set, only members so typed count toward `min`. */
  anchor?: (typed: Typed) => boolean;
};

const untyped = (typed: Typed | null): boolean => typed === null;
// Works typed by the words around them (rules/works.ts), not by their quotes or case; not after a work noun, which
// names one title ("Keane's award-winning album Hopes and Fears", bbc-entertainment-261).
const FRAMED_WORKS = new Set(['role-in', 'work-named-like-person', 'award-for', 'before-starring', 'owned-work']);
// A lone given name is a person only for want of anything better: in a list of titles, "Ray" is the film.
const untypedOrGivenName = (typed: Typed | null): boolean => typed === null || typed.rule === 'given-name-alone';

/**
 * In order: one title says what a list of three or more is ("X and Y" alone is as often one title: "Angels and
 * Demons", "Romeo and Juliet"); people and places take two, as a list of names often has one stray; one body, which
 * its own noun typed, says what the names beside it are.
 */
export const LIST_RULES: ListRule[] = [
  { name: 'listed-with-works', type: 'work', min: 1, members: 3, takes: untypedOrGivenName },
  // "Foxx has starred in Collateral and Ray" (bbc-entertainment-092), "best TV comedy actress for Life Begins and Von
  // Trapped" (bbc 201): two names joined, one a title by the words before it, are two titles; a lone given name or an untyped run
  // beside it is the other. A title the scanner typed by its case alone says too little ("Angels and Demons").
  {
    name: 'paired-with-work',
    type: 'work',
    min: 1,
    members: 2,
    takes: untypedOrGivenName,
    anchor: (t) => FRAMED_WORKS.has(t.rule),
  },
  { name: 'listed-with-places', type: 'place', min: 2, members: 2, takes: untyped },
  // "Record companies VP and Greensleeves" (bbc 248): a body a noun named is listed with others.
  {
    name: 'listed-with-bodies',
    type: 'organization',
    min: 1,
    members: 2,
    takes: untyped,
    anchor: (t) => t.rule === 'org-noun-before',
  },
  { name: 'listed-with-people', type: 'person', min: 2, members: 3, takes: untyped },
];

// "Olympians Simone Biles and Nancy Kerrigan" (celebrity-031legit): a person's name of three words opens on a given
// name or initials ("Connie S. Bisbee"); a word before those describes them.
const personShaped = (doc: Doc, c: Candidate): boolean => {
  const head = at(doc.tokens, c.first).text;
  return c.last - c.first < 2 || givenName(doc, head) || /^\p{Lu}{1,2}\.?$/u.test(head);
};

const SMALL = new Set(['of', 'the', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'with', 'your', 'my', 'our']);

const JOINS = new Set([',', 'and', 'or']);

/** True when only a comma, "and", "or" or ", and" stand between two candidates in one sentence. */
function joined(doc: Doc, a: Candidate, b: Candidate): { closes: boolean } | null {
  if (a.possessive || b.first <= a.last + 1 || b.first - a.last > 4) return null;
  let between = doc.tokens.slice(a.last + 1, b.first);
  // "Finding Nemo and The Lord of the Rings" (bbc-entertainment-046): a capital "The" mid-sentence opens the next
  // member's title; the join is what stands before it.
  const opening = between[between.length - 1];
  if (opening?.text === 'The' && opening.end + 1 === at(doc.tokens, b.first).start && between.length > 1)
    between = between.slice(0, -1);
  if (between.length > 2 || !between.every((t) => JOINS.has(t.text))) return null;
  if (at(doc.tokens, a.last).sentence !== at(doc.tokens, b.first).sentence) return null;
  const words = between.map((t) => t.text);
  // ", ," or "and and" is no list's join.
  if (words.length === 2 && !(words[0] === ',' && words[1] !== ',')) return null;
  return { closes: words.includes('and') || words.includes('or') };
}

/**
 * Gives each untyped member of a list of names the kind the list's typed members share (LIST_RULES). A list is two or
 * more candidates joined by commas and closed by "and" or "or"; "Cambodia, Asia" or "his wife, Eniko Parrish" are
 * appositions, not lists. `typed[k]` is the typing of `candidates[k]`, and is replaced where a rule holds.
 */
export function typeLists(doc: Doc, candidates: Candidate[], typed: (Typed | null)[]): void {
  let k = 0;
  while (k < candidates.length) {
    let end = k;
    let closed = false;
    for (; end + 1 < candidates.length; end++) {
      const join = joined(doc, at(candidates, end), at(candidates, end + 1));
      if (!join) break;
      closed ||= join.closes;
      // The "and" closes the list: a comma after its last member starts something else.
      if (join.closes) {
        end++;
        break;
      }
    }
    if (end > k && closed) typeList(doc, candidates, typed, k, end);
    k = Math.max(end, k + 1);
  }
}

function typeList(doc: Doc, candidates: Candidate[], typed: (Typed | null)[], first: number, last: number): void {
  const counts = new Map<EntityType, number>();
  for (let k = first; k <= last; k++) {
    const t = typed[k];
    if (t && t.rule !== 'given-name-alone') counts.set(t.type, (counts.get(t.type) ?? 0) + 1);
  }
  const anchored = (r: ListRule): number => {
    let n = 0;
    for (let k = first; k <= last; k++) {
      const t = typed[k];
      if (t && t.type === r.type && r.anchor?.(t) !== false) n++;
    }
    return n;
  };
  const rule = LIST_RULES.find((r) => {
    const n = r.anchor ? anchored(r) : (counts.get(r.type) ?? 0);
    return last - first + 1 >= r.members && n >= r.min && [...counts].every(([type, m]) => type === r.type || m < n);
  });
  if (!rule) return;
  for (let k = first; k <= last; k++) {
    const c = at(candidates, k);
    if (!rule.takes(typed[k] ?? null) || c.phrase || !memberShaped(doc, c)) continue;
    if (rule.type === 'person' && !personShaped(doc, c)) continue;
    // "star of Bride and Prejudice", "his role in Hide and Seek" (bbc 330, 340): two single words joined are as often
    // one title; only a given name beside a title is sure to be another ("Collateral and Ray", bbc 092).
    if (rule.name === 'paired-with-work' && typed[k] === null && !wordsApart(candidates, first, last)) continue;
    // "… and Dakota Fanning said": a name followed by its verb is the subject of a new clause, not a member.
    const next = doc.tokens[c.last + 1];
    if (k === last && next?.sentence === at(doc.tokens, c.last).sentence && /^(?:VERB|AUX)$/.test(next.pos)) continue;
    const name = doc.text.slice(c.start, c.end);
    typed[k] = { type: rule.type, name, start: c.start, end: c.end, rule: rule.name, gender: null };
  }
}

/** True when a member of the list has several words: "Les Choristes and Old Boy" (bbc 309) is two titles. */
const wordsApart = (candidates: Candidate[], first: number, last: number): boolean =>
  candidates.slice(first, last + 1).some((c) => c.last > c.first);

/**
 * A run that may take a list's kind: not a sentence's first word ("Yikes, …"), no word the article writes in lower case
 * ("Future", "Nearby"), no demonym ("Australian Network News"), no date, and not a modifier ("… and Troy star Eric
 * Bana", bbc 333: the film is the star's epithet).
 */
function memberShaped(doc: Doc, c: Candidate): boolean {
  if (sentenceInitial(doc, c.first)) return false;
  const next = doc.tokens[c.last + 1]?.text.toLowerCase() ?? '';
  if (epithetHeads.has(next)) return false;
  // "Carry On at your Convenience, Carry On Matron and …" (bbc 307): a first member after a small word is the end of a title.
  let k = c.first - 1;
  while (k > c.first - 4 && SMALL.has(doc.tokens[k]?.text ?? '')) k--;
  const title = doc.tokens[k];
  if (k < c.first - 1 && title?.sentence === at(doc.tokens, c.first).sentence && /^\p{Lu}/u.test(title.text))
    return false;
  // One word written in lower case elsewhere is that word ("Future", "Nearby"); in a name of two it may be a name's
  // ("Elephant Man", bbc 248).
  const lower = c.first === c.last ? lowerWords(doc) : new Set<string>();
  const body = (w: string): boolean =>
    cues.orgSuffixes.has(w) || cues.eventSuffixes.has(w) || cues.placeSuffixes.has(w);
  return doc.tokens
    .slice(c.first, c.last + 1)
    .every(
      (t) =>
        !body(t.text) &&
        !lower.has(t.text.toLowerCase()) &&
        !cues.demonyms.has(t.text) &&
        !cues.calendar.has(t.text) &&
        !/^\d/.test(t.text),
    );
}
