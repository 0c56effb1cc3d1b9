import { z } from 'zod';
import { readPrebuilt, writeTable } from './prebuilt.ts';

// What zod made of each data file the build parsed (build/extract/data-checked.json): the build inlines
// the files into its modules, so they cannot change after it, and the built CLI reads zod's result back with
// JSON.parse instead of checking them again (~25 ms of every start). Only a result that is plain JSON (no RegExp or
// Map a schema made) and the same for every parse of the file is kept. The sources have no table and check all.
const CHECKED = new URL('./data-checked.json', import.meta.url);
let checked: ReadonlyMap<string, string> | undefined;
// While building (RUMOURMILL_BUILDING=1): per file, zod's result as JSON, or null when it cannot be kept.
const seen = new Map<string, string | null>();

/** Only null, booleans, finite numbers, strings, arrays and plain objects: what JSON.parse gives back the same. */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(isPlainJson);
}

/**
 * A data file (a lexicon, the shipped model) checked against its schema at load, so a typo in data/ (a hedge
 * category spelled "modals", a list where a map belongs) stops the program with the file and the path of the
 * mistake, instead of typing wrong through an `as` cast. Every lexicon carries `source` and `note`: where its
 * words came from.
 */
export function parseData<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
  checked ??= new Map(Object.entries(JSON.parse(readPrebuilt(CHECKED)?.toString('utf8') ?? '{}') as object));
  const known = checked.get(file);
  if (known !== undefined) return JSON.parse(known) as z.infer<T>;
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`${file}: not as expected\n${z.prettifyError(parsed.error)}`);
  if (process.env.RUMOURMILL_BUILDING === '1') {
    const json = isPlainJson(parsed.data) ? JSON.stringify(parsed.data) : null;
    seen.set(file, seen.has(file) && seen.get(file) !== json ? null : json);
  }
  return parsed.data;
}

/** zod's results so far while building, by file, for those that can be kept. */
export function keptResults(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, json] of [...seen].sort(([a], [b]) => (a < b ? -1 : 1))) if (json !== null) out[file] = json;
  return out;
}

/** Writes them where this module reads them (`npm run build`); no inputs. */
export function writeCheckedData(): string[] {
  writeTable(CHECKED, `${JSON.stringify(keptResults())}\n`);
  return [];
}

/** The provenance every lexicon file states. */
export const provenance = { source: z.string().min(1), note: z.string().optional() };

export const words = z.array(z.string().min(1));
