// Is build/ (scripts/build.js) current? Checked at every start: one stat per input, ~230 files, about 2 ms.
import { readFileSync, statSync } from 'node:fs';
import { URL } from 'node:url';

const ROOT = new URL('../', import.meta.url);
const STAMP = new URL('build/stamp.json', ROOT);
const ENTRY = new URL('build/cli/index.js', ROOT);

/**
 * Why build/ cannot be used (`missing`, `stale: src/cli/index.ts`), or null when it is current.
 * @example staleness() // 'stale: src/extract/pipeline.ts' after that file was saved
 */
export function staleness() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return 'missing';
  }
  if (typeof stamp?.builtAt !== 'number' || !Array.isArray(stamp.inputs)) return 'missing';
  for (const input of stamp.inputs) {
    // mtimeMs, not whole seconds: a file saved in the same second as the build still counts.
    const mtime = statSync(new URL(input, ROOT), { throwIfNoEntry: false })?.mtimeMs;
    if (mtime === undefined || mtime > stamp.builtAt) return `stale: ${input}`;
  }
  return null;
}

/** The built CLI's module URL when build/ is current, else null (run the sources). */
export function builtEntry() {
  return staleness() === null ? ENTRY.href : null;
}
