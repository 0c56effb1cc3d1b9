import { z } from 'zod';
import data from '../../../data/lexicons/hedges.json' with { type: 'json' };
import { parseData, provenance, words } from '../data.ts';
import { alternation, escapeRegExp } from '../text/index.ts';
import { HEDGE_CATEGORIES, type HedgeCategory } from '../types.ts';

export type HedgeCue = {
  form: string;
  category: HedgeCategory;
  modal: boolean;
  questionOnly: boolean;
  notBefore: Set<string>;
  /** Words that undo the cue when they come right before it ("I could have been killed": the speaker's own past). */
  notAfter: Set<string>;
  notAfterQuote: boolean;
  /** The cue must be an adverb: "I kind of hit a wall", not "the kind of hat" (find.ts reads the tags around it). */
  adverbial: boolean;
  /** No hedge where it proposes an act ("suggested that we hire him"): find.ts's rule suggestion-as-proposal. */
  notProposal: boolean;
};

/** A cue a list of forms cannot spell ("according to well-placed sources"): one named pattern, read sentence by sentence. */
export type HedgeFrame = {
  name: string;
  category: HedgeCategory;
  pattern: RegExp;
  notAfterQuote: boolean;
  /**
   * Matches, in a sentence, wherever the pattern can (one of the frame's `needs` words, with the pattern's flags), or
   * null: a sentence it does not match is not scanned. Twelve patterns over every sentence were 7% of extraction, and
   * most have no fixed first word for the engine to look for; the gate is a plain word search.
   */
  gate: RegExp | null;
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
        notAfter: words.optional(),
        notAfterQuote: z.boolean().optional(),
        adverbial: z.boolean().optional(),
        notProposal: z.boolean().optional(),
      }),
    ),
    frames: z.array(
      z.object({
        name: z.string().min(1),
        category: z.enum(HEDGE_CATEGORIES),
        pattern: z.string().min(1),
        needs: words.optional(),
        notAfterQuote: z.boolean().optional(),
        note: z.string(),
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
      notBefore: new Set((group.notBefore ?? []).map(normalise)),
      notAfter: new Set((group.notAfter ?? []).map(normalise)),
      notAfterQuote: group.notAfterQuote === true,
      adverbial: group.adverbial === true,
      notProposal: group.notProposal === true,
    });
  }
}

// Longest forms first, so "could it be" wins over "could be" and "appears to" over "appear".
const forms = alternation(cues.keys());

/**
 * One regex over all cue forms; word-bounded, case-insensitive. A fresh instance per call keeps `lastIndex` local.
 * An apostrophe inside a word bounds nothing ("rock'n'roll"), but one that opens a quotation does: "'I believe that many
 * people are born witches,'" (celebrity-108fake), "I thought, 'Maybe there is a kernel of truth to that.'"
 */
export function cuePattern(): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?<![\\p{L}\\p{N}]['’])(?:${forms})(?![\\p{L}\\p{N}-])`, 'giu');
}

/**
 * cuePattern() as the forms and what may not stand before them, apart, for matchesNotAfter(forms, CUE_BEFORE, text, 3):
 * the same matches, but a pattern that opens on lookbehinds is tried at every position of the text, while one that
 * opens on its forms skips to where they may start (the cue pass took half the time over the development articles).
 * CUE_BEFORE reads the three code units before a match: the code point before it, or a letter or digit and a quote.
 */
export const cueForms = (): RegExp => new RegExp(`(?:${forms})(?![\\p{L}\\p{N}-])`, 'giu');
export const CUE_BEFORE = /[\p{L}\p{N}-]$|[\p{L}\p{N}]['’]$/u;

/** The cue entry for a matched string (whitespace, apostrophes and case normalised). */
export function cueFor(matched: string): HedgeCue | undefined {
  return cues.get(normalise(matched));
}

/** The frames of the lexicon, in its order; each pattern is global, case-insensitive and keeps group offsets. */
export const frames: readonly HedgeFrame[] = lexicon.frames.map((f) => ({
  name: f.name,
  category: f.category,
  pattern: new RegExp(f.pattern, 'giud'),
  notAfterQuote: f.notAfterQuote === true,
  // The pattern's case-insensitive Unicode matching, so that whatever the pattern matches contains what the gate finds.
  gate: f.needs ? new RegExp(f.needs.map(escapeRegExp).join('|'), 'iu') : null,
}));
