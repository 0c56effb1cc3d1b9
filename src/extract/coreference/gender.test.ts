// The text's own word on gender over a names list's, on passages of development articles (bbc-entertainment 045,
// celebrity 048fake, the hailey-bieber-pregnancy stream).
import { describe, expect, it } from 'vitest';
import type { Entity } from '../types.ts';
import { ownerOf, people } from './people.test-helper.ts';

const person = (found: Entity[], name: string): Entity | undefined => found.find((e) => e.name === name);
const HAILEY =
  'Hailey Bieber has once again pushed back against speculation that she is pregnant. Married to Justin Bieber ' +
  'since 2018, she has denied such claims repeatedly, most memorably in November 2022, when she posted a photo of ' +
  'her stomach before the rumours could build.';

describe('gender from the text', () => {
  // The genders the text gives, and who owns each pronoun (by the text at it).
  it.each<[string, string, [string, 'male' | 'female'][], [string, string, string[]][]]>([
    [
      '"Jean Reno … His roles": the text makes a man of a name the list calls female, and she is the woman named',
      "Godzilla star Jean Reno was France's second best-paid actor in 2004, earning 3.55m Euros (£2.45m). His roles " +
        "include a recent uncredited cameo in the Oscar-nominated Hotel Rwanda. The highest-ranking woman on Le Figaro's " +
        'list was Audrey Tautou in 10th place, earning 885,000 Euros (£611,000). She starred in A Very Long Engagement.',
      [['Jean Reno', 'male']],
      [
        ['His', 'His roles', ['Jean Reno']],
        ['She', 'She starred', ['Audrey Tautou']],
      ],
    ],
    [
      '"female rapper Young M.A." is a woman; "Meek … lost his cool" is Meek Mill, whom no list knows',
      "Finding a story about Nicki Minaj and Meek Mill isn't exactly a stretch. In recent days, rumors have emerged claiming that Meek Mill walked into Minaj's dressing room to find her and " +
        'female rapper Young M.A. in a lesbian tryst. Ace Showbiz has speculated that Meek Mill and Minaj split last ' +
        'month after Meek lost his cool. Mill went on an Instagram rant at Minaj and then deleted his account.',
      [
        ['Young M.A.', 'female'],
        ['Meek Mill', 'male'],
      ],
      [['his', 'lost his', ['Meek Mill']]],
    ],
    [
      '"Married to Justin Bieber since 2018, she…": a name in a fronted phrase is no subject, and keeps his gender',
      HAILEY,
      [['Justin Bieber', 'male']],
      [['her', 'her stomach', ['Hailey Bieber']]],
    ],
  ])('%s', (_, text, genders, owners) => {
    const found = people(text);
    for (const [name, gender] of genders) expect(person(found, name)?.gender).toBe(gender);
    for (const [word, after, want] of owners) expect(ownerOf(text, found, word, after)).toEqual(want);
  });

  it('leaves the name in a fronted phrase its own mention only', () => {
    expect(person(people(HAILEY), 'Justin Bieber')?.mentions.map((m) => m.text)).toEqual(['Justin Bieber']);
  });
});
