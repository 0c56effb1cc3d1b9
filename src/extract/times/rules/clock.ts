import { addDays, ymd, type Day } from '../calendar.ts';
import { weekdayFrom } from '../unanchored.ts';
import { WEEKDAY, weekdayNumber } from '../lexicon.ts';
import { named, type Context, type Rule } from '../rule.ts';

// Clock times: "3 AM", "around 10:35 a.m.", "noon". They take the day of a date in the same
// sentence, else the narrative's day, else publication.

const APPROX = /^(?:around|about|approximately|roughly)\b/i;

/** The day a clock time falls on. "3 AM after the party on Saturday": small hours after an evening event are the next day. */
function clockDay(ctx: Context, hour: number): Day | null {
  const next = ctx.dayAfter;
  const same = next ?? ctx.dayBefore;
  if (same) {
    return hour < 6 && next && ctx.hasWord('after', ctx.end, next.start) ? addDays(same.day, 1) : same.day;
  }
  if (ctx.ref?.granularity === 'day') return ctx.ref.day;
  return ctx.dct;
}

export const clockRules: Rule[] = [
  {
    name: 'clock',
    // The zone and a following day word belong to the same time: "5 p.m. EST Tuesday", "noon Saturday".
    pattern: new RegExp(
      `\\b(?:(?<approx>(?:around|about|approximately|roughly))\\s+)?(?:(?<hour12>\\d{1,2})(?::(?<minute12>\\d{2}))?\\s*(?<ampm>[ap])\\.?\\s?m\\b\\.?|(?<hour>\\d{1,2}):(?<minute>\\d{2})(?!\\d)|(?<noonOrMidnight>noon|midnight)|(?<oclock>\\d{1,2})\\s+o['’]clock)(?:\\s+(?:[ECMP][SD]T|GMT|BST|UTC)\\b)?(?:,?\\s+(?<dayWord>${WEEKDAY}|today|yesterday|tomorrow)\\b)?`,
      'gi',
    ),
    late: true,
    resolve: (m, ctx) => {
      const g = named(m);
      let hour: number;
      let minute = 0;
      if (g.hour12) {
        hour = (Number(g.hour12) % 12) + (g.ampm?.toLowerCase() === 'p' ? 12 : 0);
        minute = Number(g.minute12 ?? 0);
      } else if (g.hour) {
        hour = Number(g.hour);
        minute = Number(g.minute);
      } else if (g.noonOrMidnight) {
        hour = /noon/i.test(g.noonOrMidnight) ? 12 : 24;
      } else hour = Number(g.oclock);
      if (hour > 24 || minute > 59) return null;
      const word = g.dayWord?.toLowerCase();
      const wd = g.dayWord ? weekdayNumber(g.dayWord) : undefined;
      const day = !word
        ? clockDay(ctx, hour)
        : !ctx.dct
          ? null
          : wd
            ? weekdayFrom(ctx.dct, wd, ctx.tense)
            : addDays(ctx.dct, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0);
      const hh = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
      return {
        type: 'TIME',
        value: `${day ? ymd(day) : 'XXXX-XX-XX'}T${hh}`,
        ...(g.approx && APPROX.test(g.approx) ? { mod: 'APPROX' } : {}),
      };
    },
  },
];
