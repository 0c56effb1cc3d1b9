// The api stage's only door.
export { createApp } from './app.ts';
export { isLoopback } from './guard.ts';
export type { App, AppOptions } from './app.ts';
export { ApiError } from './errors.ts';
export { listen } from './server.ts';
export type { ListenOptions, RunningServer } from './server.ts';
