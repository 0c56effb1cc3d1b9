import { createRequire } from 'node:module';
import type { getGender } from 'gender-detection-from-name';
import { byCodeUnits, readPrebuilt, SortedKeys, versionsOf, writeTable } from '../prebuilt.ts';

// The gender-detection-from-name package's name lists are 2 MB of CommonJS Maps (67k names in six languages):
// compiling and running them cost `rumourmill extract` ~75 ms of CPU on most articles. `npm run build` writes what
// `getGender(name, 'en')` answers for each of its names (build/extract/names/package-genders.json: the names
// sorted, one string, and their genders as one letter each), and a name is found by binary search. The sources load
// the package itself.

type Answer = ReturnType<typeof getGender>;
const requireCjs = createRequire(import.meta.url);
const LANGUAGES = ['en', 'it', 'es', 'fr', 'de', 'tr'];
const TABLE = new URL('./package-genders.json', import.meta.url);
// The package version the table was made from: another one's table is left unused.
const PACKAGES = ['gender-detection-from-name'];
export type GenderTable = { made: string; names: string; genders: string };

/** The package's own answer: its English list first, then the others in the order getGender() tries them. */
export const fromPackage = (): ((name: string) => Answer) => {
  const { getGender: answer } = requireCjs('gender-detection-from-name') as { getGender: typeof getGender };
  return (name) => answer(name, 'en');
};

/** What `getGender(name, 'en')` answers, from the build's table when there is one, else from the package. */
export function packageGender(): (name: string) => Answer {
  const bytes = readPrebuilt(TABLE);
  return (bytes && fromTable(JSON.parse(bytes.toString('utf8')) as GenderTable)) ?? fromPackage();
}

/** The table's answers; null when it was made from another version of the package. */
export function fromTable(table: GenderTable): ((name: string) => Answer) | null {
  if (table.made !== versionsOf(PACKAGES)) return null;
  const keys = new SortedKeys(table.names);
  const { genders } = table;
  return (name) => {
    // getGender() lower-cases the name and answers 'unknown' for an empty one.
    const row = name ? keys.get(name.toLowerCase()) : undefined;
    return row === undefined ? 'unknown' : genders[row] === 'f' ? 'female' : 'male';
  };
}

/** Every name the package knows, sorted as SortedKeys searches. */
export function packageNames(): string[] {
  const names = new Set<string>();
  for (const language of LANGUAGES)
    for (const name of (requireCjs(`gender-detection-from-name/names/${language}`) as Map<string, string>).keys())
      names.add(name);
  return [...names].sort(byCodeUnits);
}

/** The package's answer for each of its names, as the build writes it. */
export function genderTable(): GenderTable {
  const answer = fromPackage();
  // A key the package holds in capitals could never be found (getGender lower-cases the name asked): left out.
  const names = packageNames().filter((name) => name === name.toLowerCase());
  if (names.length === 0) throw new Error('package-genders: the package lists no names');
  const genders = names.map((name) => {
    const gender = answer(name);
    if (gender === 'unknown' || name.includes('\n')) throw new Error(`package-genders: cannot hold the name ${name}`);
    return gender === 'female' ? 'f' : 'm';
  });
  return { made: versionsOf(PACKAGES), names: names.join('\n'), genders: genders.join('') };
}

/** Writes the table where this module reads it (`npm run build`, on the compiled one); no inputs (it records the version). */
export function writePackageGenders(): string[] {
  writeTable(TABLE, `${JSON.stringify(genderTable())}\n`);
  return [];
}
