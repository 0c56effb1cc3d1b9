import type { Doc } from '../doc.ts';
import type { Time } from '../types.ts';
import type { ClauseRoles } from './roles.ts';
import type { EventMention } from './triggers.ts';
import { at } from '../../invariant/index.ts';

/**
 * Dating rules for a sentence's triggers that no time of their own clause dated: each is named and tried in
 * order over every mention still undated, so a later rule may use what an earlier one dated. A rule gives the
 * time a mention takes from another mention of its sentence, or null.
 */
export type DatingRule = {
  name: string;
  date: (m: EventMention, context: DatingContext) => Time | null;
};

export type DatingContext = {
  doc: Doc;
  roles: ClauseRoles;
  mentions: EventMention[];
  /** The sentence's times inside a noun phrase that no trigger noun took ("the December issue"), by first token. */
  attributives?: Array<{ time: Time; token: number }>;
};

// A clause of time: what it tells happens with what the clause beside it tells.
const TIME_CLAUSE = /^(when|while|as)$/i;
// The clause a time clause opens on ("stalled in 2006 when he was arrested"): "as" is left out, it is as often a
// cause ("in second place, as she earned $54.9m") as a time.
const SIMULTANEOUS = /^(when|while)$/i;

// Happenings at a place and time that others can be at: what goes on "where" one is, is at its time.
const GATHERINGS: ReadonlySet<string> = new Set([
  'appearance',
  'celebration',
  'ceremony',
  'concert',
  'premiere',
  'screening',
  'wedding',
  'memorial',
]);

// Where someone is heard or read: an issue of a magazine, an episode of a show, an interview, a letter.
const MEDIUM =
  /^(issue|edition|episode|interview|broadcast|programme|program|podcast|column|letter|segment|special|documentary|cover)$/i;

const opens = (doc: Doc, first: number, words: RegExp): boolean => words.test(at(doc.tokens, first).text);
const sayings = (m: EventMention): boolean => m.type === 'statement' || m.type === 'report';

export const DATING_RULES: DatingRule[] = [
  {
    // "two handmade wedding bands Ozzy gave her when they renewed their vows two years ago": a clause of time
    // ("when", "as", "while") beside the mention's own dates what the mention tells.
    name: 'beside-time-clause',
    date: (m, { doc, roles, mentions }) => {
      if (sayings(m)) return null;
      const { clauses } = roles.parts;
      const k = clauses.indexOf(roles.clause(m.first));
      for (const c of [clauses[k + 1], clauses[k - 1]]) {
        if (!c || !opens(doc, c.first, TIME_CLAUSE)) continue;
        const dated = mentions.find((x) => x !== m && x.time && roles.clause(x.first) === c);
        if (dated?.time) return dated.time;
      }
      return null;
    },
  },
  {
    // "appeared on a show to promote a film" (issue 11's own example): a purpose happens when its action does.
    name: 'purpose',
    date: (m, { doc, roles, mentions }) => {
      if (!/^to$/i.test(doc.tokens[m.first - 1]?.text ?? '')) return null;
      const action = mentions.find(
        (x) => x !== m && x.time && x.last < m.first && roles.clause(x.first) === roles.clause(m.first),
      );
      return action?.time ?? null;
    },
  },
  {
    // "Ariel Winter celebrated her anniversary … on Sunday, November 12, posting a sweet love note on Instagram": a
    // participle after a comma tells what went with the happening before it, at its time.
    name: 'participle',
    // (Only the clause just before: in "where she adopted Maddox in 2002 and where she has done humanitarian work for
    // 14 years, establishing a foundation" the foundation goes with the work, not with the adoption.)
    date: (m, { doc, roles, mentions }) => {
      if (sayings(m) || !/ing$/i.test(at(doc.tokens, m.first).text) || doc.tokens[m.first - 1]?.text !== ',')
        return null;
      const { clauses } = roles.parts;
      const previous = clauses[clauses.indexOf(roles.clause(m.first)) - 1];
      return mentions.find((x) => x !== m && x.time && !sayings(x) && roles.clause(x.first) === previous)?.time ?? null;
    },
  },
  {
    // "Gibson's career stalled in 2006 when he was arrested for driving under the influence": a mention inside a
    // clause of time happens when the clause it is attached to does.
    name: 'inside-time-clause',
    date: (m, { doc, roles, mentions }) => {
      if (sayings(m)) return null;
      const { clauses } = roles.parts;
      const own = roles.clause(m.first);
      const main = clauses[clauses.indexOf(own) - 1];
      if (!main || !opens(doc, own.first, SIMULTANEOUS)) return null;
      return mentions.find((x) => x !== m && x.time && roles.clause(x.first) === main)?.time ?? null;
    },
  },
  {
    // "The singer attended the Hand in Hand telethon … on Tuesday where she sang “If It Wasn’t For Texas” with George
    // Strait" (celebrity-118legit): what happens "where" a gathering told before it is, happens at its time.
    name: 'where-at-gathering',
    date: (m, { doc, roles, mentions }) => {
      if (sayings(m) || !opens(doc, roles.clause(m.first).first, /^where$/i)) return null;
      const before = mentions.filter((x) => x !== m && x.last < m.first && !sayings(x)).at(-1);
      return before?.time && GATHERINGS.has(before.type) ? before.time : null;
    },
  },
  {
    // "In the December issue of Health magazine, Katharine opened up about her relationship…" (celebrity-110legit),
    // "During a September episode of her Netflix series Chelsea, the comedian dissed…" (celebrity-149legit): the time
    // of the issue or the episode a saying was made in dates the saying, though it sits inside a noun phrase.
    name: 'medium-of-saying',
    date: (m, { doc, roles, attributives = [] }) => {
      if (!sayings(m)) return null;
      const clause = roles.clause(m.first);
      for (const { time, token } of attributives) {
        if (roles.clause(token) !== clause) continue;
        let after = token;
        while (doc.tokens[after + 1] && at(doc.tokens, after + 1).end <= time.end) after++;
        if (MEDIUM.test(doc.tokens[after + 1]?.text ?? '')) return time;
      }
      return null;
    },
  },
  {
    // "The Return previously won the 2003 Golden Lion award at the Venice Film Festival" (bbc-entertainment-331), "their
    // appearance at 1985's Live Aid" (bbc-entertainment-262): the year of the edition or the work a happening is done to
    // or at, in the noun phrase right after its trigger, dates the happening when nothing else does.
    name: 'edition-of-object',
    date: (m, { doc, roles, attributives = [] }) => {
      if (sayings(m)) return null;
      const clause = roles.clause(m.first);
      for (const { time, token } of attributives) {
        if (roles.clause(token) !== clause || token <= m.last || token - m.last > OBJECT_REACH) continue;
        if (!/^\d{4}$/.test(time.value)) continue;
        const between = doc.tokens.slice(m.last + 1, token);
        if (between.every((t) => OBJECT_LEAD.has(t.pos) || /^['’]s$/.test(t.text))) return time;
      }
      return null;
    },
  },
];

// Tokens between a trigger and the year of its object: "won [the] 2003…", "appearance [at] 1985's…", "starred [in the]
// 1963 film…".
const OBJECT_REACH = 3;
const OBJECT_LEAD: ReadonlySet<string> = new Set(['DET', 'ADP', 'ADJ', 'PRON']);

/** Dates the undated, non-anaphoric mentions of one sentence by DATING_RULES, in order. */
export function dateByRules(context: DatingContext): void {
  for (const rule of DATING_RULES)
    for (const m of context.mentions) {
      if (m.time || m.anaphor) continue;
      const time = rule.date(m, context);
      if (time) m.time = time;
    }
}
