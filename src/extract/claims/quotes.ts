import type { Doc } from '../doc.ts';
import { execAll, firstIndex, type Located } from '../text/index.ts';
import type { Span } from '../types.ts';
import { speakerIn, type Speaker } from './holders.ts';
import { cues } from './lexicon.ts';
import { at, must } from '../../invariant/index.ts';

/** A quotation in double quotes, curly or straight, the straight one on one line. */
export const QUOTED = /“[^”]*”|"[^"\n]*"/g;
/** The text with every double-quoted span blanked to spaces, offsets kept: what the narration says around quotes. */
export const outsideQuotes = (text: string): string => text.replace(QUOTED, (q) => ' '.repeat(q.length));

/** A quotation and who it is attributed to ("“…,” a source noted"). */
export type Quote = { start: number; end: number; speaker: Speaker; attribution: Span };

// Single quotes too, as British outlets write them: "'I'm in love with a woman and home is where the heart is, right?'
// he said in a candid interview with Esquire" (celebrity-071legit, the Daily Mail). Opened before a capital after a
// space or a line's start, closed by punctuation then a space, on one line: an apostrophe ("I'm", "Jones' house")
// is neither.
const QUOTE = /“[^”]{2,3000}”|"[^"\n]{2,3000}"|(?<=^|[\s(])['‘](?=\p{Lu})[^\n]{2,600}?[,.!?…]['’](?=\s)/gmu;
const REACH = 90; // characters an attribution may run before or after its quote

const SAYING = new RegExp(cues.saying.source, 'gi');

/**
 * The attribution before a quote is the clause of the saying verb nearest it: "The couple also wrote their own vows,
 * with Ohanian telling his wife, “I will always have bad jokes…”" (People) is Ohanian's, not the couple's who "wrote".
 * With two saying verbs or more, what stands before the last comma ahead of the last verb is another clause.
 */
function nearestSaying(text: string): string {
  const verbs = execAll(SAYING, text);
  const last = verbs.at(-1);
  if (verbs.length < 2 || !last) return text;
  const comma = text.lastIndexOf(',', last.index);
  // "Pitt, 53, said:": an age between commas is no clause break.
  if (comma < 0 || /,\s*\d{1,3},\s*\S*\s*$/.test(text.slice(0, last.index))) return text;
  return text.slice(comma + 1);
}

/**
 * The mentions findQuotes reads, from a list sorted by start: those wholly inside [start, end], in order, found by
 * binary search (filtering every mention for every quotation made long articles quadratic).
 */
export function mentionsWithin(byStart: readonly Located[]): (start: number, end: number) => Located[] {
  return (start, end) => {
    const out: Located[] = [];
    for (let i = firstIndex(byStart.length, (k) => at(byStart, k).mention.start >= start); i < byStart.length; i++) {
      const l = at(byStart, i);
      if (l.mention.start >= end) break;
      if (l.mention.end <= end) out.push(l);
    }
    return out;
  };
}

/**
 * Quotations with an attribution right after ("…,” the Daily Mail noted") or right before
 * ("Her rep told People: “…”"). Scare quotes (“Tom Cruise's girlfriend”) have no saying verb
 * next to them and are left out.
 */
export function findQuotes(doc: Doc, locatedAt: (start: number, end: number) => Located[]): Quote[] {
  const quotes: Quote[] = [];
  for (const m of doc.text.matchAll(QUOTE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (
      // "…going back to her ‘old ways,’ ”, we’re told" (celebrity-167fake): a quote inside may close first.
      !/[,.!?…—–-]['’]?\s*[”"'’]$/.test(m[0]) &&
      !/^\s*,/.test(doc.text.slice(end, end + 2)) &&
      !/:\s*$/.test(doc.text.slice(Math.max(0, start - 3), start))
    )
      continue;
    const after = must(
      /^[^.!?\n“"]*/.exec(doc.text.slice(end, end + REACH)),
      'a starred pattern matches, if only ""',
    )[0];
    const beforeText = doc.text.slice(Math.max(0, start - REACH), start);
    const before = nearestSaying(must(/[^.!?\n”"]*$/.exec(beforeText), 'a starred pattern matches, if only ""')[0]);
    // 'are "taking a break." The magazine's source insists…': a full stop inside the quote ends the sentence, so the
    // next one is not its attribution ("“…,” she said" takes a comma; "“…!” she said" an exclamation).
    const closed = /\.\s*[”"'’]$/.test(m[0]);
    const tries: Array<[string, number]> = [
      ...(closed ? [] : [[after, end] as [string, number]]),
      [before, start - before.length],
    ];
    const found = quotes.length;
    for (const [text, at] of tries) {
      if (!cues.saying.test(text)) continue;
      const speaker = speakerIn(text, at, locatedAt(at, at + text.length));
      if (!speaker) continue;
      const lead = text.length - text.trimStart().length;
      const trimmed = text.trim();
      quotes.push({
        start,
        end,
        speaker,
        attribution: { text: trimmed, start: at + lead, end: at + lead + trimmed.length },
      });
      break;
    }
    // "“I'm staying quiet on it,” she said. “The two of us take real care…”": a quote that follows its speaker's
    // attribution with nothing between goes on in the same voice (the attribution stays with the first).
    const previous = quotes.at(-1);
    if (
      quotes.length === found &&
      previous &&
      previous.attribution.end > previous.end &&
      /^[.!?]?\s*$/.test(doc.text.slice(previous.attribution.end, start))
    ) {
      quotes.push({
        start,
        end,
        speaker: previous.speaker,
        attribution: { text: previous.attribution.text, start, end: start },
      });
    }
  }
  return quotes;
}
