// Fuzzing the whole extractor on headline-like text: pieces of the claims lexicon's own forms (any of them may open
// the text, capitalised as a headline writes it), names, and punctuation, in any order. "Married at First Sight star…"
// (a GossipCop headline) threw an index error in the claims stage; whatever the text, extraction must return, and
// every claim must point into the text and at entities it found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import claimsLexicon from '../../data/lexicons/claims.json' with { type: 'json' };
import { extract } from '../../src/extract/index.ts';
import { envCount } from './harness.ts';

// RUMOURMILL_FUZZ_RUNS=<n> for a longer search.
const RUNS = envCount('RUMOURMILL_FUZZ_RUNS', 200);

const FORMS = [...new Set(claimsLexicon.propositions.flatMap((g) => g.forms))].filter((f) => !f.includes('*'));
const capitalised = (form: string): string => form.charAt(0).toUpperCase() + form.slice(1);
const NAMES = ['Kim Kardashian', 'Kanye West', 'Tom', 'Ana de Armas', 'Zendaya', 'Mission: Impossible', 'People'];
const MARKS = [',', '.', ':', '?', '!', '“', '”', '"', "'s", '—', '(', ')', '\n\n', 'her', 'his', 'they', 'not'];
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FORMS) },
  { weight: 2, arbitrary: fc.constantFrom(...FORMS.map(capitalised)) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
);
// A headline opens on a capitalised word as often as on a name: one-word forms ("Married", "Split") open half the texts.
const ONE_WORD = FORMS.filter((f) => !f.includes(' ')).map(capitalised);
const opener = fc.oneof(fc.constantFrom(...ONE_WORD), piece);
const text = fc.tuple(opener, fc.array(piece, { maxLength: 30 })).map(([first, rest]) => [first, ...rest].join(' '));

describe('extraction on any headline-like text', () => {
  it('returns, with every claim inside the text and about entities it found', () => {
    fc.assert(
      fc.property(text, (body) => {
        const out = extract({
          id: 'fuzz',
          text: body,
          published: '2018-03-01',
          source: null,
          title: null,
          url: null,
          origin: { file: 'fuzz' },
        });
        const ids = new Set(out.entities.map((e) => e.id));
        for (const c of out.claims) {
          expect(body.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
          for (const s of c.subjects) expect(ids.has(s)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
