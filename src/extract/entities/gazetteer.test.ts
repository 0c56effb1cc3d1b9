// Groups from their list (data/lexicons/groups.json) and works from the noun before them: the acts and titles a music
// or TV story is about ("Pixies, Foo Fighters and Iron Maiden will headline" is news about three acts, not one).
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.ts';

const run = (text: string) =>
  extract({ id: 't', published: '2005-02-01', title: null, source: null, url: null, text, origin: { file: 't' } });
/** The entities of a text as "type name", in order. */
const named = (text: string): string[] => run(text).entities.map((e) => `${e.type} ${e.name}`);

describe('groups', () => {
  it('types listed acts as groups, and each headliner gets its own claim', () => {
    const x = run("Pixies, Foo Fighters and Iron Maiden will headline this summer's Leeds and Reading festivals.");
    expect(x.entities.filter((e) => e.type === 'group').map((e) => e.name)).toEqual([
      'Pixies',
      'Foo Fighters',
      'Iron Maiden',
    ]);
    const name = (id: string) => x.entities.find((e) => e.id === id)?.name;
    expect(x.claims.map((c) => `${c.type}/${c.value} ${c.subjects.map(name).join()}`)).toEqual([
      'career/tour Pixies',
      'career/tour Foo Fighters',
      'career/tour Iron Maiden',
    ]);
  });
  it('"Veterans Simon and Garfunkel were in 10th place" (bbc 162): the sentence\'s first word is no part of the act', () => {
    expect(
      named('He kept Madonna in second place. Veterans Simon and Garfunkel were in 10th place last year.'),
    ).toEqual(['person Madonna', 'group Simon and Garfunkel']);
  });
  it('a name that is also a common word counts only inside a sentence, and a surname-like one is left out', () => {
    const x = run('Muse played on Friday. Fans said Muse were the best band there. Roy Keane was in the crowd.');
    expect(x.entities.map((e) => `${e.type} ${e.name}`)).toEqual(['group Muse', 'person Roy Keane']);
    expect(x.entities[0]?.mentions.map((m) => m.start)).toEqual([33]);
  });
});

describe('works named after their kind', () => {
  it('"her debut hit Genie in a Bottle", "rival ITV soap Emmerdale" (bbc 260, 170): the noun before says it is a work', () => {
    const out = named(
      'She reached number one with her debut hit Genie in a Bottle. The BBC lost out to rival ITV soap Emmerdale.',
    );
    expect(out.filter((e) => e.startsWith('work '))).toEqual(['work Genie in a Bottle', 'work Emmerdale']);
  });
  it('"the film adaptation of The Da Vinci Code" (bbc 308): a capitalised particle opens the title, as in Leonardo Da Vinci', () => {
    expect(
      named(
        'Audrey Tautou will play the lead in the film adaptation of The Da Vinci Code. Leonardo Da Vinci would approve.',
      ),
    ).toEqual(['person Audrey Tautou', 'work The Da Vinci Code', 'person Leonardo Da Vinci']);
  });
  it('"The Will & Grace revival … Messing said Grace is back": a word of the title is its character, no person', () => {
    expect(named('The Will & Grace revival starts soon. Debra Messing said Grace is back.')).toEqual([
      'work Will & Grace',
      'person Debra Messing',
    ]);
  });
  it('a person named only as a part played is a character, and no pronoun is theirs (celebrity-081legit, bbc 302)', () => {
    const x = run(
      'Robert Pattinson became famous for his role as Edward Cullen. Then his romance with co-star Kristen Stewart began. She will voice Charlotte.',
    );
    expect(x.entities.map((e) => e.name)).toEqual(['Robert Pattinson', 'Kristen Stewart']);
    expect(x.entities[0]?.mentions.map((m) => m.text)).toEqual(['Robert Pattinson', 'his', 'his']);
  });
  it('but "a hit TV show" names no work', () => {
    expect(run('They worked together on a hit TV show.').entities).toEqual([]);
  });
});

describe('organizations of the trade', () => {
  it('studios, labels, agencies and award bodies from the organizations list', () => {
    expect(
      named('Fox Searchlight bought the film, Ladbrokes stopped taking bets, and the AFI and the NAACP honoured it.'),
    ).toEqual([
      'organization Fox Searchlight',
      'organization Ladbrokes',
      'organization American Film Institute',
      'organization NAACP',
    ]);
  });
});

// Sentences of development articles: places from the list (data/lexicons/places.json), countries and regions and the
// British towns and counties BBC stories name.
describe('places', () => {
  it.each([
    [
      'bbc 141',
      'The incident happened at his Buckinghamshire home on Monday. "I came from Brixton."',
      ['Buckinghamshire', 'Brixton'],
    ],
    ['bbc 307', 'Rowlands died in Hove on Saturday morning, her agent said.', ['Hove']],
    ['bbc 101', 'Finnish film The Three Rooms of Melancholia looks at the war in Chechnya.', ['Chechnya']],
    ['bbc 037', "Plans to portray Dominica's Carib Indians as cannibals have been criticised.", ['Dominica']],
  ])('%s', (_id, text, places) => {
    expect(named(text).filter((n) => n.startsWith('place '))).toEqual(places.map((p) => `place ${p}`));
  });
});
