// Option values checked where they are parsed: a bad one stops the command with a message naming the flag, before
// any database is opened (`--limit abc` ran silently with 50; `--as-of 2025-02-30` answered "no story").
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option } from 'commander';
// From its own module, not the readers' door, which loads zod and the feed and HTML readers: `--help` needs neither.
import { dayProblem } from '../read/date.ts';

/** A whole number from `min` to `max`, for commander's argParser. */
export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`give a whole number from ${min} to ${max}.`);
    return n;
  };
}

/** A day `YYYY-MM-DD` by the readers' rule (a real day, from 1900 on), for commander's argParser; `what` names it. */
export function calendarDay(what: string): (value: string) => string {
  return (value) => {
    const why = dayProblem(value);
    if (why)
      throw new InvalidArgumentError(
        `${what} date must be YYYY-MM-DD, a real day from 1900 on${why === 'want YYYY-MM-DD' ? '' : ` (${why})`}.`,
      );
    return value;
  };
}

/** The option `--workers N` of `ingest`, `extract` and `worker`: one worker per core by default. */
export const workersOption = (): Option =>
  new Option('--workers <n>', 'extract in this many worker threads (1: in the main thread)')
    .argParser(wholeNumber(1, 256))
    .default(availableParallelism(), 'the number of cores');
