// The debris stage's only door: scraped debris found without touching the text, so offsets stay valid.
import type { Span } from '../types.ts';
import {
  EMBED_MARKERS,
  INLINE_AGENCY,
  INLINE_CAPTION,
  INLINE_PHOTOGRAPHER,
  INLINE_PHOTO_CAPTION,
  LINKS,
  MARKERS,
} from './lexicon.ts';
import { linesOf, type Line } from './lines.ts';
import { LINE_RULES, isTitleLike, type DebrisKind } from './rules.ts';
import { findSocialPosts } from './social.ts';
import { at } from '../../invariant/index.ts';

export type { DebrisKind } from './rules.ts';
export type { SocialPost } from './social.ts';

/**
 * A debris span: what it is, and for an embedded tweet or post, who posted it, when, and its
 * text (`author`, `handle`, `date`, `body`). Every later stage skips the span itself.
 */
export type DebrisSpan = Span & {
  kind: DebrisKind;
  author?: Span | null;
  handle?: Span;
  date?: string | null;
  body?: Span | null;
};

export type Debris = DebrisSpan & { rule: string };

const span = (line: Line, rule: string, kind: DebrisKind): Debris => ({
  text: line.text,
  start: line.start,
  end: line.end,
  rule,
  kind,
});

/** Whole debris lines: each line by its own rules, then the link lists that follow a "READ NEXT" marker. */
function debrisLines(text: string): Debris[] {
  const lines = linesOf(text);
  const found = new Map<number, Debris>();
  lines.forEach((line, i) => {
    if (EMBED_MARKERS.some((marker) => marker.test(line.text))) {
      found.set(i, span(line, 'debris.embed-frame', 'boilerplate'));
      return;
    }
    const rule = LINE_RULES.find((candidate) => candidate.test({ line, previous: lines[i - 1], next: lines[i + 1] }));
    if (rule) found.set(i, span(line, rule.name, rule.kind));
  });
  lines.forEach((line, i) => {
    if (!MARKERS.some((marker) => marker.test(line.text))) return;
    // The linked headlines and their bylines run until the first line of prose.
    for (let j = i + 1; j < lines.length && isTitleLike(at(lines, j).text); j++) {
      if (!found.has(j)) found.set(j, span(at(lines, j), 'debris.after-marker', 'headline'));
    }
  });
  return [...found.values()];
}

const overlapping = (found: Span[], start: number, end: number): boolean =>
  found.some((other) => start < other.end && end > other.start);

// Inline debris inside a line of prose, each pattern with its rule and kind, in this order.
const INLINE: Array<{ pattern: RegExp; rule: string; kind: DebrisKind }> = [
  { pattern: INLINE_AGENCY, rule: 'debris.inline-credit', kind: 'credit' },
  { pattern: INLINE_CAPTION, rule: 'debris.inline-credit', kind: 'credit' },
  { pattern: INLINE_PHOTOGRAPHER, rule: 'debris.inline-credit', kind: 'credit' },
  { pattern: INLINE_PHOTO_CAPTION, rule: 'debris.inline-caption', kind: 'caption' },
  { pattern: LINKS, rule: 'debris.link', kind: 'link' },
];

/** Debris spans with the rule that found each, sorted by start, never overlapping. */
export function findDebrisWithRules(text: string): Debris[] {
  // Posts first: their text is the line before their attribution, which a line rule may also take.
  const found: Debris[] = [];
  for (const post of findSocialPosts(text)) {
    if (!overlapping(found, post.start, post.end)) found.push(post);
  }
  for (const line of debrisLines(text)) {
    if (!overlapping(found, line.start, line.end)) found.push(line);
  }
  for (const { pattern, rule, kind } of INLINE) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // A caption may end in its own credit: "Photo: … New York. (Jamie McCarthy/Getty Images)".
      const inside = found.filter((other) => other.start >= start && other.end <= end && other.kind === 'credit');
      if (
        overlapping(
          found.filter((f) => !inside.includes(f)),
          start,
          end,
        )
      )
        continue;
      for (const f of inside) found.splice(found.indexOf(f), 1);
      found.push({ text: match[0], start, end, rule, kind });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Scraped debris in an article's text: photo credits and captions, embedded headlines, "Read
 * more" lines, links, and embedded tweets and posts (with their author, handle and date).
 * @example findDebris('…romance.(AFP)\n\n…') // [{ text: '(AFP)', start: …, end: …, kind: 'credit' }]
 */
export function findDebris(text: string): DebrisSpan[] {
  return findDebrisWithRules(text).map(({ rule: _rule, ...rest }) => rest);
}

/** An embedded tweet or post as `findDebris` gives it. */
export type PostSpan = DebrisSpan & { kind: 'tweet' | 'post'; handle: Span };

/** The embedded tweets and posts among debris spans (a Doc's `ignored`). */
export function socialPosts(spans: readonly Span[]): PostSpan[] {
  return spans.filter((s): s is PostSpan => {
    const kind = (s as Partial<DebrisSpan>).kind;
    return (kind === 'tweet' || kind === 'post') && (s as Partial<DebrisSpan>).handle !== undefined;
  });
}
