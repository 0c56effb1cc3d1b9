// The trigger lexicon keeps no speech verbs of its own (issue 15): who speaks is read from data/lexicons/speech.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { speechForms } from '../text/speech.ts';
import { triggerLexicon } from './lexicon.ts';

describe('the trigger lexicon', () => {
  it("reads its verbs of speaking from speech.json, the one list ('said', 'told', 'lashed out', 'wrote')", () => {
    const speaking = triggerLexicon.triggers.filter((g) => g.needs === 'speaker');
    expect(speaking.map((g) => g.speechUse)).toEqual(['speaking']);
    expect(speaking.flatMap((g) => g.forms)).toEqual(speechForms('speaking'));
    expect(speechForms('speaking')).toEqual(expect.arrayContaining(['said', 'told', 'lashed out', 'wrote']));
    const file = readFileSync(new URL('../../../data/lexicons/event-triggers.json', import.meta.url), 'utf8');
    expect(file).not.toMatch(/"(?:said|told|lashed out)"/);
  });
});
