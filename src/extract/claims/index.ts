export { findClaims } from './find.ts';
