// Open claims (data/lexicons/open-claims.json) on sentences of development articles (celebrity pairs 001-200,
// BBC entertainment 001-350), copied into test/fixtures/claims-open-excerpts.jsonl; entities typed by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handEntities, makeDoc } from '../../../test/helpers/hand-doc.ts';
import { findEvents } from '../events/index.ts';
import { findHedges } from '../hedges/index.ts';
import type { EntityType } from '../types.ts';
import { findClaims } from './index.ts';
import { inflect } from './open.ts';
import { claimRows, describeCases, run, type RowCheck } from './test-run.ts';
import { must } from '../../invariant/index.ts';
import openClaims from '../../../data/lexicons/open-claims.json' with { type: 'json' };

const rows = readFileSync(new URL('../../../test/fixtures/claims-open-excerpts.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { key: string; id: string; text: string });

type Named = [name: string, mentions: string[], type?: EntityType];
/** One excerpt (by its key in claims-open-excerpts.jsonl), the names in it, and the checks on its claims. */
type Case = { title: string; note?: string; key: string; names: Named[]; checks: RowCheck[] };

/** [type/value, holder kind, holder name, stance, subject names (and the work a casting is in)] of every claim. */
function claims(key: string, names: Named[]): string[][] {
  const { text } = must(
    rows.find((r) => r.key === key),
    `expected article ${key} in the corpus`,
  );
  const doc = makeDoc(text, '2017-01-01');
  const entities = handEntities(
    text,
    names.map(([name, mentions, type], i) => ({ id: `e${i + 1}`, type: type ?? 'person', name, mentions })),
  );
  const name = (id: string | null) =>
    id === null
      ? '-'
      : must(
          entities.find((e) => e.id === id),
          `expected entity ${id}`,
        ).name;
  return findClaims(doc, entities, findEvents(doc, entities, []), findHedges(doc)).map((c) => [
    `${c.type}/${c.value}`,
    c.holder.kind,
    name(c.holder.entity),
    c.stance,
    c.subjects.map(name).join(' + ') + (c.implied ? ` (in ${c.implied.map(name).join(' + ')})` : ''),
  ]);
}

// The cases that are data (an excerpt and its names → checks on its claims' rows), one section a describe.
describeCases<Case>(new URL('./open.cases.json', import.meta.url), ({ key, names }) => claims(key, names));

describe('inflect', () => {
  it('spells regular and irregular forms, keeping a particle', () => {
    expect(inflect('sign with').map(([f]) => f)).toEqual([
      'sign with',
      'signs with',
      'signed with',
      'signed with',
      'signing with',
    ]);
    expect(inflect('ban').map(([f]) => f)).toEqual(['ban', 'bans', 'banned', 'banned', 'banning']);
    expect(inflect('relocate').map(([f]) => f)).toEqual([
      'relocate',
      'relocates',
      'relocated',
      'relocated',
      'relocating',
    ]);
    expect(inflect('win').map(([f]) => f)).toEqual(['win', 'wins', 'won', 'won', 'winning']);
  });

  it('spells both the American and the British forms of a verb ending in a single vowel and l', () => {
    expect(new Set(inflect('cancel').map(([f]) => f))).toEqual(
      new Set(['cancel', 'cancels', 'canceled', 'canceling', 'cancelled', 'cancelling']),
    );
    // A vowel pair before the l doubles nothing: "unveiled", "jailed".
    expect(inflect('unveil').map(([f]) => f)).not.toContain('unveilled');
  });

  it('reads "Kanye cancelled the remainder of the tour" as a tour story (celebrity-014fake)', () => {
    const x = run(
      't',
      'Kanye West was taken to hospital. The following day -- November 21 -- Kanye cancelled the remainder of the tour ' +
        'and hours later suffered the breakdown.',
      '2016-11-22',
    );
    expect(x.claims.some((c) => c.type === 'career' && c.value === 'tour')).toBe(true);
  });
});

describe('open-claims.json: a filed petition to change one’s name is no lawsuit', () => {
  // "On August 6, 2010, de Rossi filed a petition to legally change her name to Portia Lee James DeGeneres"
  // (celebrity-174legit): the "file … lawsuit" predicate's `unless` reads what follows "filed".
  const fileSuit = must(
    openClaims.predicates.find((p) => p.value === 'sue' && 'object' in p && p.object === 'lawsuit'),
    'the file-a-lawsuit predicate',
  );
  const unless = new RegExp(must('unless' in fileSuit ? fileSuit.unless : undefined, 'its unless'), 'i');
  it('keeps out a name change, keeps a petition against someone', () => {
    expect(unless.test(' a petition to legally change her name to Portia Lee James DeGeneres')).toBe(true);
    expect(unless.test(' a petition for a name change')).toBe(true);
    expect(unless.test(' a petition against his former manager')).toBe(false);
    expect(unless.test(' a lawsuit against the New York Times')).toBe(false);
  });
});

describe('open-claims.json: "taking action against" someone is a lawsuit', () => {
  it('reads "Austin Aitken is taking action against NBC over its programme Fear Factor" as his suit, his act on record (bbc 209)', () => {
    const text =
      'A US TV network is being sued for $2.5m (£1.3m) by a viewer who says he was disgusted by watching contestants ' +
      'eat dead rats in a stunt show. Austin Aitken is taking action against NBC over its programme Fear Factor.';
    const rows = claimRows(run('bbc-entertainment-209', text)).filter(([typeValue]) => typeValue.startsWith('legal/'));
    expect(rows).toEqual([['legal/sue', 'principal', 'Austin Aitken', 'confirms', 'Austin Aitken']]);
  });
});

describe('open-claims.json: an adopted pet is no family news', () => {
  it('reads no adoption in "adopted a husky puppy together just last weekend" (celebrity-173legit)', () => {
    const text =
      "If it's the latter, they won't be alone: Joe Jonas and Sophie Turner, who have been dating since December, " +
      'adopted a husky puppy together just last weekend.';
    const rows = claimRows(run('celebrity-173legit', text)).filter(([typeValue]) => typeValue.startsWith('family/'));
    expect(rows).toEqual([]);
  });
});
