import { makeDay, ymd } from '../calendar.ts';
import { yearFor } from '../direction.ts';
import { MONTH, WEEKDAY, monthNumber } from '../lexicon.ts';
import type { Context, Resolved, Rule } from '../rule.ts';

// Calendar dates written out: "April 30th", "May 3, 2025", "2025-05-03", "March 1998", "in May".

const pad = (n: number): string => String(n).padStart(2, '0');
const EDGE = `(?:(early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of)[-\\s]+)?`;
const MODS: Record<string, string> = { early: 'START', 'the beginning of': 'START', mid: 'MID', 'the middle of': 'MID', late: 'END', 'the end of': 'END' };
export const modOf = (s: string | undefined): string | undefined => (s ? MODS[s.toLowerCase().replace(/\s+/g, ' ')] : undefined);

const capitalised = (s: string): boolean => /^[A-Z]/.test(s);
// A year after a date must not be a count ("2,000 people") or money.
const YEAR = `(1[0-9]{3}|20[0-9]{2})(?![\\d,.]\\d)`;

function dayValue(ctx: Context, month: number, day: number, y?: string): Resolved | null {
  if (y) {
    const d = makeDay(Number(y), month, day);
    return d ? { type: 'DATE', value: ymd(d), ref: { day: d, granularity: 'day', value: ymd(d) } } : null;
  }
  if (!ctx.dct) return { type: 'DATE', value: `XXXX-${pad(month)}-${pad(day)}` };
  const d = makeDay(yearFor(ctx.dct, month, day, ctx.tense), month, day);
  return d ? { type: 'DATE', value: ymd(d), ref: { day: d, granularity: 'day', value: ymd(d) } } : null;
}

function monthValue(ctx: Context, month: number, y?: string, mod?: string): Resolved {
  const yy = y ? Number(y) : ctx.dct ? yearFor(ctx.dct, month, 15, ctx.tense) : null;
  const value = yy === null ? `XXXX-${pad(month)}` : `${yy}-${pad(month)}`;
  const day = yy === null ? null : makeDay(yy, month, 1);
  return { type: 'DATE', value, ...(mod ? { mod } : {}), ...(day ? { ref: { day, granularity: 'month' as const, value } } : {}) };
}

export const absoluteRules: Rule[] = [
  {
    name: 'iso-date',
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m, ctx) => dayValue(ctx, Number(m[2]), Number(m[3]), m[1]),
  },
  {
    name: 'numeric-date',
    // US order, as in the newswire we read: 5/3/2025.
    pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g,
    resolve: (m, ctx) => dayValue(ctx, Number(m[1]), Number(m[2]), m[3]!.length === 2 ? `${Number(m[3]) < 50 ? 20 : 19}${m[3]}` : m[3]),
  },
  {
    name: 'month-day-year',
    pattern: new RegExp(`\\b(${MONTH})\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*${YEAR}\\b)?`, 'gi'),
    accept: (m) => capitalised(m[1]!) && Number(m[2]) >= 1 && Number(m[2]) <= 31,
    resolve: (m, ctx) => dayValue(ctx, monthNumber(m[1]!)!, Number(m[2]), m[3]),
  },
  {
    name: 'weekday-month-day',
    // "Saturday, April 25": the date decides, the weekday only confirms it.
    pattern: new RegExp(`\\b(?:${WEEKDAY}),?\\s+(${MONTH})\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*${YEAR}\\b)?`, 'g'),
    accept: (m) => Number(m[2]) >= 1 && Number(m[2]) <= 31,
    resolve: (m, ctx) => dayValue(ctx, monthNumber(m[1]!)!, Number(m[2]), m[3]),
  },
  {
    name: 'day-month-year',
    pattern: new RegExp(`\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s*${YEAR}\\b)?`, 'gi'),
    accept: (m) => capitalised(m[2]!) && Number(m[1]) >= 1 && Number(m[1]) <= 31,
    resolve: (m, ctx) => dayValue(ctx, monthNumber(m[2]!)!, Number(m[1]), m[3]),
  },
  {
    name: 'month-year',
    pattern: new RegExp(`\\b${EDGE}(${MONTH})(?:,?\\s+(?:of\\s+)?${YEAR}\\b)`, 'gi'),
    accept: (m) => capitalised(m[2]!),
    resolve: (m, ctx) => monthValue(ctx, monthNumber(m[2]!)!, m[3], modOf(m[1])),
  },
  {
    name: 'month',
    // A bare month needs a preposition or edge word before it: "May" alone is too often a name or a verb.
    // The lookahead for a letter comes first so the lookbehind runs only where a month can start:
    // run at every character, it re-read long runs of spaces or dashes (100 KB of "-" took 40 s).
    pattern: new RegExp(`(?=[a-z])(?<=\\b(?:in|of|since|until|till|by|from|through|during|before|after|between|and|to|last|next|this|that|each|every|early|late|mid|end|start|beginning)[-\\s]+)${EDGE}(${MONTH})(?![-\\w])`, 'gi'),
    accept: (m, text) => capitalised(m[2]!) && !/^\s+(?:[A-Z][a-z]|\d)/.test(text.slice(m.index + m[0].length)),
    resolve: (m, ctx) => {
      const mod = /^(?:last|next|this)\b/i.exec(ctx.text.slice(Math.max(0, ctx.start - 6), ctx.start).trim().split(/\s+/).pop() ?? '');
      const tense = mod ? (mod[0].toLowerCase() === 'next' ? 'future' : mod[0].toLowerCase() === 'last' ? 'past' : ctx.tense) : ctx.tense;
      return monthValue({ ...ctx, tense }, monthNumber(m[2]!)!, undefined, modOf(m[1]));
    },
  },
  {
    name: 'edged-month',
    pattern: new RegExp(`\\b(early|mid|late)[-\\s]+(${MONTH})(?![-\\w])`, 'gi'),
    accept: (m) => capitalised(m[2]!),
    resolve: (m, ctx) => monthValue(ctx, monthNumber(m[2]!)!, undefined, modOf(m[1])),
  },
  {
    name: 'modified-month',
    // "last May", "next March", "this April": the modifier is part of the extent.
    pattern: new RegExp(`\\b(last|next|this)\\s+(${MONTH})(?![-\\w])`, 'gi'),
    accept: (m) => capitalised(m[2]!),
    resolve: (m, ctx) => {
      const w = m[1]!.toLowerCase();
      if (!ctx.dct) return monthValue(ctx, monthNumber(m[2]!)!);
      const month = monthNumber(m[2]!)!;
      const now = ctx.dct.getUTCMonth() + 1;
      const y = ctx.dct.getUTCFullYear() + (w === 'last' && month >= now ? -1 : w === 'next' && month <= now ? 1 : 0);
      return monthValue(ctx, month, String(y));
    },
  },
];
