import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import {
  alternation,
  escapeRegExp,
  execAll,
  firstIndex,
  matchesNotAfter,
  PhraseMatcher,
  phraseSource,
  lyingIn,
  startingIn,
  tokenIndexAt,
  wholeWords,
} from './index.ts';
import { at } from '../../invariant/index.ts';

const doc = (text: string) => makeDoc(text);

describe('lexicon phrases as regex source', () => {
  it('tries the longest phrase first, so "could it be" wins over "could be" where both start', () => {
    const re = new RegExp(wholeWords(alternation(['could be', 'could it be'])), 'giu');
    expect('Could it be love?'.match(re)).toEqual(['Could it be']);
  });

  it('forgives a curly apostrophe and extra spacing, and matches whole words only', () => {
    const re = new RegExp(wholeWords(phraseSource("it's understood")), 'giu');
    expect(re.test('It’s  understood that the pair split.')).toBe(true);
    expect(new RegExp(wholeWords(escapeRegExp('Getty')), 'u').test('in Gettysburg')).toBe(false);
  });

  // The alternation is written as a trie (patterns.ts): it must find what the flat list, longest first, finds.
  it('finds, as a trie, exactly what the flat list finds in real articles, with the real lexicons', () => {
    const forms = (file: string, pick: (json: never) => string[]) =>
      pick(JSON.parse(readFileSync(new URL(`../../../data/lexicons/${file}`, import.meta.url), 'utf8')) as never);
    const lists = [
      // Lower-cased as hedges/lexicon.ts keys them ("I think" beside "if" would keep the flat list).
      forms('hedges.json', (j: { cues: Array<{ forms: string[] }> }) =>
        j.cues.flatMap((c) => c.forms.map((f) => f.toLowerCase())),
      ),
      forms('sourcing.json', (j: Record<'anonymous' | 'onRecord' | 'denials' | 'hedges', string[]>) => [
        ...j.anonymous,
        ...j.onRecord,
        ...j.denials,
        ...j.hedges,
      ]),
      forms('sensational.json', (j: { phrases: string[] }) => j.phrases),
    ];
    const dir = new URL('../../../data/samples/', import.meta.url);
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'));
    for (const phrases of lists) {
      const flat = [...new Set(phrases)]
        .sort((a, b) => b.length - a.length)
        .map(phraseSource)
        .join('|');
      const trie = alternation(phrases);
      expect(trie).not.toBe(flat);
      const found = (source: string) =>
        texts.flatMap((t) => [...t.matchAll(new RegExp(wholeWords(source), 'giu'))].map((m) => `${m.index}:${m[0]}`));
      expect(found(trie)).toEqual(found(flat));
      expect(found(trie).length).toBeGreaterThan(0);
    }
  });

  it('keeps the flat list where the trie could choose differently: phrases differing only in case', () => {
    expect(alternation(['Sources', 'sources say'])).toBe('sources\\s+say|Sources');
    const re = new RegExp(`^(?:${alternation(['sources', 'sources say', 'source'])})`, 'i');
    expect('Sources say she left'.match(re)?.[0]).toBe('Sources say');
    expect('Sources sayings'.match(new RegExp(wholeWords(alternation(['sources', 'sources say'])), 'iu'))?.[0]).toBe(
      'Sources',
    );
  });

  it('escapes a credit name literally: "(AFP)" is not a group', () => {
    expect(new RegExp(escapeRegExp('AP (US)')).test('AP (US)')).toBe(true);
    expect(new RegExp(escapeRegExp('AP (US)')).test('AP US')).toBe(false);
  });
});

describe('positions', () => {
  it('finds the token covering an offset, or the next one after a space', () => {
    const d = doc('Zendaya and Tom Holland were seen together.');
    expect(at(d.tokens, tokenIndexAt(d, d.text.indexOf('Holland') + 2)).text).toBe('Holland');
    expect(at(d.tokens, tokenIndexAt(d, d.text.indexOf(' Tom'))).text).toBe('Tom');
    expect(tokenIndexAt(d, d.text.length)).toBe(-1);
  });

  it('firstIndex is the first place a sorted condition holds', () => {
    const starts = [3, 8, 8, 15];
    expect(firstIndex(starts.length, (k) => at(starts, k) >= 8)).toBe(1);
    expect(firstIndex(starts.length, (k) => at(starts, k) > 8)).toBe(3);
    expect(firstIndex(starts.length, (k) => at(starts, k) > 99)).toBe(4);
  });

  it('startingIn gives the items of a sorted list that start in [from, to), in order', () => {
    const spans = [3, 8, 8, 15, 20].map((start) => ({ start }));
    expect(startingIn(spans, 8, 20).map((s) => s.start)).toEqual([8, 8, 15]);
    expect(startingIn(spans, 0, 3)).toEqual([]);
    expect(startingIn(spans, 16, 99).map((s) => s.start)).toEqual([20]);
  });

  it('lyingIn gives the items of a list sorted by start that lie wholly inside [from, to]', () => {
    const spans = [
      { start: 3, end: 6 },
      { start: 8, end: 12 },
      { start: 10, end: 25 },
      { start: 20, end: 20 + 4 },
    ];
    expect(lyingIn(spans, 8, 24)).toEqual([spans[1], spans[3]]);
    expect(lyingIn(spans, 4, 30)).toEqual([spans[1], spans[2], spans[3]]);
  });
});

describe('PhraseMatcher', () => {
  it('matches on tokens, skips an adverb inside a phrase and fills a * with a few words', () => {
    const m = new PhraseMatcher([
      { form: 'were photographed', entry: 'seen' },
      { form: 'joined * in', entry: 'with' },
    ]);
    const d = doc('They were later photographed in Malibu. Zendaya joined Tom Holland in London.');
    const found = [0, 1].flatMap((s) => m.match(d.tokens, at(d.sentences, s).firstToken, at(d.sentences, s).lastToken));
    expect(found.map((f) => [f.entry, d.text.slice(f.start, f.end)])).toEqual([
      ['seen', 'were later photographed'],
      ['with', 'joined Tom Holland in'],
    ]);
  });

  it('tokenises its forms when first asked to match, and names a form that cannot start a match', () => {
    // A lone gap: " * in" is a gap then "in".
    const broken = new PhraseMatcher([{ form: ' * in', entry: 'gap first' }]);
    const d = doc('Zendaya joined Tom Holland in London.');
    expect(() => broken.match(d.tokens, 0, d.tokens.length - 1)).toThrow(/form " \* in" must start with a word/);
  });
});

describe('matchesNotAfter', () => {
  it('finds what a leading lookbehind finds: whole words, a phrase starting inside a refused one, astral letters', () => {
    const source = alternation(['a source close to', 'source close to', 'confirmed', 'sources say', 'so']);
    const texts = [
      // celebrity-120fake's wording, and words with the phrases inside them.
      'The source, which spoke to OK!, claimed… a source close to the couple confirmed it; unconfirmed, reconfirmed.',
      'xa source close to her, sources say so',
      '𝐀confirmed 😀confirmed ₂confirmed 2confirmed',
      '',
    ];
    for (const text of texts) {
      const expected = [...text.matchAll(new RegExp(wholeWords(source), 'giu'))].map((m) => [m.index, m[0]]);
      const pattern = new RegExp(`(?:${source})(?![\\p{L}\\p{N}])`, 'giu');
      const found = matchesNotAfter(pattern, /^[\p{L}\p{N}]$/u, text).map((m) => [m.index, m[0]]);
      expect(found).toEqual(expected);
    }
  });
});

describe('execAll', () => {
  it('finds what matchAll finds, empty and astral matches too, and leaves the pattern as it was', () => {
    const patterns = [/\b(said|told|according to)\b/gi, /x*/gu, /(?=\p{L})/gu, /b?/g];
    const texts = ['Pitt said, a source told People, according to Us Weekly.', '😀x😀xx', '', 'said'];
    for (const pattern of patterns)
      for (const text of texts) {
        const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
        expect(execAll(pattern, text).map((m) => [m.index, m[0]])).toEqual(expected);
        expect(pattern.lastIndex).toBe(0);
      }
    // From the pattern's own lastIndex, as matchAll's copy starts there, and restored after.
    const moved = /a/g;
    moved.lastIndex = 2;
    expect(execAll(moved, 'aaaa').map((m) => m.index)).toEqual([...'aaaa'.matchAll(moved)].map((m) => m.index));
    expect(moved.lastIndex).toBe(2);
    expect(() => execAll(/a/, 'a')).toThrow(/must be global/);
  });
});
