// Career history, legal, health and gossip happenings the lexicon used to miss (data/lexicons/event-triggers.json),
// on hand-annotated development articles (never the held-out ids), run through the whole pipeline as a user would.
import { describe, expect, it } from 'vitest';
import { itTells, runExcerpt, runGold, runText, told as toldOut, toldIn } from './told.test-helper.ts';

/** The events whose evidence contains `words`, as type, date and participant names. */
const told = (id: string, words: string) => toldOut(runGold(id), words);
const some = (names: string[]): unknown => expect.arrayContaining(names);

// [what a reader sees, article, words of the sentence, what an event it tells has (the rest is free)]
type Has = [string, string, string, Record<string, unknown>];

describe('career history', () => {
  itTells([
    // Reads "Born in January 1934" as her birth, and nothing else.
    ['bbc-entertainment-307', 'Born in January 1934', 'only', 'birth', '1934-01', ['Patsy Rowlands']],
    // Reads "made her film debut" in Tom Jones.
    ['bbc-entertainment-307', 'made her film debut', 'among', 'debut', '1963', ['Patsy Rowlands', 'Tom Jones']],
    // "appeared" alone is a state ("appeared to be"); "appeared in" a work is a part in it.
    // Reads "appeared in <work>" as a part in it.
    [
      'bbc-entertainment-307',
      'appeared in Carry On Again Doctor',
      'among',
      'star',
      '1969',
      ['Carry On Again Doctor', 'Patsy Rowlands'],
    ],
    // Reads "found fame in the TV series Soldier Soldier" as starring in it.
    ['bbc-entertainment-333', 'found fame', 'among', 'star', null, ['Dougray Scott', 'Soldier Soldier']],
  ]);

  it('takes "films" as a role word after "starred in" (bbc-entertainment-307)', () => {
    expect(told('bbc-entertainment-307', 'starred in nine')).toEqual([
      expect.objectContaining({
        type: 'star',
        who: some(['Barbara Windsor', 'Kenneth Williams', 'Patsy Rowlands', 'Sid James']),
      }),
    ]);
  });

  it.each<Has>([
    [
      'reads an induction into a hall of fame as an award',
      'bbc-entertainment-219',
      'inducted into',
      { type: 'award', date: '1993', who: some(['Dick Clark']) },
    ],
    [
      'takes the works after "such films as"',
      'bbc-entertainment-333',
      'such films as',
      { type: 'star', who: some(['Dougray Scott', 'Enigma']) },
    ],
    [
      'reads "retired from the stage" as a retirement',
      'bbc-entertainment-138',
      'retired from the stage',
      { type: 'retirement', who: ['John Deacon'] },
    ],
  ])('%s (%s)', (_, id, words, has) => {
    expect(told(id, words)).toContainEqual(expect.objectContaining(has));
  });
});

describe('an appearance in a role or on stage is acting, not being seen in public', () => {
  it.each([
    ['bbc-entertainment-333', 'make his final appearance as the secret agent'],
    ['bbc-entertainment-307', 'Her last appearance on stage was as Mrs Pearce'],
  ])('%s: "%s" is a part played (star), no appearance', (id, words) => {
    const types = toldIn(runGold(id), words, { mentions: true }).map((e) => e.type);
    expect(types).toContain('star');
    expect(types).not.toContain('appearance');
  });
});

describe('legal, health and gossip', () => {
  itTells([
    // Reads "has been spared jail" as a sentence.
    ['bbc-entertainment-258', 'spared jail', 'only', 'sentence', null, ['Courtney Love']],
    // Reads "in hospital … after suffering a mild stroke" as a health event.
    ['bbc-entertainment-219', 'mild stroke', 'only', 'health', null, ['Dick Clark']],
    // Reads "clashed with Us Weekly" as a feud with the magazine.
    ['bbc-entertainment-345', 'clashed with', 'among', 'feud', '2005-02', ['Britney Spears', 'Us Weekly']],
    // Reads "disclosed last year that…" as his statement.
    ['bbc-entertainment-219', 'disclosed', 'among', 'statement', '2003', ['Dick Clark']],
  ]);

  it('reads "In a letter on her website" as her post (bbc-entertainment-345)', () => {
    expect(told('bbc-entertainment-345', 'In a letter on her website')).toContainEqual(
      expect.objectContaining({ type: 'post', who: some(['Britney Spears']) }),
    );
  });
});

describe('no event where none happens', () => {
  it('reads "Oscar nominee Clive Owen" as an epithet, not a nomination (bbc-entertainment-333)', () => {
    expect(told('bbc-entertainment-333', 'Oscar nominee Clive Owen')).toEqual([]);
  });

  it('reads "she wrote in the caption" as the post told again, not a statement (celebrity-118legit)', () => {
    expect(told('celebrity-118legit', 'she wrote in the caption')).toEqual([]);
    expect(told('celebrity-118legit', 'sharing a sweet snap')).toContainEqual(
      expect.objectContaining({ type: 'post', who: some(['Miranda Lambert']) }),
    );
  });
});

describe('whose events', () => {
  itTells([
    // The title's "If" opens no clause, a title in quotes is a work, and what goes on "where" a gathering is, is at its time.
    // Takes the song of "she sang “If It Wasn’t For Texas” with George Strait", at the telethon's time.
    [
      'celebrity-118legit',
      'where she sang',
      'among',
      'performance',
      '2017-09-12',
      ['George Strait', 'If It Wasn’t For Texas', 'Miranda Lambert'],
    ],
    // A couple is both of them.
    // Reads "The couple, who married in Los Angeles last September" as both people's wedding.
    [
      'bbc-entertainment-345',
      'who married in Los Angeles',
      'among',
      'wedding',
      '2004-09',
      ['Britney Spears', 'Kevin Federline'],
    ],
    // Names that only describe: Free is Rodgers' old band, not on this tour.
    // Keeps Free out of "on tour … with former Free and Bad Company singer Paul Rodgers".
    ['bbc-entertainment-138', 'go on tour next year', 'among', 'tour', '2005', ['Paul Rodgers', 'Queen']],
  ]);

  it('reads "before their breakup" as both people\'s split (celebrity-167fake)', () => {
    expect(told('celebrity-167fake', 'before their breakup')).toContainEqual(
      expect.objectContaining({ type: 'split', who: ['Fergie', 'Josh Duhamel'] }),
    );
  });
});

describe('who takes part past "including" and a dash', () => {
  itTells([
    // "including" lists examples of what the verb is done to: the people and works after it take part.
    [
      'bbc-entertainment-073',
      'nominated in six Oscar categories including best film and best actor for Jamie Foxx',
      'only',
      'nomination',
      null,
      ['Jamie Foxx', 'Oscars', 'Ray'],
    ],
    // A relative clause set off by dashes is about the name before the first dash.
    ['bbc-entertainment-312', 'The Aviator - which won five Oscars', 'among', 'award', null, ['Oscars', 'The Aviator']],
  ]);

  it('reads no one into "the wife of Kanye West — who just threw a lavish baby shower" (celebrity-109fake)', () => {
    // The relative is about the wife, unnamed here; Kanye West threw no party.
    const out = runExcerpt('celebrity-109fake');
    expect(toldIn(out, 'baby shower').filter((e) => e.who.includes('Kanye West'))).toEqual([]);
  });
});

describe('takings at the box office', () => {
  itTells([
    // A sum of money in the clause makes "took" the film's takings; the brackets of "(£102m)" do not cut the clause
    // off from its time, "to become the biggest film in Japan in 2004".
    ['bbc-entertainment-046', 'which took 20bn yen', 'only', 'earnings', '2004', ["Howl's Moving Castle"]],
  ]);

  it('keeps "took the top spot in the singles chart" a chart placing, no takings (bbc-entertainment-261)', () => {
    const out = runText(
      'bbc-entertainment-261',
      '2005-02-13',
      "U2's latest single Sometimes You Can't Make It On Your Own took the top spot in the singles chart.",
    );
    expect(toldIn(out, 'took the top spot').map((e) => e.type)).not.toContain('earnings');
  });
});

describe('brackets', () => {
  it('keep a time told again in brackets apart: "postponed his concert … Monday (March 27) night" (celebrity-037legit)', () => {
    const out = runExcerpt('celebrity-037legit');
    expect(toldIn(out, 'postponed his concert').find((e) => e.type === 'cancellation')?.date).toBe('2017-03-27');
  });
});
