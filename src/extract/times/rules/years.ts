import { makeDay, type Day } from '../calendar.ts';
import { parseOrdinal, ORDINAL } from '../lexicon.ts';
import { named, type Rule } from '../rule.ts';
import { modOf } from './absolute.ts';
import { must } from '../../../invariant/index.ts';

// Years, decades and centuries: "1990", "early 2017", "the 1990s", "the '90s", "the 19th century".

const EDGE = `(?:(?<edge>early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of)[-\\s]+)?`;
// A four-digit number is a year unless it counts something or is money, a time or a score.
const NOT_A_COUNT = `(?![\\d,.:]\\d|\\s*(?:%|percent|people|persons|shares|dollars|yen|tons|barrels|miles|feet|meters|points|votes|members|workers|employees|troops|cars|units|copies|pounds|euros)\\b)`;

/** "'80s": the century that puts the decade at or before publication (1980s in 1989, 2010s in 2017). */
function shortDecadeValue(digit: number, dct: Day | null): string {
  const now = dct ? dct.getUTCFullYear() : 1999;
  const century = Math.floor(now / 100);
  const start = century * 100 + digit * 10;
  return String(Math.floor((start > now ? start - 100 : start) / 10));
}

export const yearRules: Rule[] = [
  {
    name: 'year',
    pattern: new RegExp(
      `(?<![$£€#\\d.,-])\\b${EDGE}(?:(?:fiscal|calendar)\\s+)?(?<year>1[6-9]\\d{2}|20\\d{2})\\b${NOT_A_COUNT}`,
      'gi',
    ),
    accept: (m, text) =>
      !/\b(?:No\.|number|page|room|flight|route|Model)\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index)),
    resolve: (m) => {
      const { edge, year } = named(m);
      const y = Number(year);
      const day = must(makeDay(y, 1, 1), 'the pattern only matches years 1600-2099');
      const mod = modOf(edge);
      return {
        type: 'DATE',
        value: String(y),
        ...(mod ? { mod } : {}),
        ref: { day, granularity: 'year', value: String(y) },
      };
    },
  },
  {
    name: 'decade',
    // TIMEX3 writes a decade as its first three digits: "the 1990s" is 199, as both the TimeML guidelines and
    // the hand gold do ("early 1970s rockers Free", BBC 138). "the '80s" takes the century that keeps it past.
    pattern: new RegExp(
      `\\b(?:the\\s+)?${EDGE}(?:(?<decade>1[6-9]\\d|20\\d)0|['’](?<shortDecade>\\d)0)['’]?s\\b`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const { edge, decade, shortDecade } = named(m);
      const mod = modOf(edge);
      return { type: 'DATE', value: decade ?? shortDecadeValue(Number(shortDecade), ctx.dct), ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'bare-decade',
    needs: ['0s'],
    // "from 70s rock through to 80s pop" (BBC 121): a decade with no apostrophe, when it is no age. "in her 70s",
    // "his late 20s" and "aged 30s" count years of a life.
    pattern: /(?<!['’\w-])(?<shortDecade>[2-9])0s\b(?!-)/g,
    accept: (m, text) =>
      !/\b(?:his|her|their|my|your|our|its|one['’]s|aged?)\s+(?:(?:early|mid|late)[-\s]+)?$/i.test(
        text.slice(Math.max(0, m.index - 20), m.index),
      ),
    resolve: (m, ctx) => ({ type: 'DATE', value: shortDecadeValue(Number(named(m).shortDecade), ctx.dct) }),
  },
  {
    name: 'century',
    pattern: new RegExp(`\\b(?:the\\s+)?${EDGE}(?<ordinal>${ORDINAL})[-\\s]+century\\b`, 'gi'),
    // "Twentieth Century Fox" (BBC 201): a spelled-out ordinal and "Century" both capitalised name a company or a
    // work; "the 21st Century" and "Twentieth century" stay centuries.
    accept: (m) => !/^[A-Z][a-z]+[-\s]+Century$/.test(m[0].replace(/^the\s+/i, '')),
    resolve: (m) => {
      const { edge, ordinal = '' } = named(m);
      const n = parseOrdinal(ordinal);
      if (!n) return null;
      const mod = modOf(edge);
      return { type: 'DATE', value: String(n - 1).padStart(2, '0'), ...(mod ? { mod } : {}) };
    },
  },
];
