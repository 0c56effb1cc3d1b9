// Kin words come from one list (data/lexicons/cues.json "kin"), read by the claims stage and by the ledger.
import { describe, expect, it } from 'vitest';
import { cues } from '../names/index.ts';
import { claimRows, run } from './test-run.ts';

describe('kin words', () => {
  it('are one list that holds the words the claims stage and the ledger once spelled out on their own', () => {
    for (const w of ['sibling', 'twin', 'child', 'kid', 'half-sister', 'stepdaughter'])
      expect(cues.kin.has(w)).toBe(true);
    // A household is no kin word: holders.ts keeps "family" apart.
    expect(cues.kin.has('family')).toBe(false);
  });

  it('a speaker talking about "her kids" is talking about them, not stating something of her own (celebrity-043legit)', () => {
    const x = run(
      'celebrity-043legit',
      'Victoria Beckham has four children with David Beckham. Victoria admitted her kids get harder to handle as ' +
        'they get older - but the most important thing is to make sure that each of them feels loved.',
    );
    expect(claimRows(x).filter(([, , , , subjects]) => subjects === 'Victoria Beckham')).toEqual([]);
  });
});
