// What did not happen, or what someone wished, is no claim of it: each excerpt holds a real sentence of the development
// corpora that made a "confirmed" story before (the eval's list of confirmed stories, on record by the principal).
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.ts';

const claimsOf = (text: string) =>
  extract({ id: 't', published: '2017-01-01', title: null, source: null, url: null, text, origin: { file: 't' } })
    .claims.filter((c) => c.type !== 'statement')
    .map((c) => `${c.type}/${c.value ?? ''} ${c.stance}`);

describe('irrealis predicates', () => {
  it('reads "I could literally just have walked away" as what she did not do (celebrity-112legit)', () => {
    const text =
      'When she went outside, Alex Rodriguez was still there, facing away from her. “I could literally just have walked away,” Jennifer Lopez says. “But I walk over and tap him on the shoulder and say ‘Hey.’';
    expect(claimsOf(text)).not.toContainEqual(expect.stringMatching(/^career\/quit/));
  });

  it('reads "I wanted her to adopt me" as a wish, not an adoption', () => {
    const text =
      '“Angie was maternal to everybody around her, not just children, but adults included. I wanted her to adopt me,” says Loung Ung of Angelina Jolie.';
    expect(claimsOf(text)).toEqual([]);
  });

  it('reads "people expected me to write a song about [West]" as their expectation, not her release', () => {
    const text =
      'Taylor Swift spoke about Kanye West. "I think a lot of people expected me to write a song about [West]," she told MTV at the time.';
    expect(claimsOf(text)).not.toContainEqual(expect.stringMatching(/^career\/release/));
  });

  it('reads "We wanted to marry young" as their wish, not an engagement (hailey-bieber-pregnancy-07)', () => {
    const text =
      'Justin Bieber and Hailey Bieber married in 2018. "We wanted to marry young and have children young," she explained.';
    expect(claimsOf(text)).not.toContainEqual(expect.stringMatching(/^relationship\/engaged/));
  });

  it('does not pair Nicole Kidman with Alexander Skarsgard because her words name a husband and "Alex"', () => {
    const text =
      'Nicole Kidman won the award for Big Little Lies, in which Alexander Skarsgard played her husband. “I’ve got an amazing, supportive, gorgeous husband who I love more than anything in the world and I gave Alex a congratulatory kiss and he’s like a mannequin,” Kidman said.';
    expect(claimsOf(text)).not.toContainEqual(expect.stringMatching(/^relationship\/married confirms/));
  });

  it('still reads a plain infinitive of intent as news ("is to marry")', () => {
    const text =
      "Pop star Christina Aguilera is to marry music executive Jordan Bratman, the singer's agent has confirmed.";
    expect(claimsOf(text)).toContainEqual(expect.stringMatching(/^relationship\/engaged confirms/));
  });
});
