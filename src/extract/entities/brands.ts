import type { Doc } from '../doc.ts';
import { brandFramesBefore, brandNounsAfter } from '../names/index.ts';
import { SEASONS } from '../times/lexicon.ts';
import { frameAt, lower, type MentionCue, type NamedLike } from './named-like-people.ts';
import { at } from '../../invariant/index.ts';

// Brands named like people: "the Logan Lucky actress headed to fashion shows for Lanyu and Ralph Lauren"
// (celebrity-138legit). A fashion or beauty house called after its founder has a given name and a surname; typed a
// person, it took "he" and "The actor" from the man beside it and paired with the actress. Decided per entity, as
// venues.ts does for places: a mention with a brand's cue and none with a person's ("designer Ralph Lauren said")
// make the whole entity an organization (cues.json brandFramesBefore, brandNounsAfter).

// "wore custom Zac Posen designs", "wearing a white Ralph Lauren pantsuit": a determiner and a few lower-case
// describing words may stand between the frame and the name.
const BETWEEN = new Set(['DET', 'ADJ']);
const MAX_BETWEEN = 3;

/** The token before the name once the describing words in between are passed over. */
function beforeDescribers(doc: Doc, first: number): number {
  let k = first - 1;
  const sentence = at(doc.tokens, first).sentence;
  for (let n = 0; n < MAX_BETWEEN; n++) {
    const t = doc.tokens[k];
    if (!t || t.sentence !== sentence || !BETWEEN.has(t.pos) || !/^\p{Ll}/u.test(t.text)) break;
    k--;
  }
  return k;
}

/**
 * The token before a list the name ends: "for Lanyu and Ralph Lauren", "(Chanel, Marc Jacobs and Givenchy)" read back
 * over one "and" or comma and the capitalised words before it; `first` itself when no list leads up to the name.
 */
function listStart(doc: Doc, first: number): number {
  const joint = lower(doc, first - 1);
  if (joint !== 'and' && joint !== ',' && joint !== '&') return first;
  let k = first - 2;
  const sentence = at(doc.tokens, first).sentence;
  let words = 0;
  while (words < 3 && doc.tokens[k]?.sentence === sentence && /^\p{Lu}/u.test(doc.tokens[k]?.text ?? '')) {
    k--;
    words++;
  }
  return words > 0 ? k + 1 : first;
}

// Speed: the frames by their last word, the nouns by their first, so that a mention reads only the frames its
// neighbouring word can end or open, not every frame.
const byWord = (frames: string[][], pick: (f: string[]) => string | undefined): Map<string, string[][]> => {
  const out = new Map<string, string[][]>();
  for (const f of frames) {
    const word = pick(f) ?? '';
    out.set(word, [...(out.get(word) ?? []), f]);
  }
  return out;
};
const FRAMES_BY_LAST = byWord(brandFramesBefore, (f) => f.at(-1));
const NOUNS_BY_FIRST = byWord(brandNounsAfter, (f) => f[0]);

const frameEndsAt = (doc: Doc, k: number, from: number): boolean =>
  (FRAMES_BY_LAST.get(lower(doc, k)) ?? []).some((frame) => frameAt(doc, frame, k - frame.length + 1, from));

/** The cues of a brand, in order; the first that holds names the rule. */
export const BRAND_CUES: MentionCue[] = [
  {
    // brand-frame-before: "wearing Ralph Lauren", "the new face of Estée Lauder" (celebrity-084legit), "fashion shows
    // for Lanyu and Ralph Lauren" (celebrity-138legit): one wears, fronts and walks for a label, not a person.
    // Not a possessive: "wore Kim Kardashian's dress" is hers.
    name: 'brand-frame-before',
    test: (doc, s) => {
      if (s.possessive) return false;
      const first = listStart(doc, s.first);
      return frameEndsAt(doc, beforeDescribers(doc, first), s.first);
    },
  },
  {
    // brand-noun-after: "a $4,000 white Ralph Lauren pantsuit" (celebrity-012legit), "Stuart Weitzman shoes"
    // (celebrity-184legit), "the new Karl Lagerfeld spring ad campaign" (celebrity-084legit): a name before a garment,
    // a store or a campaign is the label's. A possessive only before a season's line ("Ralph Lauren's spring
    // collection"): "Kim Kardashian's dress" is the one she wore.
    name: 'brand-noun-after',
    test: (doc, s) => {
      const after = s.last + 1 + (s.possessive && /^['’]s?$/u.test(lower(doc, s.last + 1)) ? 1 : 0);
      const season = Object.hasOwn(SEASONS, lower(doc, after));
      if (s.possessive && !season) return false;
      const k = after + (season ? 1 : 0);
      return (NOUNS_BY_FIRST.get(lower(doc, k)) ?? []).some(
        (frame) => frameAt(doc, frame, k, s.last) && nounAt(doc, k, frame.length),
      );
    },
  },
];

// "There are millions of people who love the thrill rides that Michael designs for them" (celebrity-058legit): a
// one-word cue that is the name's verb is no garment.
const nounAt = (doc: Doc, k: number, length: number): boolean => length > 1 || doc.tokens[k]?.pos !== 'VERB';

/** Person entities that a brand's cue, and no person's, shows to be an organization (named-like-people.ts). */
export const BRANDS: NamedLike = { type: 'organization', cues: BRAND_CUES };
