import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { credibilitySignals, credibilityWords, nestedQuotes, plainWhy, quoted, stageOfItem } from './plain.ts';
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
    ).toBe("the article's own voice asserts it (split); article authors' record: 3 of 4 settled reports true");
    expect(plainWhy('capped: undated articles with no outlet add at most 1.5 in log-odds together')).not.toMatch(
      /log-odds|×/,
    );
  });

  it('names a holder once when its name only restates its kind (the fans of the Zendaya & Tom Holland story)', () => {
    expect(
      plainWhy("fans (Fans) hedges (engaged); fans' record: 1 of 1 settled report true, counts more (×1.08)"),
    ).toBe("fans hedges (engaged); fans' record: 1 of 1 settled report true");
    expect(plainWhy('fans (eagle-eyed fans) hedges (dating)')).toBe('fans (eagle-eyed fans) hedges (dating)');
    expect(plainWhy('a named source (Dominic Holland) asserts it (engaged)')).toBe(
      'a named source (Dominic Holland) asserts it (engaged)',
    );
  });

  it("says holders as the rest of the desk does: someone involved, the article's own voice", () => {
    expect(plainWhy('a principal (Tom Holland) confirms it (engaged); first from The News International')).toBe(
      'Tom Holland (involved) confirms it (engaged); first from The News International',
    );
    expect(plainWhy("the article's author hedges (dating); article credibility 0.81: counts less (×0.97)")).toBe(
      "the article's own voice hedges (dating); article credibility 81%",
    );
    expect(plainWhy("fans (eagle-eyed fans) asks whether (dating); fans' record: 2 of 3 settled reports true")).toBe(
      "fans (eagle-eyed fans) asks whether it is so (dating); fans' record: 2 of 3 settled reports true",
    );
    // Only at the start: the record of principals is no holder ("supersedes the principals' earlier statement").
    expect(plainWhy("an outlet asserts it (dating); supersedes the principals' earlier statement")).toBe(
      "an outlet asserts it (dating); supersedes the principals' earlier statement",
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

/** Story subjects with the given names, ids in order. */
const people = (...names: string[]) => names.map((name, k) => ({ id: `p${k}`, name }));

describe('labels and propositions', () => {
  it('never repeats itself', () => {
    expect(storyLabel({ type: 'health', value: 'health' })).toBe('health');
    expect(storyLabel({ type: 'casting', value: 'cast' })).toBe('casting');
    expect(storyLabel({ type: 'pregnancy', value: 'pregnant' })).toBe('pregnancy');
    expect(storyLabel({ type: 'relationship', value: 'dating' })).toBe('relationship: dating');
  });

  it("tells one person's stories of a type apart by their object (celebrity-163fake and -163legit)", () => {
    const object = { id: 'e1', name: 'The New York Times', type: 'outlet' };
    expect(storyLabel({ type: 'legal', value: 'sue', object })).toBe('legal: sue (The New York Times)');
    expect(proposition({ type: 'legal', subjects: people('Harvey Weinstein'), object }, 'sue')).toBe(
      'Harvey Weinstein is suing someone (The New York Times)',
    );
  });

  it('says a stage in plain words', () => {
    const pair = { type: 'relationship', subjects: people('Zendaya', 'Tom Holland') };
    expect(proposition(pair, 'engaged')).toBe('Zendaya and Tom Holland are engaged');
    expect(proposition(pair, 'split', { they: true })).toBe('they have split');
    expect(proposition({ type: 'pregnancy', subjects: [{ id: 'h', name: 'Hailey Bieber' }] }, 'pregnant')).toBe(
      'Hailey Bieber is expecting a baby',
    );
    // The development corpus's own stories: a birth, a feud made up, a casting with its work, a career move.
    expect(proposition({ type: 'pregnancy', subjects: [{ id: 'h', name: 'Hailey Bieber' }] }, 'born')).toBe(
      'Hailey Bieber has had a baby',
    );
    const feud = { type: 'feud', subjects: people('Katy Perry', 'Taylor Swift') };
    expect(proposition(feud, 'over')).toBe('Katy Perry and Taylor Swift have ended their feud');
    expect(proposition(feud, 'feud', { they: true })).toBe('they are feuding');
    const batman = [
      { id: 'w', name: 'The Batman', type: 'work' },
      { id: 'r', name: 'Robert Pattinson', type: 'person' },
    ];
    expect(proposition({ type: 'casting', subjects: batman }, 'cast')).toBe(
      'Robert Pattinson has been cast in The Batman',
    );
    // Without the subjects' types (the list's summaries), every subject is someone cast.
    expect(proposition({ type: 'casting', subjects: [{ id: 'r', name: 'Robert Pattinson' }] }, 'cast')).toBe(
      'Robert Pattinson has been cast in a role',
    );
    expect(proposition({ type: 'career', subjects: [{ id: 't', name: 'Tom Holland' }] }, 'quit')).toBe(
      'Tom Holland has quit a job or project',
    );
    expect(proposition({ type: 'death', subjects: [{ id: 'm', name: 'Mac Miller' }] }, 'death')).toBe(
      'Mac Miller has died',
    );
    // A type the desk has no words for is said as the ledger names it.
    expect(proposition({ type: 'hobby', subjects: [{ id: 'm', name: 'Mac Miller' }] }, 'golf')).toBe(
      'Mac Miller: hobby: golf',
    );
  });

  it('has plain words for every type and value the claim lexicons can give a story', () => {
    const lexicon = (name: string) =>
      JSON.parse(readFileSync(new URL(`../../../data/lexicons/${name}`, import.meta.url), 'utf8')) as {
        predicates?: Array<{ type: string; value: string }>;
        propositions?: Array<{ type: string; value: string }>;
      };
    const pairs = [...(lexicon('open-claims.json').predicates ?? []), ...(lexicon('claims.json').propositions ?? [])];
    const values = [...new Set(pairs.map((p) => `${p.type}|${p.value}`))].map((k) => k.split('|') as [string, string]);
    expect(values.length).toBeGreaterThan(40);
    for (const [type, value] of values) {
      const said = proposition({ type, subjects: [{ id: 'a', name: 'Ana de Armas' }] }, value);
      // The fallback form ("Ana de Armas: legal: sue") is the ledger's words, not a sentence.
      expect(said, `${type}: ${value}`).toMatch(/^Ana de Armas (is|has|will|owes) [a-z]/);
    }
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

describe('quoted', () => {
  it('quotes a sentence, with the quotes inside it as single ones', () => {
    expect(
      quoted(
        `Grazia even had an insider, who said Aniston "made it clear straight away that she didn't want to be dragged into his split from Angelina."`,
      ),
    ).toBe(
      "“Grazia even had an insider, who said Aniston ‘made it clear straight away that she didn't want to be dragged into his split from Angelina.’”",
    );
    expect(quoted("the Daily Mail called Ana de Armas “Tom Cruise's girlfriend” in a new article.")).toBe(
      "“the Daily Mail called Ana de Armas ‘Tom Cruise's girlfriend’ in a new article.”",
    );
    // A sentence that opens with a quote is already quoted; an unpaired straight quote opens after a space.
    expect(quoted('"I\'m quite sure," he wrote')).toBe('"I\'m quite sure," he wrote');
    expect(quoted('and said "we are…')).toBe('“and said ‘we are…”');
    // A quotation that runs on into a new paragraph reopens there without closing (celebrity dev: Kim and Kanye).
    expect(nestedQuotes('A source said: "It\'s looking bleak.\n\n"She didn\'t want Kanye there," they added')).toBe(
      "A source said: ‘It's looking bleak.\n\n‘She didn't want Kanye there,’ they added",
    );
  });

  it('makes the double quotes of a text set inside quotation marks single, however it opens', () => {
    // The audit log's note on a lone name's story folded into the only story it can be.
    expect(nestedQuotes('"Swift" and "Perry" read as Katy Perry & Taylor Swift: the only such story')).toBe(
      '‘Swift’ and ‘Perry’ read as Katy Perry & Taylor Swift: the only such story',
    );
    expect(nestedQuotes("“I'm quite sure,” he wrote")).toBe("‘I'm quite sure,’ he wrote");
  });
});
