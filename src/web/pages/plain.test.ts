import { describe, expect, it } from 'vitest';
import { credibilitySignals, credibilityWords, plainWhy, stageOfItem } from './plain.ts';
import { proposition, stageLine, storyLabel } from './parts.ts';

describe('plainWhy', () => {
  it('drops multipliers and says credibility as a percentage (a real why of the Wilde & Styles story)', () => {
    const why =
      'dating stage: a tabloid (TMZ) asserts it (married); article credibility 0.77: counts more (×1.27); first from TMZ; 686 days old';
    expect(plainWhy(why)).toBe(
      'a tabloid (TMZ) asserts it (married); article credibility 77%; first from TMZ; 686 days old',
    );
    expect(
      plainWhy(
        "the article's author asserts it (split); article authors' record: 3 of 4 settled reports true, counts more (×1.02)",
      ),
    ).toBe("the article's author asserts it (split); article authors' record: 3 of 4 settled reports true");
    expect(plainWhy('capped: undated articles with no outlet add at most 1.5 in log-odds together')).not.toMatch(
      /log-odds|×/,
    );
  });

  it("reads an item's stage from the ledger's prefix, else the headline's", () => {
    expect(stageOfItem({ why: 'married stage: an outlet asserts it' }, 'engaged')).toBe('married');
    expect(stageOfItem({ why: 'an outlet asserts it (engaged)' }, 'engaged')).toBe('engaged');
  });
});

describe('credibilityWords', () => {
  it('says the score and the strongest reasons in words, never model terms', () => {
    const words = credibilityWords({
      score: 0.41,
      signals: [
        { name: 'base-rate', weight: 0.4 },
        { name: 'text-model', weight: 1.2 },
        { name: 'anonymous-source', weight: -0.42 },
        { name: 'hedging', weight: -0.3 },
      ],
    });
    expect(words).toBe('41%, doubtful; against it: anonymous sourcing, hedged wording');
  });

  it('never gives a penalty the model weighed positively as a reason to believe (the seed article: sensational +0.04)', () => {
    expect(
      credibilityWords({
        score: 0.49,
        signals: [
          { name: 'sensational', weight: 0.06 },
          { name: 'anonymous-source', weight: -0.41 },
        ],
      }),
    ).toBe('49%, doubtful; against it: anonymous sourcing');
  });

  it('never counts an on-record quote against an article', () => {
    expect(credibilityWords({ score: 0.8, signals: [{ name: 'on-record', weight: -0.35 }] })).toBe(
      '80%, credible; for it: people quoted on record',
    );
  });
});

describe('credibilitySignals', () => {
  // The signals of the seed article (Tom Cruise & Ana de Armas, 2025-05-07) as its extraction gives them.
  const seed = [
    { name: 'base-rate', weight: -0.04, text: 'the log-odds of an average training article' },
    { name: 'hedging', weight: -0.25, text: 'hint at · seems · seemingly' },
    { name: 'anonymous-source', weight: -0.41, text: 'a source' },
    { name: 'on-record', weight: -0.01, text: 'confirmed · confirmed' },
    { name: 'sensational', weight: 0.04, text: 'romance · caught · spotted' },
    { name: 'text-model', weight: 1.2, text: 'instagram · at the · thing · some · had' },
    { name: 'word-meaning', weight: -0.57, text: 'tom · ana · beckham · armas · star' },
  ];

  it('says every signal in words, strongest first, with the models as one line and no model terms', () => {
    const said = credibilitySignals(seed);
    expect(said.map((s) => `${s.what}: ${s.strength} ${s.counts}`)).toEqual([
      'the wording as a whole, compared with articles whose truth is known: strongly in favour',
      'anonymous sourcing: clearly against',
      'hedged wording: clearly against',
      'sensational wording: slightly in favour',
      'people quoted on record: slightly in favour',
    ]);
    expect(JSON.stringify(said)).not.toMatch(/log-odds|text-model|word-meaning|base-rate/);
    expect(said.find((s) => s.what === 'anonymous sourcing')?.quote).toBe('a source');
  });

  it('never says an on-record quote counts against the article', () => {
    expect(credibilitySignals([{ name: 'on-record', weight: -0.35, text: 'confirmed' }])).toEqual([
      { what: 'people quoted on record', counts: 'in favour', strength: 'clearly', quote: 'confirmed' },
    ]);
  });
});

describe('labels and propositions', () => {
  it('never repeats itself', () => {
    expect(storyLabel({ type: 'health', value: 'health' })).toBe('health');
    expect(storyLabel({ type: 'casting', value: 'cast' })).toBe('casting');
    expect(storyLabel({ type: 'pregnancy', value: 'pregnant' })).toBe('pregnancy');
    expect(storyLabel({ type: 'relationship', value: 'dating' })).toBe('relationship: dating');
  });

  it('says a stage in plain words', () => {
    const pair = {
      type: 'relationship',
      subjects: [
        { id: 'a', name: 'Zendaya' },
        { id: 'b', name: 'Tom Holland' },
      ],
    };
    expect(proposition(pair, 'engaged')).toBe('Zendaya and Tom Holland are engaged');
    expect(proposition(pair, 'split', { they: true })).toBe('they have split');
    expect(proposition({ type: 'pregnancy', subjects: [{ id: 'h', name: 'Hailey Bieber' }] }, 'pregnant')).toBe(
      'Hailey Bieber is expecting a baby',
    );
  });

  it('dates a settled stage from when its status took hold', () => {
    const history = [
      { date: '2021-11-17', status: 'reported' as const, score: 0.5 },
      { date: '2023-12-07', status: 'confirmed' as const, score: 0.97 },
      { date: '2024-01-02', status: 'confirmed' as const, score: 0.98 },
    ];
    expect(
      stageLine({
        value: 'dating',
        status: 'confirmed',
        score: 0.98,
        firstSeen: '2021-11-17',
        lastSeen: '2024-01-02',
        why: '',
        decidedBy: null,
        calibration: null,
        history,
      }),
    ).toBe('dating: confirmed since 2023-12-07');
    expect(
      stageLine({
        value: 'engaged',
        status: 'reported',
        score: 0.5,
        firstSeen: '2024-01-02',
        lastSeen: '2024-01-02',
        why: '',
        decidedBy: null,
        calibration: null,
        history: [],
      }),
    ).toBe('engaged: reported');
  });
});
