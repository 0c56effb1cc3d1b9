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
 *
 * With the default `source`, the alternation is written as a trie ("could(?:\\s+it\\s+be|\\s+be)"), which matches
 * exactly what the flat list matches, in the same order of preference: a regex engine tries the flat list one phrase
 * after another at every position of the text, and the 219 hedge forms cost ~40 ms a pass over the development
 * articles, ~28 ms as a trie. See trieSource for why the two agree.
 */
export function alternation(phrases: Iterable<string>, source: (phrase: string) => string = phraseSource): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return (source === phraseSource ? trieSource(sorted) : null) ?? sorted.map(source).join('|');
}

/** What phraseSource makes of one character: spaces and apostrophes match a class of characters. */
const unitSource = (unit: string): string => (unit === ' ' ? '\\s+' : unit === "'" ? "['’]" : escapeRegExp(unit));

type TrieNode = { next: Map<string, TrieNode>; ends: boolean };

/**
 * The phrases (of phraseSource) as a trie of their characters, straight and curly apostrophes as one; null when
 * the trie could prefer another phrase than the flat list, which then stands.
 *
 * Why they agree. phraseSource turns each character into a unit that matches one character (a letter, an
 * apostrophe of either kind) or, for a space, the whole run of spaces before the next word. Where two phrases
 * both match at one place in a text, the text fixes each unit in turn, so the shorter phrase's units begin the
 * longer one's: both lie on one path of the trie. The trie tries a longer phrase on its path before a shorter one
 * (a node's "ends here" is its last choice), as the flat list, longest first, does; and a regex around the
 * alternation (a word boundary after it) that refuses the longer one backtracks to the shorter one in both.
 * Phrases on different paths never match at one place, so their order does not matter. Two things would break
 * the argument, and give null: two characters at one node that differ only in case ("Sources" and "sources say"
 * both match under the `i` flag, on different paths), and whitespace other than single spaces between words.
 */
function trieSource(phrases: string[]): string | null {
  if (phrases.some((p) => p === '' || /^\s|\s$|\s\s|[^\S ]/.test(p))) return null;
  const root: TrieNode = { next: new Map(), ends: false };
  for (const phrase of phrases) {
    let node = root;
    for (const ch of phrase) {
      const unit = ch === '’' ? "'" : ch;
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: new Map(), ends: false }));
      node = child;
    }
    node.ends = true;
  }
  const write = (node: TrieNode): string | null => {
    const units = [...node.next.keys()];
    const lower = new Set(units.map((u) => u.toLowerCase()));
    const upper = new Set(units.map((u) => u.toUpperCase()));
    if (lower.size !== units.length || upper.size !== units.length) return null;
    const branches: string[] = [];
    for (const [unit, child] of node.next) {
      const rest = write(child);
      if (rest === null) return null;
      branches.push(unitSource(unit) + rest);
    }
    if (branches.length === 0) return '';
    if (branches.length === 1 && !node.ends) return branches.join('');
    return `(?:${branches.join('|')}${node.ends ? '|' : ''})`;
  };
  return write(root);
}

/** Source that matches only as whole words: no letter or digit right before or after ("Getty" not in "Gettysburg"). */
export const wholeWords = (source: string): string => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;

/**
 * `[...text.matchAll(pattern)]`, without matchAll's copy of the pattern: matchAll clones it at every call, and a clone
 * of a lexicon-sized pattern costs ~7 µs before it reads a character (a bare exec ~0.1 µs), which adds up where a
 * pattern is run for every clause. Same matches, from the same lastIndex (the pattern's own, as the clone copies it),
 * an empty one stepping on as matchAll does; the pattern's lastIndex is left as it was. `pattern` must be global.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new Error(`execAll: ${String(pattern)} must be global`);
  const from = pattern.lastIndex;
  const found: RegExpExecArray[] = [];
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      found.push(m);
      if (m[0] === '') pattern.lastIndex = m.index + (pattern.unicode && isPairAt(text, m.index) ? 2 : 1);
    }
  } finally {
    pattern.lastIndex = from;
  }
  return found;
}

/**
 * `pattern`'s matches in `text` that do not follow a character `before` matches, as a leading `(?<![…])` would give
 * them, with the lookbehind taken out of the pattern: a regex that opens on a lookbehind is tried at every position of
 * the text, while one that opens on its words can skip ahead to where they may start (the credibility cues' five
 * lexicons, wholeWords(): 110 ms a pass over the development articles with the lookbehind, 45 ms without). A match
 * that follows such a character is dropped and the search goes on from the next character, as the engine goes on
 * after the lookbehind fails there, so the matches are the same. `pattern` must be global (`g`, not sticky); `before`
 * tests one code point, the one before the match, or with `reach` the last `reach` code units before it (a lookbehind
 * of several characters: anchor `before` with `$`). Each dropped match is read again from its next character: keep
 * `pattern`'s matches short (lexicon phrases), not open-ended runs ("[A-Z]{4,}" after a letter would be quadratic).
 */
export function matchesNotAfter(pattern: RegExp, before: RegExp, text: string, reach?: number): RegExpExecArray[] {
  if (!pattern.global || pattern.sticky) throw new Error(`matchesNotAfter: ${String(pattern)} must be global`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const at = m.index;
    if (
      at > 0 &&
      before.test(reach === undefined ? codePointBefore(text, at) : text.slice(Math.max(0, at - reach), at))
    ) {
      // On from the next character (a whole surrogate pair, as a unicode pattern steps).
      pattern.lastIndex = at + (isPairAt(text, at) ? 2 : 1);
      continue;
    }
    found.push(m);
    // An empty match moves on by one, as matchAll does.
    if (m[0] === '') pattern.lastIndex = at + (isPairAt(text, at) && pattern.unicode ? 2 : 1);
  }
  return found;
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const isPairAt = (text: string, at: number): boolean => isHigh(text.charCodeAt(at)) && isLow(text.charCodeAt(at + 1));

/** The code point ending at `at` (a surrogate pair whole). */
const codePointBefore = (text: string, at: number): string =>
  at >= 2 && isLow(text.charCodeAt(at - 1)) && isHigh(text.charCodeAt(at - 2))
    ? text.slice(at - 2, at)
    : text.slice(at - 1, at);
