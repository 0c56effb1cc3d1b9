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

describe('character-noun: a name right after "character" is the part', () => {
  it('"Cage\'s character Ben Gates" (bbc-entertainment-083)', () => {
    const text =
      "National Treasure, which sees Cage's character Ben Gates chase a hidden fortune, has been made by Disney Studios.";
    expect(people(text)).not.toContain('Ben Gates');
  });
  it('"the film\'s main character, Rocky Balboa" (celebrity-031legit)', () => {
    const text =
      "In Rocky III, Mr. T played Clubber Lang, a boxer pitted against the film's main character, Rocky Balboa.";
    expect(people(text)).not.toContain('Rocky Balboa');
  });
  it('both parts of "characters like Stanley Kowalski and Terry Malloy" (bbc-entertainment-048)', () => {
    const text =
      'It credited the screen legend\'s "raw hypnotic energy" and his ability to create characters like Stanley Kowalski and Terry Malloy "that will live forever in the annals of film history".';
    expect(people(text)).not.toContain('Stanley Kowalski');
    expect(people(text)).not.toContain('Terry Malloy');
  });
  it('keeps a person after "character" and a lower-case word: "Jennifer\'s character while Vanessa Hudgens will play a boss" (celebrity-117fake)', () => {
    const text =
      "Leah Remini is attached to portray the best friend and fellow employee of Jennifer's character while Vanessa Hudgens will play a boss at a consumer goods company.";
    expect(people(text)).toContain('Vanessa Hudgens');
  });
});
