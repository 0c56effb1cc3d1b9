// Shared by the claims tests: one way to run an excerpt of a development article through the whole pipeline, one row
// per claim to compare, and one way to check the rows of cases written as data in a NAME.cases.json beside the test
// (unseen, annotated-dev, unasserted, open, refine, asserted).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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

/** The columns of a ClaimRow, by the names a case written as data uses. */
export const CLAIM_COLUMNS = ['type', 'holder', 'holderName', 'stance', 'subjects'] as const;

/**
 * One check on the rows of an excerpt's claims, written as data (unseen.cases.json, refine.cases.json, …):
 * `where` keeps the rows whose named columns match these patterns, `columns` keeps those columns of each, then
 * `equals` (exactly these rows, in order), `has` (this row among them), `count` or `atLeast` (how many) is checked.
 */
export type RowCheck = {
  where?: Record<string, string>;
  columns?: string[];
  equals?: Array<Array<string | null>>;
  has?: string[];
  count?: number;
  atLeast?: number;
};

/**
 * Check rows (named by `names`, e.g. CLAIM_COLUMNS) as `check` says; a check that checks nothing is an error. A check
 * without `columns` compares the `shown` columns (all of them unless told).
 */
export function expectRows(
  rows: Array<Array<string | null>>,
  names: readonly string[],
  check: RowCheck,
  shown: readonly string[] = names,
): void {
  const column = (name: string) => {
    const i = names.indexOf(name);
    if (i < 0) throw new Error(`no column "${name}" (columns: ${names.join(', ')})`);
    return i;
  };
  const where = Object.entries(check.where ?? {}).map(
    ([name, pattern]) => [column(name), new RegExp(pattern)] as const,
  );
  const kept = rows.filter((row) => where.every(([i, re]) => re.test(row[i] ?? '')));
  const picked = kept.map((row) => (check.columns ?? shown).map((name) => row[column(name)]));
  if (!check.equals && !check.has && check.count === undefined && check.atLeast === undefined) {
    throw new Error(`a check with nothing to check: ${JSON.stringify(check)}`);
  }
  if (check.equals) expect(picked).toEqual(check.equals);
  if (check.has) expect(picked).toContainEqual(check.has);
  if (check.count !== undefined) expect(picked).toHaveLength(check.count);
  if (check.atLeast !== undefined) expect(picked.length).toBeGreaterThanOrEqual(check.atLeast);
}

/** An excerpt of a development article run through the whole pipeline, and the checks on its claims' rows; `note` says why. */
export type ExcerptCase = {
  title: string;
  note?: string;
  id: string;
  text: string;
  published?: string;
  checks: RowCheck[];
};

/** A describe's worth of cases written as data; `note` says why. */
export type Section<C> = { describe: string; note?: string; cases: C[] };

/**
 * One describe a section of cases (a JSON file of them, or sections read from one), one test a case: `rowsOf` gives
 * the case's claims as rows named by `columns`, and each of its checks is checked on them (on the `shown` columns when
 * it names none).
 */
export function describeCases<C extends { title: string; checks: RowCheck[] }>(
  sections: Array<Section<C>> | URL,
  rowsOf: (c: C) => Array<Array<string | null>>,
  columns: readonly string[] = CLAIM_COLUMNS,
  shown: readonly string[] = columns,
): void {
  const read = sections instanceof URL ? (JSON.parse(readFileSync(sections, 'utf8')) as Array<Section<C>>) : sections;
  for (const section of read) {
    describe(section.describe, () => {
      // A loop, not it.each: it.each cuts a long $title short in the test's name.
      for (const c of section.cases) {
        it(c.title, () => {
          const rows = rowsOf(c);
          for (const check of c.checks) expectRows(rows, columns, check, shown);
        });
      }
    });
  }
}

/** The excerpt cases of a JSON file or of its sections, each run through the whole pipeline (unseen.cases.json). */
export function describeExcerpts(sections: Array<Section<ExcerptCase>> | URL): void {
  describeCases<ExcerptCase>(sections, ({ id, text, published }) => claimRows(run(id, text, published)));
}
