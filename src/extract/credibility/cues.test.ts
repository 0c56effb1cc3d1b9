import { describe, expect, it } from 'vitest';
import { findCues } from './cues.ts';
import { fixture, seedText } from './fixtures.test-helper.ts';
import { must } from '../../invariant/index.ts';

const cue = (input: Parameters<typeof findCues>[0], name: string) =>
  must(
    findCues(input).find((c) => c.name === name),
    'expected findCues(input).find(…)',
  );

describe('findCues', () => {
  it('finds the anonymous insider of a tabloid piece, with its exact span', () => {
    const article = fixture('celebrity-196fake');
    const anonymous = cue(article, 'anonymous-source');
    expect(anonymous.cues.some((c) => c.text.toLowerCase().startsWith('an insider'))).toBe(true);
    for (const c of anonymous.cues) expect(article.text.slice(c.start, c.end)).toBe(c.text);
  });

  it('finds a denial quoted in the text', () => {
    const article = fixture('celebrity-145legit');
    expect(cue(article, 'denial').cues.map((c) => c.text)).toContain('not true');
  });

  it("counts the seed article's hedges and its anonymous source", () => {
    const seed = { title: null, text: seedText(), source: null };
    expect(cue(seed, 'hedging').cues.map((c) => c.text)).toEqual(expect.arrayContaining(['reportedly']));
    expect(cue(seed, 'anonymous-source').cues.length).toBeGreaterThan(0);
    expect(cue(seed, 'headline-question').value).toBe(0);
  });

  it('flags a flat headline over a hedging body, and not a headline that hedges itself', () => {
    const body = 'The pair were reportedly seen together. Sources claim they are allegedly dating, apparently.';
    expect(cue({ title: 'Star Couple Are Dating', text: body, source: null }, 'headline-body-mismatch').value).toBe(1);
    expect(
      cue({ title: 'Star Couple Reportedly Dating', text: body, source: null }, 'headline-body-mismatch').value,
    ).toBe(0);
    expect(cue({ title: 'Are They Dating?', text: body, source: null }, 'headline-question').value).toBe(1);
  });

  it('does not take bait: words that merely contain a cue', () => {
    const text = 'Resources were scarce. The NBC and HBO shows aired. Her outsider art sold well.';
    const found = findCues({ title: 'NBC renews HBO drama', text, source: null });
    expect(
      must(
        found.find((c) => c.name === 'anonymous-source'),
        'expected anonymous-source',
      ).cues,
    ).toEqual([]);
    // Acronyms are not shouting: only 4+ capital letters count.
    expect(
      must(
        found.find((c) => c.name === 'sensational'),
        'expected sensational',
      ).cues.map((c) => c.text),
    ).not.toContain('NBC');
  });

  it('counts shouting and exclamation as sensational', () => {
    const loud = cue({ title: null, text: 'SHOCKING news!!! She is PREGNANT!', source: null }, 'sensational');
    expect(loud.cues.map((c) => c.text)).toEqual(expect.arrayContaining(['SHOCKING', '!!!', 'PREGNANT']));
    expect(
      cue({ title: null, text: 'She is expecting her first child, her publicist said.', source: null }, 'sensational')
        .value,
    ).toBe(0);
  });
});
