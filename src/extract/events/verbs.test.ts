// Verb-anchored events on excerpts of development articles (BBC 001-350, celebrity pairs 001-200, none
// in test/gold), run through the whole pipeline: who does what to whom, when, and what is no event.
import { describe, expect, it } from 'vitest';
import { excerptRunner } from '../../../test/helpers/excerpts.ts';
import type { Event, Extraction } from '../types.ts';
import { runExcerpt } from './told.test-helper.ts';

const run = excerptRunner('events-verb-excerpts.jsonl', '2005-02-01');

/** The events of an excerpt as [type, date, participant names]. */
function told(x: Extraction, type?: string): Array<[string, string | null, string[]]> {
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.events
    .filter((e: Event) => !type || e.type === type)
    .map((e) => [e.type, e.time?.value ?? null, e.participants.map(name)]);
}

describe('career events take the subject and the work of their own clause', () => {
  const x = run('bbc-entertainment-292');
  it('"Daldry directed the successful film version of Billy Elliot" is Daldry directing the film', () => {
    expect(told(x, 'direct')).toEqual([['direct', null, ['Stephen Daldry', 'Billy Elliot']]]);
  });
  it('"Sir Elton John has composed the music" is his writing', () => {
    expect(told(x, 'write')).toEqual([['write', null, ['Elton John']]]);
  });
  it('"which requires them to sing, dance and act" is a role\'s demands, not a performance', () => {
    expect(told(x, 'performance')).toEqual([]);
  });
});

describe('legal events', () => {
  it('"Actor Bruce Willis is suing Revolution Studios over an injury he said he suffered" is a lawsuit, and the injury he said he suffered no statement of its own', () => {
    const x = run('bbc-entertainment-050');
    // The studio he sues takes part in the lawsuit too (a lawsuit's objects may be companies: event-triggers.json).
    expect(told(x, 'lawsuit')).toEqual([['lawsuit', null, ['Bruce Willis', 'Revolution Studios']]]);
    const first = x.events.filter((e) => e.evidence.text.startsWith('Actor Bruce Willis is suing'));
    expect(first.map((e) => e.type)).toEqual(['lawsuit']);
  });
  it('"her client was likely to sue the comedian" is a likelihood, not a lawsuit; the lawyer\'s saying it is a statement', () => {
    const x = run('bbc-entertainment-204');
    expect(told(x)).toEqual([['statement', null, ['Dolores M Troiani']]]);
  });
  it('"Sizzla, whose UK tour was cancelled …": the tour is his; "He was charged under a law…" is his charge', () => {
    const x = run('bbc-entertainment-246');
    // ("Sizzla's five-date UK tour was cancelled last November", told again at the end, is his too: it dates it.)
    expect(told(x, 'cancellation')).toEqual([['cancellation', '2004-11', ['Sizzla']]]);
    expect(told(x, 'charge')).toEqual([['charge', null, ['Sizzla']]]);
  });
});

describe("the clause's own time", () => {
  it('"Nogar, who died in 1994 aged 72, always used to make two tapes": the relative clause is his death, in 1994', () => {
    expect(told(run('bbc-entertainment-163'), 'death')).toEqual([['death', '1994', ['Thorne Nogar']]]);
  });
  it('"…saw Douglas\'s female co-star Kathleen Turner win a Golden Globe award for her performance in 1985"', () => {
    expect(told(run('bbc-entertainment-330'), 'award')).toEqual([
      ['award', '1985', ['Kathleen Turner', 'Golden Globes']],
    ]);
  });
  it('"Jolie started Maddox\'s adoption back in 2002, and Brad Pitt legally adopted him in 2006": the adopting is Pitt\'s, in 2006', () => {
    expect(told(run('celebrity-025fake'), 'adoption')).toEqual([['adoption', '2006', ['Brad Pitt']]]);
  });
});

describe('questions and wishes tell no event', () => {
  it('"Do you think Lady Gaga should have a baby after her split from Taylor?"', () => {
    expect(told(run('celebrity-094fake'))).toEqual([]);
  });
  it('"…Kim Kardashian is ready to file for divorce from Kanye West - but has she REALLY been cheating…?"', () => {
    expect(told(run('celebrity-019fake'), 'split')).toEqual([]);
  });
});

describe('who speaks', () => {
  it('"Miami Beach police spokesman Bobby Hernandez said the cause of death appeared to be natural": his statement, and no death of his', () => {
    expect(told(run('bbc-entertainment-044'))).toEqual([['statement', null, ['Bobby Hernandez']]]);
  });
  it('"Cosby\'s lawyer, Walter M Phillips Jr, said…": the name between commas is the speaker', () => {
    expect(told(run('bbc-entertainment-204b'))).toEqual([['statement', null, ['Walter M Phillips Jr']]]);
  });
  it('"Marlon Brando is said to have repeatedly turned down his Oscar-winning role": hearsay and an adjective, no statement and no award', () => {
    expect(told(run('bbc-entertainment-056'))).toEqual([]);
  });
  it('"A friend of the comedian told a popular publication that…": an unnamed friend, not the comedian, speaks', () => {
    expect(told(run('celebrity-168fake'), 'statement')).toEqual([]);
  });
  it('"Paul Jones, who sang on 1960s hits such as Come Tomorrow…": his singing, undated ("Come Tomorrow" is a song, not a time)', () => {
    // The entities stage now knows the song as a work: the work sung is the event's object.
    expect(told(run('bbc-entertainment-263'), 'performance')).toEqual([
      ['performance', null, ['Paul Jones', 'Come Tomorrow']],
    ]);
  });
});

describe('a verb wink tags as an adjective', () => {
  it('"Gest married Minnelli in March 2002": an -ed word between two names is a wedding (celebrity-063legit)', () => {
    const x = runExcerpt('celebrity-063legit');
    expect(told(x, 'wedding').map(([type, date, who]) => [type, date, who.slice(0, 2)])).toEqual([
      ['wedding', '2002-03', ['David Gest', 'Liza Minnelli']],
    ]);
  });
});
