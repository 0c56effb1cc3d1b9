// Rumour talk, denials, contractions and verbal forms on excerpts of development articles of the
// celebrity fake-news corpus (pairs 001-200, none in test/gold), run through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { excerptRunner } from '../../../test/helpers/excerpts.ts';

const run = excerptRunner('claims-dev-excerpts.jsonl', '2017-01-01');

/** [type/value, holder kind, stance, subject names] of every claim. */
function claims(id: string): Array<[string, string, string, string]> {
  const x = run(id);
  const name = (e: string) => x.entities.find((n) => n.id === e)?.name ?? e;
  return x.claims.map((c) => [`${c.type}/${c.value}`, c.holder.kind, c.stance, c.subjects.map(name).join(' + ')]);
}

describe("rumour talk speculates in the article's voice", () => {
  it('"Wedding rumors for Miley Cyrus and Liam Hemsworth are heating up… before tying the knot" (009fake): a wedding to come is the engagement\'s news', () => {
    expect(claims('celebrity-009fake')).toEqual([
      ['relationship/engaged', 'author', 'hedges', 'Miley Cyrus + Liam Hemsworth'],
    ]);
  });
  it('"Miley Cyrus\'s sister, Noah Cyrus, has addressed rumours that her big sister married Liam Hemsworth" pairs no sister with the other (098legit)', () => {
    // The claim is Miley's marriage to Hemsworth; "her big sister" is no entity mention, so the finder cannot name her
    // and makes no claim rather than marry the two sisters (as it once did, which this test let through).
    expect(claims('celebrity-098legit').filter((c) => c[3].includes('Miley') && c[3].includes('Noah'))).toEqual([]);
  });
});

describe('denials', () => {
  it('"he and Charlotte are not in a relationship" denies dating (135fake)', () => {
    expect(claims('celebrity-135fake').map((c) => [c[0], c[2]])).toEqual([['relationship/dating', 'denies']]);
  });
  it('"Ellen recently slammed divorce rumors", and her quote after it, deny a split; "Portia, my beautiful wife" confirms the marriage (078fake)', () => {
    expect(claims('celebrity-078fake').map((c) => c.slice(0, 3))).toEqual([
      ['relationship/split', 'principal', 'denies'],
      ['relationship/split', 'principal', 'denies'],
      ['relationship/married', 'principal', 'confirms'],
    ]);
  });
  it('"slammed the claims" is a denial, not a feud (135legit)', () => {
    expect(claims('celebrity-135legit').filter((c) => c[0] === 'feud/feud')).toEqual([]);
  });
});

describe('forms the lexicon spells out in full', () => {
  it('"She\'s pregnant," said by "a reported friend of the couple" is an anonymous source asserting (003fake)', () => {
    const x = run('celebrity-003fake');
    const quoted = x.claims.filter((c) => c.evidence.text.startsWith('"She\'s pregnant,"'));
    expect(quoted.map((c) => [`${c.type}/${c.value}`, c.holder.kind, c.stance])).toEqual([
      ['pregnancy/pregnant', 'anonymous', 'asserts'],
    ]);
  });
  it('"doing lines of cocaine", quoted from "a source tells Star", is a health claim the source asserts (067fake)', () => {
    expect(claims('celebrity-067fake')).toEqual([['health/health', 'anonymous', 'asserts', 'Lindsay']]);
  });
  it('"Sources tell Star, “…IVF treatments…”": the evidential cue names the speaker, it does not hedge (007legit)', () => {
    // The excerpt opens on the sentence that names her: a pregnancy is the woman's (pregnant-woman.ts).
    expect(claims('celebrity-007legit').filter((c) => c[0].startsWith('pregnancy/'))[0]).toEqual([
      'pregnancy/pregnant',
      'anonymous',
      'asserts',
      'Jennifer',
    ]);
  });
  it('"Kris Jenner later married decathlete Caitlyn Jenner": a verb the tagger calls an adjective (191fake)', () => {
    expect(claims('celebrity-191fake').map((c) => c.slice(0, 3))).toEqual([
      ['relationship/married', 'author', 'asserts'],
    ]);
  });
  it('"starred together as a married couple" names no marriage (105legit)', () => {
    expect(claims('celebrity-105legit')).toEqual([]);
  });
});
