export { findHedges } from './find.ts';
