// Text tools shared by the stages: phrases matched on tokens, mentions and times indexed by sentence, a token's
// neighbours, lexicon phrases compiled to regex source, binary search. The tokeniser itself is ../tokens.
export { PhraseMatcher, type PhraseMatch } from './phrase-matcher.ts';
export { indexSentences, tokenIndexAt, type Located, type LocatedTime, type SentenceIndex } from './sentence-index.ts';
export { modifiesNoun } from './token-context.ts';
export { alternation, escapeRegExp, execAll, matchesNotAfter, phraseSource, wholeWords } from './patterns.ts';
export { endingIn, firstIndex, firstStartingAt, insideAny, lyingIn, startingIn } from './sorted.ts';
