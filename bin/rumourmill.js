#!/usr/bin/env node
// Runs the compiled build (build/, from `npm run build`, which `npm install` runs) when it is current, else the
// TypeScript sources through tsx. Current means: every file it was built from (build/stamp.json) still exists and is
// no newer than the build, so an edited source is never shadowed by a stale build; it is run from source until the
// next `npm run build` (`npm start` and `npm test` build first). RUMOURMILL_FROM_SOURCE=1 always runs the sources.
// `extract` starts from the build's startup snapshot when it has one (bin/snapshot.js).
import { constants } from 'node:os';
import { builtEntry } from './built.js';

const args = process.argv.slice(2);
const entry = process.env.RUMOURMILL_FROM_SOURCE === '1' ? null : builtEntry();
const ended = entry && args[0] === 'extract' ? await (await import('./snapshot.js')).runFromSnapshot(args) : null;
if (ended) {
  // Killed (stopped, or a crash): this process goes the same way, or says so in its exit code.
  if (ended.signal) process.kill(process.pid, ended.signal);
  process.exitCode = ended.code ?? 128 + (constants.signals[ended.signal] ?? 0);
} else {
  let main;
  if (entry) ({ main } = await import(entry));
  else {
    const { register } = await import('tsx/esm/api');
    register();
    ({ main } = await import('../src/cli/index.ts'));
  }
  process.exitCode = await main(args);
}
