import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from './index.ts';
import { at, must } from '../../invariant/index.ts';

const seed = readFileSync(new URL('../../../test/fixtures/seed.txt', import.meta.url), 'utf8').replace(
  /^\s*date \S+ /,
  '',
);

describe('analyse', () => {
  it('gives every token its exact span in the text', () => {
    const { tokens } = analyse(seed);
    expect(tokens.length).toBeGreaterThan(400);
    for (const token of tokens) expect(seed.slice(token.start, token.end)).toBe(token.text);
  });

  it('splits the seed into sentences that never cross a line break', () => {
    const { sentences } = analyse(seed);
    expect(at(sentences, 0).text).toBe(
      "The rumour mill kicked into overdrive this week after the Daily Mail called Ana de Armas “Tom Cruise's girlfriend” in a new article.",
    );
    expect(sentences.map((s) => s.text)).toContain('Tom & Ana’s umbrella escape from Beckham party');
    for (const s of sentences) expect(s.text.includes('\n')).toBe(false);
  });

  it('tags proper nouns', () => {
    const { tokens } = analyse('Tom Cruise met Ana de Armas on Saturday.');
    expect(tokens.filter((t) => t.pos === 'PROPN').map((t) => t.text)).toEqual(
      expect.arrayContaining(['Tom', 'Cruise', 'Ana', 'Armas']),
    );
  });

  // Where wink ends a sentence at an outlet's "!" although the sentence goes on.
  it.each([
    {
      why: 'the name goes on, or a lower-case word follows',
      text: 'A rep confirmed to E! News that the couple split. She told OK! magazine she was happy. What a night!',
      sentences: [
        'A rep confirmed to E! News that the couple split.',
        'She told OK! magazine she was happy.',
        'What a night!',
      ],
    },
    {
      why: 'a comma follows (celebrity-120fake)',
      text: 'The source, which spoke to OK!, claimed that the couple split. They met at OK! Then they left.',
      sentences: [
        'The source, which spoke to OK!, claimed that the couple split.',
        'They met at OK!',
        'Then they left.',
      ],
    },
  ])('does not end a sentence at the "!" of an outlet\'s name when $why', ({ text, sentences }) => {
    expect(analyse(text).sentences.map((s) => s.text)).toEqual(sentences);
  });

  it("keeps a site's name whole and does not end a sentence at its dot (celebrity-038fake)", () => {
    const text =
      'RadarOnline.com has exclusively learned that the pair split. Read more at Contactmusic.co.uk. The end.';
    const { sentences, tokens } = analyse(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'RadarOnline.com has exclusively learned that the pair split.',
      'Read more at Contactmusic.co.uk.',
      'The end.',
    ]);
    expect(tokens.map((t) => t.text)).toContain('RadarOnline.com');
    expect(tokens.map((t) => t.text)).toContain('Contactmusic.co.uk');
    // A dot before a word that is no domain still ends the sentence.
    expect(analyse('He left.co-stars stayed.').tokens.map((t) => t.text)).not.toContain('left.co');
  });

  it('does not end a sentence at an abbreviation when it goes on in lower case (the Pattinson casting stream)', () => {
    const text =
      'Deadline reports that Warner Bros. has secured Robert Pattinson to lead The Batman. He signed with Warner Bros. The deal is done.';
    expect(analyse(text).sentences.map((s) => s.text)).toEqual([
      'Deadline reports that Warner Bros. has secured Robert Pattinson to lead The Batman.',
      'He signed with Warner Bros.',
      'The deal is done.',
    ]);
  });

  it('ends a sentence at a word wink takes for an abbreviation ("can\'t wait to wed.", celebrity-076fake)', () => {
    const text = "He and Jennifer can't wait to wed. Read more: she sat. Then she said no. It was Sat. 5 May.";
    const { sentences, tokens } = analyse(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "He and Jennifer can't wait to wed.",
      'Read more: she sat.',
      'Then she said no.',
      'It was Sat. 5 May.',
    ]);
    expect(tokens.filter((t) => /^(?:wed|sat|no)$/.test(t.text)).map((t) => [t.text, t.pos])).toEqual([
      ['wed', 'VERB'],
      ['sat', 'VERB'],
      ['no', 'INTJ'],
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits a possessive the same way whatever text was read before', () => {
    // bbc-entertainment-141 after celebrity-060legit: "John's," used to leave "John's" whole in
    // wink's cache, and the next "Sir Elton John's partner" lost its "'s" token.
    const victim = "The Osbournes had been celebrating the birthday of singer Sir Elton John's partner David Furnish.";
    const words = (text: string): string[] => analyse(text).tokens.map((t) => t.text);
    const alone = words(victim);
    expect(alone).toEqual(expect.arrayContaining(['John', "'s", 'partner']));
    expect(words("a guy called Pete Shotton who was a friend of John's, saw me cycling")).toContain("John's");
    expect(words(victim)).toEqual(alone);
  });

  it('keeps exact offsets and every character when a scraped line runs thousands of characters without a space', () => {
    const text = `${seed.slice(0, 300)}\n${'-'.repeat(2600)}\nShe smiled.`;
    const { tokens, sentences } = analyse(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.map((t) => t.text).join('').length).toBe(text.replace(/\s/g, '').length);
    expect(must(sentences.at(-1), 'expected sentences.at(-1)').text).toBe('She smiled.');
  });

  it('cuts such a run at the very start of the text too, where no space comes before it', () => {
    // Uncut, wink reads the run as one token, in time quadratic in its length; cut every 500 characters, no token is
    // longer, and every character is still a token's.
    const text = `${'x'.repeat(2_600)} She smiled.`;
    const { tokens } = analyse(text);
    expect(Math.max(...tokens.map((t) => t.text.length))).toBeLessThanOrEqual(500);
    expect(tokens.map((t) => t.text).join('')).toBe(text.replace(/\s/g, ''));
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
