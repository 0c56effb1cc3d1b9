// The coreference stage's only door.
export { resolveCoreference } from './resolve.ts';
