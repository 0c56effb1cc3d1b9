// Shared by the claims tests that run an excerpt of a development article through the whole pipeline
// (annotated-dev.test.ts, unseen.test.ts, asserted.test.ts): one way to run it and one row per claim to compare.
import { extract } from '../pipeline.ts';
import type { Extraction } from '../types.ts';

/** The whole pipeline on one excerpt, as an article with this id and date. */
export function run(id: string, text: string, published = '2017-06-01'): Extraction {
  return extract({ id, published, title: null, source: null, url: null, text, origin: { file: id } });
}

/** [type/value, holder kind, holder name or '-', stance, subject names] of one claim. */
export type ClaimRow = [type: string, holder: string, holderName: string, stance: string, subjects: string];

/** Every claim of an extraction as a row. */
export function claimRows(x: Extraction): ClaimRow[] {
  const name = (e: string) => x.entities.find((n) => n.id === e)?.name ?? e;
  return x.claims.map((c): ClaimRow => [
    `${c.type}/${c.value}`,
    c.holder.kind,
    c.holder.entity === null ? '-' : name(c.holder.entity),
    c.stance,
    c.subjects.map(name).join(' + '),
  ]);
}
