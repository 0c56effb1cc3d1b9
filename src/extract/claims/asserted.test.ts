// Asserted claims (data/lexicons/asserted-claims.json) on sentences of development articles (BBC entertainment
// 001-350, celebrity pairs 001-200), entities typed by hand: what the article tells as news of a work, an organisation,
// a group or a person (charts, rankings, money, awards, nominations), and what it must not read as such.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handEntities, makeDoc } from '../../../test/helpers/hand-doc.ts';
import { findEvents } from '../events/index.ts';
import { findHedges } from '../hedges/index.ts';
import type { EntityType } from '../types.ts';
import { ASSERTED_RULES } from './asserted.ts';
import { findClaims } from './index.ts';
import { expectRows, type RowCheck } from './test-run.ts';

type Named = [name: string, mentions: string[], type: EntityType];

/** [type, holder kind, stance, subject names] of every claim of the text. */
function claims(text: string, names: Named[], published = '2005-01-15'): string[][] {
  const doc = makeDoc(text, published);
  const entities = handEntities(
    text,
    names.map(([name, mentions, type], i) => ({ id: `e${i + 1}`, type, name, mentions })),
  );
  const name = (id: string) => entities.find((e) => e.id === id)?.name ?? id;
  return findClaims(doc, entities, findEvents(doc, entities, []), findHedges(doc)).map((c) => [
    c.type,
    c.holder.kind,
    c.stance,
    c.subjects.map(name).join(' & '),
  ]);
}

/** The columns of a row of `claims`, by the names the cases' checks use. */
const COLUMNS = ['type', 'holder', 'stance', 'subjects'] as const;
/** One text of a case, the names in it, and the checks on its claims' rows; `note` says why. */
type Part = { note?: string; text: string; names: Named[]; published?: string; checks: RowCheck[] };
// The cases that are data, in asserted.cases.json: a title and the texts it is shown on.
const cases = JSON.parse(readFileSync(new URL('./asserted.cases.json', import.meta.url), 'utf8')) as Array<{
  title: string;
  parts: Part[];
}>;

describe('asserted claims of works, groups and people', () => {
  for (const { title, parts } of cases) {
    it(title, () => {
      for (const { text, names, published, checks } of parts) {
        const rows = claims(text, names, published);
        for (const check of checks) expectRows(rows, COLUMNS, check);
      }
    });
  }

  it('names every rule, each with its type', () => {
    const names = ASSERTED_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(ASSERTED_RULES.every((r) => r.type.length > 0 && r.value.length > 0)).toBe(true);
  });
});
