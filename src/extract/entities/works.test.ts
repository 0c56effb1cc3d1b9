// Shows named like people. Sentences from development articles (celebrity pairs 001–200), as written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from './index.ts';
import { mentionsOf, typed } from './typed.test-helper.ts';

// The tests that are data (a sentence and an entry its entities must have, or lack), in works.cases.json.
type Case = { title: string; has?: Array<[text: string, entry: string]>; lacks?: Array<[text: string, entry: string]> };
const sections = JSON.parse(readFileSync(new URL('./works.cases.json', import.meta.url), 'utf8')) as Array<{
  describe: string;
  cases: Case[];
}>;
for (const section of sections) {
  describe(section.describe, () => {
    for (const { title, has = [], lacks = [] } of section.cases) {
      it(title, () => {
        for (const [text, entry] of has) expect(typed(text), text).toContain(entry);
        for (const [text, entry] of lacks) expect(typed(text), text).not.toContain(entry);
      });
    }
  });
}

describe('a work named like a person stays a work', () => {
  it('reads "Will & Grace" in a work\'s frame as one title, with no person Grace (178fake)', () => {
    const text =
      "However, after a few bad interviews (who could ever forget the Jane Fonda and Will & Grace cast mishap), Megyn's ratings have gone down by 14 percent.";
    expect(typed(text)).toContain('work:Will & Grace');
    expect(typed(text).filter((t) => /Grace|Will/.test(t) && t.startsWith('person'))).toEqual([]);
  });

  it('gives the same pair the same reading elsewhere in the article', () => {
    const text = 'Debra Messing starred in Will & Grace for eight seasons. Fans of Will & Grace cheered the news.';
    const works = findEntities(makeDoc(text)).filter((e) => e.type === 'work');
    expect(works.map((w) => [w.name, w.mentions.length])).toEqual([['Will & Grace', 2]]);
  });

  it('reads a one-name show after "episode of", "series", "appearance on" (149legit, 101legit)', () => {
    expect(
      typed(
        'During a September episode of her Netflix series\u00a0Chelsea, the comedian\u00a0dissed the Academy Award-winning actress.',
      ),
    ).toContain('work:Chelsea');
    expect(
      typed(
        "Big sis Kim Kardashian won't be ending the suspense any time soon, judging by her recent appearance on James Corden.",
      ),
    ).toEqual(['person:Kim Kardashian', 'work:James Corden']);
  });

  it('types a show called after its host as a work, and the host as a person (185legit)', () => {
    const text =
      'Well, Graham Norton of Britain’s Graham Norton Show tried to get some answers, while Kidman sat next to Colin Farrell.';
    expect(typed(text)).toEqual(expect.arrayContaining(['person:Graham Norton', 'work:Graham Norton Show']));
    expect(typed('She appeared on The Ellen DeGeneres Show on Friday.')).toEqual(['work:The Ellen DeGeneres Show']);
  });

  it('leaves a person a person where the frame word is a verb or the name modifies a work noun', () => {
    expect(typed('The leaked pics show Harry and Kendall on the beach.')).toContain('person:Harry');
    expect(typed('Top of the Pops has turned to the star of Elvis Presley musical Jailhouse Rock.')).not.toContain(
      'work:Elvis Presley',
    );
    expect(typed('Ellen DeGeneres told Ellen Page that she loved the film.')).toEqual([
      'person:Ellen DeGeneres',
      'person:Ellen Page',
    ]);
  });
});

describe('venues and outlets are not people', () => {
  it('types a venue by its last word, whatever title or name opens it (BBC 247, 295; celebrity 132)', () => {
    expect(typed('The singer performed at the Prince Edward Theatre in London.')).toContain(
      'place:Prince Edward Theatre',
    );
    expect(typed('The tour opened at the Onyx Hotel last week.')).toContain('place:Onyx Hotel');
    expect(typed('They marched to the King Center in Atlanta.')).toContain('place:King Center');
    // A surname that is also a venue word stays a name.
    expect(typed('Jerry Hall and Lee Hall were there.')).toEqual(['person:Jerry Hall', 'person:Lee Hall']);
  });
});

describe('a place that is also a given name', () => {
  // Sentences from celebrity 020fake, 084legit, 090fake, 179legit, 149fake.
  it("is a place in a list of places, as a town's state, or before a noun it modifies", () => {
    expect(typed('They were seen sightseeing in Lake Como in Italy, Venice, Florence and Paris.')).toEqual(
      expect.arrayContaining(['place:Florence', 'place:Paris']),
    );
    expect(typed('The girls who walk the runways of New York, Milan and Paris dream of it.')).toContain('place:Paris');
    expect(typed("Kim doesn't deserve that, especially after her Paris robbery in early October.")).toEqual([
      'person:Kim',
      'place:Paris',
    ]);
    expect(typed('The march in Charlottesville, Virginia drew crowds.')).toContain('place:Virginia');
  });

  it("stays the person when the article uses it as someone's given name", () => {
    const text =
      "It's no secret that Chelsea Handler, 42, has never been a fan. Chelsea and Jen stopped being friends.";
    expect(typed(text).filter((t) => t.startsWith('place'))).toEqual([]);
  });
});

describe('plural common nouns are no bands', () => {
  it('reads a capital after a colon or a quote, and a plural acronym, as common nouns (038fake, 116legit, BBC 197)', () => {
    expect(typed('And viewers tuned out too: Ratings were down for that episode.')).toEqual([]);
    expect(typed('She said: “Reporters were calling my parents.”')).toEqual([]);
    expect(typed('The three DJs were chosen for their taste. MPs were angry.')).toEqual([]);
    expect(typed('Last year U2 were the biggest act.')).toContain('group:U2');
  });
});

describe('stage names that open with "The"', () => {
  it('makes "The X" a person where the text treats it as one, and everywhere in the article then', () => {
    const text =
      'Selena Gomez was seen with The Weeknd in Florence. Later that day The Weeknd, 27, said little. Fans of The Weeknd cheered.';
    const weeknd = findEntities(makeDoc(text)).filter((e) => e.name === 'The Weeknd');
    expect(weeknd.map((e) => [e.type, e.mentions.length])).toEqual([['person', 3]]);
  });
});

describe('quoted titles in a list', () => {
  it('takes every title of a list a plural work noun opens, commas inside the quotes, one word or several (057fake)', () => {
    const text =
      "Films include 'The Mask,' 'My Best Friend's Wedding,' 'There's Something About Mary,' 'Charlie's Angels,' " +
      "'Shrek,' 'Gangs of New York,' 'What Happens In Vegas,' 'Bad Teacher,' 'The Other Woman' and 'Annie (2014)'";
    expect(typed(text)).toEqual([
      'work:The Mask',
      "work:My Best Friend's Wedding",
      "work:There's Something About Mary",
      "work:Charlie's Angels",
      'work:Shrek',
      'work:Gangs of New York',
      'work:What Happens In Vegas',
      'work:Bad Teacher',
      'work:The Other Woman',
      'work:Annie',
    ]);
  });
});

describe('titles after a work noun', () => {
  it('a given name alone after a work noun is the title, at its other bare mentions too (bbc 073): the film Ray', () => {
    const text =
      'Ray Charles died last year. Oscar-nominated film biopic Ray has surpassed its US box office takings. Ray has ' +
      'been nominated in six Oscar categories.';
    const found = findEntities(makeDoc(text));
    expect(found.find((e) => e.name === 'Ray')?.type).toBe('work');
    expect(found.find((e) => e.name === 'Ray')?.mentions.map((m) => m.start)).toEqual([
      text.indexOf('Ray has surpassed'),
      text.indexOf('Ray has been'),
    ]);
    expect(found.map((e) => `${e.type}:${e.name}`)).toContain('person:Ray Charles');
  });
});

// Sentences of development articles: a title before a screen role and a person's name.
describe('a work before a role and a name', () => {
  it.each([
    ['bbc 333', 'Others thought to be in the running include Star Wars actor Ewan McGregor.', 'work:Star Wars'],
    ['bbc 333', 'Colin Farrell, Jude Law and Troy star Eric Bana have also been tipped.', 'work:Troy'],
    [
      'bbc 101',
      'Vince Vaughn stars in quirky movie Thumbsucker while 21 Grams actress Naomi Watts plays.',
      'work:21 Grams',
    ],
    ['bbc 201', 'Lucas won over The Office creator Ricky Gervais, who won a special award.', 'work:The Office'],
  ])('types the title a work (%s)', (_id, text, want) => {
    expect(typed(text)).toContain(want);
  });
  it.each([
    ['a medium', 'Reality TV star Kim Kardashian arrived.', 'work:TV'],
    ['a demonym', 'Yesterday British actor Hugh Grant arrived.', 'work:British'],
    [
      'a title cut at its "and" (bbc 311)',
      'And last week Only Fools and Horses star David Jason criticised TV.',
      'work:Horses',
    ],
  ])('leaves %s alone', (_what, text, bait) => {
    expect(typed(text)).not.toContain(bait);
  });
});

describe('a title typed once is that title wherever the article names it again', () => {
  it('reads a show named before "star" and again on its own as one work, no event (bbc-entertainment-212)', () => {
    const text =
      "Newcomers to the annual list included Nighty Night star Julia Davis at seven and Black Books' Tamsin Greig at 19. Production companies also featured in the top 50, including Steve Coogan's Baby Cow, which created Nighty Night among others.";
    const found = findEntities(makeDoc(text));
    expect(mentionsOf(found, 'Nighty Night')).toEqual(['Nighty Night', 'Nighty Night']);
    expect(found.filter((e) => e.name === 'Nighty Night').map((e) => e.type)).toEqual(['work']);
  });

  it('reads an album named after "album," as that album later, not a company (bbc-entertainment-344)', () => {
    const text =
      'Mr Digney said the recording studio had been used by Charles for many years, and was where he recorded much of his last album, Genius Loves Company. Following his death, Charles won eight Grammy Awards, including album of the year for Genius Loves Company, a collection of duets.';
    const found = findEntities(makeDoc(text));
    expect(found.filter((e) => e.name === 'Genius Loves Company').map((e) => e.type)).toEqual(['work']);
    expect(mentionsOf(found, 'Genius Loves Company')).toHaveLength(2);
  });

  it('reads a novel opening a sentence as the novel named before, not an island (bbc-entertainment-007)', () => {
    const text =
      "Novelist Andrea Levy won novel of the year with her book Small Island. Small Island, Levy's fourth novel, is set in post-war London.";
    const found = findEntities(makeDoc(text));
    expect(found.filter((e) => e.name === 'Small Island').map((e) => e.type)).toEqual(['work']);
    expect(mentionsOf(found, 'Small Island')).toHaveLength(2);
  });

  it('leaves a rapper named like a title to the person (bbc-entertainment-288)', () => {
    const text =
      'The rapper was joined by his former protege The Game. The Game, whose real name is Jayceon Taylor, told a news conference: "I want to apologise."';
    expect(typed(text)).not.toContain('work:The Game');
  });
});

describe("a broadcaster's programme", () => {
  it("reads a name after a broadcaster's possessive as its programme (bbc 170, 331)", () => {
    expect(
      typed(
        "Plans to create a US soap based on the BBC's EastEnders have reportedly been drawn up by the Fox TV network.",
      ),
    ).toContain('work:EastEnders');
    expect(
      typed("Ross, who is the presenter of BBC One's Film 2005, was also involved in the deliberations."),
    ).toContain('work:Film 2005');
  });
  it("leaves a person and a building after a broadcaster's possessive alone (celebrity-128legit, bbc 201)", () => {
    expect(
      typed('But in August, Jenner told HBO’s Bill Simmons, “I honestly have not outwardly supported anyone.”'),
    ).toContain('person:Bill Simmons');
    expect(
      typed(
        "The ceremony was presented by Jonathan Ross from ITV's London Studios headquarters on the capital's South Bank.",
      ),
    ).not.toContain('work:London Studios');
  });
  it('finds a one-word title typed once wherever it stands alone (bbc 170)', () => {
    const found = findEntities(
      makeDoc(
        "Plans to create a US soap based on the BBC's EastEnders have reportedly been drawn up. At home, EastEnders has been facing its own ratings battle.",
      ),
    );
    const work = found.find((e) => e.type === 'work' && e.name === 'EastEnders');
    expect(work?.mentions.map((m) => m.text)).toEqual(['EastEnders', 'EastEnders']);
  });
});
