// Career history, legal, health and gossip happenings the lexicon used to miss (data/lexicons/event-triggers.json),
// on hand-annotated development articles (never the held-out ids), run through the whole pipeline as a user would.
import { describe, expect, it } from 'vitest';
import { extract, type Extraction } from '../index.ts';
import { specArticle } from '../../../test/gold/index.ts';

const memo = new Map<string, Extraction>();
const run = (id: string): Extraction =>
  memo.get(id) ?? memo.set(id, extract(specArticle(id))).get(id) ?? extract(specArticle(id));

/** The events whose evidence contains `words`, as type, date and participant names. */
function told(id: string, words: string): Array<{ type: string; date: string | null; who: string[] }> {
  const out = run(id);
  const name = (e: string) => out.entities.find((x) => x.id === e)?.name ?? e;
  return out.events
    .filter((e) => e.evidence.text.includes(words))
    .map((e) => ({ type: e.type, date: e.time?.value ?? null, who: e.participants.map(name).sort() }));
}

describe('career history', () => {
  it('reads a life story: born, film debut, "appeared in <work>" (bbc-entertainment-307)', () => {
    const id = 'bbc-entertainment-307';
    expect(told(id, 'Born in January 1934')).toEqual([{ type: 'birth', date: '1934-01', who: ['Patsy Rowlands'] }]);
    expect(told(id, 'made her film debut')).toContainEqual({
      type: 'debut',
      date: '1963',
      who: ['Patsy Rowlands', 'Tom Jones'],
    });
    // "appeared" alone is a state ("appeared to be"); "appeared in" a work is a part in it.
    expect(told(id, 'appeared in Carry On Again Doctor')).toContainEqual({
      type: 'star',
      date: '1969',
      who: ['Carry On Again Doctor', 'Patsy Rowlands'],
    });
  });

  it('takes "films" as a role word after "starred in" (bbc-entertainment-307)', () => {
    expect(told('bbc-entertainment-307', 'starred in nine')).toEqual([
      expect.objectContaining({
        type: 'star',
        who: expect.arrayContaining(['Barbara Windsor', 'Kenneth Williams', 'Patsy Rowlands', 'Sid James']) as unknown,
      }),
    ]);
  });

  it('reads an induction into a hall of fame as an award (bbc-entertainment-219)', () => {
    expect(told('bbc-entertainment-219', 'inducted into')).toContainEqual(
      expect.objectContaining({ type: 'award', date: '1993', who: expect.arrayContaining(['Dick Clark']) as unknown }),
    );
  });

  it('reads "found fame in the TV series Soldier Soldier" as starring in it (bbc-entertainment-333)', () => {
    expect(told('bbc-entertainment-333', 'found fame')).toContainEqual({
      type: 'star',
      date: null,
      who: ['Dougray Scott', 'Soldier Soldier'],
    });
  });

  it('takes the works after "such films as" (bbc-entertainment-333)', () => {
    expect(told('bbc-entertainment-333', 'such films as')).toContainEqual(
      expect.objectContaining({ type: 'star', who: expect.arrayContaining(['Dougray Scott', 'Enigma']) as unknown }),
    );
  });

  it('reads "retired from the stage" as a retirement (bbc-entertainment-138)', () => {
    expect(told('bbc-entertainment-138', 'retired from the stage')).toContainEqual(
      expect.objectContaining({ type: 'retirement', who: ['John Deacon'] }),
    );
  });
});

describe('legal, health and gossip', () => {
  it('reads "has been spared jail" as a sentence (bbc-entertainment-258)', () => {
    expect(told('bbc-entertainment-258', 'spared jail')).toEqual([
      { type: 'sentence', date: null, who: ['Courtney Love'] },
    ]);
  });

  it('reads "in hospital … after suffering a mild stroke" as a health event (bbc-entertainment-219)', () => {
    expect(told('bbc-entertainment-219', 'mild stroke')).toEqual([{ type: 'health', date: null, who: ['Dick Clark'] }]);
  });

  it('reads "clashed with Us Weekly" as a feud with the magazine (bbc-entertainment-345)', () => {
    expect(told('bbc-entertainment-345', 'clashed with')).toContainEqual({
      type: 'feud',
      date: '2005-02',
      who: ['Britney Spears', 'Us Weekly'],
    });
  });

  it('reads "In a letter on her website" as her post (bbc-entertainment-345)', () => {
    expect(told('bbc-entertainment-345', 'In a letter on her website')).toContainEqual(
      expect.objectContaining({ type: 'post', who: expect.arrayContaining(['Britney Spears']) as unknown }),
    );
  });

  it('reads "disclosed last year that…" as his statement (bbc-entertainment-219)', () => {
    expect(told('bbc-entertainment-219', 'disclosed')).toContainEqual({
      type: 'statement',
      date: '2003',
      who: ['Dick Clark'],
    });
  });
});

describe('no event where none happens', () => {
  it('reads "Oscar nominee Clive Owen" as an epithet, not a nomination (bbc-entertainment-333)', () => {
    expect(told('bbc-entertainment-333', 'Oscar nominee Clive Owen')).toEqual([]);
  });

  it('reads "she wrote in the caption" as the post told again, not a statement (celebrity-118legit)', () => {
    expect(told('celebrity-118legit', 'she wrote in the caption')).toEqual([]);
    expect(told('celebrity-118legit', 'sharing a sweet snap')).toContainEqual(
      expect.objectContaining({ type: 'post', who: expect.arrayContaining(['Miranda Lambert']) as unknown }),
    );
  });
});

describe('a work named in quotes', () => {
  it('takes the song of "she sang “If It Wasn’t For Texas” with George Strait", at the telethon\'s time (celebrity-118legit)', () => {
    // The title's "If" opens no clause, a title in quotes is a work, and what goes on "where" a gathering is, is at its time.
    expect(told('celebrity-118legit', 'where she sang')).toContainEqual({
      type: 'performance',
      date: '2017-09-12',
      who: ['George Strait', 'If It Wasn’t For Texas', 'Miranda Lambert'],
    });
  });
});

describe('a couple is both of them', () => {
  it('reads "The couple, who married in Los Angeles last September" as both people\'s wedding (bbc-entertainment-345)', () => {
    expect(told('bbc-entertainment-345', 'who married in Los Angeles')).toContainEqual({
      type: 'wedding',
      date: '2004-09',
      who: ['Britney Spears', 'Kevin Federline'],
    });
  });

  it('reads "before their breakup" as both people\'s split (celebrity-167fake)', () => {
    expect(told('celebrity-167fake', 'before their breakup')).toContainEqual(
      expect.objectContaining({ type: 'split', who: ['Fergie', 'Josh Duhamel'] }),
    );
  });
});

describe('names that only describe', () => {
  it('keeps Free out of "on tour … with former Free and Bad Company singer Paul Rodgers" (bbc-entertainment-138)', () => {
    expect(told('bbc-entertainment-138', 'go on tour next year')).toContainEqual({
      type: 'tour',
      date: '2005',
      who: ['Paul Rodgers', 'Queen'],
    });
  });
});
