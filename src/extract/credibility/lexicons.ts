import sensational from '../../../data/lexicons/sensational.json' with { type: 'json' };
import sourcing from '../../../data/lexicons/sourcing.json' with { type: 'json' };

export type Cue = { start: number; end: number; text: string };

/** Finds any of `phrases` on word boundaries, case-insensitively; longest phrase wins at a position. */
export type PhraseMatcher = (text: string) => Cue[];

export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const escaped = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

// Compiled once: the lexicons are static data.
export const lexicon = {
  anonymous: phraseMatcher(sourcing.anonymous),
  onRecord: phraseMatcher(sourcing.onRecord),
  denials: phraseMatcher(sourcing.denials),
  hedges: phraseMatcher(sourcing.hedges),
  sensational: phraseMatcher(sensational.phrases),
};
