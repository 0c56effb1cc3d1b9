// The text's own word on gender over a names list's, on passages of development articles (bbc-entertainment 045,
// celebrity 048fake, the hailey-bieber-pregnancy stream).
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from '../entities/index.ts';
import type { Entity } from '../types.ts';
import { resolveCoreference } from './index.ts';

function people(text: string): Entity[] {
  const doc = makeDoc(text);
  return resolveCoreference(doc, findEntities(doc)).filter((e) => e.type === 'person');
}
const person = (found: Entity[], name: string): Entity | undefined => found.find((e) => e.name === name);
const owns = (found: Entity[], text: string, word: string, after: string): string[] => {
  const at = text.indexOf(word, text.indexOf(after));
  return found.filter((e) => e.mentions.some((m) => m.start === at && m.text === word)).map((e) => e.name);
};

describe('gender from the text', () => {
  it('"Jean Reno … His roles": the text makes a man of a name the list calls female, and she is the woman named', () => {
    const text =
      "Godzilla star Jean Reno was France's second best-paid actor in 2004, earning 3.55m Euros (£2.45m). His roles " +
      "include a recent uncredited cameo in the Oscar-nominated Hotel Rwanda. The highest-ranking woman on Le Figaro's " +
      'list was Audrey Tautou in 10th place, earning 885,000 Euros (£611,000). She starred in A Very Long Engagement.';
    const found = people(text);
    expect(person(found, 'Jean Reno')?.gender).toBe('male');
    expect(owns(found, text, 'His', 'His roles')).toEqual(['Jean Reno']);
    expect(owns(found, text, 'She', 'She starred')).toEqual(['Audrey Tautou']);
  });

  it('"female rapper Young M.A." is a woman; "Meek … lost his cool" is Meek Mill, whom no list knows', () => {
    const text =
      "Finding a story about Nicki Minaj and Meek Mill isn't exactly a stretch. In recent days, rumors have emerged claiming that Meek Mill walked into Minaj's dressing room to find her and " +
      'female rapper Young M.A. in a lesbian tryst. Ace Showbiz has speculated that Meek Mill and Minaj split last ' +
      'month after Meek lost his cool. Mill went on an Instagram rant at Minaj and then deleted his account.';
    const found = people(text);
    expect(person(found, 'Young M.A.')?.gender).toBe('female');
    expect(person(found, 'Meek Mill')?.gender).toBe('male');
    expect(owns(found, text, 'his', 'lost his')).toEqual(['Meek Mill']);
  });

  it('"Married to Justin Bieber since 2018, she…": a name in a fronted phrase is no subject, and keeps his gender', () => {
    const text =
      'Hailey Bieber has once again pushed back against speculation that she is pregnant. Married to Justin Bieber ' +
      'since 2018, she has denied such claims repeatedly, most memorably in November 2022, when she posted a photo of ' +
      'her stomach before the rumours could build.';
    const found = people(text);
    expect(person(found, 'Justin Bieber')?.gender).toBe('male');
    expect(person(found, 'Justin Bieber')?.mentions.map((m) => m.text)).toEqual(['Justin Bieber']);
    expect(owns(found, text, 'her', 'her stomach')).toEqual(['Hailey Bieber']);
  });
});
