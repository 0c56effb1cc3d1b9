import type { TimeMod, TimeType } from '../types.ts';
import type { Day } from './calendar.ts';

/** Which way an unanchored "Saturday" or "May" points: news reports the past unless the clause says otherwise. */
export type Tense = 'past' | 'future';

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** The time the narrative is at: the last specific date told, for "that week", "the next day". */
export type Reference = { day: Day; granularity: Granularity; value: string };

/** A date told at `start`, on `day`. */
export type DayAt = { day: Day; start: number };

export type Context = {
  /** Publication date; null leaves relative values underspecified. */
  dct: Day | null;
  tense: Tense;
  /** The narrative's reference time, or null before any specific date is told. */
  ref: Reference | null;
  /** The last date of any granularity the text told, a year too: "rose to 310 in 2004 from 287 the previous year". */
  told: Reference | null;
  /** The last fiscal quarter the text named: "a year ago" in an earnings report means that quarter a year before. */
  quarter: Reference | null;
  /** The nearest dates of a day's granularity before and after this time in its sentence, for "3 AM … on Saturday". */
  dayBefore: DayAt | null;
  dayAfter: DayAt | null;
  /** Whether `word` stands as a whole word in text[from, to) ("after" between a clock time and its day). */
  hasWord: (word: string, from: number, to: number) => boolean;
  text: string;
  start: number;
  end: number;
};

export type Resolved = {
  type: TimeType;
  value: string;
  mod?: TimeMod;
  /** When set, this time becomes the narrative's reference. */
  ref?: Reference;
};

/**
 * One recognition rule, as chrono's parsers: a compiled pattern and a resolver. `accept`
 * rejects a match from its surroundings alone (bait like "May" the person, "Now," the discourse marker).
 */
export type Rule = {
  name: string;
  pattern: RegExp;
  accept?: (m: RegExpExecArray, text: string) => boolean;
  resolve: (m: RegExpExecArray, ctx: Context) => Resolved | null;
  /** Clock times resolve after the dates of their sentence are known. */
  late?: boolean;
  /**
   * Lower-case strings one of which every match holds ("weekend" for "over the weekend"): where the lower-cased text
   * holds none, the pattern is not run. A pattern that opens on a word boundary and optional words is tried at every
   * word ("the weekend" at each "the"); a substring search is many times cheaper, and most articles name no weekend.
   * Left out where nearly every article would pass it anyway (months, units, digits).
   */
  needs?: readonly string[];
};

/**
 * A rule's match by the names of its groups ("(?<month>…)" → `month`), for resolvers that read
 * `const { month, day } = named(m)`; a group that took no part is undefined.
 */
export const named = (m: RegExpExecArray): Partial<Record<string, string>> => m.groups ?? {};
