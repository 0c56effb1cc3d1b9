// A work's result credited to the people its aside names: the takings, nominations or chart place of a film belong to
// the film, not to its cast or its subject. A refiner in the house pattern, run with the claims that assert nothing
// (refine.ts CLAIM_REFINERS).
import type { ClaimRefiner } from './refine.ts';
import { mentionsIn } from './entity-index.ts';

/** Types whose result a work earns itself: box office, nominations and awards, chart placings. */
const WORK_RESULTS = new Set(['money', 'award', 'chart', 'nomination']);

/**
 * The words that open an aside naming a work's cast or subject ("The movie, which stars Ben Stiller, …", "The Aviator,
 * starring Leonardo DiCaprio", "a film biography of Howard Hughes that leads the Oscar field"), then at most the names
 * before this one in its list, up to the mention.
 */
const CAST_OR_SUBJECT_THEN_NAMES =
  /(?:\b(?:which|that)\s+(?:also\s+)?(?:stars|starred|features|featured)|\bstarring|\b(?:film|movie|documentary|drama|biography|biopic|musical|play|portrait)\s+(?:of|about))\s+(?:(?:\p{Lu}[\p{L}'’.-]*|,|and|&)\s*)*$/u;

/** Whether a mention stands in a cast or subject aside. */
const inCastAside = (text: string, from: number, at: number): boolean =>
  CAST_OR_SUBJECT_THEN_NAMES.test(text.slice(Math.max(from, at - 160), at));

export const WORK_CREDITED: ClaimRefiner = {
  // "The movie, which stars Ben Stiller, Robert De Niro, Dustin Hoffman and Barbra Streisand, took $28.5m"
  // (bbc-entertainment-297), "The Aviator, a film biography of Howard Hughes that leads the Oscar field with 11
  // nominations, was at number six" (bbc-entertainment-049): the takings and the nominations are the film's; the
  // people its aside names are who is in it or who it is about. A subject named only there is dropped, and a claim
  // left with none with it.
  name: 'work-credited',
  apply: (c, ctx) => {
    if (!WORK_RESULTS.has(c.type)) return c;
    const { start, end } = c.evidence;
    const text = ctx.doc.text;
    const own = c.subjects.filter((s) => {
      const ms = mentionsIn(ctx, s, start, end);
      return ms.length === 0 || !ms.every((m) => inCastAside(text, start, m.start));
    });
    if (own.length === c.subjects.length) return c;
    return own.length === 0 ? null : { ...c, subjects: own };
  },
};
