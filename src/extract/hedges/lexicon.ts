import lexicon from '../../../data/lexicons/hedges.json' with { type: 'json' };
import { alternation } from '../text/index.ts';

export type HedgeCue = { form: string; category: string; modal: boolean; questionOnly: boolean; notBefore: Set<string> };

type CueGroup = { category: string; forms: string[]; modal?: boolean; questionOnly?: boolean; notBefore?: string[] };

// Curly and straight apostrophes are one: "it’s understood" is "it's understood".
const normalise = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');

const cues = new Map<string, HedgeCue>();
for (const group of lexicon.cues as CueGroup[]) {
  for (const form of group.forms) {
    cues.set(normalise(form), {
      form, category: group.category, modal: group.modal === true, questionOnly: group.questionOnly === true,
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
