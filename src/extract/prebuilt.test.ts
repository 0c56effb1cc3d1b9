import { createRequire } from 'node:module';
import type { getGender } from 'gender-detection-from-name';
import { describe, expect, it } from 'vitest';
import { fromPackage, fromTable, genderTable, packageNames } from './names/package-genders.ts';
import { analyse } from './tokens/index.ts';
import { SortedKeys } from './prebuilt.ts';
import { phraseTable, piecesOf, readTable } from './text/phrase-words.ts';
import { must } from '../invariant/index.ts';
import './pipeline.ts'; // the stages' phrase matchers

// The tables `npm run build` writes (build-prebuilt.ts) are read by the built CLI in place of what the sources
// compute; build.test.ts compares the two CLIs' output on real articles, these compare the tables entry by entry.

describe('SortedKeys', () => {
  it('finds each key at its row in UTF-16 order, accents and astral characters included', () => {
    const keys = ['a', 'b', 'ba', 'bé', 'z', 'é', '😀', 'ｚ', 'b c'].sort();
    const table = SortedKeys.of(keys);
    expect(table.size).toBe(keys.length);
    keys.forEach((key, row) => expect(table.get(key)).toBe(row));
    for (const missing of ['', 'aa', 'bb', 'e', '😁', 'b ', '\u0000']) expect(table.get(missing)).toBeUndefined();
    expect(SortedKeys.of([]).get('a')).toBeUndefined();
  });

  it('answers the same once it has turned to a hash table, after so many look-ups', () => {
    const keys = ['bé', 'a', 'ba', '😀', 'b c'].sort();
    const table = SortedKeys.of(keys, 3);
    const asked = [...keys, 'aa', '', 'b', ...keys, 'zz'];
    // Every answer, before and after the third look-up, is the key's row or undefined.
    expect(asked.map((key) => table.get(key))).toEqual(
      asked.map((key) => (keys.includes(key) ? keys.indexOf(key) : undefined)),
    );
  });
});

describe('SortedKeys hashed', () => {
  it("finds every one of the gender package's 60k+ names at its row, and no name it lacks, hashed from the start", () => {
    const names = packageNames();
    const hashed = SortedKeys.of(names, 0);
    const searched = SortedKeys.of(names, Infinity);
    expect(names.every((name, row) => hashed.get(name) === row)).toBe(true);
    const lacking = names
      .slice(0, 2_000)
      .flatMap((name) => [`${name}x`, name.toUpperCase(), name.slice(1), ` ${name}`]);
    expect(lacking.map((name) => hashed.get(name))).toEqual(lacking.map((name) => searched.get(name)));
  });
});

describe("the gender package's table", () => {
  const { getGender: answer } = createRequire(import.meta.url)('gender-detection-from-name') as {
    getGender: typeof getGender;
  };
  const table = must(fromTable(genderTable()), 'a table of the installed version is read');

  it('answers what getGender(name, "en") answers, for every name the package lists, as written and capitalised', () => {
    const names = packageNames();
    expect(names.length).toBeGreaterThan(60_000);
    const asked = names.flatMap((name) => [name, name.charAt(0).toUpperCase() + name.slice(1), name.toUpperCase()]);
    expect(asked.filter((name) => table(name) !== answer(name, 'en'))).toEqual([]);
    // Names of ours the package disagrees on across languages ("Andrea"), and names it lacks.
    for (const name of ['Andrea', 'Jean', 'Zendaya', 'Qxzvkjw', '', 'Mary-Kate', 'Kardashian'])
      expect(table(name), name).toBe(answer(name, 'en'));
    expect(fromPackage()('Andrea')).toBe(answer('Andrea', 'en'));
  });

  it('is left unused when it was made from another version of the package', () => {
    expect(fromTable({ ...genderTable(), made: 'gender-detection-from-name@0.0.1' })).toBeNull();
  });
});

describe('the phrase table', () => {
  it("holds every piece of every matcher's forms, split as wink splits it on its own", () => {
    const table = must(readTable(phraseTable()), 'a table of the installed wink is read');
    expect(table.size).toBeGreaterThan(2_000);
    // A form's pieces, each a key of its own; hyphens and contractions split as in an article's text.
    expect(piecesOf('joined * in')).toEqual(['joined', 'in']);
    expect(table.get('joined')).toEqual(['joined']);
    expect(table.get('break-up')).toEqual(['break', '-', 'up']);
    expect(table.get("don't get along")).toEqual(['do', "n't", 'get', 'along']);
    expect(analyse("They don't get along after the break-up.").tokens.map((t) => t.text)).toEqual(
      expect.arrayContaining(['do', "n't", 'break', '-', 'up']),
    );
    expect([...table.keys()].filter((piece) => /\s\*\s/.test(piece))).toEqual([]);
  });

  it('is left unused when it was made with another wink', () => {
    expect(readTable({ made: 'wink-nlp@1.0.0', pieces: { a: ['a'] } })).toBeNull();
  });
});
