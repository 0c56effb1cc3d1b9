import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { at } from '../invariant/index.ts';

// Tables `npm run build` computes once (build-prebuilt.ts lists them) and writes into build/ at the place of the module
// that reads them, where its `new URL('./name', import.meta.url)` finds them: what `rumourmill extract` on one article
// would otherwise compute at every start, from data/ and from packages, before it reads a word. The sources have none
// beside them and compute the same tables as before, so tests and `npx tsx` need no build; each table's test checks it
// gives what it replaces, to the bit.

/** The prebuilt file at `url` (in build/), or null when there is none (running the sources). */
export function readPrebuilt(url: URL): Buffer | null {
  try {
    return readFileSync(url);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes a table at `url`, its directory made first (in the bundled build no module is left there). */
export function writeTable(url: URL, data: string | Buffer): void {
  mkdirSync(new URL('.', url), { recursive: true });
  writeFileSync(url, data);
}

const requireCjs = createRequire(import.meta.url);

/**
 * The installed versions of the packages a table was made with, as `name@version` joined: a table records them and is
 * used only while they are still installed (npm may keep a package file's old mtime, so the build's stamp cannot tell).
 */
export function versionsOf(packages: readonly string[]): string {
  return packages
    .map((name) => {
      const { version } = JSON.parse(readFileSync(requireCjs.resolve(`${name}/package.json`), 'utf8')) as {
        version: string;
      };
      return `${name}@${version}`;
    })
    .join(' ');
}

/**
 * Keys in UTF-16 order (JavaScript's `<`, as `sort()` orders strings), one a line of a single string, found by binary
 * search. A table of 100k entries costs one pass for its line starts, where a Map of them costs ~25 ms to build and
 * an array of them ~10 ms to split, and one article asks for only ~1,000 of them. A process that goes on asking (a
 * corpus: ~1,500 look-ups an article) is better served by hashing: after `hashAfter` look-ups an open-addressing
 * table of the rows (typed arrays, FNV-1a over the code units, a key compared in place) is built in one pass over the
 * text, with no string cut out of it: ~3 ms for 100k keys where a Map of them cost ~25 ms and held 100k strings, so it
 * pays for itself after ~10 articles rather than ~130. Keys hold no newline and are distinct.
 */
export class SortedKeys {
  /** Where each key starts, and one past the last key's end (as if the text ended with a newline). */
  private readonly starts: Uint32Array;
  private asked = 0;
  /** Row + 1 of the key in each slot (0: empty), once built; `mask` is its length - 1. */
  private slots: Int32Array | null = null;
  private mask = 0;

  constructor(
    private readonly lines: string,
    private readonly hashAfter = 20_000,
  ) {
    let count = lines === '' ? 0 : 1;
    for (let at = lines.indexOf('\n'); at >= 0; at = lines.indexOf('\n', at + 1)) count++;
    this.starts = new Uint32Array(count + 1);
    let row = 1;
    for (let at = lines.indexOf('\n'); at >= 0; at = lines.indexOf('\n', at + 1)) this.starts[row++] = at + 1;
    this.starts[count] = lines.length + 1;
  }

  static of(keys: readonly string[], hashAfter?: number): SortedKeys {
    return new SortedKeys(keys.join('\n'), hashAfter);
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** The key's row, or undefined. */
  get(key: string): number | undefined {
    if (this.slots) return this.hashed(this.slots, key);
    if (++this.asked > this.hashAfter) return this.hashed(this.buildSlots(), key);
    const { lines, starts } = this;
    let low = 0;
    let high = starts.length - 2;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      // The key of row `mid` against `key`, code unit by code unit, without slicing it out.
      const from = at(starts, mid);
      const length = at(starts, mid + 1) - 1 - from;
      const shared = Math.min(length, key.length);
      let order = 0;
      for (let k = 0; k < shared && order === 0; k++) order = lines.charCodeAt(from + k) - key.charCodeAt(k);
      if (order === 0) order = length - key.length;
      if (order < 0) low = mid + 1;
      else if (order > 0) high = mid - 1;
      else return mid;
    }
    return undefined;
  }

  private buildSlots(): Int32Array {
    const { lines, starts, size } = this;
    // At most half full, so a probe ends after ~1.5 slots on average.
    let length = 2;
    while (length < 2 * size) length *= 2;
    const slots = new Int32Array(length);
    const mask = length - 1;
    for (let row = 0; row < size; row++) {
      let slot = fnv(lines, at(starts, row), at(starts, row + 1) - 1) & mask;
      while (at(slots, slot) !== 0) slot = (slot + 1) & mask;
      slots[slot] = row + 1;
    }
    this.mask = mask;
    this.slots = slots;
    return slots;
  }

  private hashed(slots: Int32Array, key: string): number | undefined {
    const { lines, starts, mask } = this;
    for (let slot = fnv(key, 0, key.length) & mask; ; slot = (slot + 1) & mask) {
      const row = at(slots, slot) - 1;
      if (row < 0) return undefined;
      const from = at(starts, row);
      if (at(starts, row + 1) - 1 - from === key.length && lines.startsWith(key, from)) return row;
    }
  }
}

/** FNV-1a over the UTF-16 code units of text[from, to), as a signed 32-bit integer (kept a small integer for V8). */
function fnv(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return hash;
}

/** Sorted as SortedKeys searches: by UTF-16 code units. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
