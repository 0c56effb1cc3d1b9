// Holder and stance on development articles of the celebrity fake-news corpus (pairs 001-200),
// checked by hand against the text; entities are hand-made (test/helpers/dev-fixture.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devEntities } from '../../../test/helpers/dev-fixture.ts';
import { handEntities, makeDoc } from '../../../test/helpers/hand-doc.ts';
import { findEvents } from '../events/index.ts';
import { findHedges } from '../hedges/index.ts';
import type { Claim } from '../types.ts';
import { findClaims } from './index.ts';
import { must } from '../../invariant/index.ts';

const rows = readFileSync(new URL('../../../test/fixtures/celebrity-dev-claims.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { id: string; text: string });

function claimsOf(id: string): Claim[] {
  const row = must(
    rows.find((r) => r.id === id),
    `expected article ${id} in the corpus`,
  );
  const doc = makeDoc(row.text);
  const entities = handEntities(row.text, must(devEntities[id], `expected hand entities for ${id}`));
  return findClaims(doc, entities, findEvents(doc, entities, []), findHedges(doc));
}

/** [type/value, holder kind, holder entity, stance] of the claim whose evidence holds `fragment`. */
function said(claims: Claim[], fragment: string): string[][] {
  return claims
    .filter((c) => c.evidence.text.includes(fragment))
    .map((c) => [`${c.type}/${c.value}`, c.holder.kind, String(c.holder.entity), c.stance]);
}

describe('celebrity-003legit: Aniston pregnancy report and denial', () => {
  const claims = claimsOf('celebrity-003legit');
  it('has her representative deny, in reported speech and in a quote', () => {
    expect(said(claims, 'representative has denied reports')).toEqual([
      ['pregnancy/pregnant', 'principal', 'e1', 'denies'],
    ]);
    expect(said(claims, '"She is not pregnant,"')).toEqual([['pregnancy/pregnant', 'principal', 'e1', 'denies']]);
  });
  it("has the magazine's unnamed friend and the magazine itself assert", () => {
    expect(said(claims, 'quoted an unnamed friend')).toEqual([['pregnancy/pregnant', 'anonymous', 'null', 'asserts']]);
    expect(said(claims, 'published pictures that it claimed')).toEqual([
      ['pregnancy/pregnant', 'outlet', 'e4', 'asserts'],
    ]);
  });
  it('does not read "almost broke up" as a split', () => {
    expect(claims.filter((c) => c.value === 'split')).toEqual([]);
  });
});

describe('celebrity-094legit: Lady Gaga is not pregnant', () => {
  const claims = claimsOf('celebrity-094legit');
  it('reads "is not expecting a child with her fiance" as a pregnancy denial, not an engagement one', () => {
    expect(said(claims, 'is not expecting a child')).toEqual([['pregnancy/pregnant', 'principal', 'e1', 'denies']]);
  });
  it('finds the speaker of a passive ("debunked by Gaga\'s representative")', () => {
    expect(said(claims, 'debunked by')).toEqual([['pregnancy/pregnant', 'principal', 'e1', 'denies']]);
  });
  it('has an unnamed magazine assert and the article hedge', () => {
    expect(said(claims, 'A magazine claimed')).toEqual([['pregnancy/pregnant', 'outlet', 'null', 'asserts']]);
    expect(said(claims, 'rumoured to be pregnant')).toEqual([['pregnancy/pregnant', 'author', 'null', 'hedges']]);
  });
});

describe('celebrity-184fake: Timberlake and Biel divorce', () => {
  const claims = claimsOf('celebrity-184fake');
  it('has the article assert the split and hedge on its cause', () => {
    expect(said(claims, 'go separate ways')).toEqual([['relationship/split', 'author', 'null', 'asserts']]);
    expect(said(claims, 'Apparently, their marriage started to crumble')).toEqual([
      ['relationship/split', 'author', 'null', 'hedges'],
    ]);
  });
  it('gives "according to the American paper" to the outlet, hedged by "could be"', () => {
    expect(said(claims, 'According to the American paper')).toEqual([['relationship/split', 'outlet', 'e3', 'hedges']]);
  });
  it('takes the couple as subjects, not their son', () => {
    // A source's statement on one of them (“Jess feels many times as if she is a single mother…”) is hers alone.
    const relationship = claims.filter((c) => c.type === 'relationship');
    expect(relationship.length).toBeGreaterThan(0);
    for (const c of relationship) expect([...c.subjects].sort()).toEqual(['e1', 'e2']);
  });
});

describe('celebrity-137fake: Miley Cyrus and Liam Hemsworth secretly married?', () => {
  const claims = claimsOf('celebrity-137fake');
  it('has Miley on record about her fiancé', () => {
    expect(said(claims, 'Miley Cyrus told The Sun on Sunday')).toEqual([
      ['relationship/engaged', 'principal', 'e1', 'confirms'],
    ]);
  });
  it('has one source assert the secret wedding and another deny it', () => {
    expect(said(claims, 'A source told the outlet')).toEqual([
      ['relationship/married', 'anonymous', 'null', 'asserts'],
    ]);
    expect(said(claims, 'they are not officially married')).toEqual([
      ['relationship/married', 'anonymous', 'null', 'denies'],
    ]);
  });
  it('has Hemsworth deny the engagement himself', () => {
    expect(said(claims, 'Hemsworth also publicly denied')).toEqual([
      ['relationship/engaged', 'principal', 'e2', 'denies'],
    ]);
  });
});
