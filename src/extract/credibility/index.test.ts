import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.ts';
import { analyse } from '../tokens/index.ts';
import type { Claim, CredibilitySignal } from '../types.ts';
import { scoreCredibility } from './index.ts';
import { fixturePairs, seedText } from './fixtures.test-helper.ts';
import { pairwiseAccuracy } from './metrics.ts';
import { parseModelFile, shippedModel } from './shipped.ts';
import { must } from '../../invariant/index.ts';

/** The signal called `name`; the test fails, naming it, when there is none. */
const signal = (signals: CredibilitySignal[], name: string): CredibilitySignal =>
  must(
    signals.find((s) => s.name === name),
    `expected a ${name} signal`,
  );

const article = (text: string, title: string | null = null) => ({
  id: null,
  published: '2025-05-07',
  title,
  source: null,
  url: null,
  text,
  origin: { file: 'test' },
});

describe('scoreCredibility with the shipped model', () => {
  it('loads the shipped weights and the word-meaning lexicon, small enough to ship', () => {
    const model = shippedModel();
    expect(Object.keys(model.text.weights).length).toBeGreaterThan(1000);
    expect(model.stack.weights['text-model']).toBeGreaterThan(0);
    expect(model.stack.weights['meaning-model']).toBeGreaterThan(0);
    const meaning = must(model.meaning, 'the shipped model has a word-meaning lexicon');
    expect(meaning.words.slice(0, 3)).toEqual(['the', ',', '.']);
    expect(meaning.words).toHaveLength(must(model.config.meaning, 'expected model.config.meaning').vocabulary);
    for (const file of ['credibility.json', 'word-meaning.tsv']) {
      expect(statSync(new URL(`../../../data/model/${file}`, import.meta.url)).size).toBeLessThan(3_000_000);
    }
  });

  it("explains the seed article's score by its signals, each pointing at its text", () => {
    const text = seedText();
    const { score, signals } = extract(article(text)).article.credibility;
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(1);
    const names = signals.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(['base-rate', 'text-model', 'word-meaning', 'hedging', 'anonymous-source']),
    );
    // The word-meaning signal quotes words of the article itself.
    const quoted = signal(signals, 'word-meaning').text.split(' · ');
    expect(quoted.length).toBeGreaterThan(0);
    for (const word of quoted) expect(text.toLowerCase()).toContain(word.replace(/^headline: /, ''));
    // Weights are log-odds: they add up to the score's logit (up to rounding).
    const sum = signals.reduce((total, s) => total + s.weight, 0);
    expect(1 / (1 + Math.exp(-sum))).toBeCloseTo(score, 2);
    for (const s of signals) if (s.start !== undefined) expect(text.slice(s.start, s.end)).toBe(s.text.split(' · ')[0]);
    // An anonymous source counts against the article.
    expect(signal(signals, 'anonymous-source').weight).toBeLessThan(0);
  });

  it('ranks legit reports above their tabloid twins (development pairs, seen in training)', () => {
    const scored = fixturePairs().map((item) => ({
      score: extract(article(item.text, item.title)).article.credibility.score,
      label: item.label,
      group: item.group,
    }));
    expect(pairwiseAccuracy(scored)).toBe(1);
  });

  it('scores unseen tabloid wording below sober reporting of the same story', () => {
    const tabloid = extract(
      article(
        'SHOCKING! An insider close to the couple spilled the tea: they are secretly engaged and planning a wedding, a source claims. Fans are furious!!!',
        'OMG! Stars SECRETLY Engaged?!',
      ),
    ).article.credibility.score;
    const sober = extract(
      article(
        'The actor and the singer announced their engagement on Tuesday, her publicist confirmed to People in a statement. The couple met in 2019 on the set of a film.',
        'Actor and singer announce engagement',
      ),
    ).article.credibility.score;
    expect(sober).toBeGreaterThan(tabloid);
  });
});

describe("scoreCredibility with other stages' findings", () => {
  it('counts a denial the claims stage found, pointing at its evidence', () => {
    const text = 'The singer and the actor were seen at dinner. Her spokesperson said the pair are just friends.';
    const doc = {
      text,
      published: null,
      source: null,
      title: 'Singer and actor just friends',
      ignored: [],
      ...analyse(text),
    };
    const evidence = { text: 'Her spokesperson said the pair are just friends.', start: 46, end: text.length };
    const claim: Claim = {
      id: 'c1',
      type: 'relationship',
      subjects: [],
      value: 'dating',
      holder: { kind: 'principal', entity: null },
      stance: 'denies',
      evidence,
      supports: [],
      rule: 'hand',
    };
    const without = scoreCredibility(doc, { entities: [], times: [], events: [], claims: [], hedges: [] });
    const withDenial = scoreCredibility(doc, { entities: [], times: [], events: [], claims: [claim], hedges: [] });
    expect(without.signals.some((s) => s.name === 'denial')).toBe(false);
    const denial = signal(withDenial.signals, 'denial');
    expect(denial.start).toBe(46);
    expect(text.slice(denial.start, denial.end)).toBe(evidence.text);
  });
});

describe('the shipped model file', () => {
  it('is refused with the path of a weight that is not a number', () => {
    const json = JSON.parse(readFileSync(new URL('../../../data/model/credibility.json', import.meta.url), 'utf8')) as {
      text: { weights: Record<string, unknown> };
    };
    expect(parseModelFile(json, 'credibility.json').text.weights).toEqual(json.text.weights);
    json.text.weights['spotted'] = '0.5';
    expect(() => parseModelFile(json, 'credibility.json')).toThrow(/credibility\.json[\s\S]*text\.weights\.spotted/);
  });
});
