// What the entity tests read: the entities of a sentence as "type:name", in text order.
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from './index.ts';

export const typed = (text: string): string[] => findEntities(makeDoc(text)).map((e) => `${e.type}:${e.name}`);

/** A case: what it shows, a sentence of a development article, and the "type:name" entries expected of it. */
export type Row = [label: string, text: string, want: string[]];

/** Cases under the heading they share. */
export type Cases = [heading: string, rows: Row[]][];
