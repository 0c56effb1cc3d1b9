export { findEvents } from './find.ts';
// Shared with the claims stage, which reads sentences the same way.
export { indexSentences, tokenIndexAt, type Located, type SentenceIndex } from './mentions.ts';
export { PhraseMatcher, type PhraseMatch } from './phrases.ts';
