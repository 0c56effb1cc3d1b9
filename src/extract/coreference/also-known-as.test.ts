import { describe, expect, it } from 'vitest';
import { people } from './people.test-helper.ts';

// Passages of development articles: a second name set off by "AKA", "real name", "also known as" is the same person.
describe('a name given as another name of someone', () => {
  it.each([
    [
      'celebrity-143legit',
      'She and her then-boyfriend, The Weeknd (AKA Abel Tesfaye) were spotted at a New York City pet store. It looks like Selena got custody of the pet after she and Tesfaye broke up at the end of October.',
      'The Weeknd',
      ['then-boyfriend', 'The Weeknd', 'Abel Tesfaye', 'Tesfaye'],
    ],
    [
      'celebrity-173legit',
      'Less than a week ago, Selena Gomez and The Weeknd (a.k.a. Abel Tesfaye) were spotted playing with a pack of puppies.',
      'The Weeknd',
      ['The Weeknd', 'Abel Tesfaye'],
    ],
    [
      'celebrity-029legit',
      'Toxicology tests for Prince concluded that the entertainer died from an accidental overdose. Prince, whose full name was Prince Rogers Nelson, died April 21 at age 57.',
      'Prince',
      ['Prince', 'the entertainer', 'Prince', 'Prince Rogers Nelson'],
    ],
    [
      'bbc-entertainment-115',
      'The lawsuit names Snoop Dogg - real name Calvin Broadus - plus three associates.',
      'Snoop Dogg',
      ['Snoop Dogg', 'Calvin Broadus'],
    ],
    [
      'bbc-entertainment-117',
      'He hoped Jay-Z would "move the company into its next groundbreaking era", he added. Jay-Z, real name Shawn Carter, said: "I have inherited two of the most important brands in hip-hop."',
      'Jay-Z',
      ['Jay-Z', 'Jay-Z', 'Shawn Carter'],
    ],
  ])('joins the second name to the first (%s)', (_id, text, name, mentions) => {
    const found = people(text);
    expect(
      found
        .find((e) => e.name === name)
        ?.mentions.filter((m) => m.kind !== 'pronoun')
        .map((m) => m.text),
    ).toEqual(mentions);
    expect(found.map((e) => e.name)).not.toContain(mentions.find((m) => m !== name && /^\p{Lu}/u.test(m)));
  });

  it('leaves two people apart when nothing says the second is the first (bait)', () => {
    const found = people('The lawsuit names Snoop Dogg and Calvin Broadus, plus three associates.');
    expect(found.map((e) => e.name)).toEqual(['Snoop Dogg', 'Calvin Broadus']);
  });
});

// Rule "quoted-nickname" (entities/nicknames.ts): a nickname in quotes between a given name and a surname.
describe('a nickname in quotes inside a name', () => {
  it('makes one person of given name, nickname and surname, whom "Mr Knight" then names (bbc-entertainment-110)', () => {
    const found = people(
      'Rap mogul Marion "Suge" Knight has been arrested for violating his parole after he was allegedly found with marijuana. Mr Knight, a former bodyguard, set up Death Row records in the early 1990s.',
    );
    expect(found.map((e) => e.name)).toEqual(['Marion Knight']);
    expect(found[0]?.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text)).toEqual([
      'Marion "Suge" Knight',
      'Mr Knight',
    ]);
  });

  it('keeps the name first given when the nickname is named first (celebrity-132legit: Jay-Z)', () => {
    const found = people(
      'Jay-Z is hitting the road in support of “4:44,” his 13th solo studio album. The tour is being produced by Live Nation Entertainment, which has sustained a lengthy and lucrative multifaceted relationship with Shawn "Jay-Z" Carter.',
    );
    expect(found.map((e) => e.name)).toEqual(['Jay-Z']);
    expect(found[0]?.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text)).toEqual([
      'Jay-Z',
      'Shawn "Jay-Z" Carter',
    ]);
  });

  it('joins the nickname with the surname later to the person (celebrity-169legit)', () => {
    const found = people(
      'The transfer for Giuseppe “Joe” Giudice, whose wife appears on The Real Housewives of New Jersey, comes after he went to court. Joe Giudice was sentenced in 2014.',
    );
    const giudice = found.filter((e) => /Giudice/.test(e.name));
    expect(giudice.map((e) => e.name)).toEqual(['Giuseppe Giudice']);
    expect(giudice[0]?.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text)).toEqual([
      'Giuseppe “Joe” Giudice',
      'Joe Giudice',
    ]);
  });
});
