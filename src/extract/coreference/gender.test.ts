// The text's own word on gender over a names list's, on passages of development articles (bbc-entertainment 045,
// celebrity 048fake, the hailey-bieber-pregnancy stream).
import { describe, expect, it } from 'vitest';
import type { Entity } from '../types.ts';
import type { Gender } from '../names/index.ts';
import { caseText, expectOwners, people, readCases, type OwnerCase } from './people.test-helper.ts';

const CASES = new URL('./gender.cases.json', import.meta.url);
const HAILEY = caseText(readCases(CASES), 'HAILEY');

const person = (found: Entity[], name: string): Entity | undefined => found.find((e) => e.name === name);

describe('gender from the text', () => {
  // The genders the text gives, and who owns each pronoun (by the text at it).
  it.each(readCases<OwnerCase & { genders: [string, Gender][] }>(CASES))('$what', ({ text, genders, owners }) => {
    const found = people(text);
    for (const [name, gender] of genders) expect(person(found, name)?.gender).toBe(gender);
    expectOwners(text, found, owners);
  });

  it('leaves the name in a fronted phrase its own mention only', () => {
    expect(person(people(HAILEY), 'Justin Bieber')?.mentions.map((m) => m.text)).toEqual(['Justin Bieber']);
  });
});
