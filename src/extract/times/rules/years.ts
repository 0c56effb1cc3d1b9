import { makeDay } from '../calendar.ts';
import { parseOrdinal, ORDINAL } from '../lexicon.ts';
import { named, type Rule } from '../rule.ts';
import { modOf } from './absolute.ts';
import { must } from '../../../invariant/index.ts';

// Years, decades and centuries: "1990", "early 2017", "the 1990s", "the '90s", "the 19th century".

const EDGE = `(?:(?<edge>early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of)[-\\s]+)?`;
// A four-digit number is a year unless it counts something or is money, a time or a score.
const NOT_A_COUNT = `(?![\\d,.:]\\d|\\s*(?:%|percent|people|persons|shares|dollars|yen|tons|barrels|miles|feet|meters|points|votes|members|workers|employees|troops|cars|units|copies|pounds|euros)\\b)`;

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
    pattern: new RegExp(
      `\\b(?:the\\s+)?${EDGE}(?:(?<decade>1[6-9]\\d|20\\d)0|['’](?<shortDecade>\\d)0)['’]?s\\b`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const { edge, decade, shortDecade } = named(m);
      // "the '90s": the century is the one that makes the decade not later than publication.
      const digits =
        decade ??
        (shortDecade
          ? `${ctx.dct && Number(shortDecade) <= Number(String(ctx.dct.getUTCFullYear())[2]) ? '20' : '19'}${shortDecade}`
          : '199');
      const mod = modOf(edge);
      return { type: 'DATE', value: `${digits}X`, ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'century',
    pattern: new RegExp(`\\b(?:the\\s+)?${EDGE}(?<ordinal>${ORDINAL})[-\\s]+century\\b`, 'gi'),
    resolve: (m) => {
      const { edge, ordinal = '' } = named(m);
      const n = parseOrdinal(ordinal);
      if (!n) return null;
      const mod = modOf(edge);
      return { type: 'DATE', value: String(n - 1).padStart(2, '0'), ...(mod ? { mod } : {}) };
    },
  },
];
