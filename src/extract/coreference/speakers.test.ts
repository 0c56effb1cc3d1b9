// The first person inside a quotation is its speaker, on passages of development articles (bbc-entertainment 141
// and 181, celebrity 110legit and 128legit, shortened to the sentences that matter).
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from '../entities/index.ts';
import type { Entity } from '../types.ts';
import { resolveCoreference } from './index.ts';
import { findQuotations } from './speakers.ts';

function people(text: string): Entity[] {
  const doc = makeDoc(text);
  return resolveCoreference(doc, findEntities(doc)).filter((e) => e.type === 'person');
}
/** Who owns the first-person word at the n-th (from 1) occurrence of `word` after `after`. */
function ownerOf(text: string, found: Entity[], word: string, after: string, n = 1): string[] {
  let at = text.indexOf(after);
  for (let k = 0; k < n; k++) at = text.indexOf(word, at + (k === 0 ? 0 : 1));
  return found.filter((e) => e.mentions.some((m) => m.start === at && m.text === word)).map((e) => e.name);
}
const firstPerson = (e: Entity | undefined): string[] =>
  (e?.mentions ?? []).filter((m) => m.rule === 'pronoun-speaker').map((m) => m.text);

describe('first-person pronouns in quotations', () => {
  it('go to the person named with the saying verb after the quotation, and on into the next one', () => {
    const text =
      'Rock star Ozzy Osbourne has been praised by police for tackling a burglar.\n\nThe singer grabbed an intruder ' +
      'who then jumped 30ft (10m) from a first floor window. "I acted on impulse," Osbourne said. "In hindsight, it ' +
      'could have been a lot worse. It could\'ve got really ugly." A £100,000 reward has been offered.';
    const found = people(text);
    expect(ownerOf(text, found, 'I', '"I acted')).toEqual(['Ozzy Osbourne']);
    expect(firstPerson(found.find((e) => e.name === 'Ozzy Osbourne'))).toEqual(['I']);
  });

  it('go to the subject of a sentence of reported speech just before the quotation', () => {
    const text =
      "DJ Chris Evans has opened a shop to sell his furniture.\n\nThe prices were steep by a lot of people's " +
      'standards but Evans said it was not deterring shoppers. "I\'ve sold quite a lot already. Everything here is ' +
      'on sale for less than I bought it for but it\'s not really about the money."';
    const found = people(text);
    expect(ownerOf(text, found, 'I', 'shoppers.')).toEqual(['Chris Evans']);
    expect(ownerOf(text, found, 'I', 'less than')).toEqual(['Chris Evans']);
  });

  it('take the speaker before a colon or comma, past an apostrophe ("HBO’s"), and never a title in quotes', () => {
    const text =
      'Caitlyn Jenner, for her part, has made varying statements about Trump and Clinton. In a March episode of ' +
      'her show, “I Am Cait,” she said she was not a Trump fan.\n\nBut in August, Jenner told\u00a0HBO’s Bill ' +
      'Simmons, “I honestly have not outwardly supported anybody.”';
    const found = people(text);
    expect(ownerOf(text, found, 'I', 'I Am Cait')).toEqual([]);
    expect(ownerOf(text, found, 'I', 'I honestly')).toEqual(['Caitlyn Jenner']);
    expect(found.find((e) => e.name === 'Bill Simmons')?.mentions.map((m) => m.text)).toEqual(['Bill Simmons']);
  });

  it('leave a quotation inside a quotation to its own speaker, and an unattributed one to no one', () => {
    const text =
      "David's daughter started rumors by posting an Instagram story of Katharine McPhee and her father at dinner " +
      'saying, "Excited about my new step mom."\n\nIn her Health interview, the "American Idol" alum said, "We ' +
      "were in on it. She's so funny – I mean, you saw what she wrote about 'my parents.' Truly, you think that's " +
      'how she\'d announce it?"';
    const found = people(text);
    expect(ownerOf(text, found, 'my', 'Excited')).toEqual([]);
    expect(ownerOf(text, found, 'my', "'my parents")).toEqual([]);
  });
  it('need the speaker right by the verb: a handle no one knows is not the pair named before it (033legit)', () => {
    const text =
      'Rihanna, 28, is rumoured to be newly-single after splitting from on-off boyfriend Drake, while Harry is well ' +
      "and truly taken.\n\nCommenting beneath a video of the pair together on Kensington Palace's Instagram page, " +
      "rieyelisa wrote: 'Ummm yes I fully support this union.'";
    const found = people(text);
    expect(ownerOf(text, found, 'I', 'Ummm')).toEqual([]);
  });
});

describe('findQuotations', () => {
  it('pairs double and single marks and passes over apostrophes', () => {
    const text = "Paul claimed: 'He even had a relationship with Jen.' It's \"true,\" Kim's rep said.";
    expect(findQuotations(text).map((q) => text.slice(q.start, q.end))).toEqual([
      "'He even had a relationship with Jen.'",
      '"true,"',
    ]);
  });
});
