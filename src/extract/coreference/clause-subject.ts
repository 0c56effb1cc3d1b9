import type { Doc } from '../doc.ts';
import { genderOf, type Gender } from '../names/index.ts';
import { SUBORDINATORS } from './clauses.ts';
import { tieOf, tiedAt } from './ties.ts';
import type { Context } from './choose.ts';
import { compatible, type Referent } from './salience.ts';
import { at } from '../../invariant/index.ts';

// Rules that give a he/she the subject of the clause it hangs on, before salience is asked. In order:
//   1. pronoun-fronted-cataphora: a subordinate clause opening the sentence ("Though she married …, Brad's former
//      wife …").
//   2. pronoun-subordinate-subject: a subordinate clause after its main clause (", while he was preparing"), or after
//      the "who" clause it stands in ("Pamela Travers, who is said to have cried when she…").
//   3. pronoun-possessive-own-subject: a his/her right after its clause's verb ("how Anna Faris is handling her
//      split").

const NAMED = new Set(['PROPN', 'NOUN']);
const SUBJECT_PRONOUNS = new Set(['he', 'she']);
// Subordinators of time alongside: what a subject does "while", "as" or "when" is mostly told of that subject. Not
// "after" or "because", whose clause often tells of the object ("he had nominated Bez after he became agitated"), nor
// "if", which after "asked" opens a question put to the object ("Couric asked White if she had advice").
const ALONGSIDE = new Set(['while', 'whilst', 'as', 'when']);

/** Whether a span lies inside a quotation, by the text's quotations (see choose.ts quotationsOf). */
export type QuotedAt = (start: number, end: number) => { start: number; end: number } | undefined;

/**
 * Rule pronoun-subordinate-subject: "RadioTimes.com and other outlets heard Pattinson describe bumping into Christian
 * Bale, Batman in Christopher Nolan's blockbuster Dark Knight trilogy, while he was preparing" (a Radio Times stream
 * article): the he/she opening a clause of time (see ALONGSIDE) that follows its main clause is that clause's subject, the last
 * mention before the subordinator that governs its clause (Pattinson, before "describe"), not an object (Bale) nor a
 * possessor inside an apposition (Nolan). Only the subject form: "…gave him…when he" reads the same, "his" does not
 * open a clause. A subject of the other gender gives way to the one of the clause above ("Jen said Brad was upset when
 * she…"). A subject and a pronoun on different sides of a quotation mark do not share a clause. Null when no compatible
 * subject stands in the sentence before the subordinator.
 */
export function subordinateSubject(
  ctx: Context,
  tokenIndex: number,
  gender: Gender,
  quoted: QuotedAt,
): Referent | null {
  const { tokens, sentences } = ctx.doc;
  const t = at(tokens, tokenIndex);
  if (!SUBJECT_PRONOUNS.has(t.text.toLowerCase())) return null;
  const sub = tokens[tokenIndex - 1];
  if (!sub || sub.sentence !== t.sentence || !ALONGSIDE.has(sub.text.toLowerCase())) return null;
  if (at(sentences, t.sentence).firstToken === tokenIndex - 1) return null;
  const quote = quoted(t.start, t.end);
  const who = relativeBefore(ctx, tokenIndex - 1);
  if (who !== undefined) return who !== null && compatible(who, gender) && who.gender !== null ? who : null;
  for (let k = ctx.seen.length - 1; k >= 0; k--) {
    const m = at(ctx.seen, k);
    if (m.sentence < t.sentence) break;
    if (m.start >= sub.start || !m.governs) continue;
    if (quoted(m.start, m.start + 1) !== quote) return null;
    // "Jen said Brad was upset when she…": a subject of the other gender leaves the clause above it.
    if (compatible(m.r, gender) && m.r.gender !== null) return m.r;
  }
  return null;
}

/**
 * "Mary Poppins was originally created by author Pamela Travers, who is said to have cried when she…", "50 Cent who
 * survived an attempt on his life as he…" (bbc-entertainment articles): a clause of time inside a "who" clause hangs
 * on the "who", whose antecedent is the person named right before it (past an age: "Jessica Bambal Akan, 25, who").
 * That person; null when the "who" follows no one the walk named ("a man who hit Dr Dre as he…"); undefined when no
 * "who" stands between the subordinator and the sentence's start.
 */
function relativeBefore(ctx: Context, sub: number): Referent | null | undefined {
  const { tokens } = ctx.doc;
  const sentence = at(tokens, sub).sentence;
  let k = sub - 1;
  for (; k >= 0 && at(tokens, k).sentence === sentence; k--) if (at(tokens, k).text.toLowerCase() === 'who') break;
  if (k < 0 || at(tokens, k).sentence !== sentence) return undefined;
  let j = k - 1;
  if (tokens[j]?.text === ',') j--;
  if (/^\d{1,3}$/.test(tokens[j]?.text ?? '') && tokens[j - 1]?.text === ',') j -= 2;
  // "…got us thinking: who will replace her when she…": a "who" after no noun asks, and relates to no one.
  if (!NAMED.has(tokens[j]?.pos ?? '')) return undefined;
  const end = tokens[j]?.end ?? -1;
  return ctx.endingAt.get(end)?.at(-1)?.r ?? null;
}

/** Whether token i opens the main clause of a sentence that opens on a subordinate clause: right after its comma. */
export function opensMainClause(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const open = at(doc.sentences, at(tokens, i).sentence).firstToken;
  if (!SUBORDINATORS.has(at(tokens, open).text.toLowerCase()) || tokens[i - 1]?.text !== ',') return false;
  for (let k = open + 1; k < i - 1; k++) if (at(tokens, k).text === ',') return false;
  return true;
}

const POSSESSIVE = /^['’]s?$/;

/**
 * Rule pronoun-fronted-cataphora: "Though she married fellow actor Justin Theroux in 2015, Brad's former wife of nearly
 * five years seems willing to be there for her ex-husband" (celebrity-144fake): the he/she opening a sentence's
 * subordinate clause is the main clause's subject after its comma, when that subject is a tie of a named owner the
 * text gave one person (see ties.ts). A tie of that owner the text never gave a name ("Jen's mother") may be anyone:
 * the pronoun is left to no one ('none') rather than to the last woman in focus. Null when the sentence does not open
 * so, or its main clause opens on no possessor's tie (a bare name there is left to salience: "If he hadn't met my
 * father, Klein would have…", celebrity-060legit, is Paul McCartney's "he").
 */
export function frontedCataphor(ctx: Context, tokenIndex: number, gender: Gender): Referent | 'none' | null {
  const { doc } = ctx;
  const { tokens } = doc;
  const t = at(tokens, tokenIndex);
  if (!SUBJECT_PRONOUNS.has(t.text.toLowerCase())) return null;
  const sentence = at(doc.sentences, t.sentence);
  if (sentence.firstToken !== tokenIndex - 1 || !SUBORDINATORS.has(at(tokens, tokenIndex - 1).text.toLowerCase()))
    return null;
  let comma = tokenIndex + 1;
  while (comma <= sentence.lastToken && at(tokens, comma).text !== ',') comma++;
  const main = tokens[comma + 1];
  if (comma >= sentence.lastToken || !main) return null;
  const named = ctx.namedIn.get(t.sentence)?.find((n) => n.start === main.start)?.referent;
  if (!named) return null;
  let last = comma + 1;
  while (tokens[last + 1]?.pos === 'PROPN' && tokens[last + 1]?.sentence === t.sentence) last++;
  // "If he hadn't met my father, Klein would have…" (celebrity-060legit, Paul McCartney): a name opening the main
  // clause is as often someone else, and is left to salience.
  if (!POSSESSIVE.test(tokens[last + 1]?.text ?? '')) return null;
  const tied = tiedAt(ctx, named, last);
  if (tied) return compatible(tied.r, gender) ? tied.r : 'none';
  return possessesTie(doc, last + 2) ? 'none' : null;
}

/** Whether a relation noun stands within the three words from token `first` ("former wife", "mother"). */
function possessesTie(doc: Doc, first: number): boolean {
  for (let k = first; k < first + 3; k++) {
    const word = doc.tokens[k]?.text.toLowerCase() ?? '';
    if (tieOf([word]) !== null) return true;
  }
  return false;
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her']);
const POSSESSED = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);
// A clause's verb group between its subject and the pronoun: "is handling", "has finally addressed", "reveals".
const VERB_GROUP = new Set(['AUX', 'VERB', 'ADV', 'PART']);

/**
 * Rule pronoun-possessive-own-subject: "Allison Janney reveals how Anna Faris is handling her split from Chris Pratt"
 * (a GossipCop headline): a his/her owning the noun after its clause's verb is that clause's subject, the name right
 * before the verb group, not the sentence's subject in focus. Only when the name governs its clause, has the pronoun's
 * gender, and nothing but the verb group stands between (an object between, "told Jen her", is left to salience).
 */
export function possessiveOwnSubject(ctx: Context, tokenIndex: number, gender: Gender): Referent | null {
  const { tokens } = ctx.doc;
  const t = at(tokens, tokenIndex);
  if (!POSSESSIVE_PRONOUNS.has(t.text.toLowerCase()) || !POSSESSED.has(tokens[tokenIndex + 1]?.pos ?? '')) return null;
  let k = tokenIndex - 1;
  let verbs = 0;
  for (; k >= 0 && VERB_GROUP.has(at(tokens, k).pos) && at(tokens, k).sentence === t.sentence; k--)
    if (at(tokens, k).pos !== 'ADV' && at(tokens, k).pos !== 'PART') verbs++;
  if (verbs === 0 || k < 0 || at(tokens, k).sentence !== t.sentence) return null;
  const end = at(tokens, k).end;
  for (let j = ctx.seen.length - 1; j >= 0; j--) {
    const m = at(ctx.seen, j);
    if (m.sentence < t.sentence) break;
    if (m.start >= t.start || !m.governs) continue;
    // The walk's index of mentions by end, not the referent's every mention: a long article names a star thousands
    // of times.
    const ends = (ctx.endingAt.get(end) ?? []).some((x) => x.r === m.r && x.start === m.start);
    // The names list's word as well as the text's: a "her" for Liam Hemsworth read off "she and her fiancé Liam
    // Hemsworth" (celebrity-137fake) must not bind "Hemsworth wearing her band".
    const listed = genderOf(m.r.entity.name.split(' ')[0] ?? '');
    return ends && compatible(m.r, gender) && m.r.gender !== null && (listed === null || listed === gender)
      ? m.r
      : null;
  }
  return null;
}

const AND = new Set(['and', '&']);

/**
 * Rule pronoun-possessive-coordinated: "Bey's former Destiny's Child bandmate Kelly Rowland, 36, and her husband Tim
 * Weatherspoon" (celebrity-111fake): a his/her opening the second of two coordinated people is the first one's, named
 * right before "and" (an age between commas at most). Salience gave it to Serena, whose wedding opened the sentence, as
 * "Kelly" has no gender in the names list; the coordination says whose husband he is. A name whose listed gender is the
 * other one is left to salience.
 */
export function possessiveCoordinated(ctx: Context, tokenIndex: number, gender: Gender): Referent | null {
  const { tokens } = ctx.doc;
  const t = at(tokens, tokenIndex);
  if (!POSSESSIVE_PRONOUNS.has(t.text.toLowerCase()) || !POSSESSED.has(tokens[tokenIndex + 1]?.pos ?? '')) return null;
  let k = tokenIndex - 1;
  if (!AND.has(tokens[k]?.text.toLowerCase() ?? '')) return null;
  k--;
  // ", 36," between the name and "and".
  if (tokens[k]?.text === ',' && tokens[k - 1]?.pos === 'NUM' && tokens[k - 2]?.text === ',') k -= 3;
  const last = tokens[k];
  if (!last || last.sentence !== t.sentence) return null;
  const named = (ctx.endingAt.get(last.end) ?? []).at(-1);
  if (!named || !compatible(named.r, gender)) return null;
  const listed = genderOf(named.r.entity.name.split(' ')[0] ?? '');
  return named.r.entity.type === 'person' && (listed === null || listed === gender) ? named.r : null;
}
