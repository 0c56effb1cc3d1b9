// "it" and "its" for the work, company or festival a sentence is about, on sentences of development articles.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from '../entities/index.ts';
import type { Entity } from '../types.ts';
import { resolveCoreference } from './index.ts';

function things(text: string): Entity[] {
  const doc = makeDoc(text);
  return resolveCoreference(doc, findEntities(doc)).filter((e) => e.type !== 'person');
}

/** Who owns the `word` at its first occurrence after `after`. */
function ownerOf(text: string, word: string, after: string): string[] {
  const at = text.indexOf(word, text.indexOf(after));
  return things(text)
    .filter((e) => e.mentions.some((m) => m.start === at && m.text === word))
    .map((e) => e.name);
}

describe('it and its for things', () => {
  it('go to the show its sentence is about, past a possessor "His" (bbc-entertainment-219)', () => {
    const text =
      'Dick Clark is in hospital in Los Angeles after suffering a mild stroke. His popular music show American ' +
      'Bandstand was first broadcast in 1952, and attracted an audience of 20 million people after it was picked ' +
      'up by ABC in 1957.';
    expect(ownerOf(text, 'it', 'after')).toEqual(['American Bandstand']);
  });

  it('go to the company that speaks (bbc-entertainment-221)', () => {
    const text =
      'Bookmaker Ladbrokes said it would continue to accept bets on the final, with Kenzie its favourite at 2/9.';
    expect(ownerOf(text, 'its', 'Kenzie')).toEqual(['Ladbrokes']);
  });

  it('leave an "it" of a sentence about a person to no one (bbc-entertainment-141)', () => {
    const text =
      'Detective Inspector Paul Miller of Thames Valley Police said it appeared a man used a ladder to get into ' +
      'the house through a first floor bedroom window.';
    expect(ownerOf(text, 'it', 'said')).toEqual([]);
  });

  it('leave an "it" that stands for no one to no one', () => {
    const text = 'Channel 4 has defended the show. It is thought that the ratings fell.';
    expect(ownerOf(text, 'It', 'show')).toEqual([]);
  });
});

describe('thing pronouns, once each', () => {
  it('give a body an "its" its own pronoun rule gave it only once (bbc-entertainment-130)', () => {
    const text =
      'The single will raise money for the Disasters Emergency Committee. The charity welcomed the news of the single and said money raised would help its agencies working in the region.';
    const doc = makeDoc(text);
    const body = resolveCoreference(doc, findEntities(doc)).find((e) => e.name === 'Disasters Emergency Committee');
    const its = (body?.mentions ?? []).filter((m) => m.text === 'its');
    expect(new Set(its.map((m) => m.start)).size).toBe(its.length);
  });

  it('give a subject after a hyphenated participle its "its" (bbc-entertainment-073)', () => {
    const text =
      'Oscar-nominated film biopic Ray has surpassed its US box office takings with a combined tally of $80m from DVD and video sales and rentals.';
    const doc = makeDoc(text);
    const ray = resolveCoreference(doc, findEntities(doc)).find((e) => e.name === 'Ray');
    expect((ray?.mentions ?? []).map((m) => m.text)).toContain('its');
  });
});
