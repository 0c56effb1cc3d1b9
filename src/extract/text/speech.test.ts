// One definition of the speech verbs (issue 15): data/lexicons/speech.json, read by the claims, names and events stages.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cues } from '../claims/lexicon.ts';
import { cues as nameCues } from '../names/index.ts';
import { SPEECH_USES, speechForms } from './speech.ts';

const lexicons = new URL('../../../data/lexicons/', import.meta.url);
const raw = (file: string) => readFileSync(new URL(file, lexicons), 'utf8');

describe('speech verbs', () => {
  it('are written in speech.json only: no other lexicon keeps a speech list', () => {
    const others = readdirSync(lexicons).filter((f) => f.endsWith('.json') && f !== 'speech.json');
    expect(others.length).toBeGreaterThan(10);
    for (const file of others) expect(raw(file), file).not.toMatch(/"(?:speech|reporting|quoteOnly|reportOnly)"\s*:/);
    // The exception for a work ("wrote the songs") is written once too.
    expect(others.filter((f) => raw(f).includes('screenplay)'))).toEqual([]);
    expect(raw('speech.json').split('screenplay').length - 1).toBe(1);
  });

  it('give every use some forms, and the forms a stage looks up in a set are plain words', () => {
    for (const use of SPEECH_USES) expect(speechForms(use).length, use).toBeGreaterThan(10);
    for (const use of ['speaker', 'telling'] as const)
      expect(
        speechForms(use).filter((f) => !/^[a-z]+$/.test(f)),
        use,
      ).toEqual([]);
    // The events stage matches its speaking forms as phrases of words ("lashed out", "issued a statement").
    expect(speechForms('speaking').filter((f) => !/^[a-z]+(?: [a-z]+)*$/.test(f))).toEqual([]);
  });

  it('are shared by the saying and reporting patterns, each with forms of its own', () => {
    expect(cues.saying.test('"I am happy," she said')).toBe(true);
    expect(cues.reporting.test('she said')).toBe(true);
    // A quote is "added", a report comes "according to" someone.
    expect([cues.saying.test('she added'), cues.reporting.test('she added')]).toEqual([true, false]);
    expect([cues.saying.test('according to TMZ'), cues.reporting.test('according to TMZ')]).toEqual([false, true]);
  });

  it('spell out {notWork}: "wrote the songs" is no speech, "wrote on Instagram" is', () => {
    expect(cues.saying.test('Swift wrote the songs with Jack Antonoff')).toBe(false);
    expect(cues.reporting.test('Swift wrote on Instagram that she was happy')).toBe(true);
    expect(speechForms('quote').some((f) => f.includes('{notWork}'))).toBe(false);
  });

  it("mean a person's own word ('told', 'called him my husband') only where speech.json says so", () => {
    expect(cues.onRecord.test('Smith told Ellen she was pregnant')).toBe(true);
    expect(cues.onRecord.test('Smith called him my husband')).toBe(true);
    // "called out" is a rebuke, "reported" someone else's news: neither is one's own word on record.
    expect(cues.onRecord.test('Smith called out his critics')).toBe(false);
    expect(cues.onRecord.test('TMZ reported the split')).toBe(false);
  });

  it('make a name before them a speaker ("Fergie says"), for the names stage', () => {
    expect(['says', 'said', 'quipped', 'tweeted'].map((w) => nameCues.speech.has(w))).toEqual([true, true, true, true]);
    // 'according to' introduces a report but follows no speaker's name.
    expect(nameCues.speech.has('according to')).toBe(false);
  });
});
