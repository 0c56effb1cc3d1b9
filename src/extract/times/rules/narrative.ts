import { addDays, year } from '../calendar.ts';
import { NUM, PART_OF_DAY, PART_OF_DAY_WORDS, parseNumber, partOfDayCode, unitCode } from '../lexicon.ts';
import { durationValue } from './durations.ts';
import type { TimeMod } from '../../types.ts';
import { named, type Context, type Reference, type Resolved, type Rule } from '../rule.ts';
import { unitValue } from './relative.ts';
import { must } from '../../../invariant/index.ts';
import { capitalisedInProse } from '../titles.ts';

// Times anchored on the narrative, not on publication: "earlier that week", "the next day",
// "two days later", "the night before". They take the last specific date the text told.

const EDGE_MOD: Record<string, TimeMod> = { early: 'START', earlier: 'START', late: 'END', later: 'END' };

/** The narrative's reference, or the publication date when the story has not told one yet. */
function anchor(ctx: Context): Reference | null {
  if (ctx.ref) return ctx.ref;
  return ctx.dct ? { day: ctx.dct, granularity: 'day', value: '' } : null;
}

function shifted(ctx: Context, unit: string, n: number, mod?: TimeMod): Resolved | null {
  const a = anchor(ctx);
  if (!a) return { type: 'DATE', value: n < 0 ? 'PAST_REF' : n > 0 ? 'FUTURE_REF' : 'PRESENT_REF' };
  // "a year earlier" after "the third quarter" is that quarter a year before (TimeBank's financial news).
  const q = a.granularity === 'quarter' ? a : ctx.quarter;
  if (unit === 'Y' && q) return { type: 'DATE', value: `${year(q.day) + n}${q.value.slice(4)}` };
  // Years count from the last date told, a bare year too: "rose to 310 in 2004 from 287 the previous year" (BBC 046)
  // is 2003; "that year" after "in 1988" is 1988.
  // The shifted year is not told in turn: "for the year" after "the previous year" is still 2004's figures.
  if (unit === 'Y' && ctx.told) {
    const u = unitValue(ctx.told.day, 'Y', n);
    return u ? { type: 'DATE', value: u.value, ...(mod ? { mod } : {}) } : null;
  }
  const u = unitValue(a.day, unit, n);
  return u ? { type: 'DATE', value: u.value, ...(mod ? { mod } : {}), ref: u } : null;
}

export const narrativeRules: Rule[] = [
  {
    name: 'that-unit',
    pattern:
      /\b(?:(?<edge>early|late|earlier|later)\s+)?(?:in\s+)?(?:that|the\s+same)\s+(?<unit>day|week|month|year)\b/gi,
    resolve: (m, ctx) => {
      const { edge, unit = '' } = named(m);
      return shifted(
        ctx,
        must(unitCode(unit), 'the pattern only matches unit words from the lexicon'),
        0,
        edge ? EDGE_MOD[edge.toLowerCase()] : undefined,
      );
    },
  },
  {
    name: 'that-part-of-day',
    needs: PART_OF_DAY_WORDS,
    pattern: new RegExp(`\\b(?:(?:later|earlier)\\s+)?that\\s+(?<part>${PART_OF_DAY})\\b`, 'gi'),
    resolve: (m, ctx) => {
      const a = anchor(ctx);
      return {
        type: 'TIME',
        value: `${a ? a.day.toISOString().slice(0, 10) : 'XXXX-XX-XX'}T${partOfDayCode(named(m).part ?? '')}`,
      };
    },
  },
  {
    name: 'next-day',
    pattern: new RegExp(`\\b(?:the\\s+)?(?<which>next|following|previous|prior)\\s+(?:day|${PART_OF_DAY})\\b`, 'gi'),
    needs: ['next', 'following', 'previous', 'prior'],
    resolve: (m, ctx) => {
      const a = anchor(ctx);
      const n = /next|following/i.test(named(m).which ?? '') ? 1 : -1;
      if (!a) return { type: 'DATE', value: 'XXXX-XX-XX' };
      const day = addDays(a.day, n);
      return {
        type: 'DATE',
        value: day.toISOString().slice(0, 10),
        ref: { day, granularity: 'day', value: day.toISOString().slice(0, 10) },
      };
    },
  },
  {
    name: 'day-before',
    needs: ['before', 'after'],
    pattern: new RegExp(
      `\\b(?:the\\s+)(?<unit>day|${PART_OF_DAY})\\s+(?<side>before|after)\\b(?!\\s+(?:the|a|an|his|her|their|its)\\b)`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const { unit = '', side = '' } = named(m);
      const a = anchor(ctx);
      const day = a ? addDays(a.day, /before/i.test(side) ? -1 : 1) : null;
      const part = /day/i.test(unit) ? undefined : partOfDayCode(unit);
      const date = day ? day.toISOString().slice(0, 10) : 'XXXX-XX-XX';
      return part ? { type: 'TIME', value: `${date}T${part}` } : { type: 'DATE', value: date };
    },
  },
  {
    name: 'units-later',
    needs: ['later', 'earlier', 'before', 'after'],
    pattern: new RegExp(
      `\\b(?<count>${NUM})\\s+(?<unit>day|week|month|quarter|year|decade)s?\\s+(?<side>later|earlier|before|after)(?!\\s+(?:the|a|an|his|her|their|its|[a-z]+ing)\\b)`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const { count = '', unit: unitWord = '', side = '' } = named(m);
      const forward = /later|after/i.test(side);
      const n = parseNumber(count);
      if (n === null) return { type: 'DATE', value: forward ? 'FUTURE_REF' : 'PAST_REF' };
      const unit = must(unitCode(unitWord), 'the pattern only matches unit words from the lexicon');
      // "three days later" in a story has no anchor we can trust: its amount is what we know ("a decade" is P10Y).
      if (unit !== 'Y' && unit !== 'Q')
        return { type: 'DURATION', value: must(durationValue(n, unitWord), 'a lexicon unit') };
      return shifted(ctx, unit, forward ? n : -n);
    },
  },
  {
    name: 'following-unit',
    pattern: /\b(?:the\s+)(?<which>following|next|previous|prior|same)\s+(?<unit>week|month|quarter|year)\b/gi,
    needs: ['following', 'next', 'previous', 'prior', 'same'],
    resolve: (m, ctx) => {
      const { which = '', unit = '' } = named(m);
      return shifted(
        ctx,
        must(unitCode(unit), 'the pattern only matches unit words from the lexicon'),
        /following|next/i.test(which) ? 1 : /same/i.test(which) ? 0 : -1,
      );
    },
  },
  {
    name: 'the-year',
    // "Sales of movies on DVD and video amounted to 497bn yen for the year" (BBC 046, after "in 2004"): the year the
    // story is in, the last one told, else publication's. "the year ended March 31" is a fiscal year's span, P1Y
    // (TimeBank). Not "album of the year", "the year before", "the year 2000".
    pattern:
      /\bthe\s+(?:full\s+|fiscal\s+)?year\b(?!['’-]|\s+(?:\d|(?:before|after|earlier|later|ago|two|nineteen)\b))/gi,
    accept: (m, text) =>
      !/\bof\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) &&
      !capitalisedInProse(text, m.index, m[0].slice(0, 3)),
    resolve: (_m, ctx) => {
      if (/^\s+end(?:ed|ing)\b/i.test(ctx.text.slice(ctx.end, ctx.end + 8))) return { type: 'DURATION', value: 'P1Y' };
      const day = ctx.told?.day ?? ctx.dct;
      return day ? { type: 'DATE', value: String(year(day)) } : { type: 'DATE', value: 'XXXX' };
    },
  },
  {
    name: 'that-quarter',
    needs: ['quarter'],
    pattern: /\bthat\s+quarter\b/gi,
    resolve: (_m, ctx) =>
      ctx.ref?.granularity === 'quarter' ? { type: 'DATE', value: ctx.ref.value } : shifted(ctx, 'Q', 0),
  },
  {
    name: 'year-ago-adjective',
    needs: ['year-'],
    // "the year-earlier quarter", "year-ago period": the same period one year before.
    pattern:
      /\b(?:the\s+)?(?:comparable\s+)?(?:year-(?:earlier|ago))(?:\s+(?:(?:first|second|third|fourth)[-\s]+)?(quarter|period))?/gi,
    resolve: (_m, ctx) => shifted(ctx, 'Y', -1),
  },
];
