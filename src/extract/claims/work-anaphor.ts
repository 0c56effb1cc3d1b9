// A casting whose work is "the film", "the programme": the work named just before. A refiner in the house pattern
// (refine.ts CLAIM_REFINERS), after the work a casting names itself has gone to `implied` (casting-work-implied).
import type { Claim } from '../types.ts';
import type { ClaimRefiner, RefineContext } from './refine.ts';
import { allMentionsIn, entityOf } from './entity-index.ts';
import { sentenceIndexAt } from '../doc.ts';
import { tokenIndexAt } from '../text/sentence-index.ts';
import { identifyingWork, leadSentence, quotedAt } from './subjects.ts';
import { DEFINITE_WORK } from './work-phrase.ts';
import { at } from '../../invariant/index.ts';

/**
 * Whether the work noun ending at `end` heads its phrase: "the series finale aired on April 7" (celebrity-015fake) is
 * an episode, "the film rights" are rights; a noun or adjective next makes the work noun a modifier.
 */
function headsItsPhrase(ctx: RefineContext, end: number): boolean {
  const next = ctx.doc.tokens[tokenIndexAt(ctx.doc, end)];
  return next === undefined || !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(next.pos);
}

/** A name right after these verbs is the part played, not the work: "will play Fern, the girl at the centre of the story". */
const PART = /\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying|voice|voices|voiced|voicing)\s+$/i;

/** Sentences back a work's name may stand from the phrase that refers to it. */
const REACH = 2;

/**
 * The work the phrase at `phraseAt` refers to: the last one named before it, within REACH sentences. Not a possessor
 * ("will play J. Lo's boyfriend in the new movie", celebrity-117legit, names whose boyfriend), not a work that says who
 * someone is ("with Goldeneye director Martin Campbell behind the camera", bbc-entertainment-347), not a quoted title
 * in the lead ("In today's installment of "Why Is This Happening?"", celebrity-015fake: a column), not the part after
 * "play" ("Dakota Fanning will play Fern … in the film", bbc-entertainment-302).
 */
function antecedent(ctx: RefineContext, phraseAt: number): string | null {
  const { doc } = ctx;
  const sentence = sentenceIndexAt(doc, phraseAt);
  if (sentence < 0) return null;
  const from = at(doc.sentences, Math.max(0, sentence - REACH)).start;
  const lead = leadSentence(doc);
  const works = allMentionsIn(ctx, from, phraseAt).filter((m) => {
    if (m.entity.type !== 'work' || m.mention.kind === 'possessive') return false;
    if (PART.test(doc.text.slice(Math.max(0, m.mention.start - 12), m.mention.start))) return false;
    const own = sentenceIndexAt(doc, m.mention.start);
    if (own < 0 || identifyingWork(doc, at(doc.sentences, own).start, m)) return false;
    return !(own === lead && quotedAt(doc, m.mention.start));
  });
  return works.at(-1)?.entity.id ?? null;
}

/**
 * Rule casting-work-anaphor: "Veteran presenter Bruce Forsyth and Tess Daly will host the programme" after "… on BBC
 * One's Strictly Ice Dancing" (bbc-entertainment-188), "Slater, 35, is replacing actor Dallas Roberts in the Tennessee
 * Williams drama" after "… the Broadway revival of The Glass Menagerie" (bbc-entertainment-019): a
 * casting whose sentence names no work but refers to one with a definite work noun is a casting in the work named last
 * before it, in that sentence or the two before. The ledger files it with that work (evidence.ts reads `implied`); a
 * casting with no work makes no story. Nothing is guessed when no work was named.
 */
export const CASTING_WORK_ANAPHOR: ClaimRefiner = {
  name: 'casting-work-anaphor',
  apply: (c: Claim, ctx: RefineContext) => {
    if (c.type !== 'casting' || c.implied?.length) return c;
    if (c.subjects.some((s) => entityOf(ctx, s)?.type !== 'person')) return c;
    const { start, end } = c.evidence;
    for (const m of ctx.doc.text.slice(start, end).matchAll(DEFINITE_WORK)) {
      if (!headsItsPhrase(ctx, start + m.index + m[0].length)) continue;
      const work = antecedent(ctx, start + m.index);
      if (work) return { ...c, implied: [work] };
    }
    return c;
  },
};
