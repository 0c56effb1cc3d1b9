import { describe, expect, it } from 'vitest';
import { typed } from './typed.test-helper.ts';

// Sentences of development articles: names listed together are of one kind.
describe('names listed together', () => {
  it('gives the untyped names of a list of titles the title type (bbc 337)', () => {
    expect(
      typed(
        'DiCaprio began his movie career in horror film Critters 3, before moving onto roles in The Basketball Diaries, Romeo and Juliet, Titanic and Gangs of New York.',
      ),
    ).toEqual(expect.arrayContaining(['work:Titanic', 'work:Gangs of New York']));
  });
  it('gives the untyped names of a list of places the place type (bbc 101)', () => {
    expect(
      typed(
        'The world cinema dramatic category include works from Germany, South Korea, Angola, China, Denmark and Australia.',
      ),
    ).toEqual(expect.arrayContaining(['place:South Korea', 'place:Angola']));
  });
  it('gives the untyped names of a list of people the person type (bbc 248)', () => {
    expect(
      typed(
        'But the artists - Beenie Man, Sizzla, Elephant Man, Buju Banton, Bounty Killer, Capleton and Vybz Kartel - will not have to apologise.',
      ),
    ).toEqual(expect.arrayContaining(['person:Beenie Man', 'person:Capleton', 'person:Vybz Kartel']));
  });
  it('joins a member whose title opens on a capital "The" to the list (bbc 046)', () => {
    expect(
      typed(
        'It was followed by Harry Potter and the Prisoner of Azkaban, Finding Nemo and The Lord of the Rings: The Return of the King.',
      ),
    ).toContain('work:Finding Nemo');
  });
  it('leaves "X and Y" alone, as often one title as two (bbc 098: "Angels and Demons")', () => {
    expect(typed("The protagonist also appeared in Brown's first book Angels and Demons.")).not.toContain(
      'work:Demons',
    );
  });
  it('takes no word that ends a title cut at its small words (bbc 307)', () => {
    expect(
      typed('She also appeared in Carry On at your Convenience, Carry On Matron and Carry On Loving, among others.'),
    ).not.toContain('work:Convenience');
  });
  it('takes no sentence-initial word nor a word the article writes in lower case (celebrity-099legit)', () => {
    const found = typed(
      'Confirmed performers for the show include Rihanna, Britney Spears, Ariana Grande and Nicki Minaj. Nearby, Adele, Sting and Bono waited. The future is bright.',
    );
    expect(found).not.toContain('person:Nearby');
  });
});
