import { describe, expect, it } from 'vitest';
import { handEntities, makeDoc } from '../../../test/helpers/hand-doc.ts';
import { seedFixture } from '../../../test/helpers/seed-fixture.ts';
import { findEvents } from '../events/index.ts';
import { findHedges } from '../hedges/index.ts';
import type { Claim, EntityType } from '../types.ts';
import { findClaims } from './index.ts';
import { must } from '../../invariant/index.ts';

describe('findClaims on the seed (hand-made entities and times)', () => {
  const { doc, entities, times, text } = seedFixture();
  const events = findEvents(doc, entities, times);
  const claims = findClaims(doc, entities, events, findHedges(doc));
  const about = (fragment: string): Claim[] => claims.filter((c) => c.evidence.text.includes(fragment));

  it('finds only claims about Tom and Ana dating', () => {
    expect(claims.length).toBe(9);
    for (const c of claims) {
      expect([c.type, c.value]).toEqual(['relationship', 'dating']);
      expect([...c.subjects].sort()).toEqual(['e1', 'e2']);
    }
  });

  it('has the Daily Mail assert twice: "girlfriend" and "confirmed the pair is a thing"', () => {
    const outlet = claims.filter((c) => c.holder.kind === 'outlet');
    expect(outlet.map((c) => [c.holder.entity, c.stance])).toEqual([
      ['e5', 'asserts'],
      ['e5', 'asserts'],
    ]);
    expect(about("Tom Cruise's girlfriend")[0]?.holder.kind).toBe('outlet');
    expect(about('the pair is a thing now')[0]?.stance).toBe('asserts');
  });

  it('has an anonymous source assert, with the whole quote and its attribution as evidence', () => {
    const source = claims.filter((c) => c.holder.kind === 'anonymous');
    expect(source).toHaveLength(1);
    expect(must(source[0], 'expected an anonymous-source claim').stance).toBe('asserts');
    expect(must(source[0], 'expected an anonymous-source claim').evidence.text).toMatch(
      /^“She has been traveling with Tom[\s\S]*a source noted$/,
    );
  });

  it('has the article hedge on "hint at a deepening connection", "seems to be doing the talking" and "suggests the pair may be"', () => {
    const author = claims.filter((c) => c.holder.kind === 'author');
    expect(author.map((c) => c.stance)).toEqual(['hedges', 'hedges', 'hedges']);
    expect(must(author[0], 'expected three author claims').evidence.text).toContain('hint at a deepening connection');
    expect(must(author[1], 'expected three author claims').evidence.text).toContain('seems to be doing the talking');
    expect(must(author[2], 'expected three author claims').evidence.text).toContain('taking things to the next level');
  });

  it('has the principals not confirm, twice ("tight-lipped", "neither … has officially confirmed")', () => {
    const principal = claims.filter((c) => c.holder.kind === 'principal');
    expect(principal.map((c) => c.stance)).toEqual(['unconfirmed', 'unconfirmed']);
    expect(must(principal[1], 'expected two principal claims').evidence.text).toMatch(
      /^While neither Hollywood star has officially confirmed/,
    );
  });

  it('has the fans question whether the bouquet came from Tom', () => {
    const fans = about('Could it be a sweet gesture from Tom?');
    expect(fans.map((c) => [c.holder.kind, c.stance])).toEqual([['fans', 'questions']]);
  });

  it('backs the rumour with the party, the taxi exit, the photos and the London trip, never with a report', () => {
    const byType = (id: string) => events.find((e) => e.id === id)?.type;
    const supported = new Set(claims.flatMap((c) => c.supports.map(byType)));
    expect([...supported]).toEqual(expect.arrayContaining(['celebration', 'sighting', 'photo', 'travel']));
    expect(supported.has('report')).toBe(false);
  });

  it('gives evidence spans that slice back to the text', () => {
    for (const c of claims) expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  });
});

const people = (text: string, names: Array<[string, string[], EntityType?]>) =>
  handEntities(
    text,
    names.map(([name, mentions, type], i) => ({ id: `e${i + 1}`, type: type ?? 'person', name, mentions })),
  );

const claimsOf = (text: string, names: Array<[string, string[], EntityType?]>): Claim[] => {
  const doc = makeDoc(text, '2018-01-01');
  const entities = people(text, names);
  return findClaims(doc, entities, findEvents(doc, entities, []), findHedges(doc));
};

describe('findClaims stances and holders', () => {
  it("reads a representative's denial as the principal denying", () => {
    const text = 'Selena Gomez and Justin Bieber were seen at a cafe. A rep for Gomez denied that the pair are dating.';
    const claims = claimsOf(text, [
      ['Selena Gomez', ['Selena Gomez', 'Gomez']],
      ['Justin Bieber', ['Justin Bieber', 'Bieber']],
    ]);
    expect(claims.map((c) => [c.holder.kind, c.holder.entity, c.stance])).toEqual([['principal', 'e1', 'denies']]);
  });

  it('reads a principal on record as confirming, and "just friends" as a denial', () => {
    const text =
      'Ryan Gosling spoke to People. “I’m so happy with her,” Gosling said of Eva Mendes. Later Mendes told Us Weekly: “We are just friends.”';
    const claims = claimsOf(text, [
      ['Ryan Gosling', ['Ryan Gosling', 'Gosling']],
      ['Eva Mendes', ['Eva Mendes', 'Mendes']],
      ['People', ['People'], 'outlet'],
      ['Us Weekly', ['Us Weekly'], 'outlet'],
    ]);
    expect(claims.map((c) => [c.holder.kind, c.holder.entity, c.stance])).toEqual([
      ['principal', 'e1', 'confirms'],
      ['principal', 'e2', 'denies'],
    ]);
    expect(must(claims[0], 'expected two claims').subjects.sort()).toEqual(['e1', 'e2']);
    expect(must(claims[1], 'expected two claims').evidence.text).toBe(
      'Later Mendes told Us Weekly: “We are just friends.”',
    );
  });

  it("names an outlet's source: anonymous, and a pregnancy rumour its own type", () => {
    const text = 'Kylie Jenner is pregnant, a source told TMZ.';
    const claims = claimsOf(text, [
      ['Kylie Jenner', ['Kylie Jenner']],
      ['TMZ', ['TMZ'], 'outlet'],
    ]);
    expect(claims.map((c) => [c.type, c.subjects, c.holder.kind, c.stance])).toEqual([
      ['pregnancy', ['e1'], 'anonymous', 'asserts'],
    ]);
  });

  it('gives "sources claim" to anonymous sources who assert, and a sentence-initial "But" keeps its clause whole', () => {
    const text = 'But sources claim that Jennifer Aniston and Brad Pitt are dating again, and friends are thrilled.';
    const claims = claimsOf(text, [
      ['Jennifer Aniston', ['Jennifer Aniston']],
      ['Brad Pitt', ['Brad Pitt']],
    ]);
    expect(claims.map((c) => [c.holder.kind, c.stance])).toEqual([['anonymous', 'asserts']]);
  });

  it('keeps a hedge after "while" with no comma in its own clause (rule contrast-clause-without-comma)', () => {
    // celebrity-033legit: the rumour is that Rihanna is single; Harry's dating is the article's plain statement.
    const text = 'Harry is dating Meghan Markle while Rihanna is rumoured to be single.';
    const claims = claimsOf(text, [
      ['Harry', ['Harry']],
      ['Meghan Markle', ['Meghan Markle']],
      ['Rihanna', ['Rihanna']],
    ]);
    const dating = claims.filter((c) => c.type === 'relationship');
    expect(dating.map((c) => [c.subjects.sort(), c.holder.kind, c.stance])).toEqual([
      [['e1', 'e2'], 'author', 'asserts'],
    ]);
  });

  it('does not take "is over" about a career for a split', () => {
    const text = 'Billy Bush fears his career is over.';
    expect(claimsOf(text, [['Billy Bush', ['Billy Bush']]])).toEqual([]);
  });

  it("makes no relationship claim from a bare mention of romance in the article's voice (the release is a career claim)", () => {
    const text = 'Taylor Swift released a song about romance on Friday.';
    const claims = claimsOf(text, [['Taylor Swift', ['Taylor Swift']]]);
    expect(claims.filter((c) => c.type === 'relationship')).toEqual([]);
    expect(claims.map((c) => [c.type, c.value, c.holder.kind, c.stance])).toEqual([
      ['career', 'release', 'author', 'asserts'],
    ]);
  });
});
