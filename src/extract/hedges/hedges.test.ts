import { describe, expect, it } from 'vitest';
import { makeDoc, readHouse } from '../../../test/helpers/hand-doc.ts';
import { findHedges } from './index.ts';

const cues = (text: string): string[] => findHedges(makeDoc(text)).map((h) => h.text);

describe('findHedges on the seed', () => {
  const { text, published } = readHouse('seed.txt');
  const hedges = findHedges(makeDoc(text, published));

  it('finds every hedge cue of the seed, cue words only, in text order', () => {
    expect(hedges.map((h) => h.text)).toEqual([
      'hint at', 'seems', 'seemingly', 'appeared to', 'reportedly', 'suggests', 'may', 'appears to', 'Could it be',
    ]);
  });

  it('gives spans that slice back to the cue', () => {
    for (const h of hedges) expect(text.slice(h.start, h.end)).toBe(h.text);
  });

  it('labels each cue with its category', () => {
    const byText = Object.fromEntries(hedges.map((h) => [h.text, h.category]));
    expect(byText).toMatchObject({ reportedly: 'evidential', may: 'modal', 'Could it be': 'question', seems: 'appearance', suggests: 'inference' });
  });
});

describe('findHedges cue forms', () => {
  it('finds evidential hedges but not plain attribution ("according to")', () => {
    expect(cues('According to sources, the couple allegedly split. She is said to be furious, sources say.'))
      .toEqual(['allegedly', 'is said to', 'sources say']);
  });

  it('takes the longest form', () => {
    expect(cues('They are rumored to be dating and could be engaged.')).toEqual(['are rumored to', 'could be']);
  });
});

describe('findHedges bait that must not match', () => {
  it('does not take the month or a person called May for the modal', () => {
    expect(cues('She married him in May. They wed on May 3. May Calamawy said hello.')).toEqual([]);
  });

  it('keeps the modal verb next to the month', () => {
    expect(cues('In May they may split, and by June they might wed.')).toEqual(['may', 'might']);
  });

  it('needs "to" after "appear" and a question for "could it be"', () => {
    expect(cues('He appeared on the show. It could be said. Could it be love at last.')).toEqual(['could be']);
  });

  it('does not match inside other words', () => {
    expect(cues('The mayor seemsational unlikelyhood might-have-been')).toEqual([]);
  });
});
