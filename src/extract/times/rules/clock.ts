import { addDays, ymd, type Day } from '../calendar.ts';
import { weekdayFrom } from '../direction.ts';
import { WEEKDAY, weekdayNumber } from '../lexicon.ts';
import type { Context, Rule } from '../rule.ts';

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
    pattern: new RegExp(`\\b(?:((?:around|about|approximately|roughly))\\s+)?(?:(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?\\s?m\\b\\.?|(\\d{1,2}):(\\d{2})(?!\\d)|(noon|midnight)|(\\d{1,2})\\s+o['’]clock)(?:\\s+(?:[ECMP][SD]T|GMT|BST|UTC)\\b)?(?:,?\\s+(${WEEKDAY}|today|yesterday|tomorrow)\\b)?`, 'gi'),
    late: true,
    resolve: (m, ctx) => {
      let hour: number;
      let minute = 0;
      if (m[2]) {
        hour = Number(m[2]) % 12 + (m[4]!.toLowerCase() === 'p' ? 12 : 0);
        minute = Number(m[3] ?? 0);
      } else if (m[5]) {
        hour = Number(m[5]);
        minute = Number(m[6]);
      } else if (m[7]) {
        hour = /noon/i.test(m[7]) ? 12 : 24;
      } else hour = Number(m[8]);
      if (hour > 24 || minute > 59) return null;
      const word = m[9]?.toLowerCase();
      const wd = m[9] ? weekdayNumber(m[9]) : undefined;
      const day = !word ? clockDay(ctx, hour)
        : !ctx.dct ? null
        : wd ? weekdayFrom(ctx.dct, wd, ctx.tense)
        : addDays(ctx.dct, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0);
      const hh = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
      return { type: 'TIME', value: `${day ? ymd(day) : 'XXXX-XX-XX'}T${hh}`, ...(m[1] && APPROX.test(m[1]) ? { mod: 'APPROX' } : {}) };
    },
  },
];
