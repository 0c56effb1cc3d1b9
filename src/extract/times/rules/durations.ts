import { NUM, UNIT, parseNumber, unitCode } from '../lexicon.ts';
import type { TimeMod } from '../../types.ts';
import { named, type Resolved, type Rule } from '../rule.ts';
import { capitalisedInProse } from '../titles.ts';

// Amounts of time: "a decade", "the past two months", "five-year", "the first nine months", "for years".

const TIME_UNITS = new Set(['H', 'S']);

/** P3D, PT5H, P10Y (decade), PXY (vague). */
export function durationValue(n: number | null, unitWord: string): string | null {
  let unit = unitCode(unitWord);
  if (!unit) return null;
  let count = n;
  const isMinute = /^minutes?$/i.test(unitWord);
  if (unit === 'DE') {
    unit = 'Y';
    count = n === null ? null : n * 10;
  }
  if (unit === 'CE') {
    unit = 'Y';
    count = n === null ? null : n * 100;
  }
  if (unit === '2W') {
    unit = 'W';
    count = n === null ? null : n * 2;
  }
  if (count !== null && !Number.isInteger(count)) {
    // "half a year", "1.5 hours": move down one unit so the count is whole.
    const down: Record<string, [string, number]> = {
      Y: ['M', 12],
      M: ['D', 30],
      W: ['D', 7],
      D: ['H', 24],
      H: ['M', 60],
    };
    const next = down[isMinute ? 'S' : unit];
    if (!next) return null;
    return `P${next[0] === 'H' || unit === 'H' ? 'T' : ''}${Math.round(count * next[1])}${next[0]}`;
  }
  const t = TIME_UNITS.has(unit) || isMinute;
  return `P${t ? 'T' : ''}${count ?? 'X'}${unit}`;
}

const duration = (n: number | null, unit: string, mod?: TimeMod): Resolved | null => {
  const value = durationValue(n, unit);
  return value ? { type: 'DURATION', value, ...(mod ? { mod } : {}) } : null;
};

const APPROX = `(?:(?<approx>about|around|nearly|almost|roughly|some|approximately|more\\s+than|less\\s+than|at\\s+least|over|under|up\\s+to)\\s+)?`;
const MODS: Record<string, TimeMod> = {
  about: 'APPROX',
  around: 'APPROX',
  roughly: 'APPROX',
  some: 'APPROX',
  approximately: 'APPROX',
  nearly: 'LESS_THAN',
  almost: 'LESS_THAN',
  'less than': 'LESS_THAN',
  under: 'LESS_THAN',
  'up to': 'EQUAL_OR_LESS',
  'more than': 'MORE_THAN',
  over: 'MORE_THAN',
  'at least': 'EQUAL_OR_MORE',
};
const modOf = (s?: string): TimeMod | undefined => (s ? MODS[s.toLowerCase().replace(/\s+/g, ' ')] : undefined);

export const durationRules: Rule[] = [
  {
    name: 'counted-duration',
    // An adjective may stand between the count and the unit: "she goes a full day without eating" (celebrity
    // 122fake), "two more weeks", "an additional year", "eight trading days" (TimeBank).
    pattern: new RegExp(
      `\\b${APPROX}(?:the\\s+)?(?:(?<which>first|last|past|next|previous|coming|following|final)\\s+)?(?<count>${NUM})[-\\s]+(?:(?<adjective>full|whole|entire|long|straight|consecutive|successive|additional|more|further|extra|trading|business|working)\\s+)?(?<unit>${UNIT})s?(?:-long)?(?![-\\s]+old\\b)(?:\\s+(?<extra>and\\s+a\\s+half|or\\s+so))?\\b`,
      'gi',
    ),
    // "a year" after a count or price is a rate ("twice a year", "$5 a year"), handled as SET.
    // "three-quarters" is a fraction, not nine months.
    accept: (m, text) => {
      const { count = '', unit = '' } = named(m);
      const article = /^an?$/i.test(count);
      return (
        // "consecutive chart-toppers with Jailhouse Rock and One Night" (BBC 240): a title.
        !capitalisedInProse(text, m.index + m[0].lastIndexOf(unit), unit) &&
        !/-quarters\b/i.test(m[0]) &&
        !(article && /^second/i.test(unit)) &&
        !(article && /(?:\d|%|percent|times|once|twice|per)\s*$/i.test(text.slice(Math.max(0, m.index - 10), m.index)))
      );
    },
    resolve: (m) => {
      const { approx, count = '', unit = '', extra } = named(m);
      let n = parseNumber(count);
      if (n !== null && extra && /half/i.test(extra)) n += 0.5;
      return duration(n, unit, modOf(approx) ?? (extra && /so/i.test(extra) ? 'APPROX' : undefined));
    },
  },
  {
    name: 'vague-plural-duration',
    needs: ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries'],
    // "for years", "over decades", "in recent months" are spans of unknown length; the preposition stays out.
    // A letter first, so the lookbehind runs only where a match can start (see the month rule).
    pattern: new RegExp(
      `(?=[a-z])(?<=\\b(?:for|over|in|within|during|spent|took|take|lasted)\\s+)(?:the\\s+(?:past|last|next|coming)\\s+)?(?<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\\b`,
      'gi',
    ),
    resolve: (m) => duration(null, named(m).unit ?? ''),
  },
  {
    name: 'decades-long',
    needs: ['-long'],
    pattern: /\b(?<unit>years|decades|months|centuries)-long\b/gi,
    resolve: (m) => duration(null, named(m).unit ?? ''),
  },
];
