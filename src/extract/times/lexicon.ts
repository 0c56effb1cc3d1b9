import { z } from 'zod';
import data from '../../../data/lexicons/times.json' with { type: 'json' };
import { parseData, provenance, words } from '../data.ts';
import { alternation } from '../text/index.ts';
import { at } from '../../invariant/index.ts';

const numbers = z.record(z.string(), z.number());
const codes = z.record(z.string(), z.string().min(1));
const lexicon = parseData(
  z.object({
    ...provenance,
    months: numbers,
    weekdays: numbers,
    numbers,
    ordinals: numbers,
    vague: words,
    units: codes,
    seasons: codes,
    partsOfDay: codes,
    holidays: codes,
  }),
  data,
  'data/lexicons/times.json',
);

// Regex fragments built once from the lexicon; every rule compiles its pattern from these at load.

export const MONTHS: Record<string, number> = lexicon.months;
export const WEEKDAYS: Record<string, number> = lexicon.weekdays;
export const UNITS: Record<string, string> = lexicon.units;
export const SEASONS: Record<string, string> = lexicon.seasons;
export const PARTS_OF_DAY: Record<string, string> = lexicon.partsOfDay;
export const HOLIDAYS: Record<string, string> = lexicon.holidays;
const NUMBERS: Record<string, number> = lexicon.numbers;
const ORDINALS: Record<string, number> = lexicon.ordinals;

const alt = (words: string[]): string => alternation(words);

/** Full month names, or abbreviations with an optional dot (`Sept.`). */
export const MONTH = `(?:${alt(Object.keys(MONTHS).filter((m) => m.length > 3 || m === 'may'))}|(?:${alt(Object.keys(MONTHS).filter((m) => m.length <= 4 && m !== 'may'))})\\.)`;
export const WEEKDAY = `(?:${alt(Object.keys(WEEKDAYS).filter((w) => w.endsWith('day')))})`;
const SMALL = Object.entries(NUMBERS)
  .filter(([n, v]) => v < 20 && !/^(a|an)$/.test(n) && !n.includes(' '))
  .map(([n]) => n);
const TENS = Object.entries(NUMBERS)
  .filter(([, v]) => v >= 20 && v < 100)
  .map(([n]) => n);
const WORDNUM = `(?:(?:${alt(TENS)})(?:[- ](?:${alt(SMALL)}))?|${alt(SMALL)}|${alt(Object.keys(NUMBERS).filter((n) => n.includes(' ')))})`;
/** A count: digits, number words ("twenty four", "twenty-four"), "a", "an", or a vague quantity ("several"). */
export const NUM = `(?:\\d{1,3}(?:\\.\\d+)?(?!\\d)|${WORDNUM}|an?|${alt(lexicon.vague)})`;
export const ORDINAL = `(?:${alt(Object.keys(ORDINALS).filter((o) => o !== 'last'))}|\\d{1,2}(?:st|nd|rd|th))`;
export const UNIT = `(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))`;
export const SEASON = `(?:${alt(Object.keys(SEASONS))})`;
export const PART_OF_DAY = `(?:${alt(Object.keys(PARTS_OF_DAY).filter((p) => p !== 'overnight'))})`;
export const HOLIDAY = `(?:${alt(Object.keys(HOLIDAYS))})`;
/** The words WEEKDAY, PART_OF_DAY and SEASON match, for rules' `needs` (one of them is in every match). */
export const WEEKDAY_WORDS: readonly string[] = Object.keys(WEEKDAYS).filter((w) => w.endsWith('day'));
export const PART_OF_DAY_WORDS: readonly string[] = Object.keys(PARTS_OF_DAY).filter((p) => p !== 'overnight');
export const SEASON_WORDS: readonly string[] = Object.keys(SEASONS);

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.’]/g, (c) => (c === '.' ? '' : "'"));

export const monthNumber = (s: string): number | undefined => MONTHS[norm(s)];
export const weekdayNumber = (s: string): number | undefined => WEEKDAYS[norm(s)];
export const seasonCode = (s: string): string | undefined => SEASONS[norm(s)];
export const partOfDayCode = (s: string): string | undefined => PARTS_OF_DAY[norm(s)];
export const holidayCode = (s: string): string | undefined => HOLIDAYS[norm(s)];

/** The TIMEX3 unit letter for a unit word, singular or plural ("years" → "Y"). */
export function unitCode(s: string): string | undefined {
  const w = norm(s).replace(/s$/, '');
  return UNITS[w];
}

/** "twenty-four" → 24, "3" → 3, "several" → null (vague: the value gets an X). */
export function parseNumber(s: string): number | null {
  const w = norm(s).replace(/-/g, ' ');
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  const whole = NUMBERS[w];
  if (whole !== undefined) return whole;
  const parts = w.split(' ');
  if (parts.length === 2) {
    const tens = NUMBERS[at(parts, 0)];
    const units = NUMBERS[at(parts, 1)];
    if (tens !== undefined && units !== undefined) return tens + units;
  }
  return null;
}

export function parseOrdinal(s: string): number | null {
  const w = norm(s);
  const digits = /^(\d+)(st|nd|rd|th)$/.exec(w);
  return digits ? Number(digits[1]) : (ORDINALS[w] ?? null);
}
