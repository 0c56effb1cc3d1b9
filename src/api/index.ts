// The api stage's only door.
export { createApp } from './app.ts';
export type { AppOptions } from './app.ts';
export { ApiError } from './errors.ts';
