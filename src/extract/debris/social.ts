import type { Span } from '../types.ts';
import { linesOf, type Line } from './lines.ts';
import { at as atIndex } from '../../invariant/index.ts';

// Embedded posts as scraped pages leave them: the post's text, then its attribution line.
//   I am SO excited to be a part of NBC's next live musical #ByeByeBirdieLive! pic.twitter.com/QEaYmlOFUj
//   - Jennifer Lopez (@JLo) December 8, 2016                          (celebrity-032legit)
//   A photo posted by champagnepapi (@champagnepapi) on Nov 4, 2016 at 1:34am PDT   (celebrity-046legit)
// None of it is the article's prose: a fan's "so drake and taylor swift are dating" is no claim of
// the outlet. The author, handle and date are kept so a later stage can read a post as its author's words.

/** An embedded tweet or Instagram post: the whole of it, its attribution's parts, and its text. */
export type SocialPost = Span & {
  kind: 'tweet' | 'post';
  rule: string;
  /** The name the attribution gives ("Jennifer Lopez", "danny"). */
  author: Span | null;
  /** The handle with its "@" ("@JLo"). */
  handle: Span;
  /** `YYYY-MM-DD` when the attribution dates the post. */
  date: string | null;
  /** The post's own text, when the page shows it. */
  body: Span | null;
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = `(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})`;
// "- Jennifer Lopez (@JLo) December 8, 2016", "— Tom Holland (@TomHolland1996) July 16, 2017":
// Twitter's embed attribution. The dash opens a line or follows a space.
// Some pages drop the date: then the attribution ends its line.
const TWEET = new RegExp(
  `(?<=^|[ \\t\\u00a0])[—–-][ \\t\\u00a0]*([^\\n()@—–]{1,60}?)[ \\t\\u00a0]*\\((@\\w{1,30})\\)(?:[ \\t\\u00a0]*(${DATE})|(?=[ \\t\\u00a0]*$))`,
  'gmu',
);
// "A post shared by Zendaya (@zendaya) on Jun 5, 2019 at 10:22am PDT": Instagram's.
const POST = new RegExp(
  `\\bA (?:post|photo|video) (?:shared|posted) by[ \\t\\u00a0]+([^\\n()@]{1,60}?)[ \\t\\u00a0]*\\((@[\\w.]{1,30})\\)(?:[ \\t\\u00a0]+on[ \\t\\u00a0]+(${DATE})(?:[ \\t\\u00a0]+at[ \\t\\u00a0]+\\d{1,2}:\\d{2}[ \\t\\u00a0]*[ap]m(?:[ \\t\\u00a0]+[A-Z]{2,4})?)?)?`,
  'giu',
);
const VIEW_ON_INSTAGRAM = /^view this (?:post|photo|video|profile) on instagram$/i;
// A tweet is at most 280 characters; room for a link and a stray line.
const MAX_BODY = 320;

/** "December 8, 2016", "8 Dec 2016" → "2016-12-08"; null when it is no real date. */
export function isoDate(text: string): string | null {
  const parts = /^(?:([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4}))$/.exec(text.trim());
  if (!parts) return null;
  const month = MONTHS.indexOf((parts[1] ?? atIndex(parts, 5)).slice(0, 3).toLowerCase()) + 1;
  const day = Number(parts[2] ?? parts[4]);
  const year = Number(parts[3] ?? parts[6]);
  if (month === 0 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const spanOf = (text: string, start: number, end: number): Span => ({ text: text.slice(start, end), start, end });

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(atIndex(text, start))) start++;
  while (end > start && /\s/.test(atIndex(text, end - 1))) end--;
  return end > start ? spanOf(text, start, end) : null;
}

function lineAt(lines: Line[], offset: number): number {
  return lines.findIndex((l) => offset >= l.start && offset <= l.end);
}

/**
 * The post's text: what stands before the attribution on its line, else the line before it
 * (Twitter's embed puts them on lines of their own), when that is short enough to be a post.
 */
function tweetBody(text: string, lines: Line[], start: number): Span | null {
  const at = lineAt(lines, start);
  if (at < 0) return null;
  const line = atIndex(lines, at);
  const before = trimmed(text, line.start, start);
  if (before) return before.text.length <= MAX_BODY ? afterIntroduction(text, before) : null;
  const previous = lines[at - 1];
  if (!previous || previous.text.length > MAX_BODY || /:$/.test(previous.text)) return null;
  return spanOf(text, previous.start, previous.end);
}

// "Taylor Swift wrote on Twitter. So proud of you! pic.twitter.com/abc — Taylor Swift (@taylorswift13) May 5, 2019":
// where a page lost the embed's line breaks, the article's sentence introducing the post is prose, not the post.
const INTRODUCES =
  /\b(?:tweet(?:ed|s)?|wrote|writes|posted|posts|shared|shares|captioned|Twitter|Instagram)\b[^.!?:]*[.:]\s+(?=\S)/gu;

function afterIntroduction(text: string, body: Span): Span {
  let cut = -1;
  for (const m of body.text.matchAll(INTRODUCES)) cut = m.index + m[0].length;
  return cut > 0 && cut < body.text.length ? spanOf(text, body.start + cut, body.end) : body;
}

// Instagram's embed: "View this post on Instagram", the caption, "A post shared by …".
function postBody(text: string, lines: Line[], start: number): { body: Span | null; from: number } {
  const at = lineAt(lines, start);
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    if (!VIEW_ON_INSTAGRAM.test(atIndex(lines, k).text)) continue;
    const first = lines[k + 1];
    const body = first && k + 1 < at ? spanOf(text, first.start, atIndex(lines, at - 1).end) : null;
    return { body, from: atIndex(lines, k).start };
  }
  return { body: null, from: start };
}

/** Embedded tweets and Instagram posts, in text order. */
export function findSocialPosts(text: string): SocialPost[] {
  const lines = linesOf(text);
  const posts: SocialPost[] = [];
  for (const m of text.matchAll(TWEET)) {
    const start = m.index;
    const end = start + m[0].length;
    const author =
      atIndex(m, 1).trim() === ''
        ? null
        : spanOf(
            text,
            start + m[0].indexOf(atIndex(m, 1).trim()),
            start + m[0].indexOf(atIndex(m, 1).trim()) + atIndex(m, 1).trim().length,
          );
    const handleAt = start + m[0].indexOf(atIndex(m, 2));
    const body = tweetBody(text, lines, start);
    const from = body ? Math.min(body.start, start) : start;
    posts.push({
      ...spanOf(text, from, end),
      kind: 'tweet',
      rule: 'debris.tweet',
      author,
      handle: spanOf(text, handleAt, handleAt + atIndex(m, 2).length),
      date: m[3] ? isoDate(m[3]) : null,
      body,
    });
  }
  for (const m of text.matchAll(POST)) {
    const start = m.index;
    const end = start + m[0].length;
    const authorText = atIndex(m, 1).trim();
    const authorAt = start + m[0].indexOf(authorText);
    const handleAt = start + m[0].indexOf(atIndex(m, 2));
    const { body, from } = postBody(text, lines, start);
    posts.push({
      ...spanOf(text, from, end),
      kind: 'post',
      rule: 'debris.instagram-post',
      author: spanOf(text, authorAt, authorAt + authorText.length),
      handle: spanOf(text, handleAt, handleAt + atIndex(m, 2).length),
      date: m[3] ? isoDate(m[3]) : null,
      body,
    });
  }
  return posts.sort((a, b) => a.start - b.start);
}
