// Characters named like people (find.ts charactersNotPeople): sentences of development articles.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from './index.ts';

const people = (text: string): string[] =>
  findEntities(makeDoc(text))
    .filter((e) => e.type === 'person')
    .map((e) => e.name);

describe('bracketed-part: a given name in brackets after an actor is the part played', () => {
  it('"Courteney Cox Arquette (Monica)", "David Schwimmer (Ross)" (bbc-entertainment-176)', () => {
    const text =
      'Courteney Cox Arquette (Monica) has been working on a drama project along with husband David Arquette for HBO, called The Rise And Fall Of Taylor Kennedy. And David Schwimmer (Ross) directed during his time on Friends, and has also worked on Joey.';
    expect(people(text)).not.toContain('Monica');
    expect(people(text)).not.toContain('Ross');
    expect(people(text)).toEqual(
      expect.arrayContaining(['Courteney Cox Arquette', 'David Arquette', 'David Schwimmer']),
    );
  });
  it('keeps a name in brackets after one word, which completes it: "Even Denzel (Washington)" (bbc-entertainment-052)', () => {
    expect(people('"Even Denzel (Washington), he\'s getting $20m a movie."')).toContain('Denzel');
  });
  it('keeps the same given name where it names someone outside the brackets (constructed bait)', () => {
    const text = 'David Schwimmer (Ross) directed an episode. Ross said he was proud of him.';
    expect(people(text)).toContain('Ross');
  });
});
