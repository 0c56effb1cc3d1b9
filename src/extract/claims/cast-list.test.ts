// Cast lists (cast-list.ts) on sentences of development articles, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.ts';

/** "type/value subject (in work) holder stance" of every casting claim of a text. */
function castings(text: string): string[] {
  const x = extract({
    id: 't',
    published: '2014-11-10',
    title: null,
    source: null,
    url: null,
    text,
    origin: { file: 't' },
  });
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.claims
    .filter((c) => c.type === 'casting')
    .map((c) => {
      const work = c.implied?.length ? ` (in ${c.implied.map(name).join(', ')})` : '';
      return `${c.type}/${c.value} ${c.subjects.map(name).join(' + ')}${work} ${c.holder.kind} ${c.stance}`;
    });
}

describe('cast lists: each person listed is a casting in the work', () => {
  it('reads "The film features a stellar ensemble cast including …" as one casting each, in Cake (celebrity-120legit)', () => {
    const text =
      "And she got to meet one of her heroes, Jennifer Aniston, 45, at a party to celebrate the Friends star's new film Cake in Los Angeles on Friday night. " +
      'The film features a stellar ensemble cast including Anna Kendrick, Sam Worthington, William H. Macy, Felicity Huffman and Mamie Gummer (daughter of Meryl Streep).';
    expect(castings(text)).toEqual([
      'casting/cast Anna Kendrick (in Cake) author asserts',
      'casting/cast Sam Worthington (in Cake) author asserts',
      'casting/cast William H. Macy (in Cake) author asserts',
      'casting/cast Felicity Huffman (in Cake) author asserts',
      'casting/cast Mamie Gummer (in Cake) author asserts',
    ]);
  });

  it('reads a list of contestants "… are A, B and C" (the season\'s line-up of a show)', () => {
    const text =
      'The celebrities competing on season 24 of Dancing with the Stars are Nancy Kerrigan, Heather Morris and Chris Kattan.';
    expect(castings(text).map((c) => c.split(' (in')[0]?.split(' author')[0])).toEqual([
      'casting/cast Nancy Kerrigan',
      'casting/cast Heather Morris',
      'casting/cast Chris Kattan',
    ]);
  });

  it('reads past a bracket of what each is known for (celebrity-117legit)', () => {
    const text =
      'Other cast members include Freddie Stroma (UnREAL, Harry Potter), Dan Bucatinsky (Scandal), and Annaleigh Ashford (Masters of Sex).';
    expect(castings(text)).toEqual([
      'casting/cast Freddie Stroma author asserts',
      'casting/cast Dan Bucatinsky author asserts',
      'casting/cast Annaleigh Ashford author asserts',
    ]);
  });

  it('makes no casting of a past line-up ("Previous Big Brother housemates … were", bbc-entertainment-203)', () => {
    const text =
      'Previous Big Brother housemates to leave before their time were Sunita Sharma and Sandy Cumming from the third series of the non-celebrity version of the show.';
    expect(castings(text)).toEqual([]);
  });

  it('reads a work "starring" people in a participle after it as one casting each (bbc-entertainment-083)', () => {
    const text = 'Comedy Christmas with the Kranks, starring Tim Allen and Jamie Lee Curtis, was in second place.';
    expect(castings(text)).toEqual([
      'casting/cast Tim Allen (in Christmas with the Kranks) author asserts',
      'casting/cast Jamie Lee Curtis (in Christmas with the Kranks) author asserts',
    ]);
  });

  it('reads "starring X as <a part>" and a work that "stars X as <a part>" (bbc-entertainment-312)', () => {
    const text =
      "New comedy Diary of a Mad Black Woman has ended Will Smith's reign at the top of the North American box office. " +
      'Action comedy Man of the House, starring Tommy Lee Jones as a Texas ranger assigned to protect a cheerleader squad, came in at fifth with $9m (£4.6m). ' +
      'The low-budget feature Diary of a Mad Black Woman stars Kimberly Elise as a woman thrown out on the streets by her philandering husband.';
    expect(castings(text)).toEqual([
      'casting/cast Tommy Lee Jones (in Man of the House) author asserts',
      'casting/cast Kimberly Elise (in Diary of a Mad Black Woman) author asserts',
    ]);
  });

  it('reads a work that "stars" X in a "which" clause after an appositive as X\'s casting in it (bbc-entertainment-214)', () => {
    const text =
      "New drama includes Archangel, an adaptation of the Robert Harris best-seller, which stars Daniel Craig on the trail of Stalin's diaries in Communist Russia.";
    expect(castings(text).map((row) => row.split(' author')[0])).toEqual(['casting/cast Daniel Craig (in Archangel)']);
  });

  it('reads "will return in a one-off edition of Midsomer Murders" as a casting in that show (bbc-entertainment-214)', () => {
    expect(
      castings('Also on Christmas Day, John Nettles will return in a one-off edition of Midsomer Murders.'),
    ).toEqual(['casting/cast John Nettles (in Midsomer Murders) author asserts']);
    expect(castings('John Nettles will return in March.')).toEqual([]);
  });

  it('makes no casting of "stars" that are not a work\'s verb ("The film\'s stars Brad Pitt and Angelina Jolie")', () => {
    expect(castings("The film's stars Brad Pitt and Angelina Jolie attended the premiere.")).toEqual([]);
  });

  it('makes no casting of people a cast only met ("The cast were thrilled when Tom Hanks visited the set")', () => {
    expect(castings('The cast were thrilled when Tom Hanks visited the set on Friday.')).toEqual([]);
  });
});
