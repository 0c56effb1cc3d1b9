import type { Gender } from '../names/index.ts';
import type { Context } from './choose.ts';
import { compatible, type Referent } from './salience.ts';
import { at } from '../../invariant/index.ts';

// Rules that give a he/she the subject of the clause it hangs on, before salience is asked. In order:
//   1. pronoun-subordinate-subject: a subordinate clause after its main clause (", while he was preparing"), or after
//      the "who" clause it stands in ("Pamela Travers, who is said to have cried when she…").

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
