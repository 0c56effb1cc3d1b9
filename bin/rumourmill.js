#!/usr/bin/env node
// Runs the compiled build (build/, from `npm run build`, which `npm install` runs) when it is current, else the
// TypeScript sources through tsx. Current means: every file it was built from (build/stamp.json) still exists and is
// no newer than the build, so an edited source is never shadowed by a stale build; it is run from source until the
// next `npm run build` (`npm start` and `npm test` build first). RUMOURMILL_FROM_SOURCE=1 always runs the sources.
import { builtEntry } from './built.js';

const entry = process.env.RUMOURMILL_FROM_SOURCE === '1' ? null : builtEntry();
let main;
if (entry) ({ main } = await import(entry));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/index.ts'));
}
process.exitCode = await main(process.argv.slice(2));
