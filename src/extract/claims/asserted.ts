// Asserted claims: what the article tells as news of a work, organisation, group or person in words of a known class
// (data/lexicons/asserted-claims.json): box-office and sales figures, chart and list placings, awards and nominations.
// "Ray has been nominated in six Oscar categories", "The Grudge was the US' second best-selling DVD" (bbc-entertainment
// 073): open.ts reads a person's or group's life and career; these predicates are as often a film's or an album's, and
// copular ("was the biggest film") where open.ts wants a verb. Each find is attributed like every open claim (find.ts).
import lexicon from '../../../data/lexicons/asserted-claims.json' with { type: 'json' };
import type { Doc } from '../doc.ts';
import { tokenIndexAt, type Located } from '../text/index.ts';
import type { Clause } from './clauses.ts';
import { spanMatch, type OpenFind, type Tense } from './open.ts';
import { castListFinds } from './cast-list.ts';
import { seasonFinds } from './season.ts';

/** One named rule of the lexicon, compiled. */
export type AssertedRule = { name: string; type: string; value: string; pattern: RegExp; anywhere: boolean };

export const ASSERTED_RULES: readonly AssertedRule[] = lexicon.rules.map((r) => ({
  name: r.name,
  type: r.type,
  value: r.value,
  pattern: new RegExp(r.pattern, 'iu'),
  anywhere: 'anywhere' in r && r.anywhere === true,
}));

const SUBJECTS: ReadonlySet<string> = new Set(lexicon.subjects);
const GROUP = new RegExp(`^\\s+${lexicon.group}`, 'i');
const RELATIVE = new RegExp(lexicon.relative, 'i');
// "Freeman, 33, has been nominated", "The Grudge, starring Michelle Gellar, was the US' second best-selling DVD"
// (bbc-entertainment-073): an age or a short appositive between a name and its verb.
// "The Return (Vozvrashchenie) has been named winner" (bbc-entertainment-331): a name's bracket.
// "Clint Eastwood's boxing drama Million Dollar Baby - recipient of four Academy Awards, including best picture -
// continued to perform well in sixth place" (bbc-entertainment-312): an aside between dashes, commas and all.
const APPOSITIVE =
  /^\s*,\s*(?:\d{1,3}|[^,;:.!?"“”]{3,60}?)\s*,(?=\s)|^\s*\([^()]{1,60}\)(?=\s)|^\s+[-–—]\s+[^;:.!?"“”–—]{3,90}?\s+[-–—](?=\s)/;
// "Scissor Sisters, whose eponymous album moved three places to number two": the name before "whose" is the subject.
const WHOSE =
  /^\s*,?\s*whose\s+(?:[\p{L}'’-]+\s+){0,2}?(?:album|single|film|movie|record|song|show|book|debut|hit|tour|dvd)s?(?=\s)/iu;
// "His album Egypt won the critics' award", "Keane's award-winning album Hopes and Fears": a work named with its
// owner is its owner's too.
const OWNED_WORK =
  /(?:^|\s)(?:(?:his|her|their)|(?<owner>\S+?)['’]s?)\s+(?:[\p{L}-]+\s+){0,3}?(?:album|single|film|movie|record|song|show|book|debut|novel)\s+$/iu;
// A subject pronoun only: "her album", "his wife" are possessors; "they" is a person's only by a coreference slip.
const PRONOUN_SUBJECT = /^(?:he|she|it|they)$/i;
// "The comedy directed by Sofia Coppola has won": a name after a preposition is not the subject.
const PREPOSITION_BEFORE =
  /\b(?:by|with|for|from|to|of|about|against|on|at|than|like|into|over|after|before|alongside|opposite|between|including|in|as)\s+$/i;
// "U2's latest single": a possessor is not what the predicate is about.
const POSSESSOR_AFTER = /^['’]s?\b/;

/** One asserted find: its rule, and the OpenFind find.ts attributes. */
export type AssertedFind = OpenFind & { rule: string };

/**
 * The open finds of a clause with the asserted ones beside them: a predicate open.ts already reads (its span, or its
 * type for the same subject) is not read twice.
 * @example withAsserted([], doc, clause, located)[0] // {predicate:{type:'nomination',value:'nominated'}, subjects:['e1'], rule:'nomination', …} for "Ray has been nominated in six Oscar categories"
 */
export function withAsserted(
  opens: OpenFind[],
  doc: Doc,
  clause: Clause,
  located: Located[],
  bySentence: Located[][] = [],
): OpenFind[] {
  const out: OpenFind[] = [...opens];
  for (const find of assertedFinds(doc, clause, located, bySentence)) {
    if (quotedAt(doc, clause, find.match.start)) continue;
    const overlaps = out.some(
      (o) =>
        (o.match.start < find.match.end && find.match.start < o.match.end) ||
        (o.predicate.type === find.predicate.type && o.subjects.some((s) => find.subjects.includes(s))),
    );
    if (!overlaps) out.push(find);
  }
  // A cast list: one casting per person listed, unless a predicate of the person's own already says it.
  for (const find of castListFinds(doc, clause, located, bySentence)) {
    const said = out.some((o) => o.predicate.type === 'casting' && o.subjects.some((s) => find.subjects.includes(s)));
    if (!said && !quotedAt(doc, clause, find.match.start)) out.push(find);
  }
  // A contestant by the season of the show they are on (season.ts), unless already cast there.
  for (const find of seasonFinds(doc, clause, located)) {
    const said = out.some((o) => o.predicate.type === 'casting' && o.subjects.some((s) => find.subjects.includes(s)));
    if (!said && !quotedAt(doc, clause, find.match.start)) out.push(find);
  }
  return out;
}

/** The rule that reads what follows a verb group starting at `at` (before `end`), with where its words stand. */
function predicateAt(text: string, at: number, end: number): { rule: AssertedRule; start: number; end: number } | null {
  const group = GROUP.exec(text.slice(at, end));
  if (!group) return null;
  // A rule may take up the group's last words itself ("was the biggest film", "is ranked in"): each word of the
  // group, from the last, may be where the predicate starts.
  const starts = [...group[0].matchAll(/\S+\s+/g)].map((w) => at + w.index);
  for (const from of [at + group[0].length, ...starts.reverse()]) {
    const rest = text.slice(from, end).trimStart();
    const begin = end - rest.length;
    const rule = ASSERTED_RULES.find((r) => !r.anywhere && r.pattern.test(rest));
    const hit = rule?.pattern.exec(rest);
    if (rule && hit) return { rule, start: begin, end: begin + hit[0].length };
  }
  return null;
}

/**
 * Whether a predicate stands inside a quotation of its sentence: "Gervais said: “The show has won an awful lot of
 * awards…”" (bbc-entertainment-201) is his word, read by the quote rules, not the article's news.
 */
function quotedAt(doc: Doc, clause: Clause, at: number): boolean {
  const sentence = doc.sentences[clause.sentence];
  const before = doc.text.slice(sentence?.start ?? clause.start, at);
  const opened = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
  return opened || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** Asserted predicates of a clause, each with its one named subject. */
export function assertedFinds(
  doc: Doc,
  clause: Clause,
  located: Located[],
  bySentence: Located[][] = [],
): AssertedFind[] {
  const { text } = doc;
  const out: AssertedFind[] = [];
  const inClause = [
    ...located.filter((l) => l.mention.start >= clause.start && l.mention.end <= clause.end),
    ...describedWorks(doc, clause, bySentence),
  ];
  const push = (rule: AssertedRule, subject: Located, start: number, end: number, words: string) =>
    out.push({
      // One claim of all its subjects: a work and its owner ("Keane's award-winning album Hopes and Fears") together.
      predicate: { type: rule.type, value: rule.value, joint: true },
      match: spanMatch(doc, text, start, end),
      subjects: [...ownerOf(doc, subject, located), subject.entity.id],
      other: null,
      negated: false,
      joint: false,
      announced: false,
      tense: tenseOf(words),
      rule: rule.name,
    });
  for (const subject of inClause) {
    if (!isSubject(doc, subject, clause)) continue;
    let at = subject.mention.end;
    const whose = WHOSE.exec(text.slice(at, clause.end));
    const appositive = whose ?? APPOSITIVE.exec(text.slice(at, clause.end));
    if (appositive) at += appositive[0].length;
    const relative = whose ? null : RELATIVE.exec(text.slice(at, clause.end));
    // "Kanye West, the rapper who leads the awards with 10 nominations" (bbc-entertainment-146): only a name heads a
    // relative clause that is news of it (as in open.ts); a description may be anyone's.
    if (relative && subject.mention.kind !== 'name' && subject.mention.kind !== 'alias') continue;
    if (relative) at += relative[0].length - 1;
    const predicate = predicateAt(text, at, clause.end);
    if (predicate) push(predicate.rule, subject, predicate.start, predicate.end, text.slice(at, predicate.start));
    // "Snow Patrol, who finished 14th in the vote and have been nominated for a pair of Brit Awards" (bbc-entertainment
    // 121): a predicate coordinated with the subject's own, before any comma, has the same subject.
    // Only a name that is itself a subject: "beat The Office Christmas Special in the best TV comedy category and took
    // the people's choice award" (bbc-entertainment-201) is the object's stretch, not its predicate.
    const verb = doc.tokens[tokenIndexAt(doc, at + (/^\s*/.exec(text.slice(at, clause.end))?.[0].length ?? 0))];
    const stretch =
      verb?.pos === 'VERB' || verb?.pos === 'AUX' ? (/^[^,;:()"“”]*/.exec(text.slice(at, clause.end))?.[0] ?? '') : '';
    for (const and of stretch.matchAll(/\sand(?=\s)/g)) {
      const next = predicateAt(text, at + and.index + and[0].length, clause.end);
      if (next) push(next.rule, subject, next.start, next.end, text.slice(at + and.index, next.start));
    }
  }
  // "[the role] has already earned him a Screen Actors Guild Award": the subject is whom the predicate names.
  for (const rule of ASSERTED_RULES.filter((r) => r.anywhere)) {
    const hit = rule.pattern.exec(clause.text);
    const object = hit?.groups?.object;
    if (!hit || object === undefined) continue;
    const objectAt = clause.start + hit.index + hit[0].indexOf(object, 1);
    // "Foxx's portrayal of late soul-singer Ray Charles in Ray had already earned him a prestigious Golden Globe award"
    // (bbc-entertainment-051): "him" is whose portrayal it is, the person named as a possessor before it.
    const pronoun = inClause.find((l) => l.mention.start === objectAt && l.entity.type === 'person');
    const possessor = inClause.find(
      (l) =>
        l.entity.type === 'person' &&
        l.mention.start < clause.start + hit.index &&
        (l.mention.kind === 'possessive' ||
          /['’]s?$/.test(l.mention.text) ||
          POSSESSOR_AFTER.test(text.slice(l.mention.end, l.mention.end + 3))),
    );
    const whom = pronoun && possessor ? possessor : pronoun;
    const start = clause.start + hit.index;
    if (whom) push(rule, whom, start, start + hit[0].length, clause.text.slice(0, hit.index));
  }
  return out;
}

// "In its first week on home entertainment release the film was the number one selling DVD" (bbc-entertainment-073,
// of Ray): a work called by its kind is the last work named before it, in its sentence or the three before.
const DESCRIBED_WORK = /\b(?:the|this)\s+(?:film|movie|album|single|record|show|series|programme|book|novel)(?=\s)/giu;
const LOOK_BACK = 3;

/** Works a clause calls by their kind ("the film"), as subjects standing where the description stands. */
function describedWorks(doc: Doc, clause: Clause, bySentence: Located[][]): Located[] {
  const out: Located[] = [];
  for (const m of clause.text.matchAll(DESCRIBED_WORK)) {
    const start = clause.start + m.index;
    const earlier = bySentence
      .slice(Math.max(0, clause.sentence - LOOK_BACK), clause.sentence + 1)
      .flat()
      .filter((l) => l.entity.type === 'work' && l.mention.end <= start);
    const last = earlier.at(-1);
    if (!last) continue;
    const mention = { ...last.mention, text: m[0], start, end: start + m[0].length, kind: 'epithet' as const };
    out.push({ entity: last.entity, mention, token: tokenIndexAt(doc, start) });
  }
  return out;
}

/** The owner of a work named with it ("His album Egypt"), as an entity id; none for other subjects. */
function ownerOf(doc: Doc, subject: Located, located: Located[]): string[] {
  if (subject.entity.type !== 'work') return [];
  const before = doc.text.slice(Math.max(0, subject.mention.start - 60), subject.mention.start);
  const owned = OWNED_WORK.exec(before);
  if (!owned) return [];
  const at = subject.mention.start - before.length + owned.index + (owned[0].length - owned[0].trimStart().length);
  const owner = located.find(
    (l) => l.mention.start === at && SUBJECTS.has(l.entity.type) && l.entity.id !== subject.entity.id,
  );
  return owner ? [owner.entity.id] : [];
}

/** A named subject: of a subject type, not a possessor, not after a preposition, a pronoun only as a subject. */
function isSubject(doc: Doc, l: Located, clause: Clause): boolean {
  if (!SUBJECTS.has(l.entity.type)) return false;
  const { mention } = l;
  if (mention.kind === 'possessive' || /['’]s?$/.test(mention.text)) return false;
  if (mention.kind === 'pronoun' && !PRONOUN_SUBJECT.test(mention.text)) return false;
  if (l.entity.type === 'person' && /^they$/i.test(mention.text)) return false;
  if (POSSESSOR_AFTER.test(doc.text.slice(mention.end, mention.end + 3))) return false;
  return !PREPOSITION_BEFORE.test(doc.text.slice(Math.max(clause.start, mention.start - 14), mention.start));
}

/** The tense of the verb group before a predicate ("has been" perfect, "is" present), else past. */
function tenseOf(group: string): Tense {
  if (/\b(?:has|have)\b/i.test(group)) return 'perfect';
  if (/\b(?:is|are)\b/i.test(group)) return 'present';
  return 'past';
}
