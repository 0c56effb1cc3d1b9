import { isoWeekday, makeDay, ymd } from '../calendar.ts';
import { yearFor } from '../unanchored.ts';
import { MONTH, WEEKDAY, WEEKDAY_WORDS, monthNumber, weekdayNumber } from '../lexicon.ts';
import type { TimeMod } from '../../types.ts';
import { named, type Context, type Resolved, type Rule } from '../rule.ts';
import { must } from '../../../invariant/index.ts';

/** A month name the patterns matched: they only match the lexicon's names (MONTH). */
const monthOf = (name: string): number =>
  must(monthNumber(name), 'the pattern only matches month names from the lexicon');

// Calendar dates written out: "April 30th", "May 3, 2025", "2025-05-03", "March 1998", "in May".

const pad = (n: number): string => String(n).padStart(2, '0');
const EDGE = `(?:(?<edge>early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of)[-\\s]+)?`;
const MODS: Record<string, TimeMod> = {
  early: 'START',
  'the beginning of': 'START',
  mid: 'MID',
  'the middle of': 'MID',
  late: 'END',
  'the end of': 'END',
};
export const modOf = (s: string | undefined): TimeMod | undefined =>
  s ? MODS[s.toLowerCase().replace(/\s+/g, ' ')] : undefined;

const capitalised = (s: string): boolean => /^[A-Z]/.test(s);
// A year after a date must not be a count ("2,000 people") or money.
const YEAR = `(?<year>1[0-9]{3}|20[0-9]{2})(?![\\d,.]\\d)`;

function dayValue(ctx: Context, month: number, day: number, y?: string): Resolved | null {
  if (y) {
    const d = makeDay(Number(y), month, day);
    return d ? { type: 'DATE', value: ymd(d), ref: { day: d, granularity: 'day', value: ymd(d) } } : null;
  }
  if (!ctx.dct) return { type: 'DATE', value: `XXXX-${pad(month)}-${pad(day)}` };
  const d = makeDay(yearFor(ctx.dct, month, day, ctx.tense), month, day);
  return d ? { type: 'DATE', value: ymd(d), ref: { day: d, granularity: 'day', value: ymd(d) } } : null;
}

function monthValue(ctx: Context, month: number, y?: string, mod?: TimeMod): Resolved {
  const yy = y ? Number(y) : ctx.dct ? yearFor(ctx.dct, month, 15, ctx.tense) : null;
  const value = yy === null ? `XXXX-${pad(month)}` : `${yy}-${pad(month)}`;
  const day = yy === null ? null : makeDay(yy, month, 1);
  return {
    type: 'DATE',
    value,
    ...(mod ? { mod } : {}),
    ...(day ? { ref: { day, granularity: 'month' as const, value } } : {}),
  };
}

// "April 30th", "30th of April": a day of the month (a capitalised month unless the weekday vouches for it).
function dayOfMonth(m: RegExpExecArray, capitalMonth: boolean): boolean {
  const { month = '', day } = named(m);
  return (!capitalMonth || capitalised(month)) && Number(day) >= 1 && Number(day) <= 31;
}

const dayOfMonthValue = (m: RegExpExecArray, ctx: Context): Resolved | null => {
  const { month = '', day, year } = named(m);
  return dayValue(ctx, monthOf(month), Number(day), year);
};

export const absoluteRules: Rule[] = [
  {
    name: 'iso-date',
    pattern: /\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})\b/g,
    resolve: (m, ctx) => {
      const { year, month, day } = named(m);
      return dayValue(ctx, Number(month), Number(day), year);
    },
  },
  {
    name: 'numeric-date',
    // US order, as in the newswire we read: 5/3/2025.
    pattern: /\b(?<month>\d{1,2})\/(?<day>\d{1,2})\/(?<year>\d{4}|\d{2})\b/g,
    resolve: (m, ctx) => {
      const { month, day, year = '' } = named(m);
      return dayValue(
        ctx,
        Number(month),
        Number(day),
        year.length === 2 ? `${Number(year) < 50 ? 20 : 19}${year}` : year,
      );
    },
  },
  {
    name: 'month-day-year',
    pattern: new RegExp(`\\b(?<month>${MONTH})\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*${YEAR}\\b)?`, 'gi'),
    accept: (m) => dayOfMonth(m, true),
    resolve: (m, ctx) => dayOfMonthValue(m, ctx),
  },
  {
    name: 'weekday-month-day',
    // "Saturday, April 25", "Friday Oct. 13": the date decides, the weekday only confirms it (NYT 1998-04-24:
    // "Saturday, April 25" is the 25th, not the Saturday before publication). The names are the lexicon's lower
    // case, so the pattern ignores case and the accept wants both capitalised.
    pattern: new RegExp(
      `\\b(?<weekday>${WEEKDAY}),?\\s+(?<month>${MONTH})\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*${YEAR}\\b)?`,
      'gi',
    ),
    needs: WEEKDAY_WORDS,
    accept: (m) => capitalised(named(m).weekday ?? '') && dayOfMonth(m, true),
    resolve: (m, ctx) => {
      const { weekday = '', month = '', day, year } = named(m);
      const found = dayOfMonthValue(m, ctx);
      if (year || !ctx.dct || !found?.ref) return found;
      // Without a year the weekday picks it: "Friday, Oct. 23" in an April 1999 story is 1998's.
      const wd = weekdayNumber(weekday);
      if (isoWeekday(found.ref.day) === wd) return found;
      const y = ctx.dct.getUTCFullYear();
      const match = [y, y - 1, y + 1].find((yy) => {
        const d = makeDay(yy, monthOf(month), Number(day));
        return d !== null && isoWeekday(d) === wd;
      });
      return match === undefined ? found : dayValue(ctx, monthOf(month), Number(day), String(match));
    },
  },
  {
    name: 'day-month-year',
    pattern: new RegExp(
      `\\b(?:the\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>${MONTH})(?:,?\\s*${YEAR}\\b)?`,
      'gi',
    ),
    accept: (m) => dayOfMonth(m, true),
    resolve: (m, ctx) => dayOfMonthValue(m, ctx),
  },
  {
    name: 'month-year',
    pattern: new RegExp(`\\b${EDGE}(?<month>${MONTH})(?:,?\\s+(?:of\\s+)?${YEAR}\\b)`, 'gi'),
    accept: (m) => capitalised(named(m).month ?? ''),
    resolve: (m, ctx) => {
      const { edge, month = '', year } = named(m);
      return monthValue(ctx, monthOf(month), year, modOf(edge));
    },
  },
  {
    name: 'month-of-relative-year',
    // "in February last year", "June of this year", "March next year": the year counts from publication (a bare
    // "February" in a March 2022 article would be 2022-02, not the 2021-02 of Kardashian's divorce filing).
    pattern: new RegExp(`\\b${EDGE}(?<month>${MONTH})(?:\\s+of)?\\s+(?<which>last|this|next)\\s+year\\b`, 'gi'),
    accept: (m) => capitalised(named(m).month ?? ''),
    resolve: (m, ctx) => {
      const { edge, month = '', which = '' } = named(m);
      const n = monthOf(month);
      if (!ctx.dct) return monthValue(ctx, n, undefined, modOf(edge));
      const step = { last: -1, this: 0, next: 1 }[which.toLowerCase() as 'last' | 'this' | 'next'];
      return monthValue(ctx, n, String(ctx.dct.getUTCFullYear() + step), modOf(edge));
    },
  },
  {
    name: 'month',
    // A bare month needs a preposition, an edge word or "the" before it ("In the December issue of Health magazine",
    // celebrity 110legit): "May" alone is too often a name or a verb. Not "a": "a December release" is any December.
    // The lookahead for a letter comes first so the lookbehind runs only where a month can start:
    // run at every character, it re-read long runs of spaces or dashes (100 KB of "-" took 40 s).
    pattern: new RegExp(
      `(?=[a-z])(?<=\\b(?:in|of|since|until|till|by|from|through|during|before|after|between|and|to|last|next|this|that|each|every|early|late|mid|end|start|beginning|the)[-\\s]+)${EDGE}(?<month>${MONTH})(?![-\\w])`,
      'gi',
    ),
    accept: (m, text) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (!capitalised(named(m).month ?? '') || /^\s+(?:[A-Z][a-z]|\d)/.test(after)) return false;
      // After "the" the month must modify a noun ("the December issue"): not "the May family", "the March on".
      if (named(m).edge || !/\bthe[-\s]+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) return true;
      return (
        !/^may$/i.test(named(m).month ?? '') &&
        /^\s+(?!(?:of|on|to|for|and|or|in|at|by|with|the|an?)\b)[a-z]/.test(after)
      );
    },
    resolve: (m, ctx) => {
      const mod = /^(?:last|next|this)\b/i.exec(
        ctx.text
          .slice(Math.max(0, ctx.start - 6), ctx.start)
          .trim()
          .split(/\s+/)
          .pop() ?? '',
      );
      const tense = mod
        ? mod[0].toLowerCase() === 'next'
          ? 'future'
          : mod[0].toLowerCase() === 'last'
            ? 'past'
            : ctx.tense
        : ctx.tense;
      const { edge, month = '' } = named(m);
      return monthValue({ ...ctx, tense }, monthOf(month), undefined, modOf(edge));
    },
  },
  {
    name: 'edged-month',
    pattern: new RegExp(`\\b(?<edge>early|mid|late)[-\\s]+(?<month>${MONTH})(?![-\\w])`, 'gi'),
    accept: (m) => capitalised(named(m).month ?? ''),
    resolve: (m, ctx) => {
      const { edge, month = '' } = named(m);
      return monthValue(ctx, monthOf(month), undefined, modOf(edge));
    },
  },
  {
    name: 'modified-month',
    // "last May", "next March", "this April": the modifier is part of the extent.
    pattern: new RegExp(`\\b(?<which>last|next|this)\\s+(?<month>${MONTH})(?![-\\w])`, 'gi'),
    accept: (m) => capitalised(named(m).month ?? ''),
    resolve: (m, ctx) => {
      const { which = '', month: name = '' } = named(m);
      const w = which.toLowerCase();
      const month = monthOf(name);
      if (!ctx.dct) return monthValue(ctx, month);
      const now = ctx.dct.getUTCMonth() + 1;
      // "hit number three last January" in February 2005 (BBC 236) is January 2004: the month just gone would be
      // "last month" (TimeBank writes "last February" in March the same way).
      const y =
        ctx.dct.getUTCFullYear() + (w === 'last' && month >= now - 1 ? -1 : w === 'next' && month <= now ? 1 : 0);
      return monthValue(ctx, month, String(y));
    },
  },
];
