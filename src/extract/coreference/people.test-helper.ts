// What the coreference tests read: the people of a text after coreference, and who owns a given mention.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { must } from '../../invariant/index.ts';
import { findEntities } from '../entities/index.ts';
import type { Entity } from '../types.ts';
import { resolveCoreference } from './index.ts';

/** The people of a text, with every mention coreference gave them. */
export function people(text: string): Entity[] {
  const doc = makeDoc(text);
  return resolveCoreference(doc, findEntities(doc)).filter((e) => e.type === 'person');
}

/** Who has a mention spanning exactly `phrase` at its n-th (from 1) occurrence after `after`. */
export function ownerOf(text: string, found: Entity[], phrase: string, after = '', n = 1): string[] {
  let at = after ? text.indexOf(after) : 0;
  for (let k = 0; k < n; k++) at = text.indexOf(phrase, at + (k === 0 ? 0 : 1));
  return found.filter((e) => e.mentions.some((m) => m.start === at && m.text === phrase)).map((e) => e.name);
}

/** A word, the text at or just before it, and who must own it there ([] for no one). */
export type Owner = [word: string, after: string, want: string[]];

/** Checks who owns each word of `owners` among the entities `found` in `text`. */
export function expectOwners(text: string, found: Entity[], owners: Owner[]): void {
  for (const [word, after, want] of owners)
    expect(ownerOf(text, found, word, after), `${word} at ${after}`).toEqual(want);
}

/**
 * One row of a table of cases kept as data beside its test (NAME.cases.json): what it shows, a passage, and who owns
 * each word there; `id` names a passage other tests read again.
 */
export type OwnerCase = { what: string; text: string; owners: Owner[]; id?: string };

/** The rows of the cases file of a test, by its URL (`new URL('./speakers.cases.json', import.meta.url)`). */
export const readCases = <T extends OwnerCase>(url: URL): T[] => JSON.parse(readFileSync(url, 'utf8')) as T[];

/** The passage of the case with this id. */
export const caseText = (cases: OwnerCase[], id: string): string =>
  must(
    cases.find((c) => c.id === id),
    `a case with id ${id}`,
  ).text;
