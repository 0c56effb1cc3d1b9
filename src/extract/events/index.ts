export { findEvents } from './find.ts';
