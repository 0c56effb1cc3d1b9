import { BOILERPLATE, CAPTION_CREDIT_END, CREDIT_LINE_END, CREDIT_LINE_START } from './lexicon.ts';
import type { Line } from './lines.ts';

/** A line with its neighbours (the non-blank lines before and after it), as rules see it. */
export type Context = { line: Line; previous: Line | undefined; next: Line | undefined };

/** What a debris span is: a later stage may want a post's author, never a credit. */
export type DebrisKind =
  'boilerplate' | 'credit' | 'caption' | 'byline' | 'teaser' | 'headline' | 'link' | 'tweet' | 'post';

/** A rule that recognises a whole debris line; its name is kept as provenance. */
export type LineRule = { name: string; kind: DebrisKind; test: (context: Context) => boolean };

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const QUOTE_START = /^["“”‘’'«]/;
// A sentence ends in . ! ? … possibly inside a closing quote or bracket.
const TERMINAL = /[.!?…:;,]["”’'»)\]]*$/;
// A prose paragraph ends a sentence; one ending in ":" or "," introduces what follows (a quoted post, a list).
const PROSE_END = /[.!?…]["”’'»)\]]*$/;
const SENTENCE_INSIDE = /[.!?]["”’']?\s/;
// Month names and numbers open timeline subheadings ("August 20", "May 2011—Young and in Love"),
// which anchor the times that follow: they are the article's structure, not debris.
const DATE_START = /^(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i;
const BYLINE = /^By [\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,3}$/u;
const LIST_ITEM = /^(?:[-–—•*·]|\d+[.)]\s)/;
const SOCIAL_END = /(?:#\w+|@\w+|\p{Extended_Pictographic}\uFE0F?)$/u;

/** Caption credits on their own line. */
const credit: LineRule = {
  name: 'debris.credit-line',
  kind: 'credit',
  test: ({ line }) =>
    line.text.length <= 200 &&
    words(line.text) <= 30 &&
    !QUOTE_START.test(line.text) &&
    (CREDIT_LINE_START.test(line.text) || CREDIT_LINE_END.test(line.text) || CAPTION_CREDIT_END.test(line.text)),
};

const byline: LineRule = { name: 'debris.byline', kind: 'byline', test: ({ line }) => BYLINE.test(line.text) };

const boilerplate: LineRule = {
  name: 'debris.boilerplate',
  kind: 'boilerplate',
  test: ({ line }) => line.text.length <= 240 && BOILERPLATE.some((pattern) => pattern.test(line.text)),
};

/** "ARE MILEY AND LIAM GETTING MARRIED THIS SUMMER? CLICK HERE …": a shouted teaser for another story. */
const shouted: LineRule = {
  name: 'debris.shouted-teaser',
  kind: 'teaser',
  test: ({ line }) => {
    if (QUOTE_START.test(line.text) || words(line.text) < 4) return false;
    const { letters, capitals } = letterCounts(line.text);
    return letters >= 12 && capitals / letters >= 0.9;
  },
};

const LETTER = /^\p{L}$/u;
const CAPITAL = /^\p{Lu}$/u;

/**
 * How many UTF-16 units of `text` are letters, and capitals: what deleting every non-letter (`[^\p{L}]`), then every
 * non-capital, leaves. Counted rather than built: this runs on every paragraph, and the two copies were half the stage.
 */
function letterCounts(text: string): { letters: number; capitals: number } {
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 65 && c <= 90) capitals++;
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
      continue;
    }
    // Beyond ASCII ("É", "’", an emoji's two units), the code point is asked of the same classes.
    const char = String.fromCodePoint(text.codePointAt(i) ?? c);
    if (LETTER.test(char)) {
      letters += char.length;
      if (CAPITAL.test(char)) capitals += char.length;
    }
    i += char.length - 1;
  }
  return { letters, capitals };
}

/**
 * "Tom & Ana’s umbrella escape from Beckham party": a short title-like line set between prose
 * paragraphs, an embedded related-story headline or a caption. Kept as text: the first line (the
 * article's own headline), hard-wrapped lines (the next line goes on in lower case), runs of short
 * lines (lists, summary bullets: the previous line is not prose), quotes, list items, quoted posts
 * (ending in a hashtag or emoji), and date subheadings.
 */
const headline: LineRule = {
  name: 'debris.embedded-headline',
  kind: 'headline',
  test: ({ line, previous, next }) =>
    previous !== undefined &&
    PROSE_END.test(previous.text) &&
    !(next && /^["“‘']?\p{Ll}/u.test(next.text)) &&
    !(next && isTitleLike(next.text) && !CREDIT_LINE_START.test(next.text) && !CREDIT_LINE_END.test(next.text)) &&
    isTitleLike(line.text) &&
    !DATE_START.test(line.text),
};

/** Short, capitalised, one phrase with no closing punctuation. */
export function isTitleLike(text: string): boolean {
  return (
    text.length <= 120 &&
    words(text) <= 16 &&
    /^[\p{Lu}\d]/u.test(text) &&
    !TERMINAL.test(text) &&
    !SENTENCE_INSIDE.test(text) &&
    !LIST_ITEM.test(text) &&
    !SOCIAL_END.test(text) &&
    !QUOTE_START.test(text)
  );
}

/** Tried in order; the first that matches names the span. */
export const LINE_RULES: LineRule[] = [boilerplate, credit, byline, shouted, headline];
