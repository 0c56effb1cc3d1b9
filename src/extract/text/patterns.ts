// One way to turn lexicon phrases into regex source, for the stages that match word lists on characters
// (hedges, credibility cues, debris credits, time words, names spelled out in prose).

/** A literal for a regex: "Getty Images (US)" matches only itself. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A lexicon phrase as regex source that forgives the text's spacing and apostrophes: "it's understood" also
 * matches "it’s  understood" (curly apostrophe, two spaces, a line break).
 */
export const phraseSource = (phrase: string): string =>
  escapeRegExp(phrase).replace(/['’]/g, "['’]").replace(/ /g, '\\s+');

/**
 * Phrases as one alternation, longest first, so "could it be" wins over "could be" where both start; phrases of
 * one length keep the order they were given in.
 */
export function alternation(phrases: Iterable<string>, source: (phrase: string) => string = phraseSource): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(source)
    .join('|');
}

/** Source that matches only as whole words: no letter or digit right before or after ("Getty" not in "Gettysburg"). */
export const wholeWords = (source: string): string => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
