// What the entity tests read: the entities of a sentence as "type:name", in text order.
import { makeDoc } from '../../../test/helpers/doc.ts';
import { must } from '../../invariant/index.ts';
import type { Entity } from '../types.ts';
import { findEntities } from './index.ts';

export const typed = (text: string): string[] => findEntities(makeDoc(text)).map((e) => `${e.type}:${e.name}`);

/** A case: what it shows, a sentence of a development article, and the "type:name" entries expected of it. */
export type Row = [label: string, text: string, want: string[]];

/** Cases under the heading they share. */
export type Cases = [heading: string, rows: Row[]][];

/** The entity named `name` among `found` (a test fails with "expected NAME" when there is none). */
export const named = (found: Entity[], name: string): Entity =>
  must(
    found.find((e) => e.name === name),
    `expected ${name}`,
  );

/** The texts of the mentions of the entity named `name` among `found`, in its order. */
export const mentionsOf = (found: Entity[], name: string): string[] => named(found, name).mentions.map((m) => m.text);
