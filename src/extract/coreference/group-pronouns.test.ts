// Pronouns of bands and bodies, on passages of development articles, as written.
import { describe, expect, it } from 'vitest';
import { expectOwners, ownerOf, people, readCases } from './people.test-helper.ts';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from '../entities/index.ts';
import { resolveCoreference } from './index.ts';

// bbc-entertainment-162, its first paragraphs as written.
const PRINCE =
  'Prince earned more than any other pop star in 2004, beating artists such Madonna and Elton John in US magazine Rolling Stone\'s annual list.\n\nThe singer banked $56.5m (£30.4m) from concerts, album and publishing sales with his Musicology tour and album. He kept Madonna in second place, as she earned $54.9m (£29.5m) while embarking on her global Re-Invention Tour. Veterans Simon and Garfunkel were in 10th place, their comeback tour helping them earn $24.9m (£13.4m) last year.\n\n"Prince returned to centre stage after a decade in the commercial wilderness," the magazine reported. The singer\'s 2004 tour took $90.3m (£48.5m) in ticket sales and he sold 1.9 million copies of his latest album Musicology.\n\nAlthough she grossed more than Prince last year, Madonna remained in second place because of the "monumental" production costs of her tour. Heavy metal band Metallica\'s Madly in Anger with the World tour helped push their 2004 earnings up to $43.1m (£23.1m). They were ahead of Sir Elton John, who took fourth place and almost $42.';

const CASES = readCases(new URL('./group-pronouns.cases.json', import.meta.url));

/** Every entity of the text, people or not, after coreference. */
function all(text: string) {
  const doc = makeDoc(text);
  return resolveCoreference(doc, findEntities(doc));
}

describe('a pronoun no person took', () => {
  it.each(CASES)('$what', ({ text, owners }) => {
    expectOwners(text, all(text), owners);
  });

  it('is left to the people when a person was named since the band (bbc-138)', () => {
    const text =
      'The remaining members of rock band Queen are to go on tour next year with former Free and Bad Company singer Paul Rodgers taking Freddie Mercury\'s place.\n\nGuitarist Brian May has said he expects to be on the road with Rodgers and drummer Roger Taylor from April. May said: "Suddenly the Queen Phoenix is rising again from the ashes and will take precedence over... our lives." Queen have played with many different singers since Mercury\'s death in 1991 but have reportedly not toured. May performed with Rodgers at a concert to celebrate the 50th anniversary of the Fender Stratocaster guitar in London in September.\n\n"We were both so amazed at the chemistry that was going on in [Free hit] All Right Now, that suddenly it seems blindingly obvious that there was \'something happening here,\'" May wrote on his website. They teamed up again for a concert to mark their induction into the UK Music Hall of Fame.';
    expect(
      ownerOf(text, all(text), 'They', 'They teamed').filter((n) => !people(text).some((p) => p.name === n)),
    ).toEqual([]);
  });
});

describe('a title word used as a name', () => {
  it('is a stage name when the article uses it alone, with no determiner, again and again ("Prince earned …")', () => {
    const prince = all(PRINCE).find((e) => e.name === 'Prince');
    expect(prince?.type).toBe('person');
    expect(prince?.mentions.filter((m) => m.text === 'Prince').length).toBe(3);
  });

  it('and the band named after the pair of people takes the "their" and "They" that follow it', () => {
    const found = all(PRINCE);
    expect(ownerOf(PRINCE, found, 'their', 'push their')).toEqual(['Metallica']);
    expect(ownerOf(PRINCE, found, 'They', 'They were')).toEqual(['Metallica']);
  });
});
