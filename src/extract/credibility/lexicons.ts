import { z } from 'zod';
import sensationalJson from '../../../data/lexicons/sensational.json' with { type: 'json' };
import sourcingJson from '../../../data/lexicons/sourcing.json' with { type: 'json' };
import { parseData, provenance, words } from '../data.ts';
import { alternation, matchesNotAfter } from '../text/index.ts';

export type Cue = { start: number; end: number; text: string };

/** Finds any of `phrases` on word boundaries, case-insensitively; longest phrase wins at a position. */
export type CueFinder = (text: string) => Cue[];

export function cueFinder(phrases: readonly string[]): CueFinder {
  // Equal lengths in alphabetical order, as the cues have always been tried. Whole words, as wholeWords() gives
  // them: no letter or digit after (in the pattern) or before (matchesNotAfter, which is faster than a lookbehind).
  const source = alternation([...phrases].sort((a, b) => a.localeCompare(b)));
  const pattern = new RegExp(`(?:${source})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) =>
    matchesNotAfter(pattern, LETTER_OR_DIGIT, text).map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    }));
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

const sourcing = parseData(
  z.object({ ...provenance, anonymous: words, onRecord: words, denials: words, hedges: words }),
  sourcingJson,
  'data/lexicons/sourcing.json',
);
const sensational = parseData(
  z.object({ ...provenance, phrases: words }),
  sensationalJson,
  'data/lexicons/sensational.json',
);

// Compiled once: the lexicons are static data.
export const lexicon = {
  anonymous: cueFinder(sourcing.anonymous),
  onRecord: cueFinder(sourcing.onRecord),
  denials: cueFinder(sourcing.denials),
  hedges: cueFinder(sourcing.hedges),
  sensational: cueFinder(sensational.phrases),
};
