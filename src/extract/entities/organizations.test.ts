import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from './index.ts';
import { must } from '../../invariant/index.ts';
import { typed } from './typed.test-helper.ts';

// Excerpts of development articles (test/fixtures/dev-organizations.jsonl), not of the gold set.
const rows = readFileSync(new URL('../../../test/fixtures/dev-organizations.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { id: string; phrase: string; text: string });

describe('organizations', () => {
  for (const row of rows) {
    it(`${row.phrase} (${row.id}) is an organization`, () => {
      const entity = findEntities(makeDoc(row.text)).find((e) => e.mentions.some((m) => m.text === row.phrase));
      expect(entity?.type).toBe('organization');
    });
  }
  it('a studio name opening a longer name is left to the longer name', () => {
    const row = must(
      rows.find((r) => r.phrase === 'Sony Pictures'),
      'expected Sony Pictures',
    );
    const names = findEntities(makeDoc(row.text)).map((e) => e.name);
    expect(names).toContain('Sony Pictures');
    expect(names).not.toContain('Sony');
  });
});

describe('a body named after its noun', () => {
  const typed = (text: string) => findEntities(makeDoc(text)).map((e) => `${e.type}:${e.name}`);
  it('"independent label Domino" (bbc 236), "his independent label Zomba" (bbc 346) are organizations', () => {
    expect(typed('They signed with independent label Domino, home of Smog, in June 2003.')).toContain(
      'organization:Domino',
    );
    expect(typed('He made his fortune by selling his independent label Zomba to record giant BMG.')).toContain(
      'organization:Zomba',
    );
  });
  it('"the Musicians\' Union are calling for…" (bbc 289): a plural owner inside a body\'s name, and no band', () => {
    expect(typed("Groups including the Musicians' Union are calling for an end to the raw deal.")).toEqual([
      "organization:Musicians' Union",
    ]);
    expect(typed("The Beatles' Abbey Road was released.")).not.toContain("organization:The Beatles' Abbey Road");
  });
  it('but not a person after it, nor the first half of a hyphenated name (bbc 113)', () => {
    expect(typed('The agency Chris Evans founded was sold.')).not.toContain('organization:Chris Evans');
    expect(typed('The suit also names record label Wind-Up Records.')).not.toContain('organization:Wind');
  });
});

describe('outlets whose name is also a common word', () => {
  const typeOf = (text: string, name: string) =>
    findEntities(makeDoc(text)).find((e) => e.mentions.some((m) => m.text === name))?.type;
  it('are the outlet at a sentence start when a singular reporting verb follows ("People reports")', () => {
    expect(typeOf('People reports that the couple are taking a break.', 'People')).toBe('outlet');
    expect(typeOf('Variety says the actor is the favourite for the role.', 'Variety')).toBe('outlet');
  });
  it('are not, when the plural verb says they are people ("People say")', () => {
    expect(typeOf('People say the couple are taking a break.', 'People')).toBeUndefined();
  });
});

// Sentences of development articles: bodies named by the words around them.
describe('bodies named by their context', () => {
  it.each([
    ['bbc 248', 'Brett Lock of gay group OutRage! said they were "wiping the slate clean".', 'organization:OutRage'],
    ['bbc 243', 'Hosted by radio group NRJ, the ceremony featured performances.', 'organization:NRJ'],
    [
      'bbc 248',
      'Record companies VP and Greensleeves, distributor Jet Star and others are all on board.',
      'organization:Greensleeves',
    ],
    [
      'bbc 289',
      'A US Embassy spokesman said: "We are aware that entertainers face problems."',
      'organization:US Embassy',
    ],
    [
      'bbc 201',
      'The Simpsons (Twentieth Century Fox, BBC Two/Sky One/Channel 4) won.',
      'organization:20th Century Fox',
    ],
  ])('%s: %s', (_id, text, want) => {
    expect(typed(text)).toContain(want);
  });
  it.each([
    ['a band', 'The pop group Busted are to split, and boy group Blue are to tour.', 'organization:Busted'],
    [
      'the group a list names (bbc 174)',
      'Tabby Callaghan and group G4 are the remaining finalists.',
      'organization:G4',
    ],
    [
      'a surname "Church" (bbc 346)',
      'Welsh singer Charlotte Church said she was delighted.',
      'organization:Charlotte Church',
    ],
  ])('leaves %s alone', (_what, text, bait) => {
    expect(typed(text)).not.toContain(bait);
  });
});

describe('a public body names its remit with "for" and a list, and its owners', () => {
  it.each([
    [
      'bbc-entertainment-289',
      'A Department for Media, Culture and Sport spokeswoman said: "We\'re aware that people are experiencing problems."',
      'Department for Media, Culture and Sport',
    ],
    [
      'bbc-entertainment-166',
      'It was met with protests by the National Council for Adoption, which said it "exploits" sensitive emotions.',
      'National Council for Adoption',
    ],
  ])('%s: %s', (_id, text, name) => {
    expect(typed(text)).toContain(`organization:${name}`);
    expect(typed(text).filter((e) => e.startsWith('person:'))).toEqual([]);
  });

  it("keeps a plural owner without -s inside the body's name (bbc-entertainment-248)", () => {
    const out = typed(
      "That coalition, an umbrella group including OutRage!, the Black Gay Men's Advisory Group and Jamaican movement J-Flag, said.",
    );
    expect(out).toContain("organization:Black Gay Men's Advisory Group");
    expect(out).not.toContain('organization:Advisory Group');
  });

  it('stops at a comma before a name that is no part of the body ("the Department of Health, Jones said")', () => {
    expect(typed('A spokesman for the Department of Health, Jones said, would not comment.')).toContain(
      'organization:Department of Health',
    );
  });
});

describe('public bodies and movements from organizations.json', () => {
  it.each([
    [
      'celebrity-122legit',
      'her friend Loung Ung’s memoir about surviving the Khmer Rouge genocide in Cambodia.',
      'Khmer Rouge',
    ],
    [
      'bbc-entertainment-237',
      'There were more than 10,500 firearms offences and 70 gun crime deaths in England and Wales between June 2003 and 2004, according to Home Office figures.',
      'Home Office',
    ],
  ])('%s: %s', (_id, text, name) => {
    expect(typed(text)).toContain(`organization:${name}`);
  });
});

describe('bodies by their own words (bbc-entertainment-234)', () => {
  it('reads a plural verb after a body noun as British agreement, not a band', () => {
    const text =
      "Record company SonyBMG are releasing Elvis's 18 number one singles at the rate of one a week in Britain, complete with original artwork and a collector's box.";
    expect(typed(text)).toContain('organization:SonyBMG');
    expect(typed(text)).not.toContain('group:SonyBMG');
  });
  it('reads a capitalised glue word before a body word as the opening of the body', () => {
    const text =
      'Meanwhile, a poll carried out by royalty payments group the Performing Right Society found that The Wonder of You is the Elvis song most performed by live bands and tribute acts.';
    expect(typed(text)).toContain('organization:Performing Right Society');
  });
});

describe('place-plural-team', () => {
  it('reads a place before a plural as a team, not a person called New York (celebrity-112legit)', () => {
    const found = findEntities(
      makeDoc(
        'For the 2001 season, he was offered a record-breaking 10-year $252 million contract by the Texas Rangers. In 2004, Rodriguez was traded to the New York Yankees, and in 2007 he negotiated another 10-year deal. The Yankees won.',
      ),
    ).map((e) => `${e.type}:${e.name}`);
    expect(found).toContain('organization:Texas Rangers');
    expect(found).toContain('organization:New York Yankees');
  });
  it('leaves a surname made of a given name and a title-case headline alone (bait)', () => {
    const found = findEntities(
      makeDoc(
        'Dallas Roberts said he loved it. PHOTOS: Waiting At The Altar - 38 Hollywood Weddings That Were Called Off',
      ),
    ).map((e) => `${e.type}:${e.name}`);
    expect(found).toContain('person:Dallas Roberts');
    expect(found).not.toContain('organization:Hollywood Weddings');
  });
});
