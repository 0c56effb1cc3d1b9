// What did not happen, or what someone wished, is no claim of it: each excerpt holds a real sentence of the development
// corpora that made a "confirmed" story before (the eval's list of confirmed stories, on record by the principal).
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.ts';

const claimsOf = (text: string) =>
  extract({ id: 't', published: '2017-01-01', title: null, source: null, url: null, text, origin: { file: 't' } })
    .claims.filter((c) => c.type !== 'statement')
    .map((c) => `${c.type}/${c.value ?? ''} ${c.stance}`);

describe('irrealis predicates', () => {
  it.each([
    {
      why: 'reads "I could literally just have walked away" as what she did not do (celebrity-112legit)',
      text: 'When she went outside, Alex Rodriguez was still there, facing away from her. “I could literally just have walked away,” Jennifer Lopez says. “But I walk over and tap him on the shoulder and say ‘Hey.’',
      not: /^career\/quit/,
    },
    {
      why: 'reads "I wanted her to adopt me" as a wish, not an adoption',
      text: '“Angie was maternal to everybody around her, not just children, but adults included. I wanted her to adopt me,” says Loung Ung of Angelina Jolie.',
      not: /./,
    },
    {
      why: 'reads "people expected me to write a song about [West]" as their expectation, not her release',
      text: 'Taylor Swift spoke about Kanye West. "I think a lot of people expected me to write a song about [West]," she told MTV at the time.',
      not: /^career\/release/,
    },
    {
      why: 'reads "We wanted to marry young" as their wish, not an engagement (hailey-bieber-pregnancy-07)',
      text: 'Justin Bieber and Hailey Bieber married in 2018. "We wanted to marry young and have children young," she explained.',
      not: /^relationship\/engaged/,
    },
    {
      why: 'does not pair Nicole Kidman with Alexander Skarsgard because her words name a husband and "Alex"',
      text: 'Nicole Kidman won the award for Big Little Lies, in which Alexander Skarsgard played her husband. “I’ve got an amazing, supportive, gorgeous husband who I love more than anything in the world and I gave Alex a congratulatory kiss and he’s like a mannequin,” Kidman said.',
      not: /^relationship\/married confirms/,
    },
  ])('$why', ({ text, not }) => {
    expect(claimsOf(text)).not.toContainEqual(expect.stringMatching(not));
  });

  it('still reads a plain infinitive of intent as news ("is to marry")', () => {
    const text =
      "Pop star Christina Aguilera is to marry music executive Jordan Bratman, the singer's agent has confirmed.";
    expect(claimsOf(text)).toContainEqual(expect.stringMatching(/^relationship\/engaged confirms/));
  });
});
