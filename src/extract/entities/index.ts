// The entities stage's only door.
export { findEntities } from './find.ts';
export { titleCaseSentence } from './scan.ts';
