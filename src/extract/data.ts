import { z } from 'zod';
import { readPrebuilt, writeTable } from './prebuilt.ts';

// Data files `npm run build` parsed at load and found unchanged by parsing (no key stripped, no default added): the
// build inlines them into its modules, so they cannot change after it, and the built CLI takes them as they are,
// without zod's ~25 ms of checking at every start. Beside the compiled module; the sources have none and check all.
const CHECKED = new URL('./data-checked.json', import.meta.url);
let checked: ReadonlySet<string> | undefined;
// While building (RUMOURMILL_BUILDING=1): per file, whether every parse of it gave back what it holds.
const seen = new Map<string, boolean>();

/**
 * A data file (a lexicon, the shipped model) checked against its schema at load, so a typo in data/ (a hedge
 * category spelled "modals", a list where a map belongs) stops the program with the file and the path of the
 * mistake, instead of typing wrong through an `as` cast. Every lexicon carries `source` and `note`: where its
 * words came from.
 */
export function parseData<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
  checked ??= new Set(JSON.parse(readPrebuilt(CHECKED)?.toString('utf8') ?? '[]') as string[]);
  if (checked.has(file)) return data as z.infer<T>;
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`${file}: not as expected\n${z.prettifyError(parsed.error)}`);
  if (process.env.RUMOURMILL_BUILDING === '1')
    seen.set(file, (seen.get(file) ?? true) && JSON.stringify(parsed.data) === JSON.stringify(data));
  return parsed.data;
}

/** The files parsed so far while building whose every parse gave back what they hold, sorted. */
export function unchangedByParsing(): string[] {
  return [...seen]
    .filter(([, same]) => same)
    .map(([file]) => file)
    .sort();
}

/** Writes them beside this module (`npm run build`); no inputs. */
export function writeCheckedData(): string[] {
  writeTable(CHECKED, `${JSON.stringify(unchangedByParsing())}\n`);
  return [];
}

/** The provenance every lexicon file states. */
export const provenance = { source: z.string().min(1), note: z.string().optional() };

export const words = z.array(z.string().min(1));
