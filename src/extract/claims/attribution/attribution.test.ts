// The attribution rules as an ordered list: who holds a clause's proposition is decided by the first rule that
// answers. Short sentences written to pit two rules against each other; the same rules on real development
// articles are tested in ../dev-articles.test.ts and ../open.test.ts.
import { describe, expect, it } from 'vitest';
import { handEntities, makeDoc } from '../../../../test/helpers/hand-doc.ts';
import { findHedges } from '../../hedges/index.ts';
import { findClaims } from '../index.ts';
import { ATTRIBUTION_RULES } from './index.ts';
import { must } from '../../../invariant/index.ts';

const claimsOf = (text: string, names: Array<[string, string[], ('person' | 'outlet')?]>) => {
  const doc = makeDoc(text, '2017-01-01');
  const entities = handEntities(
    text,
    names.map(([name, mentions, type], i) => ({ id: `e${i + 1}`, type: type ?? 'person', name, mentions })),
  );
  return findClaims(doc, entities, [], findHedges(doc));
};

describe('attribution rules', () => {
  it("run in priority order: a quote's speaker, the principals' silence, their announcement, talk of their own relationship, a denial, fans, a reporting verb, then the article", () => {
    expect(ATTRIBUTION_RULES.map((r) => r.name)).toEqual([
      'quote',
      'unconfirmed',
      'announced',
      'talks-of-own',
      'self-denial',
      'denial',
      'fans',
      'reported',
      'fiction',
      'unattributed-quote',
      'author-questions',
      'author-hedges',
      'author-rumour',
      'author-asserts',
    ]);
  });

  it('a quote outranks the reporting verb around it: "“She is not pregnant,” her rep told People" is the principal denying', () => {
    const text = 'Jennifer Aniston is not expecting. "She is not pregnant," her rep told People.';
    const claims = claimsOf(text, [
      ['Jennifer Aniston', ['Jennifer Aniston', 'She', 'her']],
      ['People', ['People'], 'outlet'],
    ]);
    expect(must(claims.at(-1), 'expected a claim').rule).toBe('claim-quote:denies');
    expect(must(claims.at(-1), 'expected a claim').holder).toMatchObject({ kind: 'principal', entity: 'e1' });
  });

  it('a denial outranks the article\'s own voice, and names who denies: "A rep for Gomez denied that the pair are dating"', () => {
    const text = 'Selena Gomez and Justin Bieber were seen at a cafe. A rep for Gomez denied that the pair are dating.';
    const claims = claimsOf(text, [
      ['Selena Gomez', ['Selena Gomez', 'Gomez']],
      ['Justin Bieber', ['Justin Bieber']],
    ]);
    expect(claims.map((c) => c.rule)).toEqual(['claim-denial']);
  });

  it('"a source told TMZ" is the anonymous source, not the outlet it told', () => {
    const claims = claimsOf('Kylie Jenner is pregnant, a source told TMZ.', [
      ['Kylie Jenner', ['Kylie Jenner']],
      ['TMZ', ['TMZ'], 'outlet'],
    ]);
    expect(claims.map((c) => [c.rule, c.holder.kind, c.holder.entity])).toEqual([
      ['claim-reported:asserts', 'anonymous', null],
    ]);
  });
});
