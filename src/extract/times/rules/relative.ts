import { addDays, addMonths, isoWeek, quarterOf, year, ym, ymd, type Day } from '../calendar.ts';
import { weekdayFrom } from '../unanchored.ts';
import {
  NUM,
  PART_OF_DAY,
  PART_OF_DAY_WORDS,
  SEASON,
  WEEKDAY,
  WEEKDAY_WORDS,
  parseNumber,
  partOfDayCode,
  seasonCode,
  unitCode,
  weekdayNumber,
} from '../lexicon.ts';
import type { TimeMod } from '../../types.ts';
import { named, type Context, type Granularity, type Resolved, type Rule } from '../rule.ts';
import { must } from '../../../invariant/index.ts';
import { capitalisedInProse } from '../titles.ts';
import { durationValue } from './durations.ts';

// Dates relative to the publication date: "yesterday", "Saturday", "last week", "three years ago".

const DAY_WORDS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 };

function onDay(day: Day | null, part?: string, mod?: TimeMod): Resolved {
  const code = part ? partOfDayCode(part) : undefined;
  const base = day ? ymd(day) : 'XXXX-XX-XX';
  return {
    type: code ? 'TIME' : 'DATE',
    value: code ? `${base}T${code}` : base,
    ...(mod ? { mod } : {}),
    ...(day ? { ref: { day, granularity: 'day' as const, value: ymd(day) } } : {}),
  };
}

/** The value of the unit (week, month…) containing `day`, moved by `n` units. */
export function unitValue(
  day: Day,
  unit: string,
  n: number,
): { value: string; granularity: Granularity; day: Day } | null {
  switch (unit) {
    case 'D': {
      const d = addDays(day, n);
      return { value: ymd(d), granularity: 'day', day: d };
    }
    case 'W': {
      const d = addDays(day, 7 * n);
      return { value: isoWeek(d), granularity: 'week', day: d };
    }
    case 'M': {
      const d = addMonths(day, n);
      return { value: ym(d), granularity: 'month', day: d };
    }
    case 'Q': {
      const d = addMonths(day, 3 * n);
      return { value: `${year(d)}-Q${quarterOf(d)}`, granularity: 'quarter', day: d };
    }
    case 'Y': {
      const d = addMonths(day, 12 * n);
      return { value: String(year(d)), granularity: 'year', day: d };
    }
    case 'DE':
      return { value: String(year(day) + 10 * n).slice(0, 3), granularity: 'year', day };
    case 'CE':
      return { value: String(year(day) + 100 * n).slice(0, 2), granularity: 'year', day };
    default:
      return null;
  }
}

const EDGE_MOD: Record<string, TimeMod> = { early: 'START', earlier: 'START', late: 'END', later: 'END', mid: 'MID' };
const UNIT_EDGES: Record<string, TimeMod> = { end: 'END', beginning: 'START', start: 'START', middle: 'MID' };
const STEP: Record<string, number> = { last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 };

export const relativeRules: Rule[] = [
  {
    name: 'day-word',
    needs: ['today', 'yesterday', 'tomorrow', 'tonight'],
    pattern: new RegExp(
      `\\b(?:(?<edge>early|late|earlier|later)\\s+)?(?<word>today|yesterday|tomorrow|tonight)(?:\\s+(?<part>${PART_OF_DAY}))?\\b`,
      'gi',
    ),
    // "the Tonight Show", "Are You Lonesome Tonight" (BBC 222, 261): a title, not tonight.
    accept: (m, text) => {
      const { word = '', part = '' } = named(m);
      const at = m.index + m[0].indexOf(word);
      return !capitalisedInProse(text, at, word) && !capitalisedInProse(text, m.index + m[0].lastIndexOf(part), part);
    },
    resolve: (m, ctx) => {
      const { edge, part } = named(m);
      const word = (named(m).word ?? '').toLowerCase();
      const day = ctx.dct ? addDays(ctx.dct, must(DAY_WORDS[word], 'the pattern only matches DAY_WORDS')) : null;
      return onDay(
        day,
        part ?? (word === 'tonight' ? 'night' : undefined),
        edge ? EDGE_MOD[edge.toLowerCase()] : undefined,
      );
    },
  },
  {
    name: 'this-part-of-day',
    needs: PART_OF_DAY_WORDS,
    pattern: new RegExp(`\\b(?<which>this|last)\\s+(?<part>${PART_OF_DAY})\\b`, 'gi'),
    // "told ITV1's This Morning" (BBC 310): the programme.
    accept: (m, text) => !capitalisedInProse(text, m.index, named(m).which ?? ''),
    resolve: (m, ctx) => {
      const { which = '', part } = named(m);
      const day = ctx.dct ? addDays(ctx.dct, which.toLowerCase() === 'last' ? -1 : 0) : null;
      return onDay(day, part);
    },
  },
  {
    name: 'generic-weekday',
    needs: WEEKDAY_WORDS,
    // "the show which airs … on a Saturday morning" (BBC 274): any Saturday, not the last one.
    pattern: new RegExp(
      `(?<=\\b(?:on|of|for)\\s+an?\\s+)(?<weekday>${WEEKDAY})(?:\\s+(?<part>${PART_OF_DAY}))?\\b`,
      'gi',
    ),
    accept: (m) => /^[A-Z]/.test(named(m).weekday ?? ''),
    resolve: (m) => {
      const { weekday = '', part } = named(m);
      const code = part ? partOfDayCode(part) : undefined;
      return { type: 'DATE', value: `XXXX-WXX-${weekdayNumber(weekday)}${code ? `T${code}` : ''}` };
    },
  },
  {
    name: 'weekday',
    needs: WEEKDAY_WORDS,
    // "Saturday", "last Friday", "Monday night", "earlier Sunday": past tense → the most recent one.
    // A named day's part stays in the extent but the value is the day, as the hand gold writes it ("died in Hove on
    // Saturday morning", BBC 307: 2005-01-22); TimeBank writes it both ways.
    pattern: new RegExp(
      `\\b(?:(?<which>last|next|this|past|coming|early|late|earlier|later)\\s+)?(?<weekday>${WEEKDAY})(?:\\s+(?<part>${PART_OF_DAY}))?\\b`,
      'gi',
    ),
    // "Ant & Dec's Saturday Night Takeaway" (BBC 201): a capitalised part of the day makes it a title.
    accept: (m, text) => {
      const { weekday = '', part = '' } = named(m);
      return /^[A-Z]/.test(weekday) && !capitalisedInProse(text, m.index + m[0].lastIndexOf(part), part);
    },
    resolve: (m, ctx) => {
      const { which, weekday = '' } = named(m);
      const word = which?.toLowerCase();
      const day = ctx.dct
        ? weekdayFrom(ctx.dct, must(weekdayNumber(weekday), 'the pattern only matches weekday names'), ctx.tense, word)
        : null;
      if (!day) return { type: 'DATE', value: `XXXX-WXX-${weekdayNumber(weekday)}` };
      return onDay(day, undefined, word ? EDGE_MOD[word] : undefined);
    },
  },
  {
    name: 'the-past-unit',
    // "Much has changed over the last year in Angelina Jolie's life" (celebrity 122legit): the span up to now, P1Y,
    // as the hand gold reads it; "last year" without "the" is the calendar year, and "the last week of term" a week.
    pattern: /\bthe\s+(?:past|last)\s+(?<unit>week|month|year|decade|century)\b(?!\s+(?:of|before|after)\b)/gi,
    resolve: (m) => {
      const value = durationValue(1, named(m).unit ?? '');
      return value ? { type: 'DURATION', value } : null;
    },
  },
  {
    name: 'this-unit',
    // "this week", "last month", "earlier this month", "early next year", "the past year".
    pattern: new RegExp(
      `\\b(?:(?<edge>early|late|earlier|later|mid)[-\\s]+)?(?:the\\s+)?(?<which>last|past|previous|this|current|next|coming)\\s+(?:fiscal\\s+)?(?<unit>week|weekend|month|quarter|year|decade|century|${SEASON})\\b`,
      'gi',
    ),
    // ABC's "This Week" (TimeBank): a capitalised "This"/"Last" inside a sentence opens a title; a season may be
    // capitalised in prose ("this Summer").
    accept: (m, text) => {
      const { which = '', unit = '' } = named(m);
      return seasonCode(unit) !== undefined || !capitalisedInProse(text, m.index + m[0].indexOf(which), which);
    },
    resolve: (m, ctx) => {
      const { edge, which = '', unit = '' } = named(m);
      const mod = edge ? EDGE_MOD[edge.toLowerCase()] : undefined;
      const step = must(STEP[which.toLowerCase()], 'the pattern only matches STEP words');
      const unitWord = unit.toLowerCase();
      const season = seasonCode(unitWord);
      if (!ctx.dct) return { type: 'DATE', value: step < 0 ? 'PAST_REF' : step > 0 ? 'FUTURE_REF' : 'PRESENT_REF' };
      if (season) {
        const y = year(ctx.dct) + step - (season === 'WI' && ctx.dct.getUTCMonth() < 2 ? 1 : 0);
        return { type: 'DATE', value: `${y}-${season}`, ...(mod ? { mod } : {}) };
      }
      if (unitWord === 'weekend') {
        const u = must(unitValue(ctx.dct, 'W', step), 'W is a unit unitValue knows');
        return { type: 'DATE', value: `${u.value}-WE`, ref: { ...u, value: `${u.value}-WE` } };
      }
      const u = unitValue(
        ctx.dct,
        must(unitCode(unitWord), 'the pattern only matches unit words from the lexicon'),
        step,
      );
      return u ? { type: 'DATE', value: u.value, ...(mod ? { mod } : {}), ref: u } : null;
    },
  },
  {
    name: 'ago',
    needs: ['ago'],
    // "three years ago", "a week ago": counted back from publication, at the unit's granularity.
    pattern: new RegExp(
      `\\b(?:(?<approx>about|nearly|almost|some|more\\s+than|less\\s+than|over|roughly|around)\\s+)?(?<count>${NUM})\\s+(?<unit>${'(?:second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))'})s?(?:\\s+or\\s+so)?\\s+ago\\b`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const { approx, count = '', unit: unitWord = '' } = named(m);
      const n = parseNumber(count);
      const unit = must(unitCode(unitWord), 'the pattern only matches unit words from the lexicon');
      if (n === null || !ctx.dct) return { type: 'DATE', value: 'PAST_REF' };
      if (['S', 'H'].includes(unit) || (unit === 'M' && /minute/i.test(unitWord))) return onDay(ctx.dct);
      // Earnings reports compare with the same quarter a year before.
      if (unit === 'Y' && n === 1 && ctx.quarter)
        return { type: 'DATE', value: `${Number(ctx.quarter.value.slice(0, 4)) - 1}${ctx.quarter.value.slice(4)}` };
      const u = unitValue(ctx.dct, unit, -n);
      return u ? { type: 'DATE', value: u.value, ...(approx ? { mod: 'APPROX' } : {}), ref: u } : null;
    },
  },
  {
    name: 'unit-end',
    // "year-end", "the end of the year", "the beginning of this month": the unit around publication.
    pattern:
      /\b(?:(?:the\s+)?(?<edge>end|beginning|start|middle)\s+of\s+(?:the|this)\s+(?<unit>year|month|week)|(?<yearEnd>year)[-\s]end|(?<yearsEnd>year)['’]s\s+end)\b/gi,
    resolve: (m, ctx) => {
      const { edge, unit, yearEnd, yearsEnd } = named(m);
      const code = must(
        unitCode(unit ?? yearEnd ?? yearsEnd ?? ''),
        'the pattern only matches unit words from the lexicon',
      );
      const mod = UNIT_EDGES[(edge ?? 'end').toLowerCase()];
      const u = ctx.dct ? unitValue(ctx.dct, code, 0) : null;
      return u ? { type: 'DATE', value: u.value, ...(mod ? { mod } : {}) } : { type: 'DATE', value: 'XXXX' };
    },
  },
  {
    name: 'the-weekend',
    needs: ['weekend'],
    pattern: /\b(?:over\s+)?the\s+weekend\b/gi,
    resolve: (_m, ctx: Context) => {
      const base = ctx.dct;
      if (!base) return { type: 'DATE', value: 'XXXX-WXX-WE' };
      // Reported early in the week, a past weekend is the one just gone.
      const u = must(
        unitValue(base, 'W', ctx.tense === 'past' && base.getUTCDay() >= 1 && base.getUTCDay() <= 4 ? -1 : 0),
        'W is a unit unitValue knows',
      );
      return { type: 'DATE', value: `${u.value}-WE` };
    },
  },
];
