import { addDays, isoWeekday, makeDay, year, ymd, type Day } from '../calendar.ts';
import {
  HOLIDAY,
  MONTH,
  SEASON,
  SEASON_WORDS,
  WEEKDAY,
  WEEKDAY_WORDS,
  holidayCode,
  monthNumber,
  seasonCode,
  weekdayNumber,
} from '../lexicon.ts';
import type { TimeMod } from '../../types.ts';
import { named, type Context, type Resolved, type Rule } from '../rule.ts';
import { must } from '../../../invariant/index.ts';
import { capitalisedInProse } from '../titles.ts';

// References without a calendar position ("now", "recently", "the future"), sets ("every Friday",
// "daily"), holidays and seasons.

const ref = (value: string): Resolved => ({ type: 'DATE', value });
const EDGES: Record<string, TimeMod> = { early: 'START', late: 'END', mid: 'MID' };

// "Now," opening a sentence is a discourse marker ("Now, a new photo…"), not the present.
const SENTENCE_START = /(?:^|[.!?]["'”’)]?\s+|\n\s*)$/;

const SET_UNITS: Record<string, string> = {
  day: 'P1D',
  night: 'P1D',
  week: 'P1W',
  month: 'P1M',
  year: 'P1Y',
  morning: 'XXXX-XX-XXTMO',
  evening: 'XXXX-XX-XXTEV',
  weekend: 'XXXX-WXX-WE',
  quarter: 'P1Q',
};
const ADVERB_SETS: Record<string, string> = {
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  quarterly: 'P1Q',
  annually: 'P1Y',
  yearly: 'P1Y',
  hourly: 'PT1H',
};

function nthWeekday(y: number, month: number, wd: number, nth: number): Day {
  if (nth > 0) {
    const first = must(makeDay(y, month, 1), 'the first of a month exists in every year');
    return addDays(first, ((wd - isoWeekday(first) + 7) % 7) + 7 * (nth - 1));
  }
  const last = addDays(
    must(makeDay(y, month + 1 > 12 ? 1 : month + 1, 1), 'the first of a month exists in every year'),
    month === 12 ? 30 : -1,
  );
  return addDays(last, -((isoWeekday(last) - wd + 7) % 7));
}

function easter(y: number): Day {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = y % 19,
    b = Math.floor(y / 100),
    c = y % 100,
    d = Math.floor(b / 4),
    e = b % 4;
  const f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4),
    k = c % 4,
    l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return must(
    makeDay(y, month, ((h + l - 7 * m + 114) % 31) + 1),
    'the Easter algorithm gives a real March or April day',
  );
}

function holidayDay(code: string, y: number): Day | null {
  const fixed = /^(\d{2})-(\d{2})$/.exec(code);
  if (fixed) return makeDay(y, Number(fixed[1]), Number(fixed[2]));
  switch (code) {
    case 'thanksgiving':
      return nthWeekday(y, 11, 4, 4);
    case 'memorial':
      return nthWeekday(y, 5, 1, -1);
    case 'labor':
      return nthWeekday(y, 9, 1, 1);
    case 'mothers':
      return nthWeekday(y, 5, 7, 2);
    case 'fathers':
      return nthWeekday(y, 6, 7, 3);
    case 'easter':
      return easter(y);
    case 'good-friday':
      return addDays(easter(y), -2);
    default:
      return null;
  }
}

function holiday(ctx: Context, code: string, explicitYear?: string): Resolved {
  let y = explicitYear ? Number(explicitYear) : ctx.dct ? year(ctx.dct) : null;
  if (y === null) return ref('XXXX-XX-XX');
  let day = holidayDay(code, y);
  if (!explicitYear && day && ctx.dct) {
    if (ctx.tense === 'past' && day > addDays(ctx.dct, 7)) day = holidayDay(code, (y -= 1));
    else if (ctx.tense === 'future' && day < ctx.dct) day = holidayDay(code, (y += 1));
  }
  return day ? { type: 'DATE', value: ymd(day), ref: { day, granularity: 'day', value: ymd(day) } } : ref('XXXX-XX-XX');
}

export const genericRules: Rule[] = [
  {
    name: 'present-ref',
    needs: ['now', 'currently', 'these', 'present', 'moment'],
    // Not the adjective "current" ("their current album", "the current series", BBC 261, 221): the hand gold leaves
    // it out, and "the current year" is this-unit's.
    pattern:
      /\b(?<word>now|currently|nowadays|these\s+days|at\s+present|the\s+present|at\s+the\s+moment|presently)\b(?!-)/gi,
    accept: (m, text) =>
      !(
        /^now$/i.test(named(m).word ?? '') &&
        text[m.index + 3] === ',' &&
        SENTENCE_START.test(text.slice(Math.max(0, m.index - 4), m.index))
      ) &&
      !/^now\s+that\b/i.test(text.slice(m.index, m.index + 10)) &&
      !capitalisedInProse(text, m.index, m[0]),
    resolve: () => ref('PRESENT_REF'),
  },
  {
    name: 'past-ref',
    needs: ['recently', 'lately', 'past'],
    pattern:
      /\b(recently|lately|the\s+past)\b(?!\s+(?:few|two|three|four|five|six|seven|eight|nine|ten|\d+|several|weeks|months|years|days|decades))/gi,
    resolve: () => ref('PAST_REF'),
  },
  {
    name: 'future-ref',
    needs: ['future', 'later'],
    pattern: /\b(the\s+(?:near\s+|distant\s+)?future|a\s+later\s+date)\b/gi,
    resolve: () => ref('FUTURE_REF'),
  },
  {
    name: 'soon',
    needs: ['soon'],
    // "If something isn't done soon, she'll waste away" (celebrity 122fake), "it soon will begin selling" (wsj_0610):
    // the near future. Not "as soon as he arrived" or "as soon as possible" (the hand gold leaves it out), "soon
    // after", nor a story's past ("the venue soon became legendary"): the clause must look ahead.
    pattern: /\bsoon\b(?!\s+(?:as|after|before|afterwards?|thereafter)\b)/gi,
    accept: (m, text) => !/\bas\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)),
    resolve: (_m, ctx) =>
      ctx.tense === 'future' ||
      /\b(?:may|might|could|should|must|would|to)\s+$/i.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start))
        ? ref('FUTURE_REF')
        : null,
  },
  {
    name: 'every',
    pattern: new RegExp(
      `\\b(?:every|each|per)\\s+(?:other\\s+)?(?<unit>day|night|week|weekend|month|year|quarter|morning|evening|${WEEKDAY})\\b`,
      'gi',
    ),
    resolve: (m) => {
      const { unit = '' } = named(m);
      const wd = weekdayNumber(unit);
      return {
        type: 'SET',
        value: wd ? `XXXX-WXX-${wd}` : must(SET_UNITS[unit.toLowerCase()], 'the pattern only matches SET_UNITS words'),
      };
    },
  },
  {
    name: 'recent-units',
    needs: ['recent'],
    // "recent years": TimeBank marks it as the past, not a span.
    pattern: /\brecent\s+(years|months|weeks|days|decades)\b/gi,
    resolve: () => ({ type: 'DATE', value: 'PAST_REF' }),
  },
  {
    name: 'every-month',
    needs: ['every', 'each'],
    pattern: new RegExp(`\\b(?:every|each)\\s+(?<month>${MONTH})(?![-\\w])`, 'gi'),
    accept: (m) => /^[A-Z]/.test(named(m).month ?? ''),
    resolve: (m) => ({ type: 'SET', value: `XXXX-${String(monthNumber(named(m).month ?? '')).padStart(2, '0')}` }),
  },
  {
    name: 'rate',
    needs: ['once', 'twice', 'times'],
    pattern:
      /\b(?:once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per)\s+(?<unit>day|night|week|month|year)\b/gi,
    resolve: (m) => ({
      type: 'SET',
      value: must(SET_UNITS[(named(m).unit ?? '').toLowerCase()], 'the pattern only matches SET_UNITS words'),
    }),
  },
  {
    name: 'plural-weekday',
    needs: WEEKDAY_WORDS,
    pattern: new RegExp(`\\b(?<weekday>${WEEKDAY})s\\b`, 'g'),
    accept: (m) => /^[A-Z]/.test(named(m).weekday ?? ''),
    resolve: (m) => ({ type: 'SET', value: `XXXX-WXX-${weekdayNumber(named(m).weekday ?? '')}` }),
  },
  {
    name: 'adverb-set',
    needs: ['daily', 'nightly', 'weekly', 'monthly', 'annually', 'yearly', 'hourly'],
    pattern: /\b(?<adverb>daily|nightly|weekly|monthly|annually|yearly|hourly)\b/gi,
    // "Daily Mail", "Weekly Standard": a capitalised name, not a frequency.
    accept: (m, text) => !(/^[A-Z]/.test(named(m).adverb ?? '') && /^\s+[A-Z]/.test(text.slice(m.index + m[0].length))),
    resolve: (m) => ({
      type: 'SET',
      value: must(ADVERB_SETS[(named(m).adverb ?? '').toLowerCase()], 'the pattern only matches ADVERB_SETS words'),
    }),
  },
  {
    name: 'the-new-year',
    needs: ['new', 'turn'],
    // "Clark is scheduled to welcome in the New Year" (BBC 219, December 2004) and "At the turn of the year" (BBC
    // 236, February 2005) name the year that begins at the turn nearest publication, not a day: 2005 in both.
    pattern: /\b(?:the\s+new\s+year|the\s+turn\s+of\s+the\s+year)\b(?!['’]s|\s+(?:eve|day|holiday|honours)\b)/gi,
    resolve: (_m, ctx) =>
      ctx.dct ? { type: 'DATE', value: String(year(ctx.dct) + (ctx.dct.getUTCMonth() >= 6 ? 1 : 0)) } : ref('XXXX'),
  },
  {
    name: 'holiday',
    pattern: new RegExp(`\\b(?<holiday>${HOLIDAY})(?:\\s+(?<year>\\d{4}))?\\b`, 'gi'),
    accept: (m) => /^[A-Z]/.test((named(m).holiday ?? '').replace(/^the\s+/i, '')),
    resolve: (m, ctx) => {
      const { holiday: name = '', year: y } = named(m);
      return holiday(ctx, must(holidayCode(name), 'the pattern only matches holiday names from the lexicon'), y);
    },
  },
  {
    name: 'season',
    needs: SEASON_WORDS,
    // Seasons need a determiner or a year: "fall" and "spring" are verbs too.
    pattern: new RegExp(
      `\\b(?:(?<which>the|this|last|next|early|late|mid)[-\\s]+)?(?:(?<edge>early|late|mid)[-\\s]+)?(?<season>${SEASON})(?:\\s+(?:of\\s+)?(?<year>\\d{4}))?\\b`,
      'gi',
    ),
    // "The Spring Breakers star" (celebrity 120legit), "the Winter Olympics": a capitalised season before another
    // capitalised word is part of a name; "Spring 2017" keeps its year.
    accept: (m, text) =>
      Boolean(named(m).which || named(m).year) &&
      !(/^[A-Z]/.test(named(m).season ?? '') && !named(m).year && /^\s+[A-Z]/.test(text.slice(m.index + m[0].length))),
    resolve: (m, ctx) => {
      const { which, edge, season = '', year: explicitYear } = named(m);
      const code = must(seasonCode(season), 'the pattern only matches season names from the lexicon');
      const w = (which ?? '').toLowerCase();
      const mod = EDGES[(edge ?? w).toLowerCase()];
      let y: number | null = explicitYear ? Number(explicitYear) : ctx.dct ? year(ctx.dct) : null;
      if (y === null) return { type: 'DATE', value: `XXXX-${code}`, ...(mod ? { mod } : {}) };
      if (!explicitYear && ctx.dct) {
        const month = ctx.dct.getUTCMonth() + 1;
        const start = must({ SP: 3, SU: 6, FA: 9, WI: 12 }[code], 'season codes are SP, SU, FA, WI');
        if (w === 'last' || (w !== 'this' && w !== 'next' && ctx.tense === 'past' && start > month))
          y -= start > month || w === 'last' ? 1 : 0;
        if (w === 'next' || (ctx.tense === 'future' && start + 2 < month && w !== 'this')) y += 1;
        if (code === 'WI' && month <= 2 && w === 'this') y -= 1;
      }
      return { type: 'DATE', value: `${y}-${code}`, ...(mod ? { mod } : {}) };
    },
  },
];
