// The first person inside a quotation is its speaker, on passages of development articles (bbc-entertainment 141,
// 181 and 258, celebrity 110legit, 118legit, 120legit, 124fake and 128legit, shortened to the sentences that
// matter).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { must } from '../../invariant/index.ts';
import type { Entity } from '../types.ts';
import { caseText, expectOwners, people, readCases } from './people.test-helper.ts';
import { findQuotations } from './speakers.ts';

const ARTICLE_120 = readFileSync(new URL('../../../test/gold/texts/celebrity-120legit.txt', import.meta.url), 'utf8');

const CASES = readCases(new URL('./speakers.cases.json', import.meta.url));
const OZZY = caseText(CASES, 'OZZY');
const CAITLYN = caseText(CASES, 'CAITLYN');

const firstPerson = (e: Entity | undefined): string[] =>
  (e?.mentions ?? []).filter((m) => m.rule === 'pronoun-speaker').map((m) => m.text);

describe('first-person pronouns in quotations', () => {
  // Each first-person word, by the text just before or at it, and who owns it: [] for no one.
  it.each(CASES)('$what', ({ text, owners }) => {
    expectOwners(text, people(text), owners);
  });

  it('leave the speaker who opens a quotation out of its "her" (celebrity-120legit)', () => {
    const text = [1, 3, 5, 7, 9].map((n) => must(ARTICLE_120.split('\n')[n - 1], `line ${n}`)).join('\n\n');
    expectOwners(text, people(text), [
      ['I', "wrote: '", ['Selena Gomez']],
      ['her', 'following', ['Jennifer Aniston']],
      ['her', 'watch', ['Jennifer Aniston']],
    ]);
  });

  it('give the speaker the first person of their own quotation, and no other word', () => {
    expect(firstPerson(people(OZZY).find((e) => e.name === 'Ozzy Osbourne'))).toEqual(['I']);
  });

  it('leave the person spoken to with their name alone (Bill Simmons)', () => {
    expect(
      people(CAITLYN)
        .find((e) => e.name === 'Bill Simmons')
        ?.mentions.map((m) => m.text),
    ).toEqual(['Bill Simmons']);
  });
});

describe('findQuotations', () => {
  it('pairs double and single marks and passes over apostrophes', () => {
    const text = "Paul claimed: 'He even had a relationship with Jen.' It's \"true,\" Kim's rep said.";
    expect(findQuotations(text).map((q) => text.slice(q.start, q.end))).toEqual([
      "'He even had a relationship with Jen.'",
      '"true,"',
    ]);
  });
});
