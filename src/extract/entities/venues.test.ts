// Venues named like people (venues.ts): sentences of development articles.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from './index.ts';

const typeOf = (text: string, name: string): string | undefined =>
  findEntities(makeDoc(text)).find((e) => e.name === name)?.type;

describe('venues named like people', () => {
  it('venue-frame-before, venue-frame-after: a restaurant seen left and that "is where" is a place (celebrity-150legit)', () => {
    const text =
      'The pair were seen leaving Giorgio Baldi together on Wednesday (July 12) in Santa Monica, Calif. Coincidentally, Giorgio Baldi is where Ben Affleck took his new girlfriend Lindsay Shookus just a few nights earlier.';
    expect(typeOf(text, 'Giorgio Baldi')).toBe('place');
    expect(typeOf(text, 'Lindsay Shookus')).toBe('person');
    expect(typeOf(text, 'Ben Affleck')).toBe('person');
  });
  it('venue-frame-after alone: "Giorgio Baldi is where" (celebrity-150legit)', () => {
    const text =
      'Coincidentally, Giorgio Baldi is where Ben Affleck took his new girlfriend Lindsay Shookus just a few nights earlier.';
    expect(typeOf(text, 'Giorgio Baldi')).toBe('place');
  });
  it('at-where: "arrive at the famed Belmond Hotel Cipriani, where" is a hotel (celebrity-083legit)', () => {
    const text =
      "The couple hopped aboard one of the city's water taxis to arrive at the famed Belmond Hotel Cipriani, where they were hosting a small welcome gathering for friends. A bar hall at the Cipriani was set aside for the welcome celebration.";
    expect(typeOf(text, 'Belmond Hotel Cipriani')).toBe('place');
  });
  it('keeps a person a venue cue names when another mention has a person cue (bait)', () => {
    const text =
      'The pair were seen leaving Giorgio Baldi together on Wednesday. Giorgio Baldi said he was happy to host them.';
    expect(typeOf(text, 'Giorgio Baldi')).toBe('person');
  });
  it('keeps a person whose surname stands alone elsewhere (bait)', () => {
    const text = 'The pair had dinner at Giorgio Baldi on Wednesday. Baldi, 70, cooked for them himself.';
    expect(typeOf(text, 'Giorgio Baldi')).toBe('person');
  });
});

describe('venue and brand words that end a name', () => {
  it('venue-name: a pavilion and an auditorium are venues, not a woman called Dorothy Chandler (bbc-entertainment-314)', () => {
    const found = findEntities(
      makeDoc(
        'Other venues included the Dorothy Chandler Pavilion and the Shrine Auditorium. They are now held at the Kodak Theatre.',
      ),
    ).map((e) => `${e.type}:${e.name}`);
    expect(found).toContain('place:Dorothy Chandler Pavilion');
    expect(found).toContain('place:Shrine Auditorium');
  });
  it('org-suffix: "Kylie Cosmetics" is a company, not a woman (celebrity-109fake)', () => {
    expect(
      typeOf(
        'Lauren, who has a daughter on the way, collaborated with Jenner for Kylie Cosmetics months ago.',
        'Kylie Cosmetics',
      ),
    ).toBe('organization');
  });
});

describe('place-named-place', () => {
  it('reads a place-named given name before a place word as a place (bbc-entertainment-286, celebrity-117legit)', () => {
    expect(
      typeOf(
        'It was held at the Luna Park fairground in Sydney Harbour and was hosted by the Osbourne family.',
        'Sydney Harbour',
      ),
    ).toBe('place');
    expect(
      typeOf(
        'Kim uses her street smarts to make it big on Madison Avenue. Leah Remini will play the best friend.',
        'Madison Avenue',
      ),
    ).toBe('place');
  });
  it('leaves a surname the names lists know: "Virginia Hill" is no place (bait)', () => {
    expect(typeOf('Annette Bening played Virginia Hill in the film.', 'Virginia Hill')).not.toBe('place');
  });
});
