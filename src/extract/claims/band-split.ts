// A band's split is the band's story, not a couple's. A refiner in the house pattern (refine.ts CLAIM_REFINERS), run
// first: the pair rules after it would otherwise make a couple of two of its members.
import type { Claim } from '../types.ts';
import type { ClaimRefiner } from './refine.ts';
import { allMentionsIn } from './entity-index.ts';

/** The words of a split as the band's own verb or noun (as refine.ts spells a couple's). */
const SPLIT_VERB = String.raw`(?:split(?:\s+up)?|broken\s+up|broke\s+up|break\s+up|breaking\s+up|splitting(?:\s+up)?|disbanded|parted\s+ways)`;
const SPLIT_NOUN = String.raw`(?:split|break-?up|demise)`;

/**
 * After the band's name, pronoun or "the band": its auxiliaries and adverbs, then the verb ("Pop band Busted have split
 * up", "the band split up in 1982", "they have decided to split"); after its possessive, at most three words, then the
 * noun ("Busted's long-rumoured split", "the band's split", "their split").
 */
const AFTER_SUBJECT = new RegExp(
  String.raw`^\s+(?:(?:have|has|had|are|is|were|was|will|would|to|be|been|being|finally|officially|reportedly|decided|announced|confirmed|agreed|set|going|now|later|eventually|since)\s+)*${SPLIT_VERB}\b`,
  'iu',
);
const AFTER_POSSESSOR = new RegExp(String.raw`^\s*(?:[\p{L}'’-]+\s+){0,3}?${SPLIT_NOUN}\b`, 'iu');

/**
 * Rule band-split: "Confirmation of Busted's long-rumoured split had come earlier in the day, when Simpson held a press
 * conference in London with bandmates Matt Willis and James Bourne" (bbc-entertainment-239): the split is the band's,
 * so it is the band's own story (type band-split, as the gold guide's annotators name it), not a break-up of the two
 * members the sentence names. Its holder, stance and time stay as read.
 */
export const BAND_SPLIT: ClaimRefiner = {
  name: 'band-split',
  apply: (c: Claim, ctx) => {
    if (c.type !== 'relationship' || c.value !== 'split') return c;
    const { start, end } = c.evidence;
    const text = ctx.doc.text;
    const band = allMentionsIn(ctx, start, end).find((m) => {
      if (m.entity.type !== 'group') return false;
      const rest = text.slice(m.mention.end, Math.min(end, m.mention.end + 80));
      const possessive =
        m.mention.kind === 'possessive' || /^['’]s?\b/u.test(rest) || /^(?:their|its)$/i.test(m.mention.text);
      return possessive ? AFTER_POSSESSOR.test(rest.replace(/^['’]s?/u, '')) : AFTER_SUBJECT.test(rest);
    });
    if (!band) return c;
    return { ...c, type: 'band-split', value: 'split', subjects: [band.entity.id], rule: `${c.rule}+band-split` };
  },
};
