import type { Doc } from '../doc.ts';
import type { Gender } from '../names/index.ts';
import type { Entity, Mention } from '../types.ts';
import { at } from '../../invariant/index.ts';
import { SUBORDINATORS } from './clauses.ts';

/** One person being tracked through the text: their entity and how prominent they are so far. */
export type Referent = {
  entity: Entity;
  /** Words of their names ("Tom", "Cruise") for matching bare first names and surnames. */
  parts: Set<string>;
  gender: Gender | null;
  /** Mentions so far, of any kind. */
  count: number;
  lastSentence: number;
  lastStart: number;
  lastWasSubject: boolean;
  /** "Curtis's widow": a possessor inside a noun phrase is less in focus than a subject. */
  lastWasPossessor: boolean;
  /** Their last mention was a "they" or "the pair" shared with someone else. */
  lastWasJoint: boolean;
  /** Capitalised epithet modifiers given to them ("Bond", "Mission: Impossible"). */
  modifiers: Set<string>;
  /** Roles the text gives them ("actress", "Bond girl"), lower-case. */
  roles: Set<string>;
};

const VERBAL = new Set(['VERB', 'AUX']);

// "Rowlands starred in nine of the popular Carry On films": the tagger reads a past tense right after a name as a
// noun; there it is the name's verb.
const PAST = /^\p{Ll}{3,}ed$/u;

/**
 * "As The Weeknd reconnects with his ex, Bella Hadid, Selena Gomez continues her string of appearances": in a
 * sentence that opens on a subordinate clause, the subject is the name after a comma with its verb right after it;
 * names inside the clause ("The Weeknd") or set apart by commas ("Bella Hadid,") are not. Null when the sentence
 * does not open so.
 */
function frontedClauseSubject(doc: Doc, first: number, last: number): boolean | null {
  const { tokens } = doc;
  const open = at(doc.sentences, at(tokens, first).sentence).firstToken;
  if (!SUBORDINATORS.has(at(tokens, open).text.toLowerCase())) return null;
  let next = last + 1;
  if (/^\p{Ll}+ly$/u.test(tokens[next]?.text ?? '')) next++; // "Gomez recently continued"
  return tokens[first - 1]?.text === ',' && first - 1 > open && VERBAL.has(tokens[next]?.pos ?? '');
}

const CLAUSE_LINKS = new Set([',', 'but', 'and', 'while', 'whereas']);

// "…cost him an Oscar, but in 2003, Roman Polanski won best director": a name after a comma or conjunction with its
// verb right after it is the subject of a clause of its own.
function opensClause(doc: Doc, first: number, last: number): boolean {
  const { tokens } = doc;
  return (
    CLAUSE_LINKS.has(tokens[first - 1]?.text.toLowerCase() ?? '') &&
    tokens[first - 1]?.sentence === at(tokens, first).sentence &&
    VERBAL.has(tokens[last + 1]?.pos ?? '')
  );
}

/**
 * A mention is in subject position when no verb comes before it in its sentence, or, after an opening subordinate
 * clause, when it is the main clause's subject (see frontedClauseSubject). `last` is the mention's last token.
 */
export function isSubject(doc: Doc, tokenIndex: number, last = tokenIndex): boolean {
  const fronted = frontedClauseSubject(doc, tokenIndex, last);
  if (fronted !== null) return fronted;
  if (opensClause(doc, tokenIndex, last)) return true;
  const first = at(doc.sentences, at(doc.tokens, tokenIndex).sentence).firstToken;
  for (let k = first; k < tokenIndex; k++) {
    const t = at(doc.tokens, k);
    // "Oscar-nominated film biopic Ray has surpassed its…" (bbc-entertainment-073): a participle joined by a hyphen
    // ("award-winning") describes a noun; it is no verb of the clause.
    const joined = k > first && at(doc.tokens, k - 1).text === '-' && at(doc.tokens, k - 1).end === t.start;
    if (VERBAL.has(t.pos) && !joined) return false;
    if (k > first && PAST.test(t.text) && at(doc.tokens, k - 1).pos === 'PROPN') return false;
  }
  return true;
}

/**
 * A mention governs the rest of its clause when it is its subject: "Harry met the songstress", "Harry looked
 * determined to make the most of his evening with the Diamonds singer". An epithet further on in that clause is
 * someone else. A possessor does not: "Aniston's new film has drummed up some Oscar buzz for the actress".
 */
export function governs(doc: Doc, first: number, last: number, kind: Mention['kind']): boolean {
  const { tokens } = doc;
  if (kind === 'possessive' || (kind === 'pronoun' && /^(?:his|her|its|their)$/i.test(at(tokens, first).text))) {
    // "her" is a possessor before a noun ("her heroes") and an object elsewhere ("encouraged her"); neither governs.
    return false;
  }
  if (/^['’]s?$/.test(tokens[last + 1]?.text ?? '')) return false; // "Aniston's new film"
  if (isSubject(doc, first, last)) return true;
  // "Paul, 73, told…": an age in apposition leaves the verb after it.
  let next = last + 1;
  if (tokens[next]?.text === ',' && /^\d{1,3}$/.test(tokens[next + 1]?.text ?? '') && tokens[next + 2]?.text === ',')
    next += 3;
  return VERBAL.has(tokens[next]?.pos ?? '');
}

/** Records a mention of the referent: the salience every later choice reads. */
export function note(doc: Doc, r: Referent, mention: Mention, tokenIndex: number): void {
  r.entity.mentions.push(mention);
  // "As The Weeknd reconnects with his ex, Bella Hadid, Selena Gomez continues … with Justin Bieber. Last night, she
  // supported the Canadian pop star" (celebrity-143legit): who an opening subordinate clause names is background, and
  // counts half as much to how prominent they are.
  r.count += inOpeningClause(doc, tokenIndex) ? 0.5 : 1;
  const sentence = at(doc.tokens, tokenIndex).sentence;
  let last = tokenIndex;
  while (doc.tokens[last + 1] && at(doc.tokens, last + 1).end <= mention.end) last++;
  // "Selena Gomez continues her string of appearances": the subject of a sentence stays its focus through the
  // sentence's later mentions of them ("her").
  // "Russell Crowe's assault … cost him": a possessor is no subject to carry on.
  const carried = r.lastSentence === sentence && r.lastWasSubject && !r.lastWasPossessor;
  r.lastWasSubject = isSubject(doc, tokenIndex, last) || carried;
  r.lastSentence = sentence;
  r.lastStart = mention.start;
  r.lastWasPossessor = mention.kind === 'possessive';
  r.lastWasJoint = mention.rule === 'pronoun-pair' || mention.rule === 'pair-descriptor';
}

// "As …" sets a scene for the main clause. Not "While talking with Kardashian, Lawrence revealed…" (celebrity-157legit),
// whose clause shares the main clause's subject and keeps the other person in view.
const BACKGROUND = new Set(['As']);

/** True when token i stands in a sentence-opening subordinate clause, before its first comma ("As …, "). */
function inOpeningClause(doc: Doc, i: number): boolean {
  const sentence = at(doc.tokens, i).sentence;
  const first = at(doc.sentences, sentence).firstToken;
  if (!BACKGROUND.has(at(doc.tokens, first).text)) return false;
  for (let k = first + 1; k < i; k++) if (at(doc.tokens, k).text === ',') return false;
  for (let k = i + 1; k < doc.tokens.length && at(doc.tokens, k).sentence === sentence; k++)
    if (at(doc.tokens, k).text === ',') return true;
  return false;
}

// Recency counts most for pronouns, which reach back a sentence or two; prominence (how often
// someone has come up) counts most for epithets, which writers use for the story's main people.
export type Weights = { recency: number; prominence: number; focus: number };

export function score(r: Referent, sentence: number, weights: Weights): number {
  const distance = sentence - r.lastSentence;
  const recency = distance <= 0 ? 4 : Math.max(0, 4 - distance);
  // Focus: a subject stays in the reader's mind; a possessor inside a noun phrase less so.
  const focus = (r.lastWasSubject ? 1 : 0) - (r.lastWasPossessor ? 0.33 : 0);
  return (
    weights.recency * recency + weights.prominence * Math.min(r.count, 12) + weights.focus * focus + r.lastStart / 1e7
  ); // ties go to the later mention
}

export function compatible(r: Referent, gender: Gender | null): boolean {
  return gender === null || r.gender === null || r.gender === gender;
}

/** The best referent by score among those that pass the filter, or null. */
export function best(
  candidates: Referent[],
  keep: (r: Referent) => boolean,
  rank: (r: Referent) => number,
): Referent | null {
  let top: Referent | null = null;
  let topScore = -Infinity;
  for (const r of candidates) {
    if (r.count === 0 || !keep(r)) continue;
    const s = rank(r);
    if (s > topScore) {
      top = r;
      topScore = s;
    }
  }
  return top;
}
