import { z } from 'zod';
import data from '../../../data/lexicons/hedges.json' with { type: 'json' };
import { parseData, provenance, words } from '../data.ts';
import { alternation } from '../text/index.ts';
import { HEDGE_CATEGORIES, type HedgeCategory } from '../types.ts';

export type HedgeCue = {
  form: string;
  category: HedgeCategory;
  modal: boolean;
  questionOnly: boolean;
  notBefore: Set<string>;
};

const lexicon = parseData(
  z.object({
    ...provenance,
    cues: z.array(
      z.object({
        category: z.enum(HEDGE_CATEGORIES),
        forms: words,
        modal: z.boolean().optional(),
        questionOnly: z.boolean().optional(),
        notBefore: words.optional(),
      }),
    ),
  }),
  data,
  'data/lexicons/hedges.json',
);

// Curly and straight apostrophes are one: "it’s understood" is "it's understood".
const normalise = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');

const cues = new Map<string, HedgeCue>();
for (const group of lexicon.cues) {
  for (const form of group.forms) {
    cues.set(normalise(form), {
      form,
      category: group.category,
      modal: group.modal === true,
      questionOnly: group.questionOnly === true,
      notBefore: new Set(group.notBefore ?? []),
    });
  }
}

// Longest forms first, so "could it be" wins over "could be" and "appears to" over "appear".
const forms = alternation(cues.keys());

/** One regex over all cue forms; word-bounded, case-insensitive. A fresh instance per call keeps `lastIndex` local. */
export function cuePattern(): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${forms})(?![\\p{L}\\p{N}-])`, 'giu');
}

/** The cue entry for a matched string (whitespace, apostrophes and case normalised). */
export function cueFor(matched: string): HedgeCue | undefined {
  return cues.get(normalise(matched));
}
