import { venueFramesAfter, venueFramesBefore } from '../names/index.ts';
import { frameAt, lower, type MentionCue, type NamedLike } from './named-like-people.ts';
import { at } from '../../invariant/index.ts';

// Venues named like people: "The pair were seen leaving Giorgio Baldi together on Wednesday … Coincidentally, Giorgio
// Baldi is where Ben Affleck took his new girlfriend Lindsay Shookus" (celebrity-150legit). A restaurant called after
// its founder has a given name and a surname, and every mention of it was typed a person; then it paired with the
// people dining there. Decided per entity, not per mention: one mention with a venue's cue and none with a person's
// make the whole entity a place.

/** The cues of a venue, in order; the first that holds names the rule. */
export const VENUE_CUES: MentionCue[] = [
  {
    // venue-frame-before: "seen leaving Giorgio Baldi", "a birthday dinner at Petit Taqueria", "drinks at the
    // Cipriani" (cues.json venueFramesBefore): people are seen leaving, dine at and drink at a venue, not a person.
    name: 'venue-frame-before',
    // Not a possessive: "snapped arriving at Kendall's London hotel" (celebrity-195legit) is hers.
    test: (doc, s) => {
      if (s.possessive) return false;
      const first = lower(doc, s.first - 1) === 'the' ? s.first - 1 : s.first;
      return venueFramesBefore.some((frame) => frameAt(doc, frame, first - frame.length, s.first));
    },
  },
  {
    // venue-frame-after: "Giorgio Baldi is where Ben Affleck took his new girlfriend" (cues.json venueFramesAfter).
    name: 'venue-frame-after',
    test: (doc, s) => !s.possessive && venueFramesAfter.some((frame) => frameAt(doc, frame, s.last + 1, s.last)),
  },
  {
    // at-where: "to arrive at the famed Belmond Hotel Cipriani, where they were hosting a small welcome gathering"
    // (celebrity-083legit): a name after "at" that "where" takes up is a place.
    name: 'at-where',
    test: (doc, s) => {
      if (s.possessive || lower(doc, s.last + 1) !== ',' || lower(doc, s.last + 2) !== 'where') return false;
      let k = s.first - 1;
      while (k >= 0 && doc.tokens[k]?.sentence === at(doc.tokens, s.first).sentence && /^\p{Ll}/u.test(lower(doc, k)))
        if (lower(doc, k) === 'at') return true;
        else if (s.first - k >= 3) return false;
        else k--;
      return false;
    },
  },
];

/** Person entities that a venue's cue, and no person's, shows to be a place (named-like-people.ts). */
export const VENUES: NamedLike = { type: 'place', cues: VENUE_CUES };
