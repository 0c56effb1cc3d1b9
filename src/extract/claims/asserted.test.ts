// Asserted claims (data/lexicons/asserted-claims.json) on sentences of development articles (BBC entertainment
// 001-350, celebrity pairs 001-200), entities typed by hand: what the article tells as news of a work, an organisation,
// a group or a person (charts, rankings, money, awards, nominations), and what it must not read as such.
import { describe, expect, it } from 'vitest';
import { handEntities, makeDoc } from '../../../test/helpers/hand-doc.ts';
import { findEvents } from '../events/index.ts';
import { findHedges } from '../hedges/index.ts';
import type { EntityType } from '../types.ts';
import { ASSERTED_RULES } from './asserted.ts';
import { findClaims } from './index.ts';

type Named = [name: string, mentions: string[], type: EntityType];

/** [type, holder kind, stance, subject names] of every claim of the text. */
function claims(text: string, names: Named[], published = '2005-01-15'): string[][] {
  const doc = makeDoc(text, published);
  const entities = handEntities(
    text,
    names.map(([name, mentions, type], i) => ({ id: `e${i + 1}`, type, name, mentions })),
  );
  const name = (id: string) => entities.find((e) => e.id === id)?.name ?? id;
  return findClaims(doc, entities, findEvents(doc, entities, []), findHedges(doc)).map((c) => [
    c.type,
    c.holder.kind,
    c.stance,
    c.subjects.map(name).join(' & '),
  ]);
}

describe('asserted claims of works, groups and people', () => {
  it("reads a work's chart placing past an appositive (bbc-entertainment-073)", () => {
    const text = "Sony horror film The Grudge, starring Michelle Gellar, was the US' second best-selling DVD.";
    const found = claims(text, [
      ['Sony', ['Sony'], 'organization'],
      ['The Grudge', ['The Grudge'], 'work'],
      ['Michelle Gellar', ['Michelle Gellar'], 'person'],
    ]);
    expect(found).toContainEqual(['chart', 'author', 'asserts', 'The Grudge']);
    expect(found.some((c) => c[3] === 'Michelle Gellar')).toBe(false);
  });

  it("reads a film's takings as money (bbc-entertainment-073)", () => {
    const text =
      'Ray has surpassed its US box office takings with a combined tally of $80m (£43m) from DVD and video sales and rentals.';
    expect(claims(text, [['Ray', ['Ray'], 'work']])).toEqual([['money', 'author', 'asserts', 'Ray']]);
  });

  it('gives an award "earned him" to the person whose performance earned it (bbc-entertainment-073)', () => {
    const text =
      "Foxx's critically acclaimed performance as Ray has already earned him a Screen Actors Guild Award for best actor, as well as a prestigious Golden Globe.";
    const found = claims(text, [
      ['Jamie Foxx', ['Foxx', 'him'], 'person'],
      ['Ray', ['Ray'], 'work'],
    ]);
    expect(found).toContainEqual(['award', 'author', 'asserts', 'Jamie Foxx']);
    expect(found.some((c) => c[3] === 'Ray')).toBe(false);
  });

  it("gives no award for a career's past role, a nomination or a description (bbc-entertainment-146, 316, 325)", () => {
    const bening =
      "Following a cameo in Postcards From The Edge, Bening's breakthrough role came in 1990, playing seductive con artist Myra Langtry in The Grifters - a role that won her an Oscar nomination.";
    const depp =
      'His performance in Pirates of the Caribbean, which earned him Golden Globe and Bafta nominations, had many critics thinking he based it upon the mannerisms of his friend.';
    const kanye =
      'Kanye West, the rapper who leads the awards with 10 nominations, will perform alongside John Legend, Mavis Staples and the Blind Boys of Alabama.';
    const asserted = (found: string[][]) => found.filter((c) => c[0] === 'award' || c[0] === 'nomination');
    expect(asserted(claims(bening, [['Annette Bening', ["Bening's", 'her'], 'person']]))).toEqual([]);
    expect(asserted(claims(depp, [['Johnny Depp', ['His', 'him', 'he'], 'person']]))).toEqual([]);
    // The description is tied to someone else by a coreference slip; only a name heads the relative clause.
    const found = claims(kanye, [
      ['Kanye West', ['Kanye West'], 'person'],
      ['Marc Anthony', ['the rapper'], 'person'],
    ]);
    expect(found.filter((c) => c[3] === 'Marc Anthony')).toEqual([]);
  });

  it('reads the name before "whose album" as the subject of its placing (bbc-entertainment-261)', () => {
    const text =
      'Also capitalising on Brits success were the Scissor Sisters whose eponymous album moved three places to number two.';
    expect(claims(text, [['Scissor Sisters', ['Scissor Sisters'], 'group']])).toContainEqual([
      'chart',
      'author',
      'asserts',
      'Scissor Sisters',
    ]);
  });

  it('reads a list placing after "at" (bbc-entertainment-121)', () => {
    const text =
      'Franz Ferdinand, who recently picked up five Brit Award nominations, ended up in 15th place, while the Eurythmics wound up at a lowly 38.';
    const found = claims(text, [
      ['Franz Ferdinand', ['Franz Ferdinand'], 'group'],
      ['Eurythmics', ['Eurythmics'], 'group'],
    ]);
    expect(found).toContainEqual(['ranking', 'author', 'asserts', 'Eurythmics']);
  });

  it('gives a coordinated predicate the same subject, not an object its own (bbc-entertainment-121, 201)', () => {
    const snow =
      'Scottish-based band Snow Patrol, who finished 14th in the vote and have been nominated for a pair of Brit Awards, were among the performers.';
    expect(claims(snow, [['Snow Patrol', ['Snow Patrol'], 'group']])).toContainEqual([
      'nomination',
      'author',
      'asserts',
      'Snow Patrol',
    ]);
    const office =
      "The BBC show beat The Office Christmas Special in the best TV comedy category and took the people's choice award.";
    const found = claims(office, [['The Office Christmas Special', ['The Office Christmas Special'], 'work']]);
    expect(found.filter((c) => c[3] === 'The Office Christmas Special')).toEqual([]);
  });

  it("reads a person's ranking in a magazine's list (celebrity-057fake)", () => {
    const text = 'Cameron Diaz has appeared in many films. She ranked #17 in E! Sexiest Women Entertainers.';
    expect(claims(text, [['Cameron Diaz', ['Cameron Diaz', 'She'], 'person']], '2004-06-01')).toContainEqual([
      'ranking',
      'author',
      'asserts',
      'Cameron Diaz',
    ]);
  });

  it('takes "the film" for the last work named before it (bbc-entertainment-312)', () => {
    const text =
      'Diary of a Mad Black Woman went straight in at the top. Based on a play by Tyler Perry, who also stars as a gun-toting grandmother, the film took $22.7m (£11.8m) in its first three days of release.';
    const found = claims(text, [
      ['Diary of a Mad Black Woman', ['Diary of a Mad Black Woman'], 'work'],
      ['Tyler Perry', ['Tyler Perry'], 'person'],
    ]);
    expect(found).toContainEqual(['money', 'author', 'asserts', 'Diary of a Mad Black Woman']);
  });

  it('reads a comeback told as news, not a return home (celebrity-124fake, 130legit; bbc-entertainment-169)', () => {
    const gibson = 'After a half-decade off screens, Gibson has made a gradual comeback in recent years.';
    expect(claims(gibson, [['Mel Gibson', ['Gibson'], 'person']], '2017-01-20')).toEqual([
      ['career', 'author', 'asserts', 'Mel Gibson'],
    ]);
    const swift =
      'Taylor Swift has officially returned. This morning, after a social media blackout, she posted a clip.';
    expect(claims(swift, [['Taylor Swift', ['Taylor Swift', 'she'], 'person']], '2017-08-24')).toContainEqual([
      'career',
      'author',
      'asserts',
      'Taylor Swift',
    ]);
    const blake =
      'He said he briefly returned to the restaurant to collect a gun he had left behind and discovered her body when he returned.';
    const found = claims(blake, [['Robert Blake', ['He', 'he'], 'person']]);
    expect(found.filter((c) => c[0] === 'career')).toEqual([]);
  });

  it('reads no age as a placing (bbc-entertainment-021)', () => {
    const text =
      'She became ill with diphtheria but kept in touch, and, eventually, with a governess in tow, joined Diaghilev in Monte Carlo when she was 14.';
    const found = claims(text, [
      ['Alicia Markova', ['She', 'she'], 'person'],
      ['Diaghilev', ['Diaghilev'], 'person'],
    ]);
    expect(found.filter((c) => c[0] === 'ranking' || c[0] === 'chart')).toEqual([]);
  });

  it("leaves a quoted speaker's words to the quote rules (bbc-entertainment-201)", () => {
    const text =
      'The Office lost to Little Britain. Gervais said: "The show has won an awful lot of awards in the last couple of years, too much. It\'s got embarrassing to be honest."';
    const found = claims(text, [
      ['The Office', ['The Office'], 'work'],
      ['Little Britain', ['Little Britain'], 'work'],
      ['Ricky Gervais', ['Gervais'], 'person'],
    ]);
    expect(found.filter((c) => c[0] === 'award' && c[3] === 'The Office')).toEqual([]);
  });

  it('names every rule, each with its type', () => {
    const names = ASSERTED_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(ASSERTED_RULES.every((r) => r.type.length > 0 && r.value.length > 0)).toBe(true);
  });
});
