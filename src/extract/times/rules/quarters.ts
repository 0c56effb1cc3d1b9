import { addMonths, makeDay, quarterOf, year } from '../calendar.ts';
import { named, type Context, type Resolved, type Rule } from '../rule.ts';
import { must } from '../../../invariant/index.ts';

// Financial periods, frequent in newswire: "the third quarter", "third-quarter", "the latest quarter", "the first half".

const Q: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

function quarter(y: number, q: number): Resolved {
  const day = makeDay(y, (q - 1) * 3 + 1, 1);
  const value = `${y}-Q${q}`;
  // A year JavaScript dates cannot hold as written ("the 0050 first quarter") keeps its value and no anchor day.
  if (!day) return { type: 'DATE', value };
  return { type: 'DATE', value, ref: { day, granularity: 'quarter', value } };
}

/** The quarter a report most likely means: this year's, unless it has not begun yet. */
function yearOfQuarter(ctx: Context, q: number): number | null {
  if (!ctx.dct) return null;
  return q > quarterOf(ctx.dct) && ctx.tense === 'past' ? year(ctx.dct) - 1 : year(ctx.dct);
}

export const quarterRules: Rule[] = [
  {
    name: 'nth-quarter',
    pattern:
      /\b(?:(?<relBefore>this|last|next)\s+year['’]s\s+|the\s+(?:(?<yearBefore>\d{4})\s+)?)?(?<nth>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?:fiscal\s+)?(?<period>quarter|half)(?:\s+of\s+(?:(?:fiscal\s+)?(?<yearAfter>\d{4})|(?<relAfter>this|last|next)\s+year))?\b/gi,
    resolve: (m, ctx) => {
      const g = named(m);
      const n = must(Q[(g.nth ?? '').toLowerCase()], 'the pattern only matches Q words');
      const half = /half/i.test(g.period ?? '');
      if (half && n > 2) return null;
      const explicit = g.yearAfter ?? g.yearBefore;
      let y: number | null = explicit
        ? Number(explicit)
        : half
          ? ctx.dct
            ? year(ctx.dct)
            : null
          : yearOfQuarter(ctx, n);
      const rel = g.relAfter ?? g.relBefore;
      if (rel && ctx.dct) y = year(ctx.dct) + (/last/i.test(rel) ? -1 : /next/i.test(rel) ? 1 : 0);
      if (y === null) return { type: 'DATE', value: half ? `XXXX-H${n}` : `XXXX-Q${n}` };
      return half ? { type: 'DATE', value: `${y}-H${n}` } : quarter(y, n);
    },
  },
  {
    name: 'the-quarter',
    needs: ['quarter'],
    // "the quarter", "the latest quarter": the last completed quarter before publication.
    pattern:
      /\b(?:the\s+)(?:(?<which>latest|last|past|recent|most\s+recent|previous|current|same|fiscal)\s+)?quarter\b(?!\s+(?:century|mile|of\s+(?:a|an|the|its|his|her|their)\b))/gi,
    resolve: (m, ctx) => {
      if (!ctx.dct) return { type: 'DATE', value: 'XXXX-QX' };
      const { which = '' } = named(m);
      if (/same/i.test(which) && ctx.ref?.granularity === 'quarter') return { type: 'DATE', value: ctx.ref.value };
      const d = /current/i.test(which) ? ctx.dct : addMonths(ctx.dct, -3);
      return quarter(year(d), quarterOf(d));
    },
  },
];
