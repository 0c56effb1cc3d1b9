// One definition per vocabulary (issue 15): the claims stage's partner nouns are written once, and every list that
// means the same thing is built from it. Speech verbs: src/extract/text/speech.test.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import lexicon from '../../../data/lexicons/claims.json' with { type: 'json' };
import { PARTNER, withPartners } from './lexicon.ts';

const here = new URL('.', import.meta.url);
const sources = readdirSync(here, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => [f, readFileSync(new URL(f, here), 'utf8')] as const);
const record = readFileSync(new URL('../../../data/lexicons/record.json', import.meta.url), 'utf8');

describe('partner nouns', () => {
  it('are spelled out nowhere in the claims code or record.json but claims.json partners', () => {
    // Three partner nouns in a row are a list of them; "(?:wife|husband) of" is a phrase of its own.
    const noun = '(?:husband|wife|boyfriend|girlfriend|fianc)';
    const spelled = new RegExp(`${noun}[^|)]*\\|${noun}[^|)]*\\|${noun}`);
    expect(sources.filter(([, text]) => spelled.test(text)).map(([f]) => f)).toEqual([]);
    expect(spelled.test(record)).toBe(false);
  });
  it('stand for every relationship appositive of the lexicon but "beau" and "main squeeze" (no partner of a pattern)', () => {
    const whole = new RegExp(`^(?:${PARTNER})$`, 'i');
    expect(lexicon.appositives.forms.filter((f) => !whole.test(f))).toEqual(['beau', 'main squeeze']);
  });
  it("are what record.json's {partner} stands for", () => {
    const former = new RegExp(withPartners('former (?:{partner}|partner)'), 'i');
    expect(['former husband', 'former fiancée', 'former spouse', 'former partner'].every((t) => former.test(t))).toBe(
      true,
    );
    expect(former.test('former manager')).toBe(false);
  });
});
