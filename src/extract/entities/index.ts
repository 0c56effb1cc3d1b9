// The entities stage's only door.
export { findEntities } from './find.ts';
export { epithetHeads, firstNames, lexiconType, nicknames, roleCovers, titles, cues, type EpithetHead, type Gender } from './lexicons.ts';
export { sentenceInitial } from './scan.ts';
