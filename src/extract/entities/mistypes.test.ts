// Mis-typed names met on development corpora (the celebrity pairs, BBC articles, the Hailey Bieber stream), as
// sentences of those articles: what a reader checks in the entity list.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from './index.ts';

const typed = (text: string): string[] => findEntities(makeDoc(text)).map((e) => `${e.type}:${e.name}`);

describe('names typed as what they are', () => {
  it('reads "E! News" and "E!" as one outlet (celebrity-011fake, -046legit)', () => {
    const out = typed(
      'His friends are reportedly starting to think so, according to E! News. "At one point Drake sang," an anonymous source told E!.',
    );
    expect(out).toContain('outlet:E! News');
    expect(out.filter((e) => e.startsWith('person:E'))).toEqual([]);
  });

  it('reads Marie Claire as a magazine, not a woman (celebrity-006legit)', () => {
    expect(typed('"There\'s no part of me that I don\'t feel comfortable showing," she told Marie Claire.')).toEqual([
      'outlet:Marie Claire',
    ]);
  });

  it("reads Ocean's Eleven and Ocean's 12 as films, not a person called Ocean (bbc-entertainment-074, -060)", () => {
    expect(
      typed(
        "The sequel narrowly beat its 2001 predecessor, Ocean's Eleven which took $38.1m (£19.8m) on its opening weekend. The film displaced Ocean's 12.",
      ),
    ).toEqual(["work:Ocean's Eleven", "work:Ocean's 12"]);
  });

  it('makes no royal of "Queen Bee" (celebrity-061legit) and no person of "the Queen Phoenix" (bbc-entertainment-138)', () => {
    expect(
      typed('With the help of contemporary artist Awol Erizku, Queen Bee shared her exciting news.'),
    ).not.toContain('person:Bee');
    expect(typed('May said: "Suddenly the Queen Phoenix is rising again from the ashes."')).not.toContain(
      'person:Phoenix',
    );
  });

  it('makes no people of "April Fools", "Baby Baby" or "Dog Mom" (hailey-bieber-pregnancy-01, -02, -04)', () => {
    const out = typed(
      'The caption finally admitted it: April Fools. Days earlier, the gossip account DeuxMoi had posted a blind item headed "Baby Baby," teasing that "a pair of A-listers" would share pregnancy news. Hailey added her own comment, suggesting he "change the caption to *Dog Mom and Dad* before people get the wrong idea."',
    );
    expect(out.filter((e) => e.startsWith('person:') && e !== 'person:Hailey')).toEqual([]);
  });

  it('cuts a glued "is" off a name: "Taylor Swiftis trying" (celebrity-021fake)', () => {
    expect(
      typed(
        'There are reports that Taylor Swiftis trying to rekindle her relationship with ex-boyfriend Jake Gyllenhaal.',
      ),
    ).toEqual(['person:Taylor Swift', 'person:Jake Gyllenhaal']);
  });

  it('reads "her new boyfriend The Weeknd" as a person (celebrity-023fake)', () => {
    expect(typed('That included his ex Selena Gomez, 24, and her new boyfriend The Weeknd, 26.')).toContain(
      'person:The Weeknd',
    );
  });

  it("knows the bands of a singer's career (bbc-entertainment-138)", () => {
    const out = typed(
      'Rodgers was singer with early 1970s rockers Free before forming Bad Company, a successful "supergroup" with members of King Crimson and Mott the Hoople.',
    );
    expect(out).toEqual(expect.arrayContaining(['group:Bad Company', 'group:King Crimson', 'group:Mott the Hoople']));
  });
});

describe('works and bodies the runs missed', () => {
  it('takes a quoted title whose comma sits inside the quotes after a work noun (celebrity-167legit)', () => {
    expect(
      typed(
        'The singer talked about her marriage at a screening Wednesday for her new visual album, "Double Dutchess," at iPic Theaters Fulton Market in New York.',
      ),
    ).toContain('work:Double Dutchess');
  });

  it('leaves quoted speech with a comma alone: "I Love It," she said', () => {
    expect(typed('"I Love It," she said.')).toEqual([]);
  });

  it('names a hall of fame with its "of Fame" (bbc-entertainment-138, -219)', () => {
    expect(
      typed(
        'They teamed up again for a concert to mark their induction into the UK Music Hall of Fame. He was inducted into the Rock and Roll Hall of Fame in 1993.',
      ),
    ).toEqual(['organization:UK Music Hall of Fame', 'organization:Rock and Roll Hall of Fame']);
  });
});

describe('listed names that open on a digit', () => {
  it('finds "boy band 5ive" (bbc-entertainment-138)', () => {
    expect(
      typed('Queen went to number one in 2000 with a version of We Will Rock You sung by boy band 5ive.'),
    ).toContain('group:5ive');
  });
});
